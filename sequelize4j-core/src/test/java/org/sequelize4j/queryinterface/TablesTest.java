package org.sequelize4j.queryinterface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.BOOLEAN;
import static org.sequelize4j.DataTypes.DATE;
import static org.sequelize4j.DataTypes.DECIMAL;
import static org.sequelize4j.DataTypes.ENUM;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.queryinterface.CreateTableOptions.createTableOptions;
import static org.sequelize4j.queryinterface.DropTableOptions.dropTableOptions;
import static org.sequelize4j.queryinterface.Fixtures.q;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.ConstraintDescription;
import org.sequelize4j.DataTypes;
import org.sequelize4j.Op;
import org.sequelize4j.References;
import org.sequelize4j.ReferentialAction;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Sql;
import org.sequelize4j.errors.CheckConstraintError;
import org.sequelize4j.errors.SchemaChangeError;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.testing.Catalog;
import org.sequelize4j.testing.DialectTest;

/** createTable with every column option read back, the table options, dropTable, dropAllTables, renameTable, showAllTables. */
class TablesTest {

    private static void rolesAndUsers(QueryInterface qi) {
        qi.createTable("roles", List.of(attribute("id", INTEGER).primaryKey(true).autoIncrement(true),
                attribute("name", STRING(40)).allowNull(false).unique(true)));
        qi.createTable("users", List.of(
                attribute("id", INTEGER).primaryKey(true).autoIncrement(true),
                attribute("email", STRING(100)).allowNull(false).defaultValue("it's").comment("where mail goes"),
                attribute("active", BOOLEAN).allowNull(false).defaultValue(true),
                attribute("score", INTEGER).defaultValue(-5),
                attribute("balance", DECIMAL(10, 2)),
                attribute("joined", DATE).defaultValue(Sql.literal("CURRENT_TIMESTAMP")),
                attribute("status", ENUM("new", "done")).defaultValue("new"),
                attribute("roleId", INTEGER).references(References.table("roles"))
                        .onDelete(ReferentialAction.CASCADE).onUpdate(ReferentialAction.CASCADE)),
                createTableOptions().uniqueKey("users_email_role", "email", "roleId")
                        .check("users_score_floor", Op.gte("score", -100)));
    }

    @DialectTest
    void everyColumnOptionIsReadBackByDescribeTable(Sequelize sequelize) {
        QueryInterface qi = sequelize.getQueryInterface();
        rolesAndUsers(qi);
        Map<String, ColumnDescription> columns = qi.describeTable("users");
        assertEquals(List.of("id", "email", "active", "score", "balance", "joined", "status", "roleId"),
                List.copyOf(columns.keySet()));

        ColumnDescription id = columns.get("id");
        assertTrue(id.primaryKey());
        assertTrue(id.autoIncrement());
        assertFalse(id.allowNull());
        assertEquals(INTEGER, id.dataType());

        ColumnDescription email = columns.get("email");
        assertEquals(STRING(100), email.dataType());
        assertFalse(email.allowNull());
        assertEquals("it's", email.defaultValue());
        assertFalse(email.primaryKey());
        assertEquals(sequelize.dialect().capabilities().comments() ? "where mail goes" : null, email.comment());
        assertTrue(email.type().contains("100"), email.type());

        ColumnDescription active = columns.get("active");
        assertEquals(BOOLEAN, active.dataType());
        assertTrue(List.of("1", "true").contains(active.defaultValue()), active.defaultValue());
        assertEquals("-5", columns.get("score").defaultValue());
        assertNull(columns.get("balance").defaultValue());
        assertTrue(columns.get("balance").allowNull());
        assertEquals(DECIMAL(10, 2), columns.get("balance").dataType());
        assertEquals(DATE, columns.get("joined").dataType());
        assertTrue(columns.get("joined").defaultValue().toUpperCase().contains("CURRENT_TIMESTAMP"),
                columns.get("joined").defaultValue());
        ColumnDescription status = columns.get("status");
        assertEquals("new", status.defaultValue());
        // SQLite keeps ENUM columns as TEXT; the others keep the values.
        if (status.values().isEmpty()) {
            assertEquals(DataTypes.TEXT, status.dataType());
        } else {
            assertEquals(List.of("new", "done"), status.values());
            assertEquals(ENUM("new", "done"), status.dataType());
        }
        assertEquals(INTEGER, columns.get("roleId").dataType());
        assertTrue(columns.get("roleId").allowNull());
    }

