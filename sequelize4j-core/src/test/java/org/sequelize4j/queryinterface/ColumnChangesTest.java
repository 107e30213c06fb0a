package org.sequelize4j.queryinterface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.DECIMAL;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.DataTypes.TEXT;

import java.util.List;
import java.util.Map;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.ConstraintDescription;
import org.sequelize4j.IndexDescription;
import org.sequelize4j.IndexOptions;
import org.sequelize4j.References;
import org.sequelize4j.ReferentialAction;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.errors.SchemaChangeError;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.testing.DialectTest;

/** addColumn, removeColumn, changeColumn and renameColumn, read back and checked to keep the rows. */
class ColumnChangesTest {

    private static final List<String> NAMES = List.of("lamp", "desk", "chair");

    @DialectTest
    void addColumnInEveryForm(Sequelize sequelize) {
        Fixtures.ownersAndItems(sequelize);
        QueryInterface qi = sequelize.getQueryInterface();
        qi.addColumn("items", "note", STRING);
        qi.addColumn("items", "stock", attribute("ignored", INTEGER).allowNull(false).defaultValue(3));
        qi.addColumn("items", "code", attribute("code", STRING(20)).unique(true));
        qi.addColumn("items", "makerId", attribute("makerId", INTEGER).references(References.table("owners"))
                .onDelete(ReferentialAction.SET_NULL));

        Map<String, ColumnDescription> columns = qi.describeTable("items");
        assertEquals(List.of("id", "name", "price", "ownerId", "note", "stock", "code", "makerId"),
                List.copyOf(columns.keySet()));
        assertTrue(columns.get("note").allowNull());
        assertFalse(columns.get("stock").allowNull());
        assertEquals("3", columns.get("stock").defaultValue());
        assertEquals(List.of("3", "3", "3"), Fixtures.column(sequelize, "items", "stock", "id"));
        assertEquals(NAMES, Fixtures.column(sequelize, "items", "name", "id"));
        assertTrue(qi.showConstraint("items").stream().anyMatch(c -> c.type() == ConstraintDescription.Type.UNIQUE
                && c.columns().equals(List.of("code"))), qi.showConstraint("items").toString());
        qi.bulkUpdate("items", Map.of("code", "A1"), org.sequelize4j.Op.eq("name", "lamp"));
        assertThrows(UniqueConstraintError.class, () -> qi.bulkUpdate("items", Map.of("code", "A1"),
                org.sequelize4j.Op.eq("name", "desk")));

        ConstraintDescription maker = Fixtures.foreignKey(qi, "items", List.of("makerId"));
        assertNotNull(maker);
        assertEquals("owners", maker.referencedTable());
        assertEquals(ReferentialAction.SET_NULL, maker.onDelete());
        assertThrows(ForeignKeyConstraintError.class, () -> qi.bulkUpdate("items", Map.of("makerId", 99),
                org.sequelize4j.Op.eq("name", "lamp")));
        // The old foreign key is still there and still enforced.
        assertNotNull(Fixtures.foreignKey(qi, "items", List.of("ownerId")));
        assertThrows(ForeignKeyConstraintError.class, () -> qi.bulkInsert("items", List.of(Map.of("name", "x", "ownerId", 42))));
    }

    @DialectTest
    void addColumnRefusals(Sequelize sequelize) {
        Fixtures.ownersAndItems(sequelize);
        QueryInterface qi = sequelize.getQueryInterface();
        SchemaChangeError twice = assertThrows(SchemaChangeError.class, () -> qi.addColumn("items", "name", STRING));
        assertEquals("name", twice.subject());
        assertThrows(SchemaChangeError.class, () -> qi.addColumn("nothing", "name", STRING));
        SchemaChangeError target = assertThrows(SchemaChangeError.class, () -> qi.addColumn("items", "shopId",
                attribute("shopId", INTEGER).references(References.table("shops"))));
        assertTrue(target.getMessage().contains("shops"), target.getMessage());
        assertEquals(List.of("id", "name", "price", "ownerId"), List.copyOf(qi.describeTable("items").keySet()));
    }

