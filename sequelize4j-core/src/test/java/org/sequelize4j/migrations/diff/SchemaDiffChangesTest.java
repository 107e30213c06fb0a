package org.sequelize4j.migrations.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.ENUM;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.migrations.MigratorOptions.migratorOptions;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.IndexOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.References;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.CheckConstraintError;
import org.sequelize4j.migrations.Migrator;
import org.sequelize4j.testing.DialectTest;

/** Single kinds of change, each generated, applied and checked by what the database then does. */
class SchemaDiffChangesTest {

    @TempDir
    Path folder;

    private int step;

    /** Writes the diff as the next migration, applies it and checks that nothing is left to do. */
    private SchemaDiff migrate(Sequelize sequelize) {
        SchemaDiff diff = sequelize.schemaDiff();
        diff.writeMigration(folder, "step" + step, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(step++));
        new Migrator(sequelize, migratorOptions().folder(folder)).up();
        SchemaDiff after = sequelize.schemaDiff();
        assertTrue(after.isEmpty(), after + "\n" + diff.upSql());
        return diff;
    }

    private static ModelStatic<Model> statuses(Sequelize sequelize, String... values) {
        return sequelize.define("status", List.of(attribute("state", ENUM(values))), options().timestamps(false));
    }

    @DialectTest
    void enumValuesAdded(Sequelize sequelize) {
        statuses(sequelize, "draft", "done");
        migrate(sequelize);
        statuses(sequelize, "draft", "review", "done", "archived");
        SchemaDiff diff = migrate(sequelize);
        if (sequelize.dialect().schemaEditor().comparison().enumValuesInOwnType()) {
            assertEquals(List.of("AddEnumValues statuses"), DiffFixtures.summary(diff));
        } else if (!sequelize.dialect().typeSql(ENUM("draft", "done"))
                .equals(sequelize.dialect().typeSql(ENUM("draft", "review", "done", "archived")))) {
            assertEquals(List.of("ChangeColumn statuses.state [type]"), DiffFixtures.summary(diff));
        } else {
            assertEquals(List.of(), diff.changes(), "the column type holds no values here");
        }
        ModelStatic<?> model = sequelize.model("status");
        model.create(Map.of("state", "review"));
        model.create(Map.of("state", "archived"));
        assertEquals(2, model.count());
    }

    private static void children(Sequelize sequelize, String onDelete, boolean withCheck, boolean withIndex) {
        ModelStatic<Model> parents = sequelize.define("parent", List.of(attribute("name", STRING)),
                options().timestamps(false));
        var opts = options().timestamps(false);
        if (withCheck) {
            opts.check("children_age_positive", Op.gt("age", 0));
        }
        if (withIndex) {
            opts.indexes(IndexOptions.index("age"));
        }
        sequelize.define("child", List.of(attribute("age", INTEGER),
                attribute("parentId", INTEGER).references(References.model(parents)).onDelete(onDelete)), opts);
    }

    @DialectTest
    void foreignKeyActionsChecksAndIndexesChange(Sequelize sequelize) {
        children(sequelize, "CASCADE", false, true);
        migrate(sequelize);

        children(sequelize, "SET NULL", true, false);
        SchemaDiff diff = migrate(sequelize);
        assertEquals(List.of("AddCheck children", "AddForeignKey children [parentId]", "DropForeignKey children [parentId]",
                "DropIndex children [age]"), DiffFixtures.summary(diff));
        ModelStatic<?> parents = sequelize.model("parent");
        ModelStatic<?> children = sequelize.model("child");
        Model parent = parents.create(Map.of("name", "p"));
        Model child = children.create(Map.of("age", 3, "parentId", parent.get("id")));
        parent.destroy();
        assertNull(children.findByPk(child.get("id")).get("parentId"), "ON DELETE SET NULL now");
        assertThrows(CheckConstraintError.class, () -> children.create(Map.of("age", -1)));
        assertTrue(sequelize.getQueryInterface().showIndex("children").stream()
                .noneMatch(i -> i.columns().equals(List.of("age"))), "the index is gone");

        new Migrator(sequelize, migratorOptions().folder(folder)).down();
        children(sequelize, "CASCADE", false, true);
        assertTrue(sequelize.schemaDiff().isEmpty(), "down restored the key, index and no check: "
                + sequelize.schemaDiff());
        children.create(Map.of("age", -1));
    }

    @DialectTest
    void enumValuesRemovedAreUndecidedWhereTheTypeKeepsThem(Sequelize sequelize) {
        statuses(sequelize, "draft", "review", "done");
        migrate(sequelize);
        statuses(sequelize, "draft", "done");
        SchemaDiff diff = sequelize.schemaDiff();
        if (sequelize.dialect().schemaEditor().comparison().enumValuesInOwnType()) {
            assertEquals(List.of(), diff.changes(), diff.toString());
            assertEquals(Undecided.Kind.UNSUPPORTED, diff.undecided().get(0).kind());
            assertEquals("state", diff.undecided().get(0).subject());
        } else {
            assertTrue(diff.undecided().isEmpty(), diff.toString());
        }
    }

    @DialectTest
    void aDifferentPrimaryKeyIsUndecided(Sequelize sequelize) {
        sequelize.define("code", List.of(attribute("label", STRING)), options().timestamps(false));
        migrate(sequelize);
        sequelize.define("code", List.of(attribute("label", STRING).primaryKey(true)), options().timestamps(false));
        SchemaDiff diff = sequelize.schemaDiff();
        assertTrue(diff.undecided().stream().anyMatch(u -> u.kind() == Undecided.Kind.UNSUPPORTED
                && u.reason().contains("primary key")), diff.toString());
    }
}
