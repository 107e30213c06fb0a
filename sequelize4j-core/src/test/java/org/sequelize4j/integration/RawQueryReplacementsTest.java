package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.QueryOptions.queryOptions;

import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.QueryOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Sql;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.testing.DialectTest;

/**
 * Placeholders without a value are a QueryError naming them on every dialect, never a NULL bound by
 * SQLite or a driver error; placeholders inside literals and comments are text.
 */
class RawQueryReplacementsTest {

    private static void assertMissing(Sequelize sequelize, String sql, QueryOptions options, String named) {
        QueryError e = assertThrows(QueryError.class, () -> sequelize.query(sql, options), sql);
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }

    @DialectTest
    void placeholdersWithoutValuesAreTypedErrors(Sequelize sequelize) {
        // SQLite would bind each of these as NULL; PostgreSQL and MariaDB fail in the driver or parser.
        assertMissing(sequelize, "SELECT :x AS a", queryOptions(), ":x");
        assertMissing(sequelize, "SELECT $x AS a", queryOptions(), "$x");
        assertMissing(sequelize, "SELECT $1 AS a", queryOptions(), "$1");
        assertMissing(sequelize, "SELECT ?1 AS a", queryOptions(), "?1");
        assertMissing(sequelize, "SELECT ? AS a", queryOptions(), "'?'");
        assertMissing(sequelize, "SELECT :x AS a, :y AS b", queryOptions().replacements(Map.of("y", 2)), ":x");
        assertMissing(sequelize, "SELECT ?2 AS a", queryOptions().replacements(List.of(1)), "?2");
        assertMissing(sequelize, "SELECT $2 AS a", queryOptions().bind(List.of(1)), "$2");
        assertMissing(sequelize, "SELECT $x AS a", queryOptions().replacements(Map.of("x", 1)), "$x");
        if (sequelize.dialect().rawSyntax().nativeNamedParameters()) {
            // SQLite's own @name parameters; elsewhere @x is a user variable (MariaDB) or an operator.
            assertMissing(sequelize, "SELECT @x AS a", queryOptions(), "@x");
            assertMissing(sequelize, "SELECT @x AS a, :y AS b", queryOptions().replacements(Map.of("y", 2)), "@x");
        }
    }

    @DialectTest
    void placeholdersInsideLiteralsAreText(Sequelize sequelize) {
        Map<String, Object> row = sequelize.query("SELECT ':name' AS a, 'x @y $z ?1 ?' AS b, 'a;b' AS c").first();
        assertEquals(":name", row.get("a"));
        assertEquals("x @y $z ?1 ?", row.get("b"));
        assertEquals("a;b", row.get("c"));
        Map<String, Object> replaced = sequelize.query("SELECT ':name' AS a, :name AS b /* :other @x ?1 */",
                queryOptions().replacements(Map.of("name", "N"))).first();
        assertEquals(":name", replaced.get("a"));
        assertEquals("N", replaced.get("b"));
    }

    @DialectTest
    void hashCommentsAreSkippedWhereTheyAreComments(Sequelize sequelize) {
        if (!sequelize.dialect().rawSyntax().hashComments()) {
            return;
        }
        Map<String, Object> row = sequelize.query("SELECT :x AS a # :missing ? $1 @y ?1 ;DROP\n, 2 AS b",
                queryOptions().replacements(Map.of("x", "X"))).first();
        assertEquals("X", row.get("a"));
        assertEquals(2, ((Number) row.get("b")).intValue());
    }

    @DialectTest
    void literalsInAWhereTakeNoPlaceholders(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING)));
        sequelize.sync();
        users.bulkCreate(List.of(Map.of("name", "a:name"), Map.of("name", "plain")));
        // A :name inside a string literal is text on every dialect, SQLite included.
        assertEquals(1, users.count(query().where(Op.raw(Sql.literal("name = 'a:name'")))));
        assertEquals(1, users.count(query().where(Op.and(Op.raw(Sql.literal("name <> 'x @y $z ?1'")),
                Op.eq("name", "plain")))));
        for (String sql : List.of("name = :name", "name = ?", "name = ?1", "name = $1", "name = $name",
                "name = 'a'; DELETE FROM users")) {
            assertThrows(QueryError.class, () -> users.findAll(query().where(Op.raw(Sql.literal(sql)))), sql);
        }
        if (sequelize.dialect().rawSyntax().nativeNamedParameters()) {
            assertThrows(QueryError.class, () -> users.findAll(query().where(Op.raw(Sql.literal("name = @n")))));
        }
        assertEquals(2, users.count(query()));
    }
}
