package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.QueryOptions.queryOptions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.QueryOptions;
import org.sequelize4j.QueryResult;
import org.sequelize4j.QueryType;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.SqlLog;
import org.sequelize4j.testing.TestDialect;

/** {@code sequelize.query}: replacements, bind parameters, what is left alone, result shapes, model instances. */
class RawQueryTest {

    private static void notes(Sequelize sequelize) {
        sequelize.query("CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(255), qty INTEGER)");
        for (int i = 1; i <= 5; i++) {
            sequelize.query("INSERT INTO notes (id, body, qty) VALUES (?, ?, ?)",
                    queryOptions().replacements(List.of(i, "note " + i, i * 10)));
        }
    }

    private static List<Object> ids(List<Map<String, Object>> rows) {
        List<Object> ids = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            ids.add(((Number) row.get("id")).intValue());
        }
        return ids;
    }

    private static List<Map<String, Object>> select(Sequelize sequelize, String sql, QueryOptions options) {
        return sequelize.select(sql, options);
    }

    @DialectTest
    void namedAndPositionalReplacements(Sequelize sequelize) {
        notes(sequelize);
        assertEquals(List.of(3, 4), ids(select(sequelize,
                "SELECT id FROM notes WHERE qty > :min AND body <> :skip ORDER BY id",
                queryOptions().replacements(Map.of("min", 20, "skip", "note 5")))));
        assertEquals(List.of(2), ids(select(sequelize, "SELECT id FROM notes WHERE qty = ? AND body = ?",
                queryOptions().replacements(List.of(20, "note 2")))));
        // The same name may appear several times.
        assertEquals(List.of(1), ids(select(sequelize, "SELECT id FROM notes WHERE id = :id OR qty = :id * 100",
                queryOptions().replacements(Map.of("id", 1)))));
        assertEquals(List.of(1, 3, 5), ids(select(sequelize, "SELECT id FROM notes WHERE id IN (:ids) ORDER BY id",
                queryOptions().replacements(Map.of("ids", List.of(1, 3, 5, 7))))));
        assertEquals(List.of(2, 4), ids(select(sequelize, "SELECT id FROM notes WHERE id IN (?) AND qty < ? ORDER BY id",
                queryOptions().replacements(List.of(List.of(2, 4), 100)))));
        assertEquals(List.of(), select(sequelize, "SELECT id FROM notes WHERE id IN (:ids)",
                queryOptions().replacements(Map.of("ids", List.of()))));
        assertEquals(5, select(sequelize, "SELECT id FROM notes WHERE id NOT IN (:ids)",
                queryOptions().replacements(Map.of("ids", List.of(9)))).size());
    }

    @DialectTest
    void bindParameters(Sequelize sequelize) {
        notes(sequelize);
        assertEquals(List.of(2, 3), ids(select(sequelize,
                "SELECT id FROM notes WHERE qty BETWEEN $1 AND $2 ORDER BY id", queryOptions().bind(List.of(20, 30)))));
        // $2 before $1, and $1 used twice.
        assertEquals(List.of(4), ids(select(sequelize, "SELECT id FROM notes WHERE body = $2 AND qty = $1 AND id * 10 = $1",
                queryOptions().bind(List.of(40, "note 4")))));
        assertEquals(List.of(5), ids(select(sequelize, "SELECT id FROM notes WHERE body = $body AND qty >= $min",
                queryOptions().bind(Map.of("body", "note 5", "min", 10)))));
        assertEquals(List.of(1), ids(select(sequelize, "SELECT id FROM notes WHERE qty = $1 AND body = :b",
                queryOptions().bind(List.of(10)).replacements(Map.of("b", "note 1")))));
    }

    @DialectTest
    void malformedPlaceholdersAreRejected(Sequelize sequelize) {
        notes(sequelize);
        assertThrows(QueryError.class, () -> sequelize.query("SELECT * FROM notes WHERE id = $1 OR body = $body",
                queryOptions().bind(List.of(1)).bind(Map.of("body", "x"))));
        assertThrows(QueryError.class, () -> sequelize.query("SELECT * FROM notes WHERE id = $1 AND qty = $2",
                queryOptions().bind(List.of(1))));
        assertThrows(QueryError.class, () -> sequelize.query("SELECT * FROM notes WHERE id = $0",
                queryOptions().bind(List.of(1))));
        assertThrows(QueryError.class, () -> sequelize.query("SELECT * FROM notes WHERE body = $body",
                queryOptions().bind(Map.of("other", 1))));
        assertThrows(QueryError.class, () -> sequelize.query("SELECT * FROM notes WHERE body = $body",
                queryOptions().bind(List.of(1))));
        assertThrows(QueryError.class, () -> sequelize.query("SELECT * FROM notes WHERE id = :id AND qty = :qty",
                queryOptions().replacements(Map.of("id", 1))));
        assertThrows(QueryError.class, () -> sequelize.query("SELECT * FROM notes WHERE id = ? AND qty = ?",
                queryOptions().replacements(List.of(1))));
        assertThrows(QueryError.class, () -> sequelize.query("SELECT * FROM notes WHERE id = ?",
                queryOptions().replacements(List.of(1, 2))));
        assertThrows(QueryError.class, () -> sequelize.query("SELECT * FROM notes WHERE id = ?",
                queryOptions().replacements(Map.of("id", 1)).replacements(List.of(1))));
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("id", null);
        assertEquals(0, select(sequelize, "SELECT id FROM notes WHERE id = :id", queryOptions().replacements(withNull))
                .size());
    }

    @DialectTest
    void placeholdersInLiteralsAndCommentsAreLeftAlone(Sequelize sequelize, TestDialect dialect) {
        String q = dialect == TestDialect.MARIADB ? "`" : "\"";
        Map<String, Object> row = sequelize.query("SELECT ':nope' AS a, '?' AS b, :x AS c, 'it''s :nope ?' AS d, 1 AS "
                        + q + ":nope?" + q + " -- :nope ? $1\n /* :nope ? $nope */",
                queryOptions().replacements(Map.of("x", "X"))).first();
        assertEquals(":nope", row.get("a"));
        assertEquals("?", row.get("b"));
        assertEquals("X", row.get("c"));
        assertEquals("it's :nope ?", row.get("d"));
        assertEquals(1, ((Number) row.get(":nope?")).intValue());

        Map<String, Object> positional = sequelize.query("SELECT '?' AS a, ? AS b /* ? */",
                queryOptions().replacements(List.of("B"))).first();
        assertEquals("?", positional.get("a"));
        assertEquals("B", positional.get("b"));
        Map<String, Object> bound = sequelize.query("SELECT '$1 $name' AS a, $1 AS b -- $2",
                queryOptions().bind(List.of("B"))).first();
        assertEquals("$1 $name", bound.get("a"));
        assertEquals("B", bound.get("b"));
        // A '$' inside an identifier is not a bind parameter.
        String dollarName = dialect == TestDialect.SQLITE ? "\"a$b\"" : "a$b";
        assertEquals(2, ((Number) sequelize.query("SELECT 2 AS " + dollarName + ", $1 AS c",
                queryOptions().bind(List.of(3))).first().get("a$b")).intValue());

        if (dialect == TestDialect.POSTGRES) {
            Map<String, Object> pg = sequelize.query("SELECT $$ :nope ? $1 $$ AS a, $tag$ :nope $tag$ AS b,"
                    + " :x::text AS c, '5'::int AS d", queryOptions().replacements(Map.of("x", 7))).first();
            assertEquals(" :nope ? $1 ", pg.get("a"));
            assertEquals(" :nope ", pg.get("b"));
            assertEquals("7", pg.get("c"));
            assertEquals(5, pg.get("d"));
            // E'' strings escape quotes with a backslash.
            Map<String, Object> escaped = sequelize.query("SELECT E'it\\'s :nope ?' AS a, e'\\\\' AS b, :x AS c",
                    queryOptions().replacements(Map.of("x", "X"))).first();
            assertEquals("it's :nope ?", escaped.get("a"));
            assertEquals("\\", escaped.get("b"));
            assertEquals("X", escaped.get("c"));
        }
        if (dialect == TestDialect.MARIADB) {
            // MySQL strings escape quotes with a backslash too.
            Map<String, Object> my = sequelize.query("SELECT 'it\\'s :nope' AS a, :x AS c",
                    queryOptions().replacements(Map.of("x", "X"))).first();
            assertEquals("it's :nope", my.get("a"));
            assertEquals("X", my.get("c"));
        }
    }

    @DialectTest
    void valuesAreBoundNeverSpliced(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging((Consumer<String>) log))) {
            notes(sequelize);
            List<String> evil = Arrays.asList("O'Brien'); DROP TABLE notes; --", "back\\slash\\' quote", "$1 :x ? $$",
                    "line\nbreak\u0001", "\"double\"", "`tick`", null);
            int id = 100;
            for (String value : evil) {
                int before = log.size();
                Map<String, Object> values = new HashMap<>();
                values.put("id", ++id);
                values.put("body", value);
                sequelize.query("INSERT INTO notes (id, body) VALUES (:id, :body)", queryOptions().replacements(values));
                String logged = log.since(before).get(0);
                assertTrue(logged.contains(sequelize.dialect().capabilities().numberedPlaceholders()
                        ? "VALUES ($1, $2)" : "VALUES (?, ?)"), logged);
                if (value != null) {
                    assertFalse(logged.contains(value), logged);
                }
                Map<String, Object> read = sequelize.query("SELECT body FROM notes WHERE id = $1",
                        queryOptions().bind(List.of(id))).first();
                assertEquals(value, read.get("body"));
            }
            assertEquals(5 + evil.size(), ((Number) sequelize.query("SELECT COUNT(*) AS n FROM notes").first().get("n"))
                    .intValue());
        }
    }

    @DialectTest
    void resultShapes(Sequelize sequelize, TestDialect dialect) {
        notes(sequelize);
        QueryResult rows = sequelize.query("SELECT id, body FROM notes ORDER BY id", queryOptions().type(QueryType.SELECT));
        assertEquals(5, rows.rows().size());
        assertEquals(-1, rows.affectedRows());
        assertEquals("note 1", rows.first().get("body"));
        assertEquals(List.of("id", "body"), new ArrayList<>(rows.first().keySet()));

        QueryResult plain = sequelize.query("SELECT id FROM notes ORDER BY id DESC", queryOptions().plain(true));
        assertEquals(1, plain.rows().size());
        assertEquals(5, ((Number) plain.first().get("id")).intValue());
        assertNull(sequelize.query("SELECT id FROM notes WHERE id < 0", queryOptions().plain(true)).first());

        assertEquals(1, sequelize.query("INSERT INTO notes (id, body) VALUES (6, 'six')",
                queryOptions().type(QueryType.INSERT)).affectedRows());
        assertEquals(3, sequelize.query("UPDATE notes SET qty = 0 WHERE id > :id",
                queryOptions().type(QueryType.UPDATE).replacements(Map.of("id", 3))).affectedRows());
        assertEquals(0, sequelize.query("UPDATE notes SET qty = 0 WHERE id > 100").affectedRows());
        assertEquals(2, sequelize.query("DELETE FROM notes WHERE id >= 5", queryOptions().type(QueryType.DELETE))
                .affectedRows());
        assertTrue(sequelize.query("DELETE FROM notes WHERE id >= 5").rows().isEmpty());

        QueryResult returning = sequelize.query("INSERT INTO notes (id, body) VALUES (?, ?) RETURNING id, body",
                queryOptions().replacements(List.of(9, "nine")));
        assertEquals(1, returning.rows().size());
        assertEquals("nine", returning.first().get("body"));
        assertEquals(5L, ((Number) sequelize.select("SELECT COUNT(*) AS n FROM notes", queryOptions()).get(0).get("n"))
                .longValue());
    }

    @DialectTest
    void typedReplacementValues(Sequelize sequelize) {
        ModelStatic<Model> events = sequelize.define("event", List.of(attribute("title", STRING),
                attribute("at", org.sequelize4j.DataTypes.DATE), attribute("done", org.sequelize4j.DataTypes.BOOLEAN)));
        sequelize.sync();
        Instant at = Instant.parse("2024-03-01T12:30:45.123Z");
        events.create(Map.of("title", "a", "at", at, "done", true));
        events.create(Map.of("title", "b", "at", Instant.parse("2020-01-01T00:00:00Z"), "done", false));
        List<Model> found = sequelize.query("SELECT * FROM events WHERE at >= :from AND done = :done", events,
                queryOptions().replacements(Map.of("from", Instant.parse("2023-01-01T00:00:00Z"), "done", true)));
        assertEquals(1, found.size());
        assertEquals("a", found.get(0).get("title"));
        assertEquals(at, found.get(0).get("at"));
        assertEquals(Boolean.TRUE, found.get(0).get("done"));
        assertEquals(1, sequelize.select("SELECT title FROM events WHERE at = $1",
                queryOptions().bind(List.of(java.time.OffsetDateTime.parse("2024-03-01T13:30:45.123+01:00")))).size());
    }

    @DialectTest
    void rowsAsModelInstances(Sequelize sequelize) {
        ModelStatic<Model> accounts = sequelize.define("account", List.of(
                attribute("firstName", STRING),
                attribute("lastName", STRING),
                attribute("loginCount", INTEGER)), ModelOptions.options().underscored(true));
        sequelize.sync();
        accounts.create(Map.of("firstName", "Ada", "lastName", "Lovelace", "loginCount", 3));
        accounts.create(Map.of("firstName", "Alan", "lastName", "Turing", "loginCount", 7));

        List<Model> found = sequelize.query("SELECT *, login_count * 2 AS doubled FROM accounts WHERE first_name = :n",
                accounts, queryOptions().replacements(Map.of("n", "Alan")));
        assertEquals(1, found.size());
        Model alan = found.get(0);
        assertEquals("Alan", alan.get("firstName"));
        assertEquals("Turing", alan.get("lastName"));
        assertEquals(7, alan.get("loginCount"));
        assertInstanceOf(Instant.class, alan.get("createdAt"));
        assertEquals(14, ((Number) alan.get("doubled")).intValue());
        assertFalse(alan.isNewRecord());
        assertTrue(alan.changed().isEmpty(), alan.changed().toString());

        alan.set("loginCount", 8);
        alan.save();
        assertEquals(8, accounts.findByPk(alan.get("id")).get("loginCount"));
        assertEquals(2, sequelize.query("SELECT * FROM accounts ORDER BY id", accounts, queryOptions()).size());
    }
}
