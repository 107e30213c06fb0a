package org.sequelize4j.queryinterface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.ENUM;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.queryinterface.EnumValueOptions.enumValueOptions;
import static org.sequelize4j.queryinterface.QueryInterfaceOptions.inSchema;
import static org.sequelize4j.queryinterface.QueryInterfaceOptions.queryInterfaceOptions;

import java.util.List;
import java.util.Map;
import org.sequelize4j.References;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.SchemaChangeError;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.testing.DialectTest;

/** Schemas where the dialect has them, and PostgreSQL's enum types. */
class SchemasAndEnumsTest {

    @DialectTest
    void schemasHoldTablesOfTheirOwn(Sequelize sequelize) {
        QueryInterface qi = sequelize.getQueryInterface();
        if (!sequelize.dialect().capabilities().schemas()) {
            SchemaChangeError refused = assertThrows(SchemaChangeError.class, () -> qi.createSchema("s4j_qi"));
            assertTrue(refused.getMessage().contains("no schemas"), refused.getMessage());
            assertThrows(SchemaChangeError.class, qi::showAllSchemas);
            return;
        }
        qi.createSchema("s4j_qi");
        qi.createSchema("s4j_qi");   // IF NOT EXISTS
        assertTrue(qi.showAllSchemas().contains("s4j_qi"));
        assertFalse(qi.showAllSchemas().contains("public"));
        qi.createTable("people", List.of(attribute("id", INTEGER).primaryKey(true), attribute("name", STRING)),
                CreateTableOptions.createTableOptions().schema("s4j_qi"));
        qi.createTable("pets", List.of(attribute("ownerId", INTEGER).references(References.table("people"))),
                CreateTableOptions.createTableOptions().schema("s4j_qi"));
        qi.createTable("people", List.of(attribute("other", INTEGER)));
        assertTrue(qi.showAllTables().contains(new TableName("s4j_qi", "people")));
        assertTrue(qi.showAllTables().contains(new TableName("public", "people")));
        assertEquals(List.of("id", "name"), List.copyOf(qi.describeTable("people", inSchema("s4j_qi")).keySet()));
        assertEquals(List.of("other"), List.copyOf(qi.describeTable("people").keySet()));
        qi.addColumn("people", "age", attribute("age", INTEGER), inSchema("s4j_qi"));
        qi.bulkInsert("people", List.of(Map.of("id", 1, "name", "Ada", "age", 36)), BulkOptions.bulkOptions().schema("s4j_qi"));
        assertEquals(1, qi.bulkDelete("people", org.sequelize4j.Op.and(), BulkOptions.bulkOptions().schema("s4j_qi")));
        assertFalse(qi.describeTable("people").containsKey("age"));

        qi.dropSchema("s4j_qi");
        assertFalse(qi.showAllSchemas().contains("s4j_qi"));
        assertFalse(qi.showAllTables().contains(new TableName("s4j_qi", "people")));
        assertTrue(qi.showAllTables().contains(new TableName("public", "people")));
    }

    @DialectTest
    void enumTypesWhereTheDialectHasThem(Sequelize sequelize) {
        QueryInterface qi = sequelize.getQueryInterface();
        if (!sequelize.dialect().schemaEditor().enumTypes()) {
            assertThrows(SchemaChangeError.class, () -> qi.createEnum("mood", List.of("sad"), queryInterfaceOptions()));
            assertThrows(SchemaChangeError.class, () -> qi.listEnums(queryInterfaceOptions()));
            return;
        }
        qi.createEnum("mood", List.of("sad", "happy"), queryInterfaceOptions());
        qi.addEnumValue("mood", "ok", enumValueOptions().before("happy"));
        qi.addEnumValue("mood", "elated", enumValueOptions().after("happy"));
        qi.addEnumValue("mood", "furious", enumValueOptions());
        qi.addEnumValue("mood", "sad", enumValueOptions());   // there already: left alone
        assertEquals(List.of("sad", "ok", "happy", "elated", "furious"), qi.listEnums(queryInterfaceOptions()).get("mood"));
        assertThrows(SchemaChangeError.class, () -> qi.addEnumValue("mood", "x", enumValueOptions().after("nope")));
        assertThrows(SchemaChangeError.class, () -> qi.addEnumValue("weather", "x", enumValueOptions()));

        // An ENUM column makes its type, named as Sequelize names it.
        qi.createTable("diary", List.of(attribute("feeling", ENUM("low", "high"))));
        assertEquals(List.of("low", "high"), qi.listEnums(queryInterfaceOptions())
                .get(QueryInterface.enumName("diary", "feeling")));
        assertThrows(SequelizeException.class, () -> qi.dropEnum(QueryInterface.enumName("diary", "feeling"),
                queryInterfaceOptions()));
        qi.dropEnum("mood", queryInterfaceOptions());
        assertFalse(qi.listEnums(queryInterfaceOptions()).containsKey("mood"));
        qi.dropTable("diary");
        qi.dropAllEnums(queryInterfaceOptions());
        assertEquals(Map.of(), qi.listEnums(queryInterfaceOptions()));
    }
}
