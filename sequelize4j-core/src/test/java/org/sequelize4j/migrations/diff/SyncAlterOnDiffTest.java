package org.sequelize4j.migrations.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.ENUM;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.SyncOptions.syncOptions;

import java.util.List;
import java.util.Map;
import org.sequelize4j.ConstraintDescription;
import org.sequelize4j.IndexDescription;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.References;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.SqlLog;
import org.sequelize4j.testing.TestDialect;

/**
 * {@code sync({alter: true})} on the schema diff: idempotent (a second alter sends no DDL at all), never
 * adds a unique key or foreign key twice (each alter added another in Sequelize), and creates a new
 * ENUM column's type first on PostgreSQL.
 */
class SyncAlterOnDiffTest {

    private static void define(Sequelize sequelize, boolean version2) {
        ModelStatic<Model> owners = sequelize.define("owner", List.of(attribute("name", STRING)),
                options().timestamps(false));
        if (!version2) {
            sequelize.define("item", List.of(attribute("code", STRING(20)).unique(true),
                    attribute("ownerId", INTEGER).references(References.model(owners)).onDelete("CASCADE")));
            return;
        }
        sequelize.define("item", List.of(attribute("code", STRING(20)).unique(true),
                attribute("ownerId", INTEGER).references(References.model(owners)).onDelete("CASCADE"),
                attribute("serial", STRING).unique(true),
                attribute("state", ENUM("new", "used")).defaultValue("new"),
                attribute("makerId", INTEGER).references(References.model(owners))));
    }

    private static List<String> ddl(SqlLog log) {
        return log.messages().stream().filter(m -> m.matches("(?s).*\\b(ALTER|CREATE|DROP|COMMENT|DO)\\b.*")
                && !m.contains("SELECT")).toList();
    }

    @DialectTest
    void aSecondAlterSendsNoDdlAndAddsNoKeyTwice(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging(log))) {
            define(sequelize, false);
            sequelize.sync();
            define(sequelize, true);
            sequelize.sync(syncOptions().alter(true));
            assertTrue(sequelize.schemaDiff().changes().stream().noneMatch(c -> c instanceof SchemaChange.AddUnique),
                    "the unique keys exist: " + sequelize.schemaDiff());
            List<IndexDescription> indexes = sequelize.getQueryInterface().showIndex("items");
            List<ConstraintDescription> constraints = sequelize.getQueryInterface().showConstraint("items");

            for (int i = 0; i < 2; i++) {
                log.clear();
                sequelize.sync(syncOptions().alter(true));
                assertEquals(List.of(), ddl(log), "alter number " + (i + 2) + " sends no DDL");
            }
            assertEquals(indexes, sequelize.getQueryInterface().showIndex("items"), "no index added");
            assertEquals(constraints, sequelize.getQueryInterface().showConstraint("items"), "no constraint added");
            for (String column : List.of("code", "serial")) {
                assertEquals(1, indexes.stream().filter(x -> x.unique() && x.columns().equals(List.of(column))).count(),
                        "one unique index over " + column + ": " + indexes);
            }
            long ownerKeys = constraints.stream().filter(c -> c.type() == ConstraintDescription.Type.FOREIGN_KEY
                    && c.columns().equals(List.of("ownerId"))).count();
            assertEquals(1, ownerKeys, "one foreign key over ownerId: " + constraints);
            long makerKeys = constraints.stream().filter(c -> c.type() == ConstraintDescription.Type.FOREIGN_KEY
                    && c.columns().equals(List.of("makerId"))).count();
            assertEquals(1, makerKeys, "the new column's foreign key (SQLite writes it inline): " + constraints);

            ModelStatic<?> items = sequelize.model("item");
            Model item = items.create(Map.of("code", "a"));
            assertEquals("new", items.findByPk(item.get("id")).get("state"), "the ENUM column and its default");
            items.create(Map.of("code", "b", "state", "used"));
            assertThrows(ValidationError.class, () -> items.create(Map.of("code", "c", "state", "broken")));
            assertThrows(org.sequelize4j.errors.UniqueConstraintError.class, () -> items.create(Map.of("code", "a")));
        }
    }

    @DialectTest
    void alterWithoutDropKeepsUndeclaredColumnsAndSendsNothingAgain(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging(log))) {
            define(sequelize, true);
            sequelize.sync();
            define(sequelize, false);
            sequelize.sync(syncOptions().alter(true).alterDrop(false));
            assertTrue(sequelize.getQueryInterface().describeTable("items").containsKey("serial"));
            log.clear();
            sequelize.sync(syncOptions().alter(true).alterDrop(false));
            assertEquals(List.of(), ddl(log), "the kept columns are not dropped, nor anything else sent");
        }
    }
    /** Notes with checks, a comment and an index method, which the database writes back in its own words. */
    private static void notes(Sequelize sequelize, int minLength, String comment) {
        org.sequelize4j.IndexOptions index = org.sequelize4j.IndexOptions.index("title").name("notes_title");
        if (sequelize.dialect().ddl().indexProblem(false, null, "FULLTEXT") == null) {
            index = index.type("FULLTEXT");
        } else {
            index = index.using("HASH");
        }
        sequelize.define("note", List.of(attribute("title", STRING(80)), attribute("rank", INTEGER)),
                options().timestamps(false).comment(comment).indexes(index)
                        .check("notes_rank", org.sequelize4j.Op.between("rank", -10, minLength))
                        .check("notes_title", org.sequelize4j.Op.in("title", List.of("a", "b"))));
    }

    @DialectTest
    void checksCommentsAndIndexMethodsAlterOnceAndThenSendNothing(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging(log))) {
            notes(sequelize, 100, "first");
            sequelize.sync();
            log.clear();
            sequelize.sync(syncOptions().alter(true));
            assertEquals(List.of(), ddl(log), "what sync made compares equal");

            notes(sequelize, 200, "second");
            sequelize.sync(syncOptions().alter(true));
            boolean inPlace = sequelize.dialect().schemaEditor().comparison()
                    .altersInPlace(org.sequelize4j.dialect.SchemaComparison.Alteration.ADD_CHECK, null, null);
            if (inPlace) {
                sequelize.model("note").create(Map.of("title", "a", "rank", 150));
            }
            if (sequelize.dialect().capabilities().comments()) {
                assertTrue(sequelize.schemaDiff().changes().stream()
                        .noneMatch(c -> c instanceof SchemaChange.ChangeTableComment), sequelize.schemaDiff().toString());
            }
            log.clear();
            sequelize.sync(syncOptions().alter(true));
            assertEquals(List.of(), ddl(log), "the second alter sends nothing");
        }
    }
}

