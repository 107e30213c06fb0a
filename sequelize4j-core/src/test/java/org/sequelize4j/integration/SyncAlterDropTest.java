package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.SyncOptions.syncOptions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.FindOptions;
import org.sequelize4j.IndexOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.References;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.testing.Catalog;
import org.sequelize4j.testing.DialectTest;

/**
 * {@code sync({alter: true})} drops the columns a model no longer declares, as Sequelize does, whatever
 * depends on them (an index, a unique key, a foreign key), and keeps every row and the values of the
 * columns that stay; {@code alterDrop(false)} keeps them.
 */
class SyncAlterDropTest {

    private static ModelStatic<Model> owners;

    /** Version 1: a plain column with an index, a unique column, a foreign key, and the columns that stay. */
    private static ModelStatic<Model> version1(Sequelize sequelize) {
        owners = sequelize.define("owner", List.of(attribute("name", STRING)), options().timestamps(false));
        ModelStatic<Model> v1 = sequelize.define("gadgetV1", List.of(attribute("name", STRING).allowNull(false),
                attribute("qty", INTEGER), attribute("legacy", STRING), attribute("serial", STRING).unique(true),
                attribute("ownerId", INTEGER).references(References.model(owners))),
                options().tableName("gadgets").timestamps(false).indexes(IndexOptions.index("legacy", "qty")));
        sequelize.sync();
        Object owner = owners.create(Map.of("name", "Ada")).get("id");
        for (int i = 1; i <= 3; i++) {
            Map<String, Object> values = new HashMap<>();
            values.put("name", "g" + i);
            values.put("qty", i * 10);
            values.put("legacy", "old" + i);
            values.put("serial", "s" + i);
            values.put("ownerId", owner);
            v1.create(values);
        }
        return v1;
    }

    private static ModelStatic<Model> version2(Sequelize sequelize) {
        return sequelize.define("gadgetV2", List.of(attribute("name", STRING).allowNull(false), attribute("qty", INTEGER)),
                options().tableName("gadgets").timestamps(false));
    }

    @DialectTest
    void alterDropsUndeclaredColumnsAndKeepsTheRest(Sequelize sequelize) {
        version1(sequelize);
        ModelStatic<Model> v2 = version2(sequelize);
        v2.sync(syncOptions().alter(true));

        assertEquals(List.of("id", "name", "qty"), List.copyOf(Catalog.columns(sequelize, "gadgets").keySet()));
        assertEquals(List.of("g1:10", "g2:20", "g3:30"), v2.findAll(FindOptions.query().order(FindOptions.asc("id")))
                .stream().map(m -> m.get("name") + ":" + m.get("qty")).toList(), "every row, the kept values intact");
        assertTrue(Catalog.indexes(sequelize, "gadgets").values().stream()
                .noneMatch(i -> i.columns().contains("legacy") || i.columns().contains("serial")),
                "no index is left over a dropped column: " + Catalog.indexes(sequelize, "gadgets"));
        // The table still works as the model declares: new rows, and the owner may go now nothing refers to it.
        v2.create(Map.of("name", "g4", "qty", 40));
        assertEquals(4, v2.count());
        owners.destroy(org.sequelize4j.DestroyOptions.where(org.sequelize4j.Op.and()));
        assertEquals(0, owners.count());

        v2.sync(syncOptions().alter(true));
        assertEquals(4, v2.count(), "a second alter changes nothing");
    }

    @DialectTest
    void tablesThatReferenceAnAlteredTableStillReferenceIt(Sequelize sequelize) {
        version1(sequelize);
        ModelStatic<Model> parts = sequelize.define("part", List.of(attribute("gadgetId", INTEGER)
                .references(References.model(sequelize.model("gadgetV1")))), options().timestamps(false));
        parts.sync();
        parts.create(Map.of("gadgetId", 1));
        ModelStatic<Model> v2 = version2(sequelize);
        v2.sync(syncOptions().alter(true));

        assertEquals(1, parts.count());
        assertThrows(ForeignKeyConstraintError.class, () -> parts.create(Map.of("gadgetId", 99)));
        parts.create(Map.of("gadgetId", 3));
        assertEquals(4L, ((Number) v2.create(Map.of("name", "g4")).get("id")).longValue(), "ids go on from the last");
    }

