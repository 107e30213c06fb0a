package org.sequelize4j.migrations.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.BIGINT;
import static org.sequelize4j.DataTypes.DATE;
import static org.sequelize4j.DataTypes.DECIMAL;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.DataTypes.TEXT;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.migrations.MigratorOptions.migratorOptions;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.IndexDescription;
import org.sequelize4j.IndexOptions;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.CheckConstraintError;
import org.sequelize4j.migrations.Migrator;
import org.sequelize4j.testing.DialectTest;

/**
 * The parts of a table the database writes back in its own words: check conditions, the table comment
 * and index methods. Each compares equal after the migration the diff wrote, and a real change is
 * found, applied and undone.
 */
class SchemaDiffDetailsTest {

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

    private void down(Sequelize sequelize) {
        new Migrator(sequelize, migratorOptions().folder(folder)).down();
    }

    /** People with many kinds of checks, which every database rewrites in its own way; {@code minAge} varies. */
    private static void people(Sequelize sequelize, int minAge, boolean atLeast) {
        ModelOptions o = options().timestamps(false)
                .check("people_age_min", atLeast ? Op.gte("age", minAge) : Op.gt("age", minAge))
                .check("people_age_range", Op.between("age", -5, 150))
                .check("people_state_in", Op.in("state", List.of("a", "b'c")))
                .check("people_age_not_in", Op.notIn("age", List.of(3, 4)))
                .check("people_state_like", Op.like("state", "a%"))
                .check("people_state_starts", Op.startsWith("state", "a"))
                .check("people_state_ne", Op.ne("state", "x"))
                .check("people_nested", Op.or(Op.and(Op.gte("age", 0), Op.lte("age", 120)), Op.isNull("age")))
                .check("people_not", Op.not(Op.eq("age", 5)))
                .check("people_not_between", Op.notBetween("age", 200, 300))
                .check("people_price", Op.gt("price", new BigDecimal("1.50")))
                .check("people_columns", Op.or(Op.isNull("body"), Op.ne("body", "")))
                .check("people_state_ilike", Op.iLike("state", "A%"))
                .check("people_seen", Op.gt("seen", Instant.parse("2020-01-02T03:04:05Z")))
                .check("people_big", Op.lt("big", 9_000_000_000L));
        sequelize.define("person", List.of(attribute("age", INTEGER), attribute("state", STRING),
                attribute("price", DECIMAL(10, 2)), attribute("body", TEXT), attribute("seen", DATE),
                attribute("big", BIGINT)), o);
    }

    @DialectTest
    void aChangedCheckConditionIsReplacedAndRestored(Sequelize sequelize) {
        people(sequelize, 0, true);
        migrate(sequelize);

        people(sequelize, 18, true);
        SchemaDiff diff = migrate(sequelize);
        assertEquals(List.of("ChangeCheck people"), DiffFixtures.summary(diff), diff.toString());
        var people = sequelize.model("person");
        assertThrows(CheckConstraintError.class, () -> people.create(Map.of("age", 10, "state", "a")));
        people.create(Map.of("age", 20, "state", "a"));

        down(sequelize);
        people(sequelize, 0, true);
        SchemaDiff back = sequelize.schemaDiff();
        assertTrue(back.isEmpty(), "down put the condition back: " + back);
        people.create(Map.of("age", 10, "state", "a"));
    }

    @DialectTest
    void anotherComparisonIsAChangeToo(Sequelize sequelize) {
        people(sequelize, 0, false);
        migrate(sequelize);
        people(sequelize, 0, true);
        SchemaDiff diff = migrate(sequelize);
        assertEquals(List.of("ChangeCheck people"), DiffFixtures.summary(diff), diff.toString());
        sequelize.model("person").create(Map.of("age", 0, "state", "a"));
    }

    @DialectTest
    void sameOperandsJoinedOtherwiseAreUndecidedNotChanged(Sequelize sequelize) {
        people(sequelize, 0, true);
        migrate(sequelize);
        sequelize.define("person", List.of(attribute("age", INTEGER), attribute("state", STRING),
                attribute("price", DECIMAL(10, 2)), attribute("body", TEXT)), options().timestamps(false)
                .check("people_age_min", Op.or(Op.gte("age", 0), Op.isNull("age"))));
        SchemaDiff diff = sequelize.schemaDiff();
        assertTrue(diff.changes().stream().noneMatch(c -> c instanceof SchemaChange.ChangeCheck
                || c instanceof SchemaChange.AddCheck), diff.toString());
        assertTrue(diff.undecided().stream().anyMatch(u -> u.kind() == Undecided.Kind.CHECK_CONDITION
                && "people_age_min".equals(u.subject())), diff.toString());
    }

