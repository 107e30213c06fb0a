package org.sequelize4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the tool takes its database from, and the exit codes of usage and configuration errors. */
class ConfigCliTest {

    private static final String USERS = "20260101000000-create-users";

    @TempDir
    Path dir;

    @BeforeEach
    void migration() throws Exception {
        Cli.migration(dir, USERS, "CREATE TABLE users (id INTEGER PRIMARY KEY)", "DROP TABLE users");
    }

    private String sqlite(String file) {
        return "sqlite:" + dir.resolve(file);
    }

    @Test
    void propertiesFileSectionsAreChosenByEnvThenSequelize4jEnvThenDevelopment() throws Exception {
        Files.writeString(dir.resolve("sequelize4j.properties"), "development.url=" + sqlite("dev.db")
                + "\ntest.url=" + sqlite("test.db") + "\n");
        assertEquals(0, Cli.run(dir, "db:migrate").code());
        assertEquals(List.of(USERS), Schema.meta(sqlite("dev.db")));

        assertEquals(0, Cli.run(dir, Map.of("SEQUELIZE4J_ENV", "test"), "db:migrate").code());
        assertEquals(List.of(USERS), Schema.meta(sqlite("test.db")));

        Cli.Result unknown = Cli.run(dir, Map.of("SEQUELIZE4J_ENV", "test"), "db:migrate", "--env", "production");
        assertEquals(2, unknown.code(), "--env wins over SEQUELIZE4J_ENV: " + unknown);
        assertTrue(unknown.err().contains("has no production.url (environments found: [development, test])"),
                unknown::toString);
    }

    @Test
    void urlBeatsDatabaseUrlWhichBeatsTheFile() throws Exception {
        Files.writeString(dir.resolve("sequelize4j.properties"), "development.url=" + sqlite("file.db") + "\n");
        assertEquals(0, Cli.run(dir, Map.of("DATABASE_URL", sqlite("env.db")), "db:migrate").code());
        assertEquals(List.of(USERS), Schema.meta(sqlite("env.db")));
        assertEquals(0, Cli.run(dir, Map.of("DATABASE_URL", sqlite("env.db")), "db:migrate", "--url",
                sqlite("flag.db")).code());
        assertEquals(List.of(USERS), Schema.meta(sqlite("flag.db")));
        assertTrue(Files.notExists(dir.resolve("file.db")), "the file's URL was never used");
    }

    @Test
    void jsonConfigLikeSequelizeClis() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config")).resolve("config.json");
        Files.writeString(config, "{\"development\": {\"url\": \"" + sqlite("dev.db").replace("\\", "\\\\") + "\"},"
                + " \"production\": {\"use_env_variable\": \"PROD_DB\"}}");
        assertEquals(0, Cli.run(dir, "db:migrate").code(), "config/config.json is read by default");
        assertEquals(List.of(USERS), Schema.meta(sqlite("dev.db")));

        assertEquals(0, Cli.run(dir, Map.of("PROD_DB", sqlite("prod.db")), "db:migrate", "--env", "production",
                "--config", "config/config.json").code());
        assertEquals(List.of(USERS), Schema.meta(sqlite("prod.db")));

        Cli.Result unset = Cli.run(dir, "db:migrate", "--env", "production");
        assertEquals(2, unset.code(), unset::toString);
        assertTrue(unset.err().contains("reads the URL from PROD_DB, which is not set"), unset::toString);
    }

    @Test
    void usageAndConfigurationErrorsExitWithTwo() throws Exception {
        Cli.Result noUrl = Cli.run(dir, "db:migrate");
        assertEquals(2, noUrl.code(), noUrl::toString);
        assertTrue(noUrl.err().startsWith("ERROR: No database URL: pass --url, set DATABASE_URL"), noUrl::toString);
        assertEquals("", noUrl.out());

        assertEquals(2, Cli.run(dir, "db:migrate", "--config", "nope.properties").code());
        assertEquals(2, Cli.run(dir, "db:migrate", "--url", "oracle://x/y").code());
        assertEquals(2, Cli.run(dir, "db:migrate", "--url", sqlite("a.db"), "--migrations-path", "none").code());
        assertEquals(2, Cli.run(dir, "db:migrate", "--url", sqlite("a.db"), "--to", "20990101-nothing").code());
        assertEquals(2, Cli.run(dir, "db:migrate", "--bogus").code());
        assertEquals(2, Cli.run(dir, "db:frobnicate").code());
        assertEquals(2, Cli.run(dir).code());
        Cli.Result help = Cli.run(dir, "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("db:migrate:undo:all"), help::toString);
    }

    @Test
    void anUnreachableServerExitsWithOne() throws Exception {
        Cli.Result result = Cli.run(dir, "db:migrate", "--url", "postgres://postgres@127.0.0.1:1/none");
        assertEquals(1, result.code(), result::toString);
        assertTrue(result.err().startsWith("ERROR: "), result::toString);
    }
}
