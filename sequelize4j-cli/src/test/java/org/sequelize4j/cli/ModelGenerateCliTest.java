package org.sequelize4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.migrations.MigratorOptions.migratorOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sequelize4j.DataTypes;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.migrations.Migration;
import org.sequelize4j.migrations.Migrator;

/**
 * model:generate on each database: the generated class compiles and defines a model, and the generated
 * migration (SQL through db:migrate, or the Java class through the Migrator) leaves exactly its table.
 */
class ModelGenerateCliTest {

    /** Every type sequelize-cli's syntax has that all three databases take. */
    private static final String PORTABLE = "name:string,bio:text,age:integer,visits:bigint,ratio:float,"
            + "score:double,weight:real,price:decimal,active:boolean,born:date,birthday:dateonly,wakeUp:time,"
            + "token:uuid,settings:json,avatar:blob,role:enum:{admin,member}";

    @TempDir
    Path dir;

    /** The portable types, plus jsonb and an array where the database has them (asked, not assumed). */
    private static String attributes(String url) {
        try (Sequelize sequelize = new Sequelize(url)) {
            String all = PORTABLE;
            if (sequelize.dialect().supportsType(DataTypes.JSONB)) {
                all += ",profile:jsonb";
            }
            if (sequelize.dialect().capabilities().arrays()) {
                all += ",tags:array:string";
            }
            return all;
        }
    }

    @ParameterizedTest
    @EnumSource(Targets.class)
    void sqlMigrationCreatesTheModelsTable(Targets target) throws Exception {
        String url = target.prepare(dir);
        Cli.Result generate = Cli.run(dir, "model:generate", "--name", "UserProfile", "--attributes", attributes(url),
                "--package", "app.models", "--url", url);
        assertEquals(0, generate.code(), generate::toString);
        assertTrue(generate.out().contains("Created src/main/java/app/models/UserProfile.java"), generate::toString);
        List<String> migrations = list(dir.resolve("migrations"));
        assertEquals(2, migrations.size(), migrations::toString);
        assertTrue(migrations.get(1).matches("\\d{14}-create-user-profile\\.up\\.sql"), migrations::toString);

        Cli.Result migrate = Cli.run(dir, "db:migrate", "--url", url);
        assertEquals(0, migrate.code(), migrate::toString);
        ClassLoader loader = GeneratedCode.compile(dir.resolve("src/main/java"), Files.createDirectories(dir.resolve("classes")));
        @SuppressWarnings("unchecked")
        Class<? extends Model> type = (Class<? extends Model>) loader.loadClass("app.models.UserProfile");
        try (Sequelize sequelize = new Sequelize(url)) {
            ModelStatic<? extends Model> profiles = sequelize.define(type);
            assertEquals("UserProfiles", profiles.tableName());
            GeneratedCode.assertTableMatches(sequelize, profiles);
            Model ada = profiles.create(Map.of("name", "Ada", "age", 36, "role", "admin",
                    "settings", Map.of("theme", "dark")));
            Model read = profiles.findByPk(ada.get("id"));
            assertEquals("Ada", type.getField("name").get(read), "the value is in the generated field");
            assertEquals(Map.of("theme", "dark"), read.get("settings"));
        }

        Cli.Result undo = Cli.run(dir, "db:migrate:undo", "--url", url);
        assertEquals(0, undo.code(), undo::toString);
        assertFalse(Schema.tables(url).contains("UserProfiles"), "the down migration drops the table");
    }

    @ParameterizedTest
    @EnumSource(Targets.class)
    void javaMigrationCreatesTheSameTableOnEveryDatabase(Targets target) throws Exception {
        String url = target.prepare(dir);
        // No --url: the Java migration is portable, so no dialect is needed.
        Cli.Result generate = Cli.run(dir, "model:generate", "--name", "Tag", "--attributes",
                "label:string,kind:enum:{plain,special},weight:decimal,createdBy:integer", "--underscored",
                "--format", "java", "--package", "app");
        assertEquals(0, generate.code(), generate::toString);
        assertFalse(Files.exists(dir.resolve("migrations")), "no SQL pair with --format java");
        ClassLoader loader = GeneratedCode.compile(dir.resolve("src/main/java"), Files.createDirectories(dir.resolve("classes")));
        @SuppressWarnings("unchecked")
        Class<? extends Model> type = (Class<? extends Model>) loader.loadClass("app.Tag");
        String migrationClass;
        try (Stream<Path> files = Files.list(dir.resolve("src/main/java/app/migrations"))) {
            migrationClass = files.map(p -> p.getFileName().toString().replace(".java", "")).findFirst().orElseThrow();
        }
        Migration migration = (Migration) loader.loadClass("app.migrations." + migrationClass)
                .getDeclaredConstructor().newInstance();
        assertTrue(migration.name().matches("\\d{14}-create-tag"), migration::name);
        try (Sequelize sequelize = new Sequelize(url)) {
            Migrator migrator = new Migrator(sequelize, migratorOptions().migrations(migration));
            assertEquals(List.of(migration.name()), migrator.up());
            ModelStatic<? extends Model> tags = sequelize.define(type);
            assertEquals("tags", tags.tableName());
            assertTrue(sequelize.getQueryInterface().describeTable("tags").containsKey("created_by"), "underscored");
            GeneratedCode.assertTableMatches(sequelize, tags);
            migrator.down();
            assertTrue(sequelize.getQueryInterface().showAllTables().stream().noneMatch(t -> t.tableName().equals("tags")));
        }
    }

    static List<String> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
