package org.sequelize4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every verb, end to end, on a SQLite file, with the tool run as its own process. */
class SqliteCliTest {

    private static final String USERS = "20260101000000-create-users";
    private static final String POSTS = "20260102000000-create-posts";
    private static final String AGE = "20260103000000-add-age";

    @TempDir
    Path dir;
    String url;

    @BeforeEach
    void migrations() throws Exception {
        url = "sqlite:" + dir.resolve("app.db");
        Cli.migration(dir, USERS, "CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(80) NOT NULL);",
                "DROP TABLE users;");
        Cli.migration(dir, POSTS, "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));",
                "DROP TABLE posts;");
        Cli.migration(dir, AGE, "ALTER TABLE users ADD COLUMN age INTEGER", "ALTER TABLE users DROP COLUMN age");
    }

    @Test
    void migrateStatusAndUndoRoundTrip() throws Exception {
        Cli.Result status = Cli.run(dir, "db:migrate:status", "--url", url);
        assertEquals(0, status.code(), status::toString);
        assertEquals("down " + USERS + "\ndown " + POSTS + "\ndown " + AGE + "\n0 applied, 3 pending.\n", status.out());

        Cli.Result to = Cli.run(dir, "db:migrate", "--url", url, "--to", POSTS);
        assertEquals(0, to.code(), to::toString);
        assertTrue(to.out().contains("== " + USERS + ": migrating\n== " + USERS + ": migrated ("), to::toString);
        assertTrue(to.out().matches("(?s).*\nApplied 2 migrations in \\d+ ms; 1 pending\\.\n"), to::toString);
        assertEquals(Set.of("users", "posts"), Schema.tables(url));

        Cli.Result rest = Cli.run(dir, "db:migrate", "--url", url);
        assertEquals(0, rest.code(), rest::toString);
        assertTrue(rest.out().matches("(?s).*\nApplied 1 migration in \\d+ ms; 0 pending\\.\n"), rest::toString);
        assertEquals(Set.of("id", "name", "age"), Schema.columns(url, "users"));
        assertEquals(List.of(USERS, POSTS, AGE), Schema.meta(url));

        Cli.Result again = Cli.run(dir, "db:migrate", "--url", url);
        assertEquals(0, again.code(), again::toString);
        assertEquals("No migrations were executed, database schema was already up to date.\n", again.out());
        assertEquals("", again.err());

        assertEquals("up   " + USERS + "\nup   " + POSTS + "\nup   " + AGE + "\n3 applied, 0 pending.\n",
                Cli.run(dir, "db:migrate:status", "--url", url).out());

        Cli.Result undo = Cli.run(dir, "db:migrate:undo", "--url", url);
        assertEquals(0, undo.code(), undo::toString);
        assertTrue(undo.out().contains("== " + AGE + ": reverting\n== " + AGE + ": reverted ("), undo::toString);
        assertEquals(Set.of("id", "name"), Schema.columns(url, "users"));

        Cli.Result notLast = Cli.run(dir, "db:migrate:undo", "--url", url, "--name", USERS);
        assertEquals(2, notLast.code(), notLast::toString);
        assertTrue(notLast.err().contains("is not the last applied one ('" + POSTS + "' is)"), notLast::toString);
        assertEquals(List.of(USERS, POSTS), Schema.meta(url), "nothing was reverted");

        Cli.Result named = Cli.run(dir, "db:migrate:undo", "--url", url, "--name", POSTS);
        assertEquals(0, named.code(), named::toString);
        assertEquals(Set.of("users"), Schema.tables(url));

        assertEquals(0, Cli.run(dir, "db:migrate", "--url", url).code());
        Cli.Result downTo = Cli.run(dir, "db:migrate:undo:all", "--url", url, "--to", POSTS);
        assertEquals(0, downTo.code(), downTo::toString);
        assertTrue(downTo.out().matches("(?s).*\nReverted 2 migrations in \\d+ ms; 1 applied, 2 pending\\.\n"), downTo::toString);
        assertEquals(List.of(USERS), Schema.meta(url));

        assertEquals(0, Cli.run(dir, "db:migrate", "--url", url).code());
        Cli.Result all = Cli.run(dir, "db:migrate:undo:all", "--url", url);
        assertEquals(0, all.code(), all::toString);
        assertTrue(all.out().indexOf(AGE + ": reverted") < all.out().indexOf(USERS + ": reverted"), "newest first");
        assertEquals(Set.of(), Schema.tables(url));
        assertEquals(List.of(), Schema.meta(url));
        assertEquals("No migrations were reverted: none is applied.\n",
                Cli.run(dir, "db:migrate:undo:all", "--url", url).out());
    }