    @DialectTest
    void constraintsOfCreateTableHoldAndAreShown(Sequelize sequelize) {
        QueryInterface qi = sequelize.getQueryInterface();
        rolesAndUsers(qi);
        ConstraintDescription fk = Fixtures.foreignKey(qi, "users", List.of("roleId"));
        assertNotNull(fk, qi.showConstraint("users").toString());
        assertEquals("roles", fk.referencedTable());
        assertEquals(List.of("id"), fk.referencedColumns());
        assertEquals(ReferentialAction.CASCADE, fk.onDelete());
        assertEquals(ReferentialAction.CASCADE, fk.onUpdate());
        assertTrue(qi.showConstraint("users").stream().anyMatch(c -> c.type() == ConstraintDescription.Type.UNIQUE
                && "users_email_role".equals(c.name()) && c.columns().equals(List.of("email", "roleId"))));
        ConstraintDescription check = qi.showConstraint("users", "users_score_floor",
                QueryInterfaceOptions.queryInterfaceOptions()).get(0);
        assertEquals(ConstraintDescription.Type.CHECK, check.type());
        assertTrue(check.definition().contains("score"), check.definition());
        assertTrue(qi.showConstraint("users").stream().anyMatch(c -> c.type() == ConstraintDescription.Type.PRIMARY_KEY
                && c.columns().equals(List.of("id"))));

        // The database fills the defaults of the columns a row leaves out.
        qi.bulkInsert("roles", List.of(Map.of("name", "admin"), Map.of("name", "guest")));
        qi.bulkInsert("users", List.of(Map.of("email", "a@x", "roleId", 1), Map.of("roleId", 2)));
        List<Map<String, String>> rows = Fixtures.rows(sequelize, "users", "id");
        assertEquals("it's", rows.get(1).get("email"));
        assertEquals("-5", rows.get(0).get("score"));
        assertEquals("new", rows.get(0).get("status"));
        assertNotNull(rows.get(0).get("joined"));
        assertTrue(List.of("1", "true").contains(rows.get(0).get("active")));

        assertThrows(UniqueConstraintError.class, () -> qi.bulkInsert("users", List.of(Map.of("email", "a@x", "roleId", 1))));
        assertThrows(UniqueConstraintError.class, () -> qi.bulkInsert("roles", List.of(Map.of("name", "admin"))));
        assertThrows(CheckConstraintError.class, () -> qi.bulkInsert("users", List.of(Map.of("email", "c@x", "score", -101))));
        // ON DELETE CASCADE: the role's users go with it.
        qi.bulkDelete("roles", Op.eq("name", "admin"));
        assertEquals(List.of("it's"), Fixtures.column(sequelize, "users", "email", "id"));
    }

