package org.sequelize4j.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.migrations.MigratorOptions.migratorOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.MigrationError;
import org.sequelize4j.queryinterface.TableName;
import org.sequelize4j.testing.DialectTest;

/** Seeders: SQL pairs run by a Migrator with no history (sequelize-cli's default) or with SequelizeData. */
class SeederTest {

    private static final String ADA = "20260201000000-ada";
    private static final String BOB = "20260202000000-bob";

    @TempDir
    Path seeders;

    private Migrator seeder(Sequelize sequelize, MigrationHistory history) throws Exception {
        sequelize.getQueryInterface().createTable("people", List.of(attribute("id", INTEGER).primaryKey(true),
                attribute("name", STRING(40)).allowNull(false)));
        Files.writeString(seeders.resolve(ADA + ".up.sql"), "INSERT INTO people (id, name) VALUES (1, 'ada')");
        Files.writeString(seeders.resolve(ADA + ".down.sql"), "DELETE FROM people WHERE id = 1");
        Files.writeString(seeders.resolve(BOB + ".up.sql"), "INSERT INTO people (id, name) VALUES (2, 'bob')");
        Files.writeString(seeders.resolve(BOB + ".down.sql"), "DELETE FROM people WHERE id = 2");
        return new Migrator(sequelize, migratorOptions().folder(seeders).history(history));
    }

    private static List<String> people(Sequelize sequelize) {
        return SampleMigrations.rows(sequelize, "SELECT name FROM people ORDER BY id").stream()
                .map(row -> String.valueOf(row.get("name"))).toList();
    }

    private static List<String> data(Sequelize sequelize) {
        return SampleMigrations.rows(sequelize, "SELECT " + MigratorRoundTripTest.q(sequelize, "name") + " FROM "
                + MigratorRoundTripTest.q(sequelize, "SequelizeData") + " ORDER BY 1").stream()
                .map(row -> String.valueOf(row.get("name"))).toList();
    }

    private static List<String> tables(Sequelize sequelize) {
        return sequelize.getQueryInterface().showAllTables().stream().map(TableName::tableName).sorted().toList();
    }

    @DialectTest
    void withSequelizeDataTheHistoryIsKept(Sequelize sequelize) throws Exception {
        Migrator migrator = seeder(sequelize, MigrationHistory.SEQUELIZE_DATA);
        assertEquals(List.of(BOB), migrator.upOnly(BOB));
        assertEquals(List.of("bob"), people(sequelize));
        assertEquals(List.of(BOB), data(sequelize));
        assertEquals(List.of(ADA), migrator.up(), "only the pending one runs");
        assertEquals(List.of(), migrator.up());
        assertEquals(List.of("ada", "bob"), people(sequelize));
        assertEquals(List.of(ADA, BOB), data(sequelize));
        assertFalse(tables(sequelize).contains("SequelizeMeta"), "migrations' history is left alone");
        MigrationError again = assertThrows(MigrationError.class, () -> migrator.upOnly(ADA));
        assertEquals(MigrationError.Reason.UNKNOWN_TARGET, again.reason());

        assertEquals(List.of(BOB), migrator.down(), "undo the last");
        assertEquals(List.of("ada"), people(sequelize));
        assertEquals(List.of(ADA), data(sequelize));
        assertEquals(List.of(ADA), migrator.downOnly(ADA));
        assertEquals(List.of(), data(sequelize));
        assertThrows(MigrationError.class, () -> migrator.downOnly(ADA), "not applied");

        migrator.up();
        assertEquals(List.of(BOB, ADA), migrator.down(ADA), "undo all, newest first");
        assertEquals(List.of(), people(sequelize));
        assertEquals(List.of(), data(sequelize));
    }

    @DialectTest
    void withNoHistoryEverySeederRunsEachTime(Sequelize sequelize) throws Exception {
        Migrator migrator = seeder(sequelize, MigrationHistory.NONE);
        assertEquals(List.of(ADA, BOB), migrator.up());
        assertEquals(List.of("ada", "bob"), people(sequelize));
        assertFalse(tables(sequelize).contains("SequelizeData"), "nothing is recorded");
        assertFalse(tables(sequelize).contains("SequelizeMeta"));
        // A second run inserts the same keys again, as sequelize-cli's db:seed:all would.
        MigrationError rerun = assertThrows(MigrationError.class, migrator::up);
        assertEquals(MigrationError.Reason.FAILED, rerun.reason());
        assertEquals(ADA, rerun.migration());

        assertEquals(List.of(BOB), migrator.down(), "the last one found");
        assertEquals(List.of("ada"), people(sequelize));
        assertEquals(List.of(BOB), migrator.upOnly(BOB));
        assertEquals(List.of(ADA), migrator.downOnly(ADA));
        assertEquals(List.of("bob"), people(sequelize));
        assertEquals(List.of(BOB, ADA), migrator.down(ADA), "undo all runs every down, newest first");
        assertEquals(List.of(), people(sequelize));
        assertEquals(List.of(ADA, BOB), migrator.up(), "and they run again");
        assertEquals(List.of("ada", "bob"), people(sequelize));

        MigrationError unknown = assertThrows(MigrationError.class, () -> migrator.upOnly("nope"));
        assertEquals(MigrationError.Reason.UNKNOWN_TARGET, unknown.reason());
    }
}
