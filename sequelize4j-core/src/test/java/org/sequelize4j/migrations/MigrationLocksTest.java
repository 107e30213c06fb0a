package org.sequelize4j.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.migrations.MigratorOptions.migratorOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.MigrationError;
import org.sequelize4j.testing.DialectTest;

/** A lock left by a dead process can be seen and broken on purpose, after which migrations run again. */
class MigrationLocksTest {

    private static final String NEXT = "20260101000009-next";

    @TempDir
    Path folder;

    @DialectTest
    void aLockLeftBehindIsReportedAndReleased(Sequelize sequelize) throws Exception {
        assertEquals(Optional.empty(), MigrationLocks.holder(sequelize), "no lock table yet");
        Files.writeString(folder.resolve(NEXT + ".up.sql"), "CREATE TABLE nexts (id INTEGER)");
        Files.writeString(folder.resolve(NEXT + ".down.sql"), "DROP TABLE nexts");
        Migrator migrator = new Migrator(sequelize, migratorOptions().folder(folder).lockTimeout(Duration.ofMillis(300)));
        migrator.up();
        assertEquals(Optional.empty(), MigrationLocks.holder(sequelize), "released after the run");
        assertEquals(Optional.empty(), MigrationLocks.release(sequelize), "nothing to release");

        sequelize.getQueryInterface().bulkInsert(MigrationLock.TABLE,
                List.of(Map.of("id", 1, "owner", "4242@gone", "since", "2026-01-01T00:00:00Z")));
        MigrationLocks.Holder dead = new MigrationLocks.Holder("4242@gone", "2026-01-01T00:00:00Z");
        assertEquals(Optional.of(dead), MigrationLocks.holder(sequelize));
        assertTrue(assertThrowsTimeout(migrator).contains("db:migrate:unlock"), "the error says how to break it");

        assertEquals(Optional.of(dead), MigrationLocks.release(sequelize));
        assertEquals(Optional.empty(), MigrationLocks.holder(sequelize));
        assertEquals(List.of(NEXT), migrator.down(), "migrations run again");
    }

    /** Reads the lock's owner while it runs, through the migration's own connection. */
    static final class ReadsTheLock implements Migration {
        String owner;

        @Override
        public String name() {
            return "20260101000010-reads-the-lock";
        }

        @Override
        public void up(MigrationContext context) {
            Sequelize sequelize = context.sequelize();
            owner = (String) sequelize.query("SELECT owner FROM " + sequelize.dialect().quoteIdentifier(MigrationLock.TABLE))
                    .rows().get(0).get("owner");
        }

        @Override
        public void down(MigrationContext context) {
        }
    }

    @DialectTest
    void theOwnerNamesTheProcess(Sequelize sequelize) {
        ReadsTheLock migration = new ReadsTheLock();
        new Migrator(sequelize, migratorOptions().migrations(migration)).up();
        assertTrue(migration.owner.matches(ProcessHandle.current().pid() + "@.+/[0-9a-f]{8}"), migration.owner);
        assertEquals(Optional.empty(), MigrationLocks.holder(sequelize), "released");
    }

    private static String assertThrowsTimeout(Migrator migrator) {
        MigrationError error = assertThrows(MigrationError.class, migrator::down);
        assertEquals(MigrationError.Reason.LOCK_TIMEOUT, error.reason());
        return error.getMessage();
    }
}
