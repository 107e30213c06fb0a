package org.sequelize4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.Sequelize;

/** The seed verbs, end to end, on a SQLite file, with the tool run as its own process. */
class SeedCliTest {

    private static final String ADA = "20260201000000-ada";
    private static final String BOB = "20260202000000-bob";

    @TempDir
    Path dir;
    String url;

    @BeforeEach
    void seeders() throws Exception {
        url = "sqlite:" + dir.resolve("app.db");
        try (Sequelize sequelize = new Sequelize(url)) {
            sequelize.query("CREATE TABLE people (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL)");
        }
        seeder(dir.resolve("seeders"), ADA, 1, "ada");
        seeder(dir.resolve("seeders"), BOB, 2, "bob");
    }

    private static void seeder(Path folder, String name, int id, String person) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name + ".up.sql"), "INSERT INTO people VALUES (" + id + ", '" + person + "')");
        Files.writeString(folder.resolve(name + ".down.sql"), "DELETE FROM people WHERE id = " + id);
    }

    private List<String> people() {
        try (Sequelize sequelize = new Sequelize(url)) {
            return sequelize.query("SELECT name FROM people ORDER BY id").rows().stream()
                    .map(row -> (String) row.get("name")).toList();
        }
    }

    private List<String> data() {
        try (Sequelize sequelize = new Sequelize(url)) {
            return sequelize.query("SELECT name FROM \"SequelizeData\" ORDER BY name").rows().stream()
                    .map(row -> (String) row.get("name")).toList();
        }
    }

    @Test
    void withoutStorageEverySeederRunsEachTime() throws Exception {
        Cli.Result all = Cli.run(dir, "db:seed:all", "--url", url);
        assertEquals(0, all.code(), all::toString);
        assertTrue(all.out().contains("== " + ADA + ": migrating"), all::toString);
        assertTrue(all.out().matches("(?s).*\n2 seeders run in \\d+ ms\\.\n"), all::toString);
        assertEquals(List.of("ada", "bob"), people());
        assertFalse(Schema.tables(url).contains("SequelizeData"), "nothing recorded");

        Cli.Result again = Cli.run(dir, "db:seed:all", "--url", url);
        assertEquals(1, again.code(), "the same rows again break the primary key: " + again);
        assertTrue(again.err().startsWith("ERROR: Migration '" + ADA + "' failed"), again::toString);

        Cli.Result undo = Cli.run(dir, "db:seed:undo", "--url", url);
        assertEquals(0, undo.code(), undo::toString);
        assertEquals(List.of("ada"), people());
        Cli.Result one = Cli.run(dir, "db:seed", "--url", url, "--seed", BOB);
        assertEquals(0, one.code(), one::toString);
        assertTrue(one.out().matches("(?s).*\n1 seeder run in \\d+ ms\\.\n"), one::toString);
        Cli.Result named = Cli.run(dir, "db:seed:undo", "--url", url, "--seed", ADA);
        assertEquals(0, named.code(), named::toString);
        assertEquals(List.of("bob"), people());
        Cli.Result undoAll = Cli.run(dir, "db:seed:undo:all", "--url", url);
        assertEquals(0, undoAll.code(), undoAll::toString);
        assertEquals(List.of(), people());

        Cli.Result unknown = Cli.run(dir, "db:seed", "--url", url, "--seed", "nope");
        assertEquals(2, unknown.code(), unknown::toString);
    }

    @Test
    void withSequelizeStorageRunsAreRecordedInSequelizeData() throws Exception {
        Path other = dir.resolve("db-seeds");
        Files.move(dir.resolve("seeders"), other);
        String[] common = {"--url", url, "--seeders-path", "db-seeds", "--seeder-storage", "sequelize"};
        Cli.Result one = Cli.run(dir, cat(new String[] {"db:seed", "--seed", BOB}, common));
        assertEquals(0, one.code(), one::toString);
        assertEquals(List.of(BOB), data());
        Cli.Result all = Cli.run(dir, cat(new String[] {"db:seed:all"}, common));
        assertEquals(0, all.code(), all::toString);
        assertTrue(all.out().matches("(?s).*\n1 seeder run in \\d+ ms; 0 not run yet\\.\n"), all::toString);
        assertEquals(List.of(ADA, BOB), data());
        assertEquals("No seeders were run; 0 not run yet.\n", Cli.run(dir, cat(new String[] {"db:seed:all"}, common)).out());
        assertEquals(List.of("ada", "bob"), people());

        Cli.Result undo = Cli.run(dir, cat(new String[] {"db:seed:undo"}, common));
        assertEquals(0, undo.code(), undo::toString);
        assertEquals(List.of(ADA), data());
        Cli.Result notRun = Cli.run(dir, cat(new String[] {"db:seed:undo", "--seed", BOB}, common));
        assertEquals(2, notRun.code(), notRun::toString);
        assertEquals(0, Cli.run(dir, cat(new String[] {"db:seed:all"}, common)).code());
        Cli.Result undoAll = Cli.run(dir, cat(new String[] {"db:seed:undo:all"}, common));
        assertEquals(0, undoAll.code(), undoAll::toString);
        assertTrue(undoAll.out().indexOf(BOB + ": reverted") < undoAll.out().indexOf(ADA + ": reverted"), "newest first");
        assertEquals(List.of(), data());
        assertEquals(List.of(), people());
        try (Sequelize sequelize = new Sequelize(url)) {
            assertTrue(sequelize.getQueryInterface().showAllTables().stream()
                    .noneMatch(t -> t.tableName().equals("SequelizeMeta")), "the migrations' history is left alone");
        }
    }

    @Test
    void seederStorageIsReadFromTheConfigurationFile() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/config.json"), "{\"development\": {\"url\": \"" + url
                + "\", \"seederStorage\": \"sequelize\"}, \"test\": {\"url\": \"" + url
                + "\", \"seederStorage\": \"json\"}}");
        Cli.Result all = Cli.run(dir, "db:seed:all");
        assertEquals(0, all.code(), all::toString);
        assertEquals(List.of(ADA, BOB), data());
        assertEquals("No seeders were run; 0 not run yet.\n", Cli.run(dir, "db:seed:all").out());
        Cli.Result overridden = Cli.run(dir, "db:seed:undo:all", "--seeder-storage", "none");
        assertEquals(0, overridden.code(), overridden::toString);
        assertEquals(List.of(), people());
        assertEquals(List.of(ADA, BOB), data(), "with no history nothing is forgotten either");
        Cli.Result unsupported = Cli.run(dir, "db:seed:all", "--env", "test");
        assertEquals(2, unsupported.code(), unsupported::toString);
        assertTrue(unsupported.err().contains("seederStorage 'json'"), unsupported::toString);
    }

    @Test
    void seedGenerateWritesAPairIntoTheSeedersFolder() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("fresh"));
        Cli.Result result = Cli.run(empty, "seed:generate", "--name", "demo-people");
        assertEquals(0, result.code(), result::toString);
        List<String> files;
        try (Stream<Path> list = Files.list(empty.resolve("seeders"))) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(2, files.size(), files::toString);
        assertTrue(files.get(0).matches("\\d{14}-demo-people\\.down\\.sql"), files::toString);
        assertTrue(files.get(1).matches("\\d{14}-demo-people\\.up\\.sql"), files::toString);
        Cli.Result bad = Cli.run(empty, "seed:generate", "--name", "../x");
        assertEquals(2, bad.code(), bad::toString);
    }

    private static String[] cat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }
}
