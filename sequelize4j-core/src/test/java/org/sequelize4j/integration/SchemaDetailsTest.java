package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.BOOLEAN;
import static org.sequelize4j.DataTypes.DATE;
import static org.sequelize4j.DataTypes.DATEONLY;
import static org.sequelize4j.DataTypes.DECIMAL;
import static org.sequelize4j.DataTypes.DOUBLE;
import static org.sequelize4j.DataTypes.ENUM;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.DataTypes.TIME;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.SyncOptions.syncOptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.SqlLog;

/** Details of the DDL: constant defaults written into the schema, ENUM changes under alter, stored text forms. */
class SchemaDetailsTest {

    private static String q(Sequelize sequelize, String identifier) {
        return sequelize.dialect().quoteIdentifier(identifier);
    }

    @DialectTest
    void constantDefaultsAreWrittenIntoTheSchema(org.sequelize4j.testing.TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging(log))) {
            constantDefaults(sequelize, log);
        }
    }

    private void constantDefaults(Sequelize sequelize, SqlLog log) {
        Instant when = Instant.parse("2024-03-04T05:06:07.089Z");
        ModelStatic<Model> model = sequelize.define("defaulted", List.of(attribute("marker", INTEGER),
                attribute("s", STRING).defaultValue("it's \\ \"x\""), attribute("i", INTEGER).defaultValue(-5),
                attribute("b", BOOLEAN).defaultValue(true), attribute("f", BOOLEAN).defaultValue(false),
                attribute("d", DECIMAL(10, 2)).defaultValue("1.5"), attribute("x", DOUBLE).defaultValue(0.25),
                attribute("at", DATE).defaultValue(when), attribute("day", DATEONLY).defaultValue(LocalDate.of(2020, 2, 29)),
                attribute("t", TIME).defaultValue(LocalTime.of(8, 30)), attribute("e", ENUM("a", "b")).defaultValue("b")),
                options().timestamps(false));
        sequelize.sync();
        // A row inserted by someone else: the database itself must fill the defaults.
        sequelize.query("INSERT INTO " + q(sequelize, "defaulteds") + " (" + q(sequelize, "marker") + ") VALUES (1)");
        Model row = model.findOne(FindOptions.query().where(Op.eq("marker", 1)));
        assertNotNull(row);
        assertEquals("it's \\ \"x\"", row.get("s"));
        assertEquals(-5, row.get("i"));
        assertEquals(true, row.get("b"));
        assertEquals(false, row.get("f"));
        assertEquals(new BigDecimal("1.50"), row.get("d"));
        assertEquals(0.25, row.get("x"));
        assertEquals(when, row.get("at"));
        assertEquals(LocalDate.of(2020, 2, 29), row.get("day"));
        assertEquals(LocalTime.of(8, 30), row.get("t"));
        assertEquals("b", row.get("e"));
        // And the values read compare equal to the same values written by Sequelize4j.
        model.create(Map.of("marker", 2));
        assertEquals(2, model.count(FindOptions.query().where(Op.and(Op.eq("at", when), Op.eq("t", LocalTime.of(8, 30)),
                Op.eq("day", LocalDate.of(2020, 2, 29))))));
        log.clear();
        model.sync(syncOptions().alter(true));
        assertEquals(List.of(), log.messages().stream().filter(l -> l.contains("ALTER ")).toList(),
                "alter finds every default unchanged");
    }

    @DialectTest
    void alterChangesDefaults(Sequelize sequelize) {
        ModelStatic<Model> v1 = sequelize.define("paintV1", List.of(attribute("marker", INTEGER),
                attribute("color", STRING).defaultValue("red"), attribute("size", INTEGER).defaultValue(1),
                attribute("shiny", BOOLEAN).defaultValue(false), attribute("note", STRING)),
                options().tableName("paints").timestamps(false));
        v1.sync();
        ModelStatic<Model> v2 = sequelize.define("paintV2", List.of(attribute("marker", INTEGER),
                attribute("color", STRING).defaultValue("blue"), attribute("size", INTEGER),
                attribute("shiny", BOOLEAN).defaultValue(true), attribute("note", STRING).defaultValue("n/a")),
                options().tableName("paints").timestamps(false));
        v2.sync(syncOptions().alter(true));
        sequelize.query("INSERT INTO " + q(sequelize, "paints") + " (" + q(sequelize, "marker") + ") VALUES (1)");
        Model row = v2.findOne(FindOptions.query());
        // SQLite too: it cannot change a column in place, so alter rebuilds the table.
        assertEquals("blue", row.get("color"));
        assertEquals(null, row.get("size"));
        assertEquals(true, row.get("shiny"));
        assertEquals("n/a", row.get("note"));
    }

    @DialectTest
    void timesWrittenByOthersAreFoundByEquality(Sequelize sequelize) {
        ModelStatic<Model> model = sequelize.define("slot", List.of(attribute("t", TIME), attribute("marker", INTEGER)),
                options().timestamps(false));
        sequelize.sync();
        sequelize.query("INSERT INTO " + q(sequelize, "slots") + " (" + q(sequelize, "t") + ", " + q(sequelize, "marker")
                + ") VALUES ('10:15:00', 1)");
        model.create(Map.of("t", LocalTime.of(10, 15), "marker", 2));
        assertEquals(2, model.count(FindOptions.query().where(Op.eq("t", LocalTime.of(10, 15)))));
        assertEquals(List.of(LocalTime.of(10, 15), LocalTime.of(10, 15)),
                model.findAll().stream().map(m -> m.get("t")).toList());
    }

    @DialectTest
    void alterAddsNewEnumValues(org.sequelize4j.testing.TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging(log))) {
            ModelStatic<Model> v1 = sequelize.define("statusV1", List.of(attribute("status",
                    ENUM("draft", "it's", "done"))), options().tableName("statuses").timestamps(false));
            v1.sync();
            v1.create(Map.of("status", "it's"));
            ModelStatic<Model> v2 = sequelize.define("statusV2", List.of(attribute("status",
                    ENUM("draft", "it's", "review", "done"))), options().tableName("statuses").timestamps(false));
            v2.sync(syncOptions().alter(true));
            v2.create(Map.of("status", "review"));
            assertEquals(List.of("it's", "review"), v2.findAll(FindOptions.query().order(FindOptions.asc("id")))
                    .stream().map(m -> m.get("status")).toList());
            log.clear();
            v2.sync(syncOptions().alter(true));
            assertEquals(List.of(), log.messages().stream().filter(l -> l.contains("ALTER ")).toList(),
                    "second alter is a no-op");
            assertEquals(2, v2.count());
        }
    }

    @DialectTest
    void partialUniqueIndexOnABoolean(Sequelize sequelize, org.sequelize4j.testing.TestDialect dialect) {
        if (dialect == org.sequelize4j.testing.TestDialect.MARIADB) {
            return; // no partial indexes
        }
        ModelStatic<Model> accounts = sequelize.define("account", List.of(attribute("email", STRING),
                attribute("active", BOOLEAN)), options().timestamps(false).indexes(
                org.sequelize4j.IndexOptions.index("email").unique(true).where(Op.eq("active", true))));
        sequelize.sync();
        accounts.create(Map.of("email", "a@x", "active", false));
        accounts.create(Map.of("email", "a@x", "active", false));
        accounts.create(Map.of("email", "a@x", "active", true));
        org.junit.jupiter.api.Assertions.assertThrows(org.sequelize4j.errors.UniqueConstraintError.class,
                () -> accounts.create(Map.of("email", "a@x", "active", true)));
        assertEquals(3, accounts.count());
    }

    @DialectTest
    void oddIdentifiersAreQuotedEverywhere(Sequelize sequelize) {
        String table = "odd \"na`me's_x";
        ModelStatic<Model> model = sequelize.define("odd", List.of(attribute("value", STRING).field("c\"o`l's"),
                attribute("other", INTEGER).field("o_1")), options().tableName(table).timestamps(false)
                .indexes(org.sequelize4j.IndexOptions.index("value", "other").name("ix \"`'")));
        sequelize.sync();
        assertEquals(List.of("id", "c\"o`l's", "o_1"),
                List.copyOf(org.sequelize4j.testing.Catalog.columns(sequelize, table).keySet()));
        Model row = model.create(Map.of("value", "v", "other", 1));
        row.update(Map.of("value", "w"));
        assertEquals("w", model.findByPk(row.get("id")).get("value"));
        model.sync(syncOptions().alter(true));
        assertEquals(1, model.count(FindOptions.query().where(Op.eq("value", "w"))));
        model.drop();
        assertEquals(List.of(), org.sequelize4j.testing.Catalog.tables(sequelize));
    }

    @DialectTest
    void alterLeavesEveryTypeAlone(org.sequelize4j.testing.TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging(log))) {
            List<org.sequelize4j.AttributeOptions> attributes = new java.util.ArrayList<>(List.of(
                    attribute("s", org.sequelize4j.DataTypes.STRING(30)), attribute("sb", org.sequelize4j.DataTypes.STRING(16, true)),
                    attribute("c", org.sequelize4j.DataTypes.CHAR(3)), attribute("tx", org.sequelize4j.DataTypes.TEXT),
                    attribute("tt", org.sequelize4j.DataTypes.TEXT("tiny")), attribute("ti", org.sequelize4j.DataTypes.TINYINT),
                    attribute("si", org.sequelize4j.DataTypes.SMALLINT), attribute("mi", org.sequelize4j.DataTypes.MEDIUMINT),
                    attribute("i", INTEGER), attribute("iu", INTEGER.UNSIGNED()), attribute("bi", org.sequelize4j.DataTypes.BIGINT),
                    attribute("bu", org.sequelize4j.DataTypes.BIGINT.UNSIGNED()), attribute("f", org.sequelize4j.DataTypes.FLOAT),
                    attribute("r", org.sequelize4j.DataTypes.REAL), attribute("d", DOUBLE), attribute("dc", DECIMAL(30, 10)),
                    attribute("dp", DECIMAL), attribute("b", BOOLEAN).allowNull(false).defaultValue(false),
                    attribute("at", DATE), attribute("at6", org.sequelize4j.DataTypes.DATE(6)), attribute("day", DATEONLY),
                    attribute("t", TIME), attribute("u", org.sequelize4j.DataTypes.UUID), attribute("j", org.sequelize4j.DataTypes.JSON),
                    attribute("bl", org.sequelize4j.DataTypes.BLOB), attribute("e", ENUM("x", "y")),
                    attribute("n", STRING).allowNull(false).defaultValue("")));
            if (dialect == org.sequelize4j.testing.TestDialect.POSTGRES) {
                attributes.add(attribute("jb", org.sequelize4j.DataTypes.JSONB));
                attributes.add(attribute("ar", org.sequelize4j.DataTypes.ARRAY(INTEGER)));
                attributes.add(attribute("ci", org.sequelize4j.DataTypes.CITEXT));
            }
            ModelStatic<Model> model = sequelize.define("everything", attributes);
            model.sync();
            log.clear();
            model.sync(syncOptions().alter(true));
            assertEquals(List.of(), log.messages().stream()
                            .filter(l -> l.contains("ALTER ") || l.contains("CREATE ")).toList(),
                    "alter of an up-to-date table runs no DDL");
        }
    }
}
