package org.sequelize4j.queryinterface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.queryinterface.ConstraintOptions.check;
import static org.sequelize4j.queryinterface.ConstraintOptions.defaultValue;
import static org.sequelize4j.queryinterface.ConstraintOptions.foreignKey;
import static org.sequelize4j.queryinterface.ConstraintOptions.primaryKey;
import static org.sequelize4j.queryinterface.ConstraintOptions.unique;

import java.util.List;
import java.util.Map;
import org.sequelize4j.ConstraintDescription;
import org.sequelize4j.Op;
import org.sequelize4j.ReferentialAction;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Sql;
import org.sequelize4j.errors.CheckConstraintError;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.errors.SchemaChangeError;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.testing.DialectTest;

/** addConstraint of every kind, removeConstraint and showConstraint, checked by what the constraints do. */
class AddConstraintTest {

    private static ConstraintDescription named(QueryInterface qi, String table, String name) {
        List<ConstraintDescription> found = qi.showConstraint(table, name, QueryInterfaceOptions.queryInterfaceOptions());
        return found.isEmpty() ? null : found.get(0);
    }

    /** A table without keys: {@code tags(code, label, rank, ownerId)}, with rows. */
    private static QueryInterface tags(Sequelize sequelize) {
        Fixtures.ownersAndItems(sequelize);
        QueryInterface qi = sequelize.getQueryInterface();
        qi.createTable("tags", List.of(attribute("code", STRING(10)).allowNull(false), attribute("label", STRING),
                attribute("rank", INTEGER), attribute("ownerId", INTEGER)));
        qi.bulkInsert("tags", List.of(Map.of("code", "a", "label", "A", "rank", 1, "ownerId", 1),
                Map.of("code", "b", "label", "B", "rank", 2, "ownerId", 2)));
        return qi;
    }

    @DialectTest
    void uniqueAndPrimaryKey(Sequelize sequelize) {
        QueryInterface qi = tags(sequelize);
        qi.addConstraint("tags", unique("label"));
        qi.addConstraint("tags", primaryKey("code").name("tags_pk"));
        ConstraintDescription label = named(qi, "tags", "tags_label_uk");
        assertNotNull(label, qi.showConstraint("tags").toString());
        assertEquals(ConstraintDescription.Type.UNIQUE, label.type());
        assertEquals(List.of("label"), label.columns());
        assertTrue(qi.showConstraint("tags").stream().anyMatch(c -> c.type() == ConstraintDescription.Type.PRIMARY_KEY
                && c.columns().equals(List.of("code"))));
        assertTrue(qi.describeTable("tags").get("code").primaryKey());
        assertThrows(UniqueConstraintError.class, () -> qi.bulkInsert("tags", List.of(Map.of("code", "c", "label", "A"))));
        assertThrows(UniqueConstraintError.class, () -> qi.bulkInsert("tags", List.of(Map.of("code", "a", "label", "Z"))));
        SchemaChangeError second = assertThrows(SchemaChangeError.class, () -> qi.addConstraint("tags", primaryKey("label")));
        assertTrue(second.getMessage().contains("primary key"), second.getMessage());

        qi.removeConstraint("tags", "tags_label_uk");
        qi.bulkInsert("tags", List.of(Map.of("code", "c", "label", "A")));
        assertEquals(List.of("a", "b", "c"), Fixtures.column(sequelize, "tags", "code", "code"));
    }

    @DialectTest
    void foreignKeyWithActions(Sequelize sequelize) {
        QueryInterface qi = tags(sequelize);
        qi.addConstraint("tags", foreignKey("ownerId").references("owners").onDelete(ReferentialAction.CASCADE)
                .onUpdate("cascade"));
        ConstraintDescription fk = named(qi, "tags", "tags_ownerId_owners_fk");
        assertNotNull(fk, qi.showConstraint("tags").toString());
        assertEquals("owners", fk.referencedTable());
        assertEquals(List.of("id"), fk.referencedColumns());
        assertEquals(ReferentialAction.CASCADE, fk.onDelete());
        assertEquals(ReferentialAction.CASCADE, fk.onUpdate());
        assertThrows(ForeignKeyConstraintError.class, () -> qi.bulkInsert("tags", List.of(Map.of("code", "x", "ownerId", 9))));
        qi.bulkDelete("owners", Op.eq("id", 2));
        assertEquals(List.of("a"), Fixtures.column(sequelize, "tags", "code", "code"));

        qi.removeConstraint("tags", "tags_ownerId_owners_fk");
        qi.bulkInsert("tags", List.of(Map.of("code", "x", "ownerId", 9)));
        assertEquals(List.of("a", "x"), Fixtures.column(sequelize, "tags", "code", "code"));
    }

