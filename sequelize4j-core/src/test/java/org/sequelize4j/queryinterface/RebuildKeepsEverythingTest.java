package org.sequelize4j.queryinterface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.IndexOptions.field;
import static org.sequelize4j.IndexOptions.index;
import static org.sequelize4j.queryinterface.ConstraintOptions.check;
import static org.sequelize4j.queryinterface.QueryInterfaceOptions.inTransaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sequelize4j.IndexDescription;
import org.sequelize4j.Op;
import org.sequelize4j.References;
import org.sequelize4j.ReferentialAction;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.CheckConstraintError;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.errors.SchemaChangeError;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.testing.DialectTest;

/**
 * Changes to a table that others reference, one after another, each checked to lose nothing: rows of
 * the table and of the tables referencing it, its indexes (descending, partial), its unique and check
 * constraints, foreign keys both ways (and that they are still enforced), and the auto-increment
 * counter. On SQLite every change here rebuilds the table; elsewhere it is ALTER TABLE, which must keep
 * the same promises.
 */
class RebuildKeepsEverythingTest {

    private static void nodesAndLeaves(Sequelize sequelize) {
        QueryInterface qi = sequelize.getQueryInterface();
        qi.createTable("nodes", List.of(attribute("id", INTEGER).primaryKey(true).autoIncrement(true),
                attribute("label", STRING(100)).allowNull(false),
                attribute("code", STRING(20)).unique(true),
                attribute("weight", INTEGER).defaultValue(1),
                attribute("parentId", INTEGER).references(References.table("nodes")).onDelete(ReferentialAction.CASCADE)),
                CreateTableOptions.createTableOptions().check("nodes_weight_positive", Op.gt("weight", 0)));
        qi.createTable("leaves", List.of(attribute("id", INTEGER).primaryKey(true).autoIncrement(true),
                attribute("nodeId", INTEGER).allowNull(false).references(References.table("nodes"))
                        .onDelete(ReferentialAction.CASCADE),
                attribute("text", STRING)));
        qi.addIndex("nodes", index(field("weight").desc(), field("label")).name("nodes_heavy_first"));
        if (sequelize.dialect().capabilities().partialIndexes()) {
            qi.addIndex("nodes", index("label").name("nodes_roots").where(Op.isNull("parentId")));
        }
        qi.bulkInsert("nodes", List.of(Map.of("label", "root", "code", "r", "weight", 5),
                Map.of("label", "left", "code", "l", "weight", 2, "parentId", 1),
                Map.of("label", "right", "code", "rt", "weight", 3, "parentId", 1),
                Map.of("label", "spare", "code", "s", "weight", 1)));
        qi.bulkInsert("leaves", List.of(Map.of("nodeId", 2, "text", "a"), Map.of("nodeId", 3, "text", "b"),
                Map.of("nodeId", 3, "text", "c")));
        // The highest id goes: an AUTOINCREMENT table must not hand out 4 again after a rebuild.
        qi.bulkDelete("nodes", Op.eq("id", 4));
    }

