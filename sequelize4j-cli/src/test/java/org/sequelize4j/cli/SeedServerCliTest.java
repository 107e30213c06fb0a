package org.sequelize4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sequelize4j.Sequelize;

/** The seed verbs as processes on PostgreSQL and MariaDB, with both seeder storages. */
class SeedServerCliTest {

    private static final String ADA = "20260201000000-ada";
    private static final String BOB = "20260202000000-bob";

    @TempDir
    Path dir;

    private String setUp(Servers server) throws Exception {
        server.prepare();
        String url = server.url();
        try (Sequelize sequelize = new Sequelize(url)) {
            sequelize.query("CREATE TABLE people (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL)");
        }
        Path folder = Files.createDirectories(dir.resolve("seeders"));
        for (String[] seeder : new String[][] {{ADA, "1", "ada"}, {BOB, "2", "bob"}}) {
            Files.writeString(folder.resolve(seeder[0] + ".up.sql"),
                    "INSERT INTO people VALUES (" + seeder[1] + ", '" + seeder[2] + "')");
            Files.writeString(folder.resolve(seeder[0] + ".down.sql"), "DELETE FROM people WHERE id = " + seeder[1]);
        }
        return url;
    }

    private static List<String> column(String url, String table, String column, String order) {
        try (Sequelize sequelize = new Sequelize(url)) {
            return sequelize.query("SELECT " + sequelize.dialect().quoteIdentifier(column) + " FROM "
                    + sequelize.dialect().quoteIdentifier(table) + " ORDER BY " + order).rows().stream()
                    .map(row -> (String) row.get(column)).toList();
        }
    }

    private static List<String> people(String url) {
        return column(url, "people", "name", "id");
    }

    @ParameterizedTest
    @EnumSource(Servers.class)
    void withoutStorage(Servers server) throws Exception {
        String url = setUp(server);
        Cli.Result all = Cli.run(dir, "db:seed:all", "--url", url);
        assertEquals(0, all.code(), all::toString);
        assertEquals(List.of("ada", "bob"), people(url));
        assertFalse(Schema.tables(url).contains("SequelizeData"), "nothing recorded");
        Cli.Result again = Cli.run(dir, "db:seed:all", "--url", url);
        assertEquals(1, again.code(), "the primary key refuses the same rows: " + again);
        assertTrue(again.err().startsWith("ERROR: Migration '" + ADA + "' failed"), again::toString);

        assertEquals(0, Cli.run(dir, "db:seed:undo", "--url", url).code());
        assertEquals(List.of("ada"), people(url));
        assertEquals(0, Cli.run(dir, "db:seed", "--seed", BOB, "--url", url).code());
        assertEquals(0, Cli.run(dir, "db:seed:undo", "--seed", ADA, "--url", url).code());
        assertEquals(List.of("bob"), people(url));
        Cli.Result undoAll = Cli.run(dir, "db:seed:undo:all", "--url", url);
        assertEquals(0, undoAll.code(), undoAll::toString);
        assertEquals(List.of(), people(url));
        assertEquals(2, Cli.run(dir, "db:seed", "--seed", "nope", "--url", url).code());
    }

    @ParameterizedTest
    @EnumSource(Servers.class)
    void withSequelizeStorage(Servers server) throws Exception {
        String url = setUp(server);
        String[] storage = {"--url", url, "--seeder-storage", "sequelize"};
        Cli.Result one = Cli.run(dir, join("db:seed", "--seed", BOB, storage));
        assertEquals(0, one.code(), one::toString);
        assertEquals(List.of(BOB), column(url, "SequelizeData", "name", "name"));
        Cli.Result all = Cli.run(dir, join("db:seed:all", storage));
        assertEquals(0, all.code(), all::toString);
        assertTrue(all.out().contains("1 seeder run"), all::toString);
        assertEquals(List.of(ADA, BOB), column(url, "SequelizeData", "name", "name"));
        assertEquals(List.of("ada", "bob"), people(url));

        assertEquals(0, Cli.run(dir, join("db:seed:undo", storage)).code());
        assertEquals(List.of(ADA), column(url, "SequelizeData", "name", "name"));
        Cli.Result notRun = Cli.run(dir, join("db:seed:undo", "--seed", BOB, storage));
        assertEquals(2, notRun.code(), notRun::toString);
        Cli.Result undoAll = Cli.run(dir, join("db:seed:undo:all", storage));
        assertEquals(0, undoAll.code(), undoAll::toString);
        assertEquals(List.of(), column(url, "SequelizeData", "name", "name"));
        assertEquals(List.of(), people(url));
        assertFalse(Schema.tables(url).contains("SequelizeMeta"), "the migrations' history is left alone");
    }

    private static String[] join(String verb, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = verb;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static String[] join(String verb, String option, String value, String[] rest) {
        String[] all = new String[rest.length + 3];
        all[0] = verb;
        all[1] = option;
        all[2] = value;
        System.arraycopy(rest, 0, all, 3, rest.length);
        return all;
    }
}
