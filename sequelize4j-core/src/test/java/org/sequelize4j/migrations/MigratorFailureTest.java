package org.sequelize4j.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.migrations.MigratorOptions.migratorOptions;
import static org.sequelize4j.migrations.SampleMigrations.TEAMS;
import static org.sequelize4j.migrations.SampleMigrations.TEAM_ID;
import static org.sequelize4j.migrations.SampleMigrations.USERS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.errors.MigrationError;
import org.sequelize4j.testing.DialectTest;

/**
 * A failing migration leaves SequelizeMeta and the schema consistent: rolled back entirely where schema
 * statements are transactional, and otherwise stopped, unrecorded and named with what stays applied.
 */
class MigratorFailureTest {

    private static final String BROKEN = "20260101000005-broken";

    @TempDir
    Path folder;

    private static boolean transactionalDdl(Sequelize sequelize) {
        return sequelize.dialect().schemaEditor().transactionalDdl();
    }

    @DialectTest
    void secondStatementFailing(Sequelize sequelize) throws Exception {
        Files.writeString(folder.resolve(BROKEN + ".up.sql"),
                "CREATE TABLE gadgets (id INTEGER PRIMARY KEY)\n--;;\nINSERT INTO no_such_table (id) VALUES (1)\n");
        Files.writeString(folder.resolve(BROKEN + ".down.sql"), "DROP TABLE gadgets\n");
        Files.writeString(folder.resolve("20260101000006-after.up.sql"), "CREATE TABLE after_broken (id INTEGER)\n");
        Files.writeString(folder.resolve("20260101000006-after.down.sql"), "DROP TABLE after_broken\n");
        Migrator migrator = new Migrator(sequelize, migratorOptions()
                .migrations(new SampleMigrations.CreateTeams()).folder(folder));

        MigrationError error = assertThrows(MigrationError.class, migrator::up);
        assertEquals(BROKEN, error.migration());
        assertEquals(MigrationError.Reason.FAILED, error.reason());
        assertTrue(error.getMessage().contains(BROKEN) && error.getMessage().contains("statement 2 of 2"),
                error.getMessage());
        assertEquals(List.of(TEAMS), SampleMigrations.meta(sequelize), "the failed migration is not recorded");
        List<String> tables = SampleMigrations.tables(sequelize);
        assertTrue(tables.contains("teams"), "the migration before it stays applied: " + tables);
        assertFalse(tables.contains("after_broken"), "the run stopped: " + tables);
        if (transactionalDdl(sequelize)) {
            assertFalse(tables.contains("gadgets"), "rolled back: " + tables);
            assertEquals(List.of(), error.appliedStatements());
        } else {
            assertTrue(tables.contains("gadgets"), tables.toString());
            assertEquals(List.of("CREATE TABLE gadgets (id INTEGER PRIMARY KEY)"), error.appliedStatements());
            assertTrue(error.getMessage().contains("stay applied"), error.getMessage());
        }
        assertEquals(List.of(BROKEN, "20260101000006-after"), migrator.pending());
        assertTrue(SampleMigrations.rows(sequelize, "SELECT * FROM "
                + sequelize.dialect().quoteIdentifier("SequelizeMetaLock")).isEmpty(), "the lock is released");
    }

    /** A Java migration that fails after a schema change: its change goes with it where DDL is transactional. */
    @DialectTest
    void javaMigrationFailingAfterAChange(Sequelize sequelize) throws Exception {
        SampleMigrations.writeUsers(folder);
        Migration failing = new Migration() {
            @Override
            public String name() {
                return TEAM_ID;
            }

            @Override
            public void up(MigrationContext context) {
                new SampleMigrations.AddTeamToUsers().up(context);
                throw new IllegalStateException("something went wrong");
            }

            @Override
            public void down(MigrationContext context) {
            }
        };
        Migrator migrator = new Migrator(sequelize, migratorOptions()
                .migrations(new SampleMigrations.CreateTeams(), failing).folder(folder));
        MigrationError error = assertThrows(MigrationError.class, migrator::up);
        assertEquals(TEAM_ID, error.migration());
        assertInstanceOf(IllegalStateException.class, error.getCause());
        assertEquals(List.of(TEAMS, USERS), SampleMigrations.meta(sequelize));
        boolean added = sequelize.getQueryInterface().describeTable("users").containsKey("teamId");
        assertEquals(!transactionalDdl(sequelize), added);
    }

    /**
     * Rows left pointing nowhere fail the migration on every database: at once where foreign keys are
     * enforced during the migration, at COMMIT on SQLite, which runs migrations with them off.
     */
    @DialectTest
    void brokenReferencesFailTheMigration(Sequelize sequelize) throws Exception {
        SampleMigrations.writeUsers(folder);
        Migration orphan = new Migration() {
            @Override
            public String name() {
                return "20260101000004-orphan";
            }

            @Override
            public void up(MigrationContext context) {
                context.queryInterface().bulkInsert("teams", List.of(Map.of("id", 1, "name", "a")));
                context.queryInterface().bulkInsert("users", List.of(Map.of("id", 1, "email", "x", "teamId", 1)));
                context.sequelize().query("DELETE FROM " + context.sequelize().dialect().quoteIdentifier("teams"));
            }

            @Override
            public void down(MigrationContext context) {
            }
        };
        Migrator migrator = new Migrator(sequelize, migratorOptions().folder(folder).migrations(
                new SampleMigrations.CreateTeams(), new SampleMigrations.AddTeamToUsers(), orphan));
        MigrationError error = assertThrows(MigrationError.class, migrator::up);
        assertEquals("20260101000004-orphan", error.migration());
        assertInstanceOf(ForeignKeyConstraintError.class, error.getCause(), error.getMessage());
        assertEquals(error.getMessage().indexOf("rolled back"), error.getMessage().lastIndexOf("rolled back"),
                "the message says once what happened: " + error.getMessage());
        assertEquals(List.of(TEAMS, USERS, TEAM_ID), SampleMigrations.meta(sequelize));
        if (transactionalDdl(sequelize)) {
            assertEquals(List.of(), SampleMigrations.rows(sequelize, "SELECT * FROM users"));
        }
        // Foreign keys are enforced again on the connection afterwards.
        assertThrows(ForeignKeyConstraintError.class, () -> sequelize.getQueryInterface().bulkInsert("users",
                List.of(Map.of("id", 2, "email", "y", "teamId", 99))));
    }
}
