package org.sequelize4j.migrations.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.migrations.MigratorOptions.migratorOptions;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.Sequelize;
import org.sequelize4j.migrations.Migrator;
import org.sequelize4j.testing.DialectTest;

/**
 * Migrations generated from the difference between the models and the live schema, applied by the
 * {@code Migrator}: the diff is empty afterwards, lists exactly what changed between two versions of
 * the models, and the down migration returns to the previous schema.
 */
class SchemaDiffTest {

    @TempDir
    Path folder;

    private Migrator migrator(Sequelize sequelize) {
        return new Migrator(sequelize, migratorOptions().folder(folder));
    }

    @DialectTest
    void aSyncedSchemaHasAnEmptyDiff(Sequelize sequelize) {
        DiffFixtures.version1(sequelize);
        sequelize.sync();
        SchemaDiff diff = sequelize.schemaDiff();
        assertTrue(diff.isEmpty(), diff.toString());
        assertEquals(List.of(), diff.upStatements());
    }

    @DialectTest
    void generatedFromAnEmptyDatabaseThenApplied(Sequelize sequelize) {
        DiffFixtures.version1(sequelize);
        SchemaDiff diff = sequelize.schemaDiff();
        assertEquals(List.of("CreateTable gadgets", "CreateTable owners"), DiffFixtures.summary(diff));
        assertEquals("owners", diff.changes().get(0).table().name(), "the referenced table first");
        diff.writeMigration(folder, "create-gadgets");
        assertEquals(1, migrator(sequelize).up().size());
        SchemaDiff after = sequelize.schemaDiff();
        assertTrue(after.isEmpty(), after.toString());
    }

    @DialectTest
    void aChangedModelListsExactlyItsChangesAndMigratesBothWays(Sequelize sequelize) {
        DiffFixtures.version1(sequelize);
        sequelize.schemaDiff().writeMigration(folder, "v1", java.time.Instant.parse("2026-01-01T00:00:00Z"));
        migrator(sequelize).up();
        Object owner = sequelize.model("owner").create(java.util.Map.of("name", "Ada")).get("id");
        sequelize.model("gadget").create(java.util.Map.of("name", "g1", "ownerId", owner, "legacy", "old"));

        DiffFixtures.version2(sequelize);
        SchemaDiff diff = sequelize.schemaDiff();
        assertEquals(List.of(
                "AddColumn gadgets.makerId",
                "AddColumn gadgets.nickname",
                "AddForeignKey gadgets [makerId]",
                "AddIndex gadgets [label]",
                "AddUnique gadgets [token]",
                "ChangeColumn gadgets.name [type, allowNull]",
                "ChangeColumn gadgets.qty [default]",
                "CreateTable tags",
                "DropColumn gadgets.legacy"), DiffFixtures.summary(diff), diff.upSql());
        assertTrue(diff.undecided().isEmpty(), diff.undecided().toString());
        diff.writeMigration(folder, "v2", java.time.Instant.parse("2026-01-02T00:00:00Z"));
        assertEquals(1, migrator(sequelize).up().size());
        SchemaDiff after = sequelize.schemaDiff();
        assertTrue(after.isEmpty(), after + "\n" + diff.upSql());
        assertEquals("g1", sequelize.model("gadget").findOne(org.sequelize4j.FindOptions.query()).get("name"));

        migrator(sequelize).down();
        DiffFixtures.version1(sequelize);
        // Version 1 again; the tag model of version 2 stays defined (a model cannot be undefined), so its
        // table is all that differs.
        SchemaDiff back = sequelize.schemaDiff();
        assertEquals(List.of("CreateTable tags"), DiffFixtures.summary(back), back + "\n" + diff.downSql());
        assertEquals(1, sequelize.model("owner").count(), "the owner row survived both migrations");
        assertEquals(List.of("g1"), sequelize.model("gadget").findAll(org.sequelize4j.FindOptions.query()).stream()
                .map(m -> m.get("name")).toList(), "the gadget row survived both migrations");
    }
}