    private static void notes(Sequelize sequelize, String comment) {
        ModelOptions o = options().timestamps(false);
        if (comment != null) {
            o.comment(comment);
        }
        sequelize.define("note", List.of(attribute("text", STRING)), o);
    }

    @DialectTest
    void tableCommentsAreComparedWhereTheDatabaseKeepsThem(Sequelize sequelize) {
        notes(sequelize, "things to remember");
        migrate(sequelize);
        notes(sequelize, "things we noted");
        if (!sequelize.dialect().capabilities().comments()) {
            assertTrue(sequelize.schemaDiff().isEmpty(), "no table comments to compare");
            return;
        }
        SchemaDiff changed = migrate(sequelize);
        assertEquals(List.of(new SchemaChange.ChangeTableComment(changed.changes().get(0).table(), "things to remember",
                "things we noted")), changed.changes());

        notes(sequelize, null);
        SchemaDiff removed = migrate(sequelize);
        assertEquals(List.of("ChangeTableComment notes"), DiffFixtures.summary(removed));

        down(sequelize);
        notes(sequelize, "things we noted");
        assertTrue(sequelize.schemaDiff().isEmpty(), "down put the comment back: " + sequelize.schemaDiff());
    }

    @DialectTest
    void theQueryInterfaceSetsAndRemovesTableComments(Sequelize sequelize) {
        notes(sequelize, null);
        sequelize.sync();
        var qi = sequelize.getQueryInterface();
        if (!sequelize.dialect().capabilities().comments()) {
            assertThrows(org.sequelize4j.errors.QueryError.class, () -> qi.changeTableComment("notes", "x"));
            return;
        }
        qi.changeTableComment("notes", "it's noted");
        notes(sequelize, "it's noted");
        assertTrue(sequelize.schemaDiff().isEmpty(), sequelize.schemaDiff().toString());
        qi.changeTableComment("notes", null);
        notes(sequelize, null);
        assertTrue(sequelize.schemaDiff().isEmpty(), sequelize.schemaDiff().toString());
        assertThrows(org.sequelize4j.errors.SchemaChangeError.class, () -> qi.changeTableComment("no_such_table", "x"));
    }

    /** What a dialect can declare on an index besides its columns, or null where it keeps nothing of it. */
    private static IndexOptions declaredMethod(Sequelize sequelize, IndexOptions index) {
        if (sequelize.dialect().ddl().indexProblem(false, null, "FULLTEXT") == null) {
            return index.type("FULLTEXT");
        }
        if (sequelize.dialect().capabilities().indexUsing()) {
            return index.using("HASH");
        }
        return null;
    }

    private static void documents(Sequelize sequelize, boolean withMethod) {
        IndexOptions index = IndexOptions.index("title").name("documents_title");
        if (withMethod) {
            IndexOptions declared = declaredMethod(sequelize, index);
            index = declared == null ? index.using("HASH") : declared;
        }
        sequelize.define("document", List.of(attribute("title", STRING(100))), options().timestamps(false)
                .indexes(index, IndexOptions.index("title").name("documents_title_btree").using("BTREE")));
    }

    @DialectTest
    void anIndexMethodOrTypeChangeReplacesTheIndex(Sequelize sequelize) {
        documents(sequelize, false);
        migrate(sequelize);
        boolean kept = declaredMethod(sequelize, IndexOptions.index("title")) != null;
        documents(sequelize, true);
        if (!kept) {
            assertTrue(sequelize.schemaDiff().isEmpty(), "the database keeps no index methods");
            return;
        }
        SchemaDiff diff = migrate(sequelize);
        assertEquals(List.of("AddIndex documents [title]", "DropIndex documents [title]"), DiffFixtures.summary(diff),
                diff.toString());
        IndexDescription index = sequelize.getQueryInterface().showIndex("documents").stream()
                .filter(i -> i.name().equals("documents_title")).findFirst().orElseThrow();
        assertTrue(List.of("HASH", "FULLTEXT").contains(index.method()), index.toString());

        down(sequelize);
        documents(sequelize, false);
        assertTrue(sequelize.schemaDiff().isEmpty(), "down made the index as it was: " + sequelize.schemaDiff());
    }
}
