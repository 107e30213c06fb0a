package org.sequelize4j.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.migrations.MigratorOptions.migratorOptions;
import static org.sequelize4j.migrations.SampleMigrations.TEAMS;
import static org.sequelize4j.migrations.SampleMigrations.TEAM_ID;
import static org.sequelize4j.migrations.SampleMigrations.USERS;
import static org.sequelize4j.migrations.SampleMigrations.WIDEN;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.MigrationError;
import org.sequelize4j.queryinterface.QueryInterface;
import org.sequelize4j.queryinterface.TableName;
import org.sequelize4j.testing.Catalog;
import org.sequelize4j.testing.DialectTest;

/** up, up(to), down, down(to), status with Java, folder and class-path migrations, read back from the schema. */
class MigratorRoundTripTest {

    private static final String NOTES = "20260101000009-create-notes";

    @TempDir
    Path folder;

    private Migrator migrator(Sequelize sequelize, List<String> events) throws Exception {
        SampleMigrations.writeUsers(folder);
        return new Migrator(sequelize, migratorOptions()
                .migrations(new SampleMigrations.WidenTeamName(), new SampleMigrations.AddTeamToUsers(),
                        new SampleMigrations.CreateTeams())
                .folder(folder)
                .classpath("db/sample-migrations")
                .listener((event, name, ms) -> events.add(event + " " + name)));
    }

    private static List<String> tableNames(QueryInterface qi) {
        return qi.showAllTables().stream().map(TableName::tableName).sorted().toList();
    }

    @DialectTest
    void upStatusDownRoundTrip(Sequelize sequelize) throws Exception {
        List<String> events = new ArrayList<>();
        Migrator migrator = migrator(sequelize, events);
        QueryInterface qi = sequelize.getQueryInterface();

        assertEquals(List.of(TEAMS, USERS, TEAM_ID, WIDEN, NOTES), migrator.pending());
        assertEquals(List.of(), migrator.executed());

        assertEquals(List.of(TEAMS, USERS), migrator.up(USERS));
        assertEquals(List.of(TEAMS, USERS), SampleMigrations.meta(sequelize));
        assertEquals(List.of("id", "email"), List.copyOf(qi.describeTable("users").keySet()));
        assertTrue(Catalog.indexes(sequelize, "users").containsKey("users_email"), "the second statement of the SQL file ran");

        assertEquals(List.of(TEAM_ID, WIDEN, NOTES), migrator.up());
        assertEquals(List.of(), migrator.up(), "nothing left to apply");
        Map<String, ColumnDescription> users = qi.describeTable("users");
        assertEquals(List.of("id", "email", "teamId"), List.copyOf(users.keySet()));
        assertEquals(STRING(200), qi.describeTable("teams").get("name").dataType());
        assertEquals(List.of("SequelizeMeta", "SequelizeMetaChecksums", "SequelizeMetaLock", "notes", "teams", "users"),
                tableNames(qi));
        assertEquals(List.of(new MigrationStatus(TEAMS, true), new MigrationStatus(USERS, true),
                new MigrationStatus(TEAM_ID, true), new MigrationStatus(WIDEN, true),
                new MigrationStatus(NOTES, true)), migrator.status());
        assertTrue(SampleMigrations.rows(sequelize, "SELECT * FROM " + q(sequelize, "SequelizeMetaLock")).isEmpty(),
                "the lock is released");

        assertEquals(List.of(NOTES), migrator.down());
        assertEquals(List.of(NOTES), migrator.pending());
        assertFalse(tableNames(qi).contains("notes"));

        assertEquals(List.of(WIDEN, TEAM_ID, USERS), migrator.down(USERS));
        assertEquals(List.of(TEAMS), SampleMigrations.meta(sequelize));
        assertEquals(STRING(80), qi.describeTable("teams").get("name").dataType());
        assertFalse(tableNames(qi).contains("users"));

        assertEquals(List.of(TEAMS), migrator.down(TEAMS));
        assertEquals(List.of(), migrator.down(), "nothing left to revert");
        assertEquals(List.of("SequelizeMeta", "SequelizeMetaChecksums", "SequelizeMetaLock"), tableNames(qi));
        assertEquals(List.of(), SampleMigrations.meta(sequelize));
        assertTrue(SampleMigrations.rows(sequelize, "SELECT * FROM " + q(sequelize, "SequelizeMetaChecksums")).isEmpty());

        assertEquals(List.of("MIGRATING " + TEAMS, "MIGRATED " + TEAMS, "MIGRATING " + USERS, "MIGRATED " + USERS),
                events.subList(0, 4));
        assertEquals(List.of("REVERTING " + TEAMS, "REVERTED " + TEAMS), events.subList(events.size() - 2, events.size()));
    }

