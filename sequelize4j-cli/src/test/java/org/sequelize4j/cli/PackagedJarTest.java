package org.sequelize4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The runnable jar exactly as users get it ({@code java -jar sequelize4j-cli-VERSION-all.jar}), which
 * the build makes before the tests run: its entry point, its help, and a migration round trip on each
 * database through the drivers it carries.
 */
class PackagedJarTest {

    private static final String USERS = "20260101000000-create-users";
    private static final String POSTS = "20260102000000-create-posts";

    static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findJar() {
        String property = System.getProperty("sequelize4j.cli.jar");
        assertTrue(property != null, "sequelize4j.cli.jar is set by the module's Surefire configuration");
        jar = Path.of(property);
        assertTrue(Files.isRegularFile(jar), jar + " was built (process-test-classes) before the tests");
    }

    @Test
    void versionAndHelp() throws Exception {
        Cli.Result version = Cli.runJar(jar, dir, "--version");
        assertEquals(0, version.code(), version::toString);
        assertTrue(version.out().matches("sequelize4j-cli \\d+\\.\\d+\\.\\d+\\n"), version::toString);
        Cli.Result help = Cli.runJar(jar, dir, "--help");
        assertEquals(0, help.code(), help::toString);
        for (String verb : List.of("db:migrate", "db:migrate:status", "db:migrate:undo:all", "db:migrate:unlock",
                "migration:generate", "model:generate", "db:seed:all", "db:create")) {
            assertTrue(help.out().contains("  " + verb + " "), () -> "lists " + verb + ": " + help);
        }
        Cli.Result verbHelp = Cli.runJar(jar, dir, "model:generate", "--help");
        assertEquals(0, verbHelp.code(), verbHelp::toString);
        assertTrue(verbHelp.out().contains("Examples:"), verbHelp::toString);
        Cli.Result none = Cli.runJar(jar, dir);
        assertEquals(2, none.code(), none::toString);
    }

    @Test
    void carriesTheThreeDrivers() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry services = file.getEntry("META-INF/services/java.sql.Driver");
            assertTrue(services != null, "the drivers' service entries are merged");
            String drivers;
            try (InputStream in = file.getInputStream(services)) {
                drivers = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String driver : Set.of("org.sqlite.JDBC", "org.postgresql.Driver", "org.mariadb.jdbc.Driver")) {
                assertTrue(drivers.contains(driver), () -> driver + " in " + drivers);
                assertTrue(file.getEntry(driver.replace('.', '/') + ".class") != null, driver + " is inside");
            }
            assertEquals("org.sequelize4j.cli.Main", file.getManifest().getMainAttributes().getValue("Main-Class"));
        }
    }

    @Test
    void migrateStatusUndoOnSqlite() throws Exception {
        roundTrip("sqlite:" + dir.resolve("app.db"));
    }

    @ParameterizedTest
    @EnumSource(Servers.class)
    void migrateStatusUndoOnAServer(Servers server) throws Exception {
        server.prepare();
        roundTrip(server.url());
    }

    private void roundTrip(String url) throws Exception {
        Cli.migration(dir, USERS, "CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(80) NOT NULL)",
                "DROP TABLE users");
        Cli.migration(dir, POSTS, "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id))",
                "DROP TABLE posts");
        Cli.Result migrate = Cli.runJar(jar, dir, "db:migrate", "--url", url);
        assertEquals(0, migrate.code(), migrate::toString);
        assertEquals(Set.of("users", "posts"), Schema.tables(url));
        Cli.Result status = Cli.runJar(jar, dir, "db:migrate:status", "--url", url);
        assertEquals(0, status.code(), status::toString);
        assertTrue(status.out().startsWith("up   " + USERS + "\nup   " + POSTS + "\n"), status::toString);
        Cli.Result undo = Cli.runJar(jar, dir, "db:migrate:undo:all", "--url", url);
        assertEquals(0, undo.code(), undo::toString);
        assertEquals(Set.of(), Schema.tables(url));
        assertEquals(List.of(), Schema.meta(url));
    }
}