    @DialectTest
    void aPlainIndexedColumnIsDroppedWithItsIndex(Sequelize sequelize) {
        ModelStatic<Model> v1 = sequelize.define("noteV1", List.of(attribute("text", STRING), attribute("tag", STRING)),
                options().tableName("notes").timestamps(false).indexes(IndexOptions.index("tag")));
        v1.sync();
        v1.create(Map.of("text", "kept", "tag", "gone"));
        ModelStatic<Model> v2 = sequelize.define("noteV2", List.of(attribute("text", STRING)),
                options().tableName("notes").timestamps(false));
        v2.sync(syncOptions().alter(true));
        assertEquals(List.of("id", "text"), List.copyOf(Catalog.columns(sequelize, "notes").keySet()));
        assertEquals(Map.of(), Catalog.indexes(sequelize, "notes"));
        assertEquals("kept", v2.findOne(FindOptions.query()).get("text"));
    }

    @DialectTest
    void anAlterThatCannotCompleteLeavesTheTableAsItWas(Sequelize sequelize) {
        ModelStatic<Model> v1 = version1(sequelize);
        v1.create(Map.of("name", "no qty"));
        // The rows cannot satisfy the new NOT NULL: whether the database refuses the change in place or
        // while rebuilding the table, nothing is dropped.
        ModelStatic<Model> v2 = sequelize.define("gadgetV2", List.of(attribute("name", STRING).allowNull(false),
                attribute("qty", INTEGER).allowNull(false)), options().tableName("gadgets").timestamps(false));
        assertThrows(org.sequelize4j.errors.DatabaseError.class, () -> v2.sync(syncOptions().alter(true)));
        assertTrue(Catalog.columns(sequelize, "gadgets").keySet().containsAll(List.of("legacy", "serial", "ownerId")));
        assertEquals(4, v1.count());
        assertEquals(List.of("old1", "old2", "old3"), v1.findAll(FindOptions.query().where(org.sequelize4j.Op.isNotNull(
                "legacy")).order(FindOptions.asc("id"))).stream().map(m -> m.get("legacy")).toList());
        assertThrows(ForeignKeyConstraintError.class, () -> v1.create(Map.of("name", "orphan", "ownerId", 999)),
                "foreign keys are enforced again");
    }

    @DialectTest
    void alterDropFalseKeepsUndeclaredColumnsAndWhatDependsOnThem(Sequelize sequelize) {
        ModelStatic<Model> v1 = version1(sequelize);
        ModelStatic<Model> v2 = version2(sequelize);
        v2.sync(syncOptions().alter(true).alterDrop(false));

        assertTrue(Catalog.columns(sequelize, "gadgets").keySet().containsAll(List.of("legacy", "serial", "ownerId")));
        assertEquals(List.of("old1", "old2", "old3"), v1.findAll(FindOptions.query().order(FindOptions.asc("id")))
                .stream().map(m -> m.get("legacy")).toList());
        assertThrows(UniqueConstraintError.class, () -> v1.create(Map.of("name", "dup", "serial", "s1")));
        assertThrows(ForeignKeyConstraintError.class, () -> v1.create(Map.of("name", "orphan", "ownerId", 999)));
    }

    @DialectTest
    void alterDropWithoutAlterChangesNothing(Sequelize sequelize) {
        version1(sequelize);
        ModelStatic<Model> v2 = version2(sequelize);
        v2.sync(syncOptions().alterDrop(false));
        v2.sync();
        assertTrue(Catalog.columns(sequelize, "gadgets").containsKey("legacy"), "plain sync never alters");
        assertFalse(syncOptions().alterDrop(false).isAlter());
    }
}