    /** Everything the changes must keep, with the label column under its current name. */
    private static void assertKept(Sequelize sequelize, String label, String step) {
        QueryInterface qi = sequelize.getQueryInterface();
        assertEquals(List.of("root", "left", "right"), Fixtures.column(sequelize, "nodes", label, "id"), step);
        assertEquals(List.of("r", "l", "rt"), Fixtures.column(sequelize, "nodes", "code", "id"), step);
        assertEquals(List.of("5", "2", "3"), Fixtures.column(sequelize, "nodes", "weight", "id"), step);
        assertEquals(java.util.Arrays.asList(null, "1", "1"), Fixtures.column(sequelize, "nodes", "parentId", "id"), step);
        assertEquals(List.of("2", "3", "3"), Fixtures.column(sequelize, "leaves", "nodeId", "id"), step);

        IndexDescription heavy = qi.showIndex("nodes").stream().filter(i -> i.name().equals("nodes_heavy_first"))
                .findFirst().orElse(null);
        assertNotNull(heavy, step + ": " + qi.showIndex("nodes"));
        assertEquals(List.of("weight", label), heavy.columns(), step);
        assertTrue(heavy.fields().get(0).descending(), step);
        if (sequelize.dialect().capabilities().partialIndexes()) {
            IndexDescription roots = qi.showIndex("nodes").stream().filter(i -> i.name().equals("nodes_roots"))
                    .findFirst().orElse(null);
            assertNotNull(roots, step);
            assertNotNull(roots.where(), step);
        }
        assertNotNull(Fixtures.foreignKey(qi, "nodes", List.of("parentId")), step);
        assertNotNull(Fixtures.foreignKey(qi, "leaves", List.of("nodeId")), step);
        assertTrue(qi.showConstraint("nodes", "nodes_weight_positive", QueryInterfaceOptions.queryInterfaceOptions())
                .size() == 1, step);
        // ... and they are still enforced.
        assertThrows(ForeignKeyConstraintError.class, () -> qi.bulkInsert("leaves", List.of(Map.of("nodeId", 99))), step);
        assertThrows(ForeignKeyConstraintError.class, () -> qi.bulkUpdate("nodes", Map.of("parentId", 99),
                Op.eq("id", 2)), step);
        assertThrows(UniqueConstraintError.class, () -> qi.bulkUpdate("nodes", Map.of("code", "r"), Op.eq("id", 2)), step);
        assertThrows(CheckConstraintError.class, () -> qi.bulkUpdate("nodes", Map.of("weight", 0), Op.eq("id", 2)), step);
        if (Fixtures.rebuilds(sequelize)) {
            assertEquals(1, ((Number) sequelize.query("PRAGMA foreign_keys").rows().get(0).values().iterator().next())
                    .intValue(), step + ": foreign keys are back on");
        }
    }

    @DialectTest
    void aReferencedTableChangedStepByStepLosesNothing(Sequelize sequelize) {
        nodesAndLeaves(sequelize);
        QueryInterface qi = sequelize.getQueryInterface();
        assertKept(sequelize, "label", "before");

        qi.addColumn("nodes", "note", attribute("note", STRING).allowNull(false).defaultValue("n"));
        qi.addColumn("nodes", "slug", attribute("slug", STRING(30)).unique(true));
        assertKept(sequelize, "label", "addColumn");
        qi.changeColumn("nodes", "label", attribute("label", STRING(200)).allowNull(false));
        assertEquals(STRING(200), qi.describeTable("nodes").get("label").dataType());
        assertKept(sequelize, "label", "changeColumn");
        qi.renameColumn("nodes", "label", "title");
        assertKept(sequelize, "title", "renameColumn");
        qi.addConstraint("nodes", check(Op.lt("weight", 1000)).name("nodes_weight_cap"));
        assertKept(sequelize, "title", "addConstraint");
        assertThrows(CheckConstraintError.class, () -> qi.bulkUpdate("nodes", Map.of("weight", 1000), Op.eq("id", 1)));
        qi.removeConstraint("nodes", "nodes_weight_cap");
        assertKept(sequelize, "title", "removeConstraint");
        qi.removeColumn("nodes", "note");
        assertKept(sequelize, "title", "removeColumn");
        assertEquals(List.of("id", "title", "code", "weight", "parentId", "slug"),
                List.copyOf(qi.describeTable("nodes").keySet()));

        // A removal other tables' keys stand in the way of fails, and changes nothing.
        assertThrows(SequelizeException.class, () -> qi.removeColumn("nodes", "id"));
        assertKept(sequelize, "title", "refused removeColumn");

        // The counter went on from where it was; the cascades still reach the rows.
        qi.bulkInsert("nodes", List.of(Map.of("title", "new", "code", "n")));
        List<String> ids = Fixtures.column(sequelize, "nodes", "id", "id");
        assertTrue(Integer.parseInt(ids.get(ids.size() - 1)) > 4, ids.toString());
        qi.bulkDelete("nodes", Op.eq("id", 1));
        assertEquals(List.of("new"), Fixtures.column(sequelize, "nodes", "title", "id"));
        assertEquals(List.of(), Fixtures.column(sequelize, "leaves", "id", "id"));
    }