    @DialectTest
    void removeColumnTakesItsIndexesAndKeepsTheRest(Sequelize sequelize) {
        Fixtures.ownersAndItems(sequelize);
        QueryInterface qi = sequelize.getQueryInterface();
        qi.addIndex("items", IndexOptions.index("name"));
        qi.addIndex("items", IndexOptions.index("price").name("items_by_price"));
        qi.removeColumn("items", "price");

        assertEquals(List.of("id", "name", "ownerId"), List.copyOf(qi.describeTable("items").keySet()));
        assertEquals(NAMES, Fixtures.column(sequelize, "items", "name", "id"));
        List<String> indexes = qi.showIndex("items").stream().map(IndexDescription::name).toList();
        assertTrue(indexes.contains("items_name"), indexes.toString());
        assertFalse(indexes.contains("items_by_price"), indexes.toString());
        assertNotNull(Fixtures.foreignKey(qi, "items", List.of("ownerId")));
        assertThrows(ForeignKeyConstraintError.class, () -> qi.bulkInsert("items", List.of(Map.of("name", "x", "ownerId", 42))));

        // A column a foreign key uses goes with its key.
        qi.removeColumn("items", "ownerId");
        assertEquals(List.of("id", "name"), List.copyOf(qi.describeTable("items").keySet()));
        assertNull(Fixtures.foreignKey(qi, "items", List.of("ownerId")));
        assertEquals(NAMES, Fixtures.column(sequelize, "items", "name", "id"));

        SchemaChangeError missing = assertThrows(SchemaChangeError.class, () -> qi.removeColumn("items", "price"));
        assertEquals("removeColumn", missing.operation());
        assertEquals("items", missing.table());
        assertEquals("price", missing.subject());
        assertTrue(missing.getMessage().contains("[id, name]"), missing.getMessage());
    }

    @DialectTest
    void changeColumnChangesTypeNullabilityAndDefault(Sequelize sequelize) {
        Fixtures.ownersAndItems(sequelize);
        QueryInterface qi = sequelize.getQueryInterface();
        qi.addIndex("items", IndexOptions.index("price"));
        qi.changeColumn("items", "price", attribute("price", DECIMAL(12, 3)).allowNull(false).defaultValue(0));
        qi.changeColumn("items", "name", TEXT);

        Map<String, ColumnDescription> columns = qi.describeTable("items");
        assertEquals(DECIMAL(12, 3), columns.get("price").dataType());
        assertFalse(columns.get("price").allowNull());
        assertTrue(List.of("0", "0.000").contains(columns.get("price").defaultValue()), columns.get("price").defaultValue());
        assertEquals(TEXT, columns.get("name").dataType());
        assertTrue(columns.get("name").allowNull());
        assertEquals(List.of("12.5", "99", "45.25"), Fixtures.column(sequelize, "items", "price", "id"));
        assertEquals(NAMES, Fixtures.column(sequelize, "items", "name", "id"));
        assertTrue(qi.showIndex("items").stream().anyMatch(i -> i.name().equals("items_price")));
        assertNotNull(Fixtures.foreignKey(qi, "items", List.of("ownerId")));

        // A change the rows do not allow fails and leaves the column as it was.
        qi.bulkUpdate("items", Map.of("name", org.sequelize4j.Sql.literal("NULL")), org.sequelize4j.Op.eq("id", 3));
        assertThrows(SequelizeException.class, () -> qi.changeColumn("items", "name",
                attribute("name", STRING(60)).allowNull(false)));
        assertTrue(qi.describeTable("items").get("name").allowNull());
        assertEquals(3, Fixtures.rows(sequelize, "items", "id").size());

        // A new reference replaces the old one.
        qi.createTable("shops", List.of(attribute("id", INTEGER).primaryKey(true)));
        qi.bulkInsert("shops", List.of(Map.of("id", 1), Map.of("id", 2)));
        qi.changeColumn("items", "ownerId", attribute("ownerId", INTEGER).references(References.table("shops")));
        ConstraintDescription fk = Fixtures.foreignKey(qi, "items", List.of("ownerId"));
        assertEquals("shops", fk.referencedTable());
        assertEquals(1, qi.showConstraint("items").stream().filter(c -> c.type() == ConstraintDescription.Type.FOREIGN_KEY).count());
        assertThrows(SchemaChangeError.class, () -> qi.changeColumn("items", "nothing", TEXT));
    }