    @DialectTest
    void sequelizeMetaHasSequelizeClisShape(Sequelize sequelize) throws Exception {
        migrator(sequelize, new ArrayList<>()).up(TEAMS);
        Map<String, ColumnDescription> meta = sequelize.getQueryInterface().describeTable("SequelizeMeta");
        assertEquals(List.of("name"), List.copyOf(meta.keySet()));
        ColumnDescription name = meta.get("name");
        assertEquals(STRING, name.dataType(), "STRING is VARCHAR(255)");
        assertTrue(name.type().endsWith("VARYING(255)") || name.type().equals("VARCHAR(255)"), name.type());
        assertTrue(name.primaryKey());
        assertFalse(name.allowNull());
        assertEquals(List.of("name"), List.copyOf(Catalog.columns(sequelize, "SequelizeMeta").keySet()));
        assertEquals(List.of(TEAMS), SampleMigrations.meta(sequelize));
    }

    @DialectTest
    void historyWrittenBySequelizeCliIsKept(Sequelize sequelize) throws Exception {
        // sequelize-cli's own table, as it creates it, with its first migration recorded.
        sequelize.query("CREATE TABLE " + q(sequelize, "SequelizeMeta") + " (" + q(sequelize, "name")
                + " VARCHAR(255) NOT NULL UNIQUE, PRIMARY KEY (" + q(sequelize, "name") + "))");
        sequelize.getQueryInterface().createTable("teams", List.of(org.sequelize4j.AttributeOptions.attribute("id",
                org.sequelize4j.DataTypes.INTEGER).primaryKey(true)));
        sequelize.getQueryInterface().bulkInsert("SequelizeMeta", List.of(Map.of("name", TEAMS)));
        Migrator migrator = migrator(sequelize, new ArrayList<>());
        assertEquals(List.of(USERS), migrator.up(USERS));
        assertEquals(List.of(TEAMS, USERS), migrator.executed());
    }

    @DialectTest
    void badNamesAndTargetsAreTypedErrors(Sequelize sequelize) throws Exception {
        Migrator duplicate = new Migrator(sequelize, migratorOptions()
                .migrations(new SampleMigrations.CreateTeams(), new SampleMigrations.CreateTeams()));
        MigrationError error = assertThrows(MigrationError.class, duplicate::up);
        assertEquals(MigrationError.Reason.DUPLICATE, error.reason());
        assertEquals(TEAMS, error.migration());

        Migrator migrator = migrator(sequelize, new ArrayList<>());
        error = assertThrows(MigrationError.class, () -> migrator.up("20991231-nope"));
        assertEquals(MigrationError.Reason.UNKNOWN_TARGET, error.reason());
        error = assertThrows(MigrationError.class, () -> migrator.down(TEAMS));
        assertEquals(MigrationError.Reason.UNKNOWN_TARGET, error.reason(), "not applied");
        assertEquals(List.of(), migrator.executed());
    }

    static String q(Sequelize sequelize, String identifier) {
        return sequelize.dialect().quoteIdentifier(identifier);
    }
}
