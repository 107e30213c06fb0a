package org.sequelize4j.cli;

import static org.sequelize4j.AttributeOptions.attribute;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.SchemaStatements;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.DefinitionError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code model:generate --name User --attributes name:string,age:integer}: writes an annotated model
 * class and the migration that creates its table, both or neither.
 *
 * <p>The SQL migration is what {@code sync()} would send for the model on the chosen dialect: the model
 * is defined in memory from the attributes (with the id, createdAt and updatedAt every model gets) and
 * its CREATE TABLE is rendered by the core's own DDL, without connecting. With {@code --format java}
 * the migration is a class calling the QueryInterface instead, which runs on any dialect.
 */
@Command(name = "model:generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a model class and the migration creating its table (both, or nothing).",
                "The SQL migration is rendered for one dialect: --dialect, else the configured database's."},
        footerHeading = "%nExamples:%n",
        footer = {"  sequelize4j model:generate --name User --attributes name:string,age:integer",
                "  sequelize4j model:generate --name Post --attributes 'state:enum:{draft,live}'",
                "  sequelize4j model:generate --name Doc --attributes a:jsonb --dialect postgres",
                "  sequelize4j model:generate --name Tag --attributes x:text --package app.models",
                "  sequelize4j model:generate --name Tag --attributes x:text --format java",
                "",
                "Attribute types: string, text, integer, bigint, float, double, real, decimal,",
                "  boolean, date, dateonly, time, uuid, json, jsonb, blob, enum:{a,b}, array:TYPE"})