    @DialectTest
    void tableOptionsAreWrittenWhereTheDatabaseKeepsThem(Sequelize sequelize) throws SQLException {
        QueryInterface qi = sequelize.getQueryInterface();
        qi.createTable("notes", List.of(attribute("body", STRING)),
                createTableOptions().engine("InnoDB").charset("utf8mb4").collate("utf8mb4_unicode_ci")
                        .comment("free text"));
        assertEquals(List.of("body"), List.copyOf(qi.describeTable("notes").keySet()));
        assertFalse(qi.describeTable("notes").get("body").primaryKey(), "no id is added");
        try (Connection c = sequelize.dataSource().getConnection()) {
            String remarks = null;
            try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "notes", new String[] {"TABLE"})) {
                if (rs.next()) {
                    remarks = rs.getString("REMARKS");
                }
            }
            if (sequelize.dialect().capabilities().comments()) {
                assertEquals("free text", remarks);
            }
            // Engine and collation exist where information_schema.TABLES has them (MySQL and MariaDB).
            boolean engines;
            try (ResultSet rs = c.getMetaData().getColumns("information_schema", null, "TABLES", "ENGINE")) {
                engines = rs.next();
            }
            if (engines) {
                Map<String, Object> table = Catalog.jdbc(sequelize, "SELECT ENGINE, TABLE_COLLATION FROM"
                        + " information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'notes'").get(0);
                assertEquals("InnoDB", table.get("engine"));
                assertEquals("utf8mb4_unicode_ci", table.get("table_collation"));
            }
        }
    }

    @DialectTest
    void dropTableRenameTableAndShowAllTables(Sequelize sequelize) {
        QueryInterface qi = sequelize.getQueryInterface();
        rolesAndUsers(qi);
        assertEquals(List.of("roles", "users"), qi.showAllTables().stream().map(TableName::tableName).sorted().toList());

        // A referenced table is not dropped without cascade, and keeps its rows.
        qi.bulkInsert("roles", List.of(Map.of("name", "admin")));
        qi.bulkInsert("users", List.of(Map.of("email", "a@x", "roleId", 1)));
        assertThrows(RuntimeException.class, () -> qi.dropTable("roles"));
        assertEquals(List.of("admin"), Fixtures.column(sequelize, "roles", "name", "id"));

        qi.renameTable("roles", "groups");
        assertEquals(List.of("groups", "users"), qi.showAllTables().stream().map(TableName::tableName).sorted().toList());
        assertEquals(List.of("admin"), Fixtures.column(sequelize, "groups", "name", "id"));
        // The foreign key of users follows the rename.
        assertEquals("groups", Fixtures.foreignKey(qi, "users", List.of("roleId")).referencedTable());

        qi.dropTable("users");
        qi.dropTable("users");   // IF EXISTS
        qi.dropTable("groups");
        assertEquals(List.of(), Catalog.tables(sequelize));
    }

    @DialectTest
    void dropTableWithCascadeKeepsTheReferencingRows(Sequelize sequelize) {
        QueryInterface qi = sequelize.getQueryInterface();
        rolesAndUsers(qi);
        qi.bulkInsert("roles", List.of(Map.of("name", "admin")));
        qi.bulkInsert("users", List.of(Map.of("email", "a@x", "roleId", 1)));
        qi.dropTable("roles", dropTableOptions().cascade(true));
        assertEquals(List.of("users"), qi.showAllTables().stream().map(TableName::tableName).toList());
        assertEquals(List.of("a@x"), Fixtures.column(sequelize, "users", "email", "id"));
    }

    @DialectTest
    void dropAllTablesDropsEverythingButWhatItSkips(Sequelize sequelize) {
        QueryInterface qi = sequelize.getQueryInterface();
        rolesAndUsers(qi);
        qi.createTable("keep", List.of(attribute("x", INTEGER)));
        qi.bulkInsert("roles", List.of(Map.of("name", "admin")));
        qi.bulkInsert("users", List.of(Map.of("email", "a@x", "roleId", 1)));
        qi.bulkInsert("keep", List.of(Map.of("x", 7)));
        qi.dropAllTables(dropTableOptions().skip("keep"));
        assertEquals(List.of("keep"), qi.showAllTables().stream().map(TableName::tableName).toList());
        assertEquals(List.of("7"), Fixtures.column(sequelize, "keep", "x", "x"));
        qi.dropAllTables();
        assertEquals(List.of(), qi.showAllTables());
    }

    @DialectTest
    void badTablesAreRefusedBeforeAnythingIsCreated(Sequelize sequelize) {
        QueryInterface qi = sequelize.getQueryInterface();
        SchemaChangeError missingTarget = assertThrows(SchemaChangeError.class, () -> qi.createTable("posts", List.of(
                attribute("id", INTEGER).primaryKey(true), attribute("authorId", INTEGER).references(References.table("authors")))));
        assertTrue(missingTarget.getMessage().contains("authors"), missingTarget.getMessage());
        assertEquals("createTable", missingTarget.operation());
        assertEquals("posts", missingTarget.table());
        assertEquals("authorId", missingTarget.subject());
        assertEquals(List.of(), Catalog.tables(sequelize));

        qi.createTable("authors", List.of(attribute("id", INTEGER).primaryKey(true)));
        SchemaChangeError missingColumn = assertThrows(SchemaChangeError.class, () -> qi.createTable("posts", List.of(
                attribute("authorId", INTEGER).references(References.table("authors").key("uuid")))));
        assertTrue(missingColumn.getMessage().contains("uuid"), missingColumn.getMessage());

        SchemaChangeError generated = assertThrows(SchemaChangeError.class, () -> qi.createTable("posts", List.of(
                attribute("at", DATE).defaultValue(DataTypes.NOW))));
        assertTrue(generated.getMessage().contains("CURRENT_TIMESTAMP"), generated.getMessage());
        assertThrows(SchemaChangeError.class, () -> qi.createTable("posts", List.of()));
        assertThrows(SchemaChangeError.class, () -> qi.createTable("posts", List.of(attribute("a", INTEGER),
                attribute("a", INTEGER))));
        assertThrows(SchemaChangeError.class, () -> qi.createTable("posts", List.of(attribute("a", INTEGER)),
                createTableOptions().uniqueKey("k", "b")));
        assertEquals(List.of("authors"), Catalog.tables(sequelize));

        SchemaChangeError describe = assertThrows(SchemaChangeError.class, () -> qi.describeTable("nothing"));
        assertEquals("describeTable", describe.operation());
        assertThrows(SchemaChangeError.class, () -> qi.renameTable("nothing", "other"));
        assertThrows(SchemaChangeError.class, () -> qi.renameTable("authors", "authors"));
        // Identifiers are quoted, never spliced: a name with quotes is just a name.
        String odd = "we\"ird`name";
        qi.createTable(odd, List.of(attribute("it's", INTEGER)));
        assertEquals(List.of("it's"), List.copyOf(qi.describeTable(odd).keySet()));
        qi.dropTable(odd);
        assertEquals(List.of("authors"), Catalog.tables(sequelize));
        assertNotNull(q(sequelize, odd));
    }
}