    @DialectTest
    void renameColumnCarriesIndexesAndKeys(Sequelize sequelize) {
        Fixtures.ownersAndItems(sequelize);
        QueryInterface qi = sequelize.getQueryInterface();
        qi.addIndex("items", IndexOptions.index("name", "ownerId").unique(true).name("items_name_owner"));
        qi.renameColumn("items", "ownerId", "holderId");
        qi.renameColumn("owners", "id", "ownerKey");

        assertEquals(List.of("id", "name", "price", "holderId"), List.copyOf(qi.describeTable("items").keySet()));
        assertEquals(NAMES, Fixtures.column(sequelize, "items", "name", "id"));
        assertEquals(List.of("1", "1", "2"), Fixtures.column(sequelize, "items", "holderId", "id"));
        IndexDescription index = qi.showIndex("items").stream().filter(i -> i.name().equals("items_name_owner"))
                .findFirst().orElseThrow();
        assertEquals(List.of("name", "holderId"), index.columns());
        ConstraintDescription fk = Fixtures.foreignKey(qi, "items", List.of("holderId"));
        assertNotNull(fk, qi.showConstraint("items").toString());
        assertEquals(List.of("ownerKey"), fk.referencedColumns());
        assertThrows(ForeignKeyConstraintError.class, () -> qi.bulkInsert("items", List.of(Map.of("name", "x", "holderId", 42))));
        assertTrue(qi.describeTable("owners").get("ownerKey").primaryKey());

        assertThrows(SchemaChangeError.class, () -> qi.renameColumn("items", "name", "price"));
        assertThrows(SchemaChangeError.class, () -> qi.renameColumn("items", "nothing", "other"));
    }

    @DialectTest
    void changeColumnToAnEnumAndToANumber(Sequelize sequelize) {
        Fixtures.ownersAndItems(sequelize);
        QueryInterface qi = sequelize.getQueryInterface();
        qi.addColumn("items", "state", attribute("state", STRING(10)).defaultValue("new"));
        qi.addColumn("items", "count", STRING(10));
        qi.bulkUpdate("items", Map.of("count", "7"), org.sequelize4j.Op.and());
        qi.changeColumn("items", "state", attribute("state", org.sequelize4j.DataTypes.ENUM("new", "old")).defaultValue("new"));
        qi.changeColumn("items", "count", INTEGER);
        ColumnDescription state = qi.describeTable("items").get("state");
        assertEquals("new", state.defaultValue());
        if (!state.values().isEmpty()) {
            assertEquals(List.of("new", "old"), state.values());
            assertThrows(SequelizeException.class, () -> qi.bulkUpdate("items", Map.of("state", "gone"),
                    org.sequelize4j.Op.eq("id", 1), BulkOptions.bulkOptions().type("state", STRING)));
        }
        assertEquals(INTEGER, qi.describeTable("items").get("count").dataType());
        assertEquals(List.of("7", "7", "7"), Fixtures.column(sequelize, "items", "count", "id"));
        assertEquals(List.of("new", "new", "new"), Fixtures.column(sequelize, "items", "state", "id"));
        assertEquals(3, qi.bulkUpdate("items", Map.of("count", 8), org.sequelize4j.Op.gt("count", 6)));
    }
}
