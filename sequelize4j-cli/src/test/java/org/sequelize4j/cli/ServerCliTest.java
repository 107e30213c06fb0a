package org.sequelize4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sequelize4j.Sequelize;

/** db:migrate, db:migrate:status and db:migrate:undo on PostgreSQL and MariaDB. */
class ServerCliTest {

    private static final String USERS = "20260101000000-create-users";
    private static final String POSTS = "20260102000000-create-posts";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Servers.class)
    void migrateStatusUndo(Servers server) throws Exception {
        server.prepare();
        String url = server.url();
        Cli.migration(dir, USERS, "CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(80) NOT NULL)",
                "DROP TABLE users");
        Cli.migration(dir, POSTS, "CREATE TABLE posts (id INTEGER PRIMARY KEY,\n"
                + "  user_id INTEGER REFERENCES users (id));\n--;;\nCREATE INDEX posts_user ON posts (user_id);",
                "DROP TABLE posts");

        Cli.Result migrate = Cli.run(dir, "db:migrate", "--url", url);
        assertEquals(0, migrate.code(), migrate::toString);
        assertTrue(migrate.out().matches("(?s).*\nApplied 2 migrations in \\d+ ms; 0 pending\\.\n"), migrate::toString);
        assertEquals(Set.of("users", "posts"), Schema.tables(url));
        assertEquals(List.of(USERS, POSTS), Schema.meta(url));

        Cli.Result status = Cli.run(dir, "db:migrate:status", "--url", url);
        assertEquals(0, status.code(), status::toString);
        assertEquals("up   " + USERS + "\nup   " + POSTS + "\n2 applied, 0 pending.\n", status.out());

        Cli.Result undo = Cli.run(dir, "db:migrate:undo", "--url", url);
        assertEquals(0, undo.code(), undo::toString);
        assertEquals(Set.of("users"), Schema.tables(url));
        assertEquals("up   " + USERS + "\ndown " + POSTS + "\n1 applied, 1 pending.\n",
                Cli.run(dir, "db:migrate:status", "--url", url).out());

        Cli.migration(dir, "20260103000000-broken", "CREATE TABLE teams (id INTEGER PRIMARY KEY);\n--;;\n"
                + "INSERT INTO no_such_table VALUES (1)", "DROP TABLE teams");
        Cli.Result broken = Cli.run(dir, "db:migrate", "--url", url);
        assertEquals(1, broken.code(), broken::toString);
        assertTrue(broken.err().contains("Migration '20260103000000-broken' failed"), broken::toString);
        assertEquals(List.of(USERS, POSTS), Schema.meta(url), "the failed migration is not recorded");
        boolean transactionalDdl;
        try (Sequelize sequelize = new Sequelize(url)) {
            transactionalDdl = sequelize.dialect().schemaEditor().transactionalDdl();
        }
        if (!transactionalDdl) {
            // Schema statements commit as they run there (MariaDB): the tool says which one stays applied.
            assertTrue(broken.err().contains("these stay applied: [CREATE TABLE teams (id INTEGER PRIMARY KEY)]"),
                    broken::toString);
            assertTrue(broken.err().endsWith("Applied before the failure, and not rolled back (20260103000000-broken):\n"
                    + "  CREATE TABLE teams (id INTEGER PRIMARY KEY)\n"), broken::toString);
            assertEquals(Set.of("users", "posts", "teams"), Schema.tables(url), "the CREATE TABLE stayed");
        } else {
            assertEquals(Set.of("users", "posts"), Schema.tables(url), "rolled back");
        }
    }

    @ParameterizedTest
    @EnumSource(Servers.class)
    void createAndDropADatabase(Servers server) throws Exception {
        server.prepare();
        String url = server.url() + "_scratch";
        Cli.run(dir, "db:drop", "--url", url);   // left over from an interrupted run, or absent
        Cli.Result create = Cli.run(dir, "db:create", "--url", url);
        assertEquals(0, create.code(), create::toString);
        assertEquals("Database " + Servers.database() + "_scratch created.\n", create.out());
        assertEquals(Set.of(), Schema.tables(url), "it exists and is empty");
        Cli.Result twice = Cli.run(dir, "db:create", "--url", url);
        // As Sequelize's createDatabase: PostgreSQL refuses a second one, MariaDB (IF NOT EXISTS) leaves it.
        assertTrue(twice.code() == 0 || twice.code() == 1 && twice.err().contains("exists"), twice::toString);
        assertEquals(Set.of(), Schema.tables(url), "it is still there and untouched");
        Cli.Result drop = Cli.run(dir, "db:drop", "--url", url);
        assertEquals(0, drop.code(), drop::toString);
        Files.createDirectories(dir.resolve("migrations"));
        assertEquals(1, Cli.run(dir, "db:migrate:status", "--url", url).code(), "it is gone");
    }
}
