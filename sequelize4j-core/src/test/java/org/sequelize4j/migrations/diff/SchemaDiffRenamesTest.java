package org.sequelize4j.migrations.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.migrations.MigratorOptions.migratorOptions;
import static org.sequelize4j.migrations.diff.SchemaDiffOptions.schemaDiffOptions;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.migrations.Migrator;
import org.sequelize4j.testing.DialectTest;

/**
 * The diff never guesses a rename: a column or table that disappeared while a similar one appeared is
 * reported as undecided and nothing is dropped; a rename the caller names keeps the values.
 */
class SchemaDiffRenamesTest {

    @TempDir
    Path folder;

    private static void people(Sequelize sequelize, String nameColumn, String table) {
        sequelize.define("person", List.of(attribute(nameColumn, STRING), attribute("age", INTEGER)),
                options().tableName(table).timestamps(false));
    }

    @DialectTest
    void aPossibleColumnRenameIsUndecidedAndDropsNothing(Sequelize sequelize) {
        people(sequelize, "name", "people");
        sequelize.sync();
        sequelize.model("person").create(Map.of("name", "Ada", "age", 36));

        people(sequelize, "fullName", "people");
        SchemaDiff diff = sequelize.schemaDiff();
        assertEquals(List.of(), diff.changes(), "neither a drop of name nor an add of fullName");
        assertEquals(1, diff.undecided().size(), diff.toString());
        Undecided question = diff.undecided().get(0);
        assertEquals(Undecided.Kind.POSSIBLE_COLUMN_RENAME, question.kind());
        assertEquals("people", question.table());
        assertEquals("name", question.subject());
        assertEquals(List.of("fullName"), question.candidates());
        assertTrue(!diff.isEmpty());
        assertTrue(diff.upSql().contains("undecided"), diff.upSql());

        diff.writeMigration(folder, "nothing-decided", Instant.parse("2026-01-01T00:00:00Z"));
        new Migrator(sequelize, migratorOptions().folder(folder)).up();
        assertTrue(sequelize.getQueryInterface().describeTable("people").containsKey("name"), "the column stays");

        SchemaDiff renamed = sequelize.schemaDiff(schemaDiffOptions().rename("people.name", "fullName"));
        assertEquals(List.of("RenameColumn people"), DiffFixtures.summary(renamed));
        assertTrue(renamed.undecided().isEmpty(), renamed.undecided().toString());
        renamed.writeMigration(folder, "rename-name", Instant.parse("2026-01-02T00:00:00Z"));
        new Migrator(sequelize, migratorOptions().folder(folder)).up();
        assertEquals("Ada", sequelize.model("person").findOne(FindOptions.query()).get("fullName"), "the value kept");
        assertTrue(sequelize.schemaDiff().isEmpty(), sequelize.schemaDiff().toString());

        SchemaDiff dropped = sequelize.schemaDiff(schemaDiffOptions().allowDrops(true));
        assertTrue(dropped.isEmpty(), "nothing left to decide: " + dropped);
    }

    @DialectTest
    void allowDropsDropsAndAdds(Sequelize sequelize) {
        people(sequelize, "name", "people");
        sequelize.sync();
        people(sequelize, "fullName", "people");
        SchemaDiff diff = sequelize.schemaDiff(schemaDiffOptions().allowDrops(true));
        assertEquals(List.of("AddColumn people.fullName", "DropColumn people.name"), DiffFixtures.summary(diff));
        assertTrue(diff.changes().stream().anyMatch(SchemaChange::destructive));
        assertTrue(diff.undecided().isEmpty());
    }

    @DialectTest
    void aPossibleTableRenameIsUndecidedAndNamedRenamesKeepTheRows(Sequelize sequelize) {
        people(sequelize, "name", "people");
        sequelize.sync();
        sequelize.model("person").create(Map.of("name", "Ada", "age", 36));

        people(sequelize, "name", "persons");
        SchemaDiff diff = sequelize.schemaDiff();
        assertEquals(List.of(), diff.changes(), "people is not dropped, persons not created: " + diff);
        assertEquals(Undecided.Kind.POSSIBLE_TABLE_RENAME, diff.undecided().get(0).kind());
        assertEquals(List.of("persons"), diff.undecided().get(0).candidates());

        SchemaDiff renamed = sequelize.schemaDiff(schemaDiffOptions().rename("people", "persons"));
        assertEquals(List.of("RenameTable people"), DiffFixtures.summary(renamed));
        renamed.writeMigration(folder, "rename-people", Instant.parse("2026-01-01T00:00:00Z"));
        Migrator migrator = new Migrator(sequelize, migratorOptions().folder(folder));
        migrator.up();
        assertEquals(1, sequelize.model("person").count(), "the row moved with the table");
        assertTrue(sequelize.schemaDiff().isEmpty(), sequelize.schemaDiff().toString());

        migrator.down();
        people(sequelize, "name", "people");
        assertTrue(sequelize.schemaDiff().isEmpty(), "down renamed it back: " + sequelize.schemaDiff());
        assertEquals(1, sequelize.model("person").count());

        SchemaDiff unrelated = sequelize.schemaDiff(schemaDiffOptions().ignoreTables("people"));
        assertEquals(List.of("CreateTable people"), DiffFixtures.summary(unrelated),
                "an ignored table is neither compared nor dropped");
    }
}
