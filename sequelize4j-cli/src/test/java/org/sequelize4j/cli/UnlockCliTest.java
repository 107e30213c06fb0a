package org.sequelize4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sequelize4j.Sequelize;

/** db:migrate:unlock shows and removes a lock that a dead process left behind. */
class UnlockCliTest {

    private static final String USERS = "20260101000000-create-users";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Targets.class)
    void aDeadProcesssLockIsShownThenRemoved(Targets target) throws Exception {
        String url = target.prepare(dir);
        Cli.migration(dir, USERS, "CREATE TABLE users (id INTEGER PRIMARY KEY)", "DROP TABLE users");
        assertEquals(0, Cli.run(dir, "db:migrate", "--url", url).code());
        Cli.Result free = Cli.run(dir, "db:migrate:unlock", "--url", url);
        assertEquals(0, free.code(), free::toString);
        assertEquals("The migration lock is free.\n", free.out());

        try (Sequelize sequelize = new Sequelize(url)) {
            // What a migrator killed mid-run leaves behind.
            sequelize.getQueryInterface().bulkInsert("SequelizeMetaLock",
                    List.of(Map.of("id", 1, "owner", "4242@build-7/0badc0de", "since", "2026-01-01T00:00:00Z")));
        }
        Cli.Result show = Cli.run(dir, "db:migrate:unlock", "--show", "--url", url);
        assertEquals(0, show.code(), show::toString);
        assertTrue(show.out().startsWith("The migration lock is held by 4242@build-7/0badc0de since"
                + " 2026-01-01T00:00:00Z ("), show::toString);
        assertEquals(1, lockRows(url), "--show removes nothing");

        Cli.Result unlock = Cli.run(dir, "db:migrate:unlock", "--url", url);
        assertEquals(0, unlock.code(), unlock::toString);
        assertTrue(unlock.out().startsWith("Removed the migration lock held by 4242@build-7/0badc0de"), unlock::toString);
        assertEquals(0, lockRows(url));
        Cli.Result undo = Cli.run(dir, "db:migrate:undo", "--url", url);
        assertEquals(0, undo.code(), "migrations run again: " + undo);
    }

    private static int lockRows(String url) {
        try (Sequelize sequelize = new Sequelize(url)) {
            return sequelize.query("SELECT * FROM " + sequelize.dialect().quoteIdentifier("SequelizeMetaLock")).rows().size();
        }
    }
}