    @Test
    void aFailingMigrationExitsWithOneAndIsRolledBack() throws Exception {
        Cli.migration(dir, "20260104000000-broken", "CREATE TABLE teams (id INTEGER PRIMARY KEY);\n--;;\n"
                + "INSERT INTO no_such_table VALUES (1)", "DROP TABLE teams");
        Cli.Result result = Cli.run(dir, "db:migrate", "--url", url);
        assertEquals(1, result.code(), result::toString);
        assertTrue(result.err().startsWith("ERROR: Migration '20260104000000-broken' failed"), result::toString);
        assertTrue(result.err().contains("no_such_table"), result::toString);
        assertFalse(result.err().contains("\tat "), "a migration failure is reported without a stack trace");
        assertFalse(result.out().contains("Applied"), "no summary after a failure");
        assertEquals(List.of(USERS, POSTS, AGE), Schema.meta(url), "the ones before it stay applied");
        assertFalse(Schema.tables(url).contains("teams"), "the failed one left nothing");
    }

    @Test
    void generateWritesAPairThatRunsOnceFilledIn() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("fresh"));
        Cli.Result result = Cli.run(empty, "migration:generate", "--name", "create-teams");
        assertEquals(0, result.code(), result::toString);
        List<Path> files;
        try (Stream<Path> list = Files.list(empty.resolve("migrations"))) {
            files = list.sorted().toList();
        }
        assertEquals(2, files.size());
        String down = files.get(0).getFileName().toString();
        String up = files.get(1).getFileName().toString();
        assertTrue(down.matches("\\d{14}-create-teams\\.down\\.sql"), down);
        assertEquals(down.replace(".down.sql", ".up.sql"), up);
        assertTrue(result.out().contains("Created " + Path.of("migrations", up)), result::toString);
        assertTrue(result.out().endsWith("Migration " + up.replace(".up.sql", "") + " is ready: write its statements"
                + " into both files, then run db:migrate.\n"), result::toString);

        String freshUrl = "sqlite:" + empty.resolve("app.db");
        Cli.Result asGenerated = Cli.run(empty, "db:migrate", "--url", freshUrl);
        assertEquals(0, asGenerated.code(), "a pair still holding only comments runs as a no-op: " + asGenerated);
        assertEquals(0, Cli.run(empty, "db:migrate:undo", "--url", freshUrl).code());

        Files.writeString(files.get(1), "CREATE TABLE teams (id INTEGER PRIMARY KEY)", StandardOpenOption.APPEND);
        Files.writeString(files.get(0), "DROP TABLE teams", StandardOpenOption.APPEND);
        assertEquals(0, Cli.run(empty, "db:migrate", "--url", freshUrl).code());
        assertEquals(Set.of("teams"), Schema.tables(freshUrl));

        Cli.Result badName = Cli.run(empty, "migration:generate", "--name", "../escape");
        assertEquals(2, badName.code(), badName::toString);
        Cli.Result noName = Cli.run(empty, "migration:generate");
        assertEquals(2, noName.code(), noName::toString);
        assertTrue(noName.err().contains("Missing required option: '--name=NAME'"), noName::toString);
    }

    @Test
    void createAndDropTheDatabaseFile() throws Exception {
        Path file = dir.resolve("made.db");
        Cli.Result create = Cli.run(dir, "db:create", "--url", "sqlite:" + file);
        assertEquals(0, create.code(), create::toString);
        assertTrue(Files.isRegularFile(file));
        assertEquals(2, Cli.run(dir, "db:create", "--url", "sqlite:" + file).code(), "it exists already");
        Cli.Result drop = Cli.run(dir, "db:drop", "--url", "sqlite:" + file);
        assertEquals(0, drop.code(), drop::toString);
        assertFalse(Files.exists(file));
        assertEquals(2, Cli.run(dir, "db:drop", "--url", "sqlite:" + file).code(), "it is gone");
    }
}