    @DialectTest
    void deferrableForeignKeysWhereTheDialectHasThem(Sequelize sequelize) {
        QueryInterface qi = tags(sequelize);
        qi.addConstraint("tags", foreignKey("ownerId").references("owners").name("tags_owner")
                .deferrable(org.sequelize4j.Deferrable.INITIALLY_DEFERRED));
        ConstraintDescription fk = named(qi, "tags", "tags_owner");
        assertNotNull(fk);
        if (sequelize.dialect().capabilities().deferrableConstraints()) {
            assertEquals(org.sequelize4j.Deferrable.INITIALLY_DEFERRED, fk.deferrable());
            // Checked at commit: a row may point ahead of its owner inside the transaction.
            sequelize.transaction(t -> {
                qi.bulkInsert("tags", List.of(Map.of("code", "z", "ownerId", 3)), org.sequelize4j.queryinterface.BulkOptions
                        .bulkOptions().transaction(t));
                qi.bulkInsert("owners", List.of(Map.of("id", 3, "name", "Late")), org.sequelize4j.queryinterface.BulkOptions
                        .bulkOptions().transaction(t));
            });
            assertEquals(List.of("a", "b", "z"), Fixtures.column(sequelize, "tags", "code", "code"));
        } else {
            assertThrows(ForeignKeyConstraintError.class, () -> qi.bulkInsert("tags", List.of(Map.of("code", "z", "ownerId", 3))));
        }
    }

    @DialectTest
    void checkAndDefault(Sequelize sequelize) {
        QueryInterface qi = tags(sequelize);
        qi.addConstraint("tags", check(Op.gt("rank", 0)).fields("rank"));
        qi.addConstraint("tags", check(Sql.literal(sequelize.dialect().quoteIdentifier("rank") + " < 100")).name("rank_cap"));
        ConstraintDescription rank = named(qi, "tags", "tags_rank_ck");
        assertNotNull(rank, qi.showConstraint("tags").toString());
        assertEquals(ConstraintDescription.Type.CHECK, rank.type());
        assertTrue(rank.definition().contains("rank"), rank.definition());
        assertThrows(CheckConstraintError.class, () -> qi.bulkInsert("tags", List.of(Map.of("code", "z", "rank", 0))));
        assertThrows(CheckConstraintError.class, () -> qi.bulkInsert("tags", List.of(Map.of("code", "z", "rank", 100))));

        qi.addConstraint("tags", defaultValue("label", "unnamed"));
        assertEquals("unnamed", qi.describeTable("tags").get("label").defaultValue());
        qi.bulkInsert("tags", List.of(Map.of("code", "d", "rank", 4)));
        assertEquals(List.of("A", "B", "unnamed"), Fixtures.column(sequelize, "tags", "label", "code"));

        qi.removeConstraint("tags", "tags_rank_ck");
        qi.bulkInsert("tags", List.of(Map.of("code", "e", "rank", -1)));
        assertEquals(4, Fixtures.rows(sequelize, "tags", "code").size());
    }

    @DialectTest
    void aConstraintTheRowsBreakChangesNothing(Sequelize sequelize) {
        QueryInterface qi = tags(sequelize);
        qi.bulkInsert("tags", List.of(Map.of("code", "c", "label", "A", "rank", -3, "ownerId", 7)));
        assertThrows(SequelizeException.class, () -> qi.addConstraint("tags", unique("label")));
        assertThrows(SequelizeException.class, () -> qi.addConstraint("tags", check(Op.gt("rank", 0)).name("positive")));
        assertThrows(SequelizeException.class, () -> qi.addConstraint("tags", foreignKey("ownerId").references("owners", "id")));
        assertEquals(List.of(), qi.showConstraint("tags"));
        assertEquals(List.of("a", "b", "c"), Fixtures.column(sequelize, "tags", "code", "code"));
        assertEquals(List.of("code", "label", "rank", "ownerId"), List.copyOf(qi.describeTable("tags").keySet()));
    }

    @DialectTest
    void badConstraintsAreRefusedNamingWhatIsWrong(Sequelize sequelize) {
        QueryInterface qi = tags(sequelize);
        SchemaChangeError table = assertThrows(SchemaChangeError.class, () -> qi.addConstraint("tags",
                foreignKey("ownerId").references("people")));
        assertTrue(table.getMessage().contains("people"), table.getMessage());
        SchemaChangeError column = assertThrows(SchemaChangeError.class, () -> qi.addConstraint("tags",
                foreignKey("ownerId").references("owners", "uuid")));
        assertTrue(column.getMessage().contains("uuid"), column.getMessage());
        assertThrows(SchemaChangeError.class, () -> qi.addConstraint("tags", foreignKey("ownerId")));
        assertThrows(SchemaChangeError.class, () -> qi.addConstraint("tags", foreignKey("ownerId", "rank").references("owners")));
        SchemaChangeError field = assertThrows(SchemaChangeError.class, () -> qi.addConstraint("tags", unique("colour")));
        assertEquals("colour", field.subject());
        assertThrows(SchemaChangeError.class, () -> qi.addConstraint("tags", check(Op.gt("rank", 0))));
        assertThrows(SchemaChangeError.class, () -> qi.addConstraint("tags", check(Op.gt("colour", 0)).name("c")));
        qi.addConstraint("tags", unique("label").name("one"));
        SchemaChangeError taken = assertThrows(SchemaChangeError.class, () -> qi.addConstraint("tags", unique("code").name("one")));
        assertEquals("one", taken.subject());
        SchemaChangeError missing = assertThrows(SchemaChangeError.class, () -> qi.removeConstraint("tags", "two"));
        assertEquals("removeConstraint", missing.operation());
        assertEquals("two", missing.subject());
        assertThrows(SchemaChangeError.class, () -> qi.addConstraint("nothing", unique("label")));
    }
}
