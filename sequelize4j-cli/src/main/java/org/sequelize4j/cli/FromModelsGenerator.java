package org.sequelize4j.cli;

import static org.sequelize4j.migrations.diff.SchemaDiffOptions.schemaDiffOptions;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.sequelize4j.Model;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.migrations.diff.SchemaChange;
import org.sequelize4j.migrations.diff.SchemaDiff;
import org.sequelize4j.migrations.diff.SchemaDiffOptions;
import org.sequelize4j.migrations.diff.Undecided;

/**
 * {@code migration:generate --from-models}: defines the user's model classes on the configured
 * database, computes the schema diff and writes it as a SQL migration pair, or says there is nothing
 * to do. What the diff did not decide is printed, and left out of the migration.
 */
final class FromModelsGenerator {

    private FromModelsGenerator() {
    }

    /** Writes the diff as the Java migration {@code --java} names, under {@code --java-dir}. */
    private static Path writeJava(SchemaDiff diff, FromModelsOptions options) {
        String qualified = options.javaClass;
        int dot = qualified.lastIndexOf('.');
        String packageName = dot < 0 ? "" : qualified.substring(0, dot);
        String className = qualified.substring(dot + 1);
        String source;
        try {
            source = diff.javaMigration(packageName, className);
        } catch (org.sequelize4j.errors.SequelizeException e) {
            throw new ConfigError("--java: " + e.getMessage(), e);
        }
        Path file = options.javaDir.resolve(packageName.replace('.', '/')).resolve(className + ".java");
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, source, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new ConfigError("--java: " + file + " already exists", e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not write " + file, e);
        }
        return file;
    }

    static int generate(FromModelsOptions options, Settings settings, Path folder, String name, PrintWriter out) {
        if (options.models == null || options.models.isBlank()) {
            throw new ConfigError("--from-models needs --models PACKAGE|CLASSES naming the model classes");
        }
        SchemaDiffOptions diffOptions = schemaDiffOptions().allowDrops(options.allowDrops)
                .dropTables(!options.keepTables);
        for (String rename : options.renames) {
            int at = rename.indexOf('=');
            if (at <= 0 || at == rename.length() - 1) {
                throw new ConfigError("--rename '" + rename + "' must be OLD=NEW (table=newTable or"
                        + " table.column=newColumn)");
            }
            try {
                diffOptions.rename(rename.substring(0, at).trim(), rename.substring(at + 1).trim());
            } catch (org.sequelize4j.errors.SequelizeException e) {
                throw new ConfigError("--rename: " + e.getMessage(), e);
            }
        }
        ModelClasses classes = ModelClasses.over(options.classpath, "--classpath");
        List<Class<? extends Model>> models = classes.find(options.models, Model.class, "--models");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classes.loader());
        try (Sequelize sequelize = Sequelizes.open(settings)) {
            for (Class<? extends Model> model : models) {
                try {
                    sequelize.define(model);
                } catch (DefinitionError e) {
                    throw new ConfigError("Model " + model.getName() + ": " + e.getMessage(), e);
                }
            }
            SchemaDiff diff = sequelize.schemaDiff(diffOptions);
            for (Undecided undecided : diff.undecided()) {
                out.println("UNDECIDED: " + undecided);
            }
            if (diff.changes().isEmpty()) {
                out.println("Nothing to do: the database matches the " + models.size() + " model(s)"
                        + (diff.undecided().isEmpty() ? "" : " except for what is undecided above"));
                out.flush();
                return Main.OK;
            }
            for (SchemaChange change : diff.changes()) {
                out.println((change.destructive() ? "  ! " : "  + ") + change.describe());
            }
            if (options.javaClass != null) {
                out.println("Created " + writeJava(diff, options));
            } else {
                for (Path file : diff.writeMigration(folder, name)) {
                    out.println("Created " + file);
                }
            }
            out.flush();
            return Main.OK;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
