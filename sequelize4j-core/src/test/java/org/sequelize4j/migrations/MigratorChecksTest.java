package org.sequelize4j.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.migrations.MigratorOptions.migratorOptions;
import static org.sequelize4j.migrations.SampleMigrations.TEAMS;
import static org.sequelize4j.migrations.SampleMigrations.USERS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.MigrationError;
import org.sequelize4j.testing.DialectTest;

/** An applied SQL file that changed, or an applied name no source has, stops the run before anything runs. */
class MigratorChecksTest {

    private static final String NEXT = "20260101000007-next";

    @TempDir
    Path folder;

    private void writeNext() throws Exception {
        Files.writeString(folder.resolve(NEXT + ".up.sql"), "CREATE TABLE nexts (id INTEGER)");
        Files.writeString(folder.resolve(NEXT + ".down.sql"), "DROP TABLE nexts");
    }

    @DialectTest
    void aChangedSqlFileIsReported(Sequelize sequelize) throws Exception {
        SampleMigrations.writeUsers(folder);
        new Migrator(sequelize, migratorOptions().folder(folder)).up();
        Files.writeString(folder.resolve(USERS + ".up.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY)");
        writeNext();

        MigrationError error = assertThrows(MigrationError.class, () -> new Migrator(sequelize,
                migratorOptions().folder(folder)).up());
        assertEquals(MigrationError.Reason.CHANGED, error.reason());
        assertEquals(USERS, error.migration());
        assertTrue(error.getMessage().contains("allowChanged"), error.getMessage());
        assertEquals(List.of(USERS), SampleMigrations.meta(sequelize), "nothing ran");
        assertTrue(!SampleMigrations.tables(sequelize).contains("nexts"));

        assertEquals(List.of(NEXT), new Migrator(sequelize, migratorOptions().folder(folder).allowChanged(true)).up());
    }

    @DialectTest
    void anAppliedMigrationMissingFromTheSourcesIsReported(Sequelize sequelize) throws Exception {
        new Migrator(sequelize, migratorOptions().migrations(new SampleMigrations.CreateTeams())).up();
        writeNext();

        MigrationError error = assertThrows(MigrationError.class, () -> new Migrator(sequelize,
                migratorOptions().folder(folder)).up());
        assertEquals(MigrationError.Reason.MISSING, error.reason());
        assertEquals(TEAMS, error.migration());
        assertEquals(List.of(TEAMS), SampleMigrations.meta(sequelize), "nothing ran");

        assertEquals(List.of(NEXT), new Migrator(sequelize, migratorOptions().folder(folder).allowMissing(true)).up());
        assertEquals(List.of(TEAMS, NEXT), SampleMigrations.meta(sequelize));
    }

    @DialectTest
    void aLockLeftBehindTimesOutNamingItsOwner(Sequelize sequelize) throws Exception {
        writeNext();
        Migrator migrator = new Migrator(sequelize, migratorOptions().folder(folder)
                .lockTimeout(java.time.Duration.ofMillis(300)));
        assertEquals(List.of(NEXT), migrator.pending());
        migrator.up(NEXT);
        migrator.down();
        // What a process killed while migrating leaves behind.
        sequelize.getQueryInterface().bulkInsert("SequelizeMetaLock",
                List.of(java.util.Map.of("id", 1, "owner", "dead-process", "since", "2026-01-01T00:00:00Z")));

        MigrationError error = assertThrows(MigrationError.class, migrator::up);
        assertEquals(MigrationError.Reason.LOCK_TIMEOUT, error.reason());
        assertTrue(error.getMessage().contains("dead-process"), error.getMessage());
        assertEquals(List.of(), SampleMigrations.meta(sequelize), "nothing ran");
        assertEquals(1, SampleMigrations.rows(sequelize, "SELECT * FROM "
                + sequelize.dialect().quoteIdentifier("SequelizeMetaLock")).size(), "another owner's row is left alone");
    }

    @Test
    void statementsAreSplitAtSeparatorLines() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "-- a comment\nINSERT INTO a VALUES (1)"),
                SqlMigration.statements("CREATE TABLE a (x INT);\n  --;;  \n-- a comment\nINSERT INTO a VALUES (1);\r\n--;;\n\n"));
        assertEquals(List.of("SELECT '--;;'"), SqlMigration.statements("SELECT '--;;'"));
        assertEquals(List.of(), SqlMigration.statements("-- nothing yet\n\n  -- still nothing\n--;;\n"));
    }

    @Test
    void anUpFileWithoutItsDownFileIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("20260101-lonely.up.sql"), "SELECT 1");
        MigrationError error = assertThrows(MigrationError.class, () -> MigrationSources.folder(dir));
        assertEquals("20260101-lonely", error.migration());
        assertEquals(MigrationError.Reason.INVALID_SOURCE, error.reason());
    }
}