final class ModelGenerateCommand implements Callable<Integer> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    /** Simple names the generated sources use: a class named so would shadow them and not compile. */
    private static final java.util.Set<String> TAKEN = java.util.Set.of("Model", "Table", "Attribute", "String",
            "Integer", "Long", "Float", "Double", "Boolean", "Object", "BigDecimal", "Instant", "LocalDate",
            "LocalTime", "UUID", "List", "Override", "Migration", "MigrationContext");
    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    /** The two ways of writing the migration. */
    enum Format {
        /** A {@code .up.sql}/{@code .down.sql} pair in the migrations folder, for one dialect. */
        sql,
        /** A Java class calling the QueryInterface, next to the model class. */
        java
    }

    /** Dialects SQL can be rendered for without a database, with a URL the model is defined on (never connected). */
    enum DialectName {
        sqlite("sqlite::memory:"),
        postgres("postgres://localhost:5432/model_generate"),
        mariadb("mariadb://localhost:3306/model_generate"),
        mysql("mysql://localhost:3306/model_generate");

        final String url;

        DialectName(String url) {
            this.url = url;
        }
    }

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--name", required = true, paramLabel = "NAME", order = 1,
            description = "The model's class name, e.g. User (its table is the plural, as sync names it)")
    String name;

    @Option(names = "--attributes", required = true, paramLabel = "LIST", order = 2,
            description = "name:type pairs separated by commas, e.g. name:string,age:integer,role:enum:{a,b}")
    String attributes;

    @Option(names = "--package", paramLabel = "PACKAGE", defaultValue = "", order = 3,
            description = "Package of the model class (default: the unnamed package)")
    String pkg;

    @Option(names = "--models-path", paramLabel = "DIR", defaultValue = "src/main/java", order = 4,
            description = "Source folder the model class goes into, under its package (default: ${DEFAULT-VALUE})")
    Path modelsPath;

    @Option(names = "--underscored", order = 5,
            description = "snake_case column and table names (@Table(underscored = true))")
    boolean underscored;

    @Option(names = "--format", paramLabel = "sql|java", defaultValue = "sql", order = 6,
            description = "sql: an up/down pair in the migrations folder; java: a migration class calling the"
                    + " QueryInterface, in package PACKAGE.migrations (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--dialect", paramLabel = "NAME", order = 7,
            description = "Dialect the SQL is written for: sqlite, postgres, mariadb or mysql (default: the"
                    + " configured database's; nothing is sent to it)")
    DialectName dialect;

    @Option(names = "--force", order = 8, description = "Overwrite an existing model class")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        if (!CLASS_NAME.matcher(name).matches() || GeneratedAttribute.JAVA_KEYWORDS.contains(name)) {
            throw new ConfigError("--name '" + name + "' is not a usable class name: letters, digits and _,"
                    + " starting with a letter");
        }
        if (TAKEN.contains(name)) {
            throw new ConfigError("--name '" + name + "' would shadow the class " + name + " that the generated"
                    + " sources use; pick another name");
        }
        if (!pkg.isEmpty() && !PACKAGE.matcher(pkg).matches()) {
            throw new ConfigError("--package '" + pkg + "' is not a Java package name (e.g. com.example.models)");
        }
        List<GeneratedAttribute> parsed = GeneratedAttribute.parseAll(attributes);
        String migration = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP) + "-create-" + kebab(name);
        Path packageDir = pkg.isEmpty() ? modelsPath : modelsPath.resolve(pkg.replace('.', '/'));
        FileSet files = new FileSet().add(packageDir.resolve(name + ".java"),
                ModelSourceWriter.modelClass(pkg, name, underscored, parsed, migration));
        String target;
        String added;
        try (Sequelize sequelize = open(renderUrl())) {
            ModelStatic<Model> model = define(sequelize, parsed);
            target = model.tableName();
            added = model.definition().primaryKey().field() + ", " + model.definition().createdAt().field() + ", "
                    + model.definition().updatedAt().field();
            if (format == Format.sql) {
                String dialectName = sequelize.dialect().name();
                files.add(connection.migrationsPath.resolve(migration + ".up.sql"),
                        sql(migration, "up", dialectName, SchemaStatements.createTable(model)));
                files.add(connection.migrationsPath.resolve(migration + ".down.sql"),
                        sql(migration, "down", dialectName, SchemaStatements.dropTable(model)));
            } else {
                String migrationsPackage = pkg.isEmpty() ? "migrations" : pkg + ".migrations";
                files.add(modelsPath.resolve(migrationsPackage.replace('.', '/'))
                                .resolve(ModelSourceWriter.migrationClassName(migration) + ".java"),
                        ModelSourceWriter.migrationClass(migrationsPackage, name, migration, model.definition(), parsed));
            }
        }
        Path modelFile = files.paths().get(0);
        files.checkAbsent(path -> force && path.equals(modelFile), "pass --force to overwrite the model class");
        files.write();
        PrintWriter out = spec.commandLine().getOut();
        for (Path path : files.paths()) {
            out.println("Created " + path);
        }
        out.println("Model " + name + " (table " + target + ", " + MigratorCommand.plural(parsed.size(), "attribute")
                + " plus " + added + ") and migration " + migration + " written in "
                + (System.nanoTime() - start) / 1_000_000 + " ms; "
                + (format == Format.sql ? "apply it with db:migrate." : "give the migration to a Migrator to apply it."));
        out.flush();
        return Main.OK;
    }

    /** The URL the model is defined on: only its dialect matters, nothing connects to it. */
    private String renderUrl() {
        if (dialect != null) {
            return dialect.url;
        }
        if (format == Format.java) {
            // Names do not depend on the dialect; PostgreSQL knows every type, so none is refused here.
            return DialectName.postgres.url;
        }
        try {
            return Settings.resolve(connection, System.getenv()).url();
        } catch (ConfigError e) {
            throw new ConfigError("An SQL migration is written for one dialect: pass --dialect sqlite|postgres|"
                    + "mariadb|mysql, or configure the database (" + e.getMessage() + ")", e);
        }
    }

    /** A Sequelize for the URL, which is never connected: a URL it cannot read is a usage error. */
    private static Sequelize open(String url) {
        try {
            return new Sequelize(url);
        } catch (RuntimeException e) {
            // The URL itself stays out of the message: it may carry a password.
            throw new ConfigError("Unusable database URL: " + e.getMessage(), e);
        }
    }

    private ModelStatic<Model> define(Sequelize sequelize, List<GeneratedAttribute> parsed) {
        List<AttributeOptions> definition = parsed.stream().map(a -> attribute(a.name(), a.dataType())).toList();
        try {
            return sequelize.define(name, definition, ModelOptions.options().underscored(underscored));
        } catch (DefinitionError e) {
            // A type the dialect lacks (JSONB on SQLite), or two attributes on one column once underscored.
            throw new ConfigError("--attributes: " + (e.attribute() != null ? "attribute '" + e.attribute() + "': " : "")
                    + e.problem() + " (dialect " + sequelize.dialect().name() + ")", e);
        }
    }

    private static String sql(String migration, String direction, String dialect, List<String> statements) {
        return "-- " + migration + " (" + direction + "), written by model:generate for " + dialect
                + " as sync() would create the table.\n"
                + String.join("\n--;;\n", statements) + "\n";
    }

    /** {@code UserProfile} becomes {@code user-profile}, as sequelize-cli names the migration. */
    static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
