package org.sequelize4j.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.migrations.MigratorOptions.migratorOptions;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.Sequelize;
import org.sequelize4j.testing.DialectTest;

/** SQL migrations packaged in a jar on the class path, as an application ships them. */
class MigrationSourcesJarTest {

    private static final String NAME = "20260101000010-from-jar";

    @TempDir
    Path dir;

    private Path jar() throws Exception {
        Path jar = dir.resolve("migrations.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("db/"));
            out.putNextEntry(new JarEntry("db/jarred/"));
            entry(out, "db/jarred/" + NAME + ".up.sql", "CREATE TABLE jarred (id INTEGER PRIMARY KEY)\n");
            entry(out, "db/jarred/" + NAME + ".down.sql", "DROP TABLE jarred\n");
            entry(out, "db/jarred/README.txt", "not a migration");
            entry(out, "db/jarred/nested/20260101000011-deeper.up.sql", "SELECT 1");
        }
        return jar;
    }

    private static void entry(JarOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    @DialectTest
    void migrationsAreReadFromAJar(Sequelize sequelize) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar().toUri().toURL()}, null)) {
            thread.setContextClassLoader(loader);
            Migrator migrator = new Migrator(sequelize, migratorOptions().classpath("db/jarred"));
            assertEquals(List.of(NAME), migrator.pending(), "only the top level's pairs");
            assertEquals(List.of(NAME), migrator.up());
            assertTrue(SampleMigrations.tables(sequelize).contains("jarred"));
            assertEquals(List.of(NAME), migrator.down());
            assertTrue(!SampleMigrations.tables(sequelize).contains("jarred"));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
