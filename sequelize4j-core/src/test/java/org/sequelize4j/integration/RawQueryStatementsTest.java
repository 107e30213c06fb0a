package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.QueryOptions.queryOptions;

import java.util.List;
import java.util.Map;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.testing.DialectTest;

/**
 * One raw query is one statement on every dialect (SQLite used to run the first silently, PostgreSQL
 * all of them, MariaDB none): more is a QueryError before anything runs.
 */
class RawQueryStatementsTest {

    private static int count(Sequelize sequelize) {
        return ((Number) sequelize.query("SELECT COUNT(*) AS n FROM items").first().get("n")).intValue();
    }

    @DialectTest
    void severalStatementsAreRefusedBeforeAnyRuns(Sequelize sequelize) {
        sequelize.query("CREATE TABLE items (id INTEGER PRIMARY KEY, body VARCHAR(50))");
        for (String sql : List.of("INSERT INTO items VALUES (1, 'a'); INSERT INTO items VALUES (2, 'b')",
                "INSERT INTO items VALUES (1, 'a');DELETE FROM items",
                "INSERT INTO items VALUES (1, ';'); /* c */ ; SELECT 1",
                "SELECT 1 AS a; SELECT 2 AS b")) {
            QueryError e = assertThrows(QueryError.class, () -> sequelize.query(sql), sql);
            assertTrue(e.getMessage().contains("one statement"), e.getMessage());
            assertEquals(0, count(sequelize), sql);
        }
        QueryError replaced = assertThrows(QueryError.class, () -> sequelize.query(
                "INSERT INTO items VALUES (:id, :body); DELETE FROM items",
                queryOptions().replacements(Map.of("id", 1, "body", "x"))));
        assertTrue(replaced.getMessage().contains("one statement"), replaced.getMessage());
        assertEquals(0, count(sequelize));
    }

    @DialectTest
    void oneStatementWithTrailingSemicolonsAndComments(Sequelize sequelize) {
        sequelize.query("CREATE TABLE items (id INTEGER PRIMARY KEY, body VARCHAR(50));");
        assertEquals(1, sequelize.query("INSERT INTO items VALUES (1, 'a;b') ; ; -- done\n /* really */ ")
                .affectedRows());
        assertEquals("a;b", sequelize.query("SELECT body FROM items WHERE body = ';' OR id = ?;",
                queryOptions().replacements(List.of(1))).first().get("body"));
        assertEquals(1, count(sequelize));
    }
}