    @DialectTest
    void changesInACallersTransactionGoWithIt(Sequelize sequelize) {
        nodesAndLeaves(sequelize);
        QueryInterface qi = sequelize.getQueryInterface();
        RuntimeException stop = new RuntimeException("roll back");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> sequelize.transaction(t -> {
            qi.addColumn("leaves", "extra", attribute("extra", INTEGER).allowNull(false).defaultValue(0), inTransaction(t));
            qi.changeColumn("leaves", "text", attribute("text", STRING(10)), inTransaction(t));
            qi.bulkInsert("leaves", List.of(Map.of("nodeId", 1, "text", "d")), BulkOptions.bulkOptions().transaction(t));
            throw stop;
        }));
        assertTrue(thrown == stop, String.valueOf(thrown));
        List<String> columns = List.copyOf(qi.describeTable("leaves").keySet());
        if (sequelize.dialect().schemaEditor().transactionalDdl()) {
            assertEquals(List.of("id", "nodeId", "text"), columns);
        } else {
            // MySQL and MariaDB commit each schema statement: the column stays, the row does not.
            assertEquals(List.of("id", "nodeId", "text", "extra"), columns);
        }
        assertEquals(List.of("a", "b", "c"), Fixtures.column(sequelize, "leaves", "text", "id"));
        assertKept(sequelize, "label", "after the rollback");

        // Committed, the changes stay.
        sequelize.transaction(t -> qi.renameColumn("leaves", "text", "body", inTransaction(t)));
        assertTrue(qi.describeTable("leaves").containsKey("body"));
    }

    @DialectTest
    void sqliteRefusesToRebuildAReferencedTableInsideATransaction(Sequelize sequelize) {
        nodesAndLeaves(sequelize);
        QueryInterface qi = sequelize.getQueryInterface();
        List<Runnable> inside = new ArrayList<>();
        sequelize.transaction(t -> {
            if (Fixtures.rebuilds(sequelize)) {
                // Foreign keys cannot be switched off inside a transaction, and leaves references nodes.
                SchemaChangeError refused = assertThrows(SchemaChangeError.class,
                        () -> qi.removeColumn("nodes", "weight", inTransaction(t)));
                assertTrue(refused.getMessage().contains("leaves"), refused.getMessage());
            } else {
                qi.removeColumn("nodes", "weight", inTransaction(t));
            }
            inside.add(() -> { });
        });
        assertEquals(1, inside.size());
        assertEquals(Fixtures.rebuilds(sequelize), qi.describeTable("nodes").containsKey("weight"));
        assertFalse(qi.describeTable("leaves").isEmpty());
    }

    @DialectTest
    void anAutoIncrementOutsideTheKeyKeepsCounting(Sequelize sequelize) {
        QueryInterface qi = sequelize.getQueryInterface();
        // SQLite fills such a column with a trigger, which a rebuild must create again.
        qi.createTable("tickets", List.of(attribute("code", STRING(10)).primaryKey(true),
                attribute("seq", INTEGER).autoIncrement(true), attribute("note", STRING(10))));
        qi.bulkInsert("tickets", List.of(Map.of("code", "a"), Map.of("code", "b")));
        qi.changeColumn("tickets", "note", attribute("note", STRING(50)));
        qi.bulkInsert("tickets", List.of(Map.of("code", "c")));
        assertEquals(List.of("1", "2", "3"), Fixtures.column(sequelize, "tickets", "seq", "code"));
        assertTrue(qi.describeTable("tickets").get("seq").autoIncrement());
    }
}
