package org.sequelize4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** db:migrate and db:migrate:undo running Java migrations from the user's compiled classes (--classpath). */
class JavaMigrationsCliTest {

    @TempDir
    Path dir;

    private static final String NOTES = """
            package com.example.migrations;
            import org.sequelize4j.migrations.Migration;
            import org.sequelize4j.migrations.MigrationContext;
            public class CreateNotes implements Migration {
                @Override public String name() { return "20260101000000-create-notes"; }
                @Override public void up(MigrationContext c) {
                    c.sequelize().query("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
                }
                @Override public void down(MigrationContext c) { c.sequelize().query("DROP TABLE notes"); }
            }
            """;

    @Test
    void javaMigrationsRunBesideTheSqlOnes() throws Exception {
        Path classes = Javac.compile(dir, "classes", NOTES);
        Cli.migration(dir, "20260102000000-create-tags", "CREATE TABLE tags (id INTEGER PRIMARY KEY)", "DROP TABLE tags");
        String url = "sqlite:" + dir.resolve("app.db");
        Cli.Result migrate = Cli.run(dir, "db:migrate", "--url", url, "--classpath", classes.toString(),
                "--migrations-package", "com.example.migrations");
        assertEquals(0, migrate.code(), migrate::toString);
        assertTrue(migrate.out().contains("== 20260101000000-create-notes: migrated"), migrate::toString);
        assertEquals(Set.of("notes", "tags"), Schema.tables(url));
        assertEquals(List.of("20260101000000-create-notes", "20260102000000-create-tags"), Schema.meta(url));

        Cli.Result undoAll = Cli.run(dir, "db:migrate:undo:all", "--url", url, "--classpath", classes.toString(),
                "--migrations-package", "com.example.migrations.CreateNotes");
        assertEquals(0, undoAll.code(), undoAll::toString);
        assertEquals(Set.of(), Schema.tables(url));

        Cli.Result missing = Cli.run(dir, "db:migrate", "--url", url, "--classpath", classes.toString(),
                "--migrations-package", "com.example.none");
        assertEquals(2, missing.code(), missing::toString);
        Cli.Result noPackage = Cli.run(dir, "db:migrate", "--url", url, "--classpath", classes.toString());
        assertEquals(2, noPackage.code(), noPackage::toString);
    }

    private static final String AUTHOR = """
            package com.example.library;
            import org.sequelize4j.Model;
            import org.sequelize4j.annotations.*;
            @Table(tableName = "authors", timestamps = false)
            public class Author extends Model {
                @Attribute(type = "STRING(60)") @NotNull public String name;
                @Unique public String email;
            }
            """;

    @Test
    void fromModelsWritesAJavaMigrationThatDbMigrateRuns() throws Exception {
        Path models = Javac.compile(dir, "models", AUTHOR);
        String url = "sqlite:" + dir.resolve("app.db");
        Cli.Result generate = Cli.run(dir, "migration:generate", "--from-models", "--models", "com.example.library",
                "--classpath", models.toString(), "--url", url, "--java", "com.example.db.M20260301_CreateAuthors",
                "--java-dir", "src");
        assertEquals(0, generate.code(), generate::toString);
        Path source = dir.resolve("src/com/example/db/M20260301_CreateAuthors.java");
        assertTrue(java.nio.file.Files.readString(source).contains("qi.createTable(\"authors\""), generate::toString);

        Path compiled = Javac.compile(dir, "migrations-classes", java.nio.file.Files.readString(source));
        Cli.Result migrate = Cli.run(dir, "db:migrate", "--url", url, "--classpath", compiled.toString(),
                "--migrations-package", "com.example.db");
        assertEquals(0, migrate.code(), migrate::toString);
        assertEquals(Set.of("authors"), Schema.tables(url));
        Cli.Result nothing = Cli.run(dir, "migration:generate", "--from-models", "--models", "com.example.library",
                "--classpath", models.toString(), "--url", url, "--java", "com.example.db.M20260302_Again");
        assertTrue(nothing.out().startsWith("Nothing to do"), nothing::toString);
    }
}
