package org.sequelize4j.queryinterface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.IndexOptions.field;
import static org.sequelize4j.IndexOptions.index;
import static org.sequelize4j.queryinterface.QueryInterfaceOptions.queryInterfaceOptions;

import java.util.List;
import java.util.Map;
import org.sequelize4j.IndexDescription;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.SchemaChangeError;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.testing.Catalog;
import org.sequelize4j.testing.DialectTest;

/** addIndex, removeIndex and showIndex, checked against what JDBC reports and what the index does. */
class IndexesTest {

    private static IndexDescription named(QueryInterface qi, String table, String name) {
        return qi.showIndex(table).stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
    }

    @DialectTest
    void indexesAreCreatedNamedAndReadBack(Sequelize sequelize) {
        Fixtures.ownersAndItems(sequelize);
        QueryInterface qi = sequelize.getQueryInterface();
        qi.addIndex("items", List.of("ownerId", "name"));
        qi.addIndex("items", index(field("price").desc(), field("name")).name("items_by_price"));
        qi.addIndex("items", index("name").unique(true).name("items_name_unique"));

        IndexDescription byDefault = named(qi, "items", "items_owner_id_name");
        assertNotNull(byDefault, qi.showIndex("items").toString());
        assertEquals(List.of("ownerId", "name"), byDefault.columns());
        assertFalse(byDefault.unique());
        assertFalse(byDefault.primary());
        IndexDescription byPrice = named(qi, "items", "items_by_price");
        assertEquals(List.of("price", "name"), byPrice.columns());
        assertTrue(byPrice.fields().get(0).descending());
        assertFalse(byPrice.fields().get(1).descending());
        assertTrue(named(qi, "items", "items_name_unique").unique());
        // What plain JDBC sees agrees.
        Map<String, Catalog.IndexInfo> jdbc = Catalog.indexes(sequelize, "items");
        assertEquals(List.of("price", "name"), jdbc.get("items_by_price").columns());
        assertTrue(jdbc.get("items_name_unique").unique());
        assertThrows(UniqueConstraintError.class, () -> qi.bulkInsert("items", List.of(Map.of("name", "lamp", "ownerId", 1))));

        qi.removeIndex("items", "items_name_unique");
        qi.bulkInsert("items", List.of(Map.of("name", "lamp", "ownerId", 1)));
        qi.removeIndex("items", List.of("ownerId", "name"), queryInterfaceOptions());
        assertNull(named(qi, "items", "items_owner_id_name"));
        assertNull(named(qi, "items", "items_name_unique"));
        assertNotNull(named(qi, "items", "items_by_price"));
        assertEquals(4, Fixtures.rows(sequelize, "items", "id").size());
        // The foreign key over ownerId, which the removed index served on MySQL/MariaDB, still holds.
        assertNotNull(Fixtures.foreignKey(qi, "items", List.of("ownerId")));
        assertThrows(org.sequelize4j.errors.ForeignKeyConstraintError.class,
                () -> qi.bulkInsert("items", List.of(Map.of("name", "x", "ownerId", 42))));
    }

    @DialectTest
    void partialIndexesWhereTheDialectHasThem(Sequelize sequelize) {
        Fixtures.ownersAndItems(sequelize);
        QueryInterface qi = sequelize.getQueryInterface();
        if (!sequelize.dialect().capabilities().partialIndexes()) {
            SchemaChangeError refused = assertThrows(SchemaChangeError.class, () -> qi.addIndex("items",
                    index("name").name("cheap").where(Op.lt("price", 50))));
            assertTrue(refused.getMessage().contains("partial"), refused.getMessage());
            return;
        }
        qi.addIndex("items", index("name").unique(true).name("cheap_names").where(Op.lt("price", 50)));
        IndexDescription cheap = named(qi, "items", "cheap_names");
        assertNotNull(cheap.where());
        assertTrue(cheap.where().contains("price"), cheap.where());
        // Unique among the cheap ones only.
        qi.bulkInsert("items", List.of(Map.of("name", "desk", "price", 10, "ownerId", 1)));
        assertThrows(UniqueConstraintError.class, () -> qi.bulkInsert("items", List.of(
                Map.of("name", "lamp", "price", 5, "ownerId", 1))));
    }

    @DialectTest
    void badIndexesAreRefused(Sequelize sequelize) {
        Fixtures.ownersAndItems(sequelize);
        QueryInterface qi = sequelize.getQueryInterface();
        SchemaChangeError column = assertThrows(SchemaChangeError.class, () -> qi.addIndex("items", List.of("colour")));
        assertEquals("colour", column.subject());
        assertEquals("addIndex", column.operation());
        qi.addIndex("items", List.of("name"));
        SchemaChangeError twice = assertThrows(SchemaChangeError.class, () -> qi.addIndex("items", List.of("name")));
        assertEquals("items_name", twice.subject());
        assertThrows(SchemaChangeError.class, () -> qi.addIndex("items", index("name").using("NOPE").name("x")));
        assertThrows(SchemaChangeError.class, () -> qi.removeIndex("items", "nothing"));
        assertThrows(SchemaChangeError.class, () -> qi.addIndex("nothing", List.of("name")));
        assertThrows(SchemaChangeError.class, () -> qi.showIndex("nothing"));
        IndexDescription primary = qi.showIndex("owners").stream().filter(IndexDescription::primary).findFirst()
                .orElse(null);
        if (primary != null) {
            assertThrows(SchemaChangeError.class, () -> qi.removeIndex("owners", primary.name()));
        }
    }
}
