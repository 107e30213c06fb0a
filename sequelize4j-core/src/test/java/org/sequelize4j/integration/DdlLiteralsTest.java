package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.ENUM;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.SyncOptions.syncOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.FindOptions;
import org.sequelize4j.IndexOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SequelizeOptions;
import org.sequelize4j.errors.CheckConstraintError;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.testing.Catalog;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.SqlLog;
import org.sequelize4j.testing.TestDialect;

/**
 * Constants that DDL has to write inline (defaults, comments, ENUM values, CHECK and partial-index
 * conditions) stay inside their quotes and arrive exactly, whichever way the session reads backslashes:
 * PostgreSQL with {@code standard_conforming_strings} off, MariaDB with {@code NO_BACKSLASH_ESCAPES},
 * set for every session by a connection parameter or switched on by a raw statement afterwards.
 */
class DdlLiteralsTest {

    /** Each one breaks a naive literal somewhere: a quote, a backslash (also last), a dollar quote, an injection. */
    private static final List<String> HOSTILE = List.of("it's", "a\\b", "$$", "\\'; DROP TABLE victims; --",
            "$s4j$ end \\");
    private static final String INJECTION = HOSTILE.get(3);

    @DialectTest
    void literalsReadExactlyWhenEverySessionStartsWithTheContrarySetting(TestDialect dialect) {
        roundTrip(dialect, o -> dialect.contraryBackslashParameters().forEach(o::dialectOption), null);
    }

    @DialectTest
    void literalsReadExactlyWhenARawStatementSwitchesTheSettingAfterConnecting(TestDialect dialect) {
        // One connection, so that the switched session is the one sync runs on.
        roundTrip(dialect, o -> o.pool(p -> p.max(1)), dialect.contraryBackslashSql());
    }

    private static void roundTrip(TestDialect dialect, Consumer<SequelizeOptions> configure, String switchSql) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(configure.andThen(o -> o.logging(log)))) {
            if (switchSql != null) {
                sequelize.query(switchSql);
            }
            ModelStatic<Model> victims = sequelize.define("victim", List.of(attribute("name", STRING)),
                    options().tableName("victims"));
            victims.sync();
            ModelStatic<Model> hostile = defineHostile(sequelize);
            hostile.sync();

            assertTrue(Catalog.tables(sequelize).contains("victims"), "no literal ended early and dropped a table");
            assertDefaults(sequelize, hostile);
            assertEnumValues(hostile);
            assertComments(sequelize);
            assertCheckConstant(hostile);
            assertPartialIndexConstant(sequelize, hostile);

            log.clear();
            hostile.sync(syncOptions().alter(true));
            assertEquals(List.of(), log.messages().stream().filter(l -> l.contains("ALTER ")).toList(),
                    "alter reads every default and ENUM value back as the one declared");
        }
    }

    private static ModelStatic<Model> defineHostile(Sequelize sequelize) {
        List<AttributeOptions> attributes = new ArrayList<>();
        attributes.add(attribute("marker", INTEGER));
        attributes.add(attribute("label", STRING));
        attributes.add(attribute("kind", ENUM(HOSTILE.toArray(String[]::new))));
        for (int i = 0; i < HOSTILE.size(); i++) {
            AttributeOptions column = attribute("d" + i, STRING).defaultValue(HOSTILE.get(i));
            attributes.add(sequelize.dialect().capabilities().comments() ? column.comment(HOSTILE.get(i)) : column);
        }
        ModelOptions options = options().tableName("hostiles").timestamps(false)
                .check("label_not_injection", Op.ne("label", INJECTION));
        if (sequelize.dialect().capabilities().partialIndexes()) {
            options.indexes(IndexOptions.index("marker").name("hostiles_injection_marker").unique(true)
                    .where(Op.eq("kind", INJECTION)));
        }
        return sequelize.define("hostile", attributes, options);
    }

    private static void assertDefaults(Sequelize sequelize, ModelStatic<Model> hostile) {
        // Written by someone else, so that only the database's own defaults fill the columns.
        sequelize.query("INSERT INTO " + sequelize.dialect().quoteIdentifier("hostiles") + " ("
                + sequelize.dialect().quoteIdentifier("marker") + ") VALUES (0)");
        Model row = hostile.findOne(FindOptions.query().where(Op.eq("marker", 0)));
        assertNotNull(row);
        for (int i = 0; i < HOSTILE.size(); i++) {
            assertEquals(HOSTILE.get(i), row.get("d" + i), "default of d" + i);
        }
    }

    private static void assertEnumValues(ModelStatic<Model> hostile) {
        for (int i = 0; i < HOSTILE.size(); i++) {
            hostile.create(Map.of("marker", 100 + i, "kind", HOSTILE.get(i)));
        }
        assertEquals(HOSTILE, hostile.findAll(FindOptions.query().where(Op.gte("marker", 100))
                .order(FindOptions.asc("marker"))).stream().map(m -> m.get("kind")).toList());
    }

    private static void assertComments(Sequelize sequelize) {
        if (!sequelize.dialect().capabilities().comments()) {
            return;
        }
        Map<String, String> comments = Catalog.columnComments(sequelize, "hostiles");
        for (int i = 0; i < HOSTILE.size(); i++) {
            assertEquals(HOSTILE.get(i), comments.get("d" + i), "comment on d" + i);
        }
    }

    private static void assertCheckConstant(ModelStatic<Model> hostile) {
        assertThrows(CheckConstraintError.class, () -> hostile.create(Map.of("marker", 200, "label", INJECTION)));
        // The same text with its backslash doubled, as a wrongly escaped constant would read, is allowed.
        hostile.create(Map.of("marker", 201, "label", INJECTION.replace("\\", "\\\\")));
        assertEquals(1, hostile.count(FindOptions.query().where(Op.eq("marker", 201))));
    }

    private static void assertPartialIndexConstant(Sequelize sequelize, ModelStatic<Model> hostile) {
        if (!sequelize.dialect().capabilities().partialIndexes()) {
            return;
        }
        hostile.create(Map.of("marker", 300, "kind", HOSTILE.get(1)));
        hostile.create(Map.of("marker", 300, "kind", HOSTILE.get(1)));
        hostile.create(Map.of("marker", 300, "kind", INJECTION));
        assertThrows(UniqueConstraintError.class, () -> hostile.create(Map.of("marker", 300, "kind", INJECTION)),
                "the index covers exactly the rows whose kind is the constant");
    }
}
