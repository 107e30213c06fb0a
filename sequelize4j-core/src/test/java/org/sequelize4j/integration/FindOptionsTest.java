package org.sequelize4j.integration;

import org.sequelize4j.FindAndCountResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.BOOLEAN;
import static org.sequelize4j.DataTypes.DATE;
import static org.sequelize4j.DataTypes.DECIMAL;
import static org.sequelize4j.DataTypes.DOUBLE;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.desc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.Op.gt;
import static org.sequelize4j.Sql.col;
import static org.sequelize4j.Sql.fn;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sequelize4j.DataTypes;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Sql;
import org.sequelize4j.errors.EmptyResultError;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.sql.Operator;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.SqlLog;
import org.sequelize4j.testing.TestDialect;

/** attributes, order, group/having, paging, counts and aggregates, the finders, and what they refuse. */
class FindOptionsTest {

    static ModelStatic<Model> users(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("user", List.of(
                attribute("name", STRING),
                attribute("age", INTEGER),
                attribute("team", STRING),
                attribute("balance", DECIMAL(10, 2)),
                attribute("rating", DOUBLE),
                attribute("active", BOOLEAN),
                attribute("bornAt", DATE),
                attribute("label", DataTypes.VIRTUAL(STRING, "name"))));
        sequelize.sync();
        users.create(user("Ada", 36, "red", "10.25", 1.5, true, "1990-01-01T00:00:00Z"));
        users.create(user("Grace", 45, "blue", "20.50", 2.5, false, "1980-01-01T00:00:00Z"));
        users.create(user("Alan", 41, "red", "0.75", null, true, "2001-02-03T04:05:06.789Z"));
        users.create(user("Linus", null, "blue", null, 4.0, null, null));
        users.create(user("Edsger", 72, "green", "100.00", 3.0, false, "1970-05-05T00:00:00Z"));
        return users;
    }

    private static Map<String, Object> user(String name, Integer age, String team, String balance, Double rating,
                                            Boolean active, String born) {
        Map<String, Object> row = new HashMap<>();
        row.put("name", name);
        row.put("age", age);
        row.put("team", team);
        row.put("balance", balance == null ? null : new BigDecimal(balance));
        row.put("rating", rating);
        row.put("active", active);
        row.put("bornAt", born == null ? null : Instant.parse(born));
        return row;
    }

    private static List<Object> column(List<Model> rows, String key) {
        List<Object> values = new ArrayList<>();
        for (Model m : rows) {
            values.add(m.get(key));
        }
        return values;
    }

    @DialectTest
    void attributesPickExcludeAndInclude(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        List<Map<String, Object>> picked = users.findAllRaw(query().attributes("id", "name").order(asc("id")));
        assertEquals(List.of("id", "name"), new ArrayList<>(picked.get(0).keySet()));
        assertEquals("Ada", picked.get(0).get("name"));
        Model ada = users.findOne(query().attributes("name").where(eq("name", "Ada")));
        assertEquals("Ada", ada.get("name"));
        assertNull(ada.get("age"));

        Map<String, Object> excluded = users.findAllRaw(query().attributesExclude("age", "bornAt")).get(0);
        assertTrue(excluded.containsKey("name"));
        assertTrue(!excluded.containsKey("age") && !excluded.containsKey("bornAt"), excluded.toString());
        assertTrue(!excluded.containsKey("label"), "VIRTUAL attributes are never selected");

        Model extra = users.findOne(query().attributesInclude(fn("upper", col("name")).as("shout"))
                .where(eq("name", "Grace")));
        assertEquals("GRACE", extra.get("shout"));
        assertEquals(45, extra.get("age"));
        // An attribute under its own name is the attribute; under another name it is an extra value.
        Model renamed = users.findOne(query().attributes(col("name").as("name"), col("age").as("years"))
                .where(eq("name", "Grace")));
        assertEquals("Grace", renamed.get("name"));
        assertEquals(45, ((Number) renamed.get("years")).intValue());
        // A VIRTUAL attribute in the list selects what it depends on.
        Map<String, Object> virtual = users.findAllRaw(query().attributes("id", "label")).get(0);
        assertEquals(Set.of("id", "name"), virtual.keySet());
    }

    @DialectTest
    void computedAttributes(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        Model m = users.findOne(query().attributes("name",
                        fn("upper", col("name")).as("upperName"),
                        fn("length", col("name")).as("nameLength"),
                        Sql.literal("40 + 2").as("answer"),
                        Sql.cast(col("age"), "TEXT").as("ageText"),
                        Sql.cast("17", "INTEGER").as("seventeen"),
                        fn("coalesce", col("rating"), 0).as("rated"))
                .where(eq("name", "Alan")));
        assertEquals("Alan", m.get("name"));
        assertEquals("ALAN", m.get("upperName"));
        assertEquals(4, ((Number) m.get("nameLength")).intValue());
        assertEquals(42, ((Number) m.get("answer")).intValue());
        assertEquals("41", m.get("ageText"));
        assertEquals(17, ((Number) m.get("seventeen")).intValue());
        assertEquals(0, ((Number) m.get("rated")).intValue());
        assertEquals(m.get("upperName"), m.get().get("upperName"));
        assertThrows(QueryError.class, () -> users.findAll(query().attributes(fn("upper", col("name")))));
    }

    @DialectTest
    void orderDirectionsAndNulls(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        assertEquals(List.of("Ada", "Alan", "Edsger", "Grace", "Linus"),
                column(users.findAll(query().order("name")), "name"));
        assertEquals(List.of("Linus", "Grace", "Edsger", "Alan", "Ada"),
                column(users.findAll(query().order(desc("name"))), "name"));
        assertEquals(List.of("blue", "blue", "green", "red", "red"),
                column(users.findAll(query().order(asc("team"), desc("name"))), "team"));
        assertEquals(List.of("Linus", "Grace", "Edsger", "Alan", "Ada"),
                column(users.findAll(query().order(asc("team"), desc("name"))), "name"));
        // NULLS FIRST/LAST give the same order everywhere (MariaDB emulates them).
        assertEquals(List.of("Linus", "Ada", "Alan", "Grace", "Edsger"),
                column(users.findAll(query().order(asc("age").nullsFirst())), "name"));
        assertEquals(List.of("Ada", "Alan", "Grace", "Edsger", "Linus"),
                column(users.findAll(query().order(asc("age").nullsLast())), "name"));
        assertEquals(List.of("Linus", "Edsger", "Grace", "Alan", "Ada"),
                column(users.findAll(query().order(desc("age").nullsFirst())), "name"));
        assertEquals(List.of("Edsger", "Grace", "Alan", "Ada", "Linus"),
                column(users.findAll(query().order(desc("age").nullsLast())), "name"));
        assertEquals(List.of("Ada", "Alan", "Grace", "Edsger"),
                column(users.findAll(query().order(asc("age").nullsLast()).limit(4)), "name"));
    }

    @DialectTest
    void orderByExpressions(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        assertEquals(List.of("Ada", "Alan", "Grace", "Linus", "Edsger"),
                column(users.findAll(query().order(asc(fn("length", col("name"))), asc("name"))), "name"));
        assertEquals(List.of("Edsger", "Linus", "Grace", "Alan", "Ada"),
                column(users.findAll(query().order(desc(fn("length", col("name"))), desc("name"))), "name"));
        assertEquals(List.of("Ada", "Alan", "Edsger", "Grace", "Linus"),
                column(users.findAll(query().order(col("name"))), "name"));
        List<Object> shuffled = column(users.findAll(query().order(Sql.random())), "name");
        assertEquals(new TreeSet<>(List.of("Ada", "Alan", "Edsger", "Grace", "Linus")), new TreeSet<>(shuffled));
        assertEquals(5, shuffled.size());
    }

    @DialectTest
    void groupAndHaving(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        List<Model> teams = users.findAll(query()
                .attributes("team", fn("COUNT", col("id")).as("n"), fn("SUM", col("age")).as("years"))
                .group("team")
                .having(gt("n", 1))
                .order(desc("n"), asc("team")));
        assertEquals(List.of("blue", "red"), column(teams, "team"));
        assertEquals(2L, ((Number) teams.get(0).get("n")).longValue());
        assertEquals(77, ((Number) teams.get(1).get("years")).intValue());

        List<Model> old = users.findAll(query()
                .attributes("team", fn("MAX", col("age")).as("oldest"))
                .group("team")
                .having(Op.where(fn("SUM", col("age")), Operator.GT, 50))
                .order(asc("team")));
        assertEquals(List.of("green", "red"), column(old, "team"));
        assertEquals(72, ((Number) old.get(0).get("oldest")).intValue());

        List<Map<String, Object>> raw = users.findAllRaw(query()
                .attributes(fn("lower", col("team")).as("t"), fn("COUNT", Sql.col("*")).as("n"))
                .group(fn("lower", col("team")))
                .having(Op.where(fn("COUNT", Sql.col("*")), Operator.EQ, 1)));
        assertEquals(1, raw.size());
        assertEquals("green", raw.get(0).get("t"));
    }

    @DialectTest
    void limitAndOffset(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        assertEquals(List.of("Alan", "Edsger"), column(users.findAll(query().order("name").limit(2).offset(1)), "name"));
        assertEquals(List.of("Grace", "Linus"), column(users.findAll(query().order("name").offset(3)), "name"));
        assertEquals(List.of(), users.findAll(query().order("name").limit(0)));
        assertEquals(List.of(), users.findAll(query().order("name").offset(10)));
        assertEquals(List.of("Ada", "Alan"), column(users.findAll(query().order("name").limit(2).offset(0)), "name"));
        assertThrows(IllegalArgumentException.class, () -> query().limit(-1));
    }

    @DialectTest
    void counts(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        assertEquals(5, users.count());
        assertEquals(2, users.count(query().where(eq("team", "red"))));
        assertEquals(4, users.count(query().col("age")));
        assertEquals(3, users.count(query().col("team").distinct(true)));
        assertEquals(5, users.count(query().distinct(true)));
        assertEquals(1, users.count(query().col("team").distinct(true).where(eq("team", "blue"))));
        List<Map<String, Object>> perTeam = users.countGrouped(query().group("team").order(asc("team")));
        Map<String, Long> counts = new HashMap<>();
        for (Map<String, Object> row : perTeam) {
            counts.put((String) row.get("team"), ((Number) row.get("count")).longValue());
        }
        assertEquals(Map.of("blue", 2L, "red", 2L, "green", 1L), counts);
        assertThrows(QueryError.class, () -> users.count(query().group("team")));
    }

    @DialectTest
    void aggregatesKeepTheirTypes(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        assertEquals(72, users.max("age"));
        assertEquals(36, users.min("age"));
        assertEquals("Linus", users.max("name"));
        assertEquals(194L, users.sum("age"));
        assertInstanceOf(Long.class, users.sum("age"));
        Object balance = users.sum("balance");
        assertInstanceOf(BigDecimal.class, balance);
        assertEquals(0, new BigDecimal("131.50").compareTo((BigDecimal) balance), balance.toString());
        assertEquals(new BigDecimal("100.00").compareTo((BigDecimal) users.max("balance")), 0);
        assertEquals(11.0, users.sum("rating"));
        assertEquals(Instant.parse("2001-02-03T04:05:06.789Z"), users.max("bornAt"));
        assertEquals(Instant.parse("1970-05-05T00:00:00Z"), users.min("bornAt"));
        assertEquals(77L, users.sum("age", query().where(eq("team", "red"))));
        assertNull(users.max("age", query().where(eq("team", "none"))));
        assertNull(users.sum("age", query().where(eq("team", "none"))));
        assertThrows(QueryError.class, () -> users.max("nope"));

        // Decimal sums are exact at the declared scale, even where the database adds them as doubles (SQLite).
        ModelStatic<Model> prices = sequelize.define("price", List.of(attribute("amount", DECIMAL(10, 2))));
        prices.sync();
        for (String amount : List.of("0.10", "0.20", "0.70", "1234567.89")) {
            prices.create(Map.of("amount", new BigDecimal(amount)));
        }
        assertEquals(new BigDecimal("1234568.89"), prices.sum("amount"));
        assertEquals(new BigDecimal("0.30"), prices.sum("amount", query().where(Op.lt("amount", new BigDecimal("0.5")))));
        assertEquals(new BigDecimal("0.10"), prices.min("amount"));
    }

    @DialectTest
    void findersAndRawRows(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        List<Map<String, Object>> raw = users.findAllRaw(query().where(eq("name", "Ada")));
        assertEquals(1, raw.size());
        assertEquals(Boolean.TRUE, raw.get(0).get("active"));
        assertEquals(36, raw.get(0).get("age"));
        assertEquals(Instant.parse("1990-01-01T00:00:00Z"), raw.get(0).get("bornAt"));
        assertEquals(0, new BigDecimal("10.25").compareTo((BigDecimal) raw.get(0).get("balance")));

        assertEquals("Edsger", users.findOne(query().order(desc("age").nullsLast())).get("name"));
        assertNull(users.findOne(query().where(eq("name", "Nobody"))));
        Model ada = users.findOne(query().where(eq("name", "Ada")));
        assertEquals(ada.get("id"), users.findByPk(ada.get("id")).get("id"));
        assertNull(users.findByPk(999_999));
        assertNull(users.findByPk(null));

        FindAndCountResult<Model> page = users.findAndCountAll(query().where(gt("age", 40))
                .order("name").limit(2));
        assertEquals(3, page.count());
        assertEquals(List.of("Alan", "Edsger"), column(page.rows(), "name"));
        FindAndCountResult<Model> offsetPage = users.findAndCountAll(query().order("name").limit(2).offset(4));
        assertEquals(5, offsetPage.count());
        assertEquals(List.of("Linus"), column(offsetPage.rows(), "name"));
    }

    @DialectTest
    void compositePrimaryKeys(Sequelize sequelize) {
        ModelStatic<Model> members = sequelize.define("membership", List.of(
                attribute("userId", INTEGER).primaryKey(true),
                attribute("groupId", INTEGER).primaryKey(true),
                attribute("role", STRING)));
        sequelize.sync();
        members.create(Map.of("userId", 1, "groupId", 1, "role", "owner"));
        members.create(Map.of("userId", 1, "groupId", 2, "role", "member"));
        members.create(Map.of("userId", 2, "groupId", 1, "role", "member"));
        assertEquals("member", members.findByPk(Map.of("userId", 1, "groupId", 2)).get("role"));
        assertEquals("owner", members.findByPk(Map.of("groupId", 1, "userId", 1)).get("role"));
        assertNull(members.findByPk(Map.of("userId", 2, "groupId", 2)));
        assertThrows(QueryError.class, () -> members.findByPk(Map.of("userId", 1)));
        assertThrows(QueryError.class, () -> members.findByPk(1));
        assertThrows(EmptyResultError.class, () -> members.findByPk(Map.of("userId", 9, "groupId", 9),
                query().rejectOnEmpty(true)));
    }

    @DialectTest
    void rejectOnEmpty(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        FindOptions nobody = query().where(eq("name", "Nobody")).rejectOnEmpty(true);
        assertThrows(EmptyResultError.class, () -> users.findAll(nobody));
        assertThrows(EmptyResultError.class, () -> users.findOne(nobody));
        assertThrows(EmptyResultError.class, () -> users.findByPk(123_456, query().rejectOnEmpty(true)));
        assertThrows(EmptyResultError.class, () -> users.findByPk(null, query().rejectOnEmpty(true)));
        assertNotNull(users.findOne(query().where(eq("name", "Ada")).rejectOnEmpty(true)));
    }

    @DialectTest
    void unknownAndVirtualAttributesAreRejectedBeforeAnySql(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging((java.util.function.Consumer<String>) log))) {
            ModelStatic<Model> users = users(sequelize);
            int before = log.size();
            List<Runnable> bad = List.of(
                    () -> users.findAll(query().where(eq("nope", 1))),
                    () -> users.findAll(query().where(Map.of("nope", 1))),
                    () -> users.findAll(query().order("nope")),
                    () -> users.findAll(query().order(desc(fn("lower", col("nope"))))),
                    () -> users.findAll(query().attributes("id", "nope")),
                    () -> users.findAll(query().attributesExclude("nope")),
                    () -> users.findAll(query().attributes("team").group("nope")),
                    () -> users.findAll(query().attributes("team").group("team").having(gt("nope", 1))),
                    () -> users.count(query().col("nope")),
                    () -> users.sum("nope"),
                    () -> users.findAll(query().where(eq("label", "Ada"))),
                    () -> users.findAll(query().order("label")),
                    () -> users.findAll(query().where(Op.where(fn("lower", col("label")), Operator.EQ, "x"))));
            for (Runnable call : bad) {
                QueryError error = assertThrows(QueryError.class, call::run);
                assertTrue(error.getMessage().contains("'user'"), error.getMessage());
                assertTrue(error.getMessage().contains("'nope'") || error.getMessage().contains("'label'"),
                        error.getMessage());
            }
            assertEquals(before, log.size(), "no statement may be sent: " + log.since(before));
        }
    }

    @DialectTest
    void injectionAttemptsAreRejectedOrQuoted(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        String evil = "Robert'); DROP TABLE users; --";
        users.create(Map.of("name", evil, "team", "x\" OR 1=1 --", "age", 1));
        assertEquals(evil, users.findOne(query().where(eq("name", evil))).get("name"));
        assertEquals(1, users.count(query().where(eq("team", "x\" OR 1=1 --"))));
        assertEquals(1, users.count(query().where(Op.like("name", "%'); DROP%"))));

        assertThrows(QueryError.class, () -> users.findAll(query().attributes("name\"; DROP TABLE users; --")));
        assertThrows(QueryError.class, () -> users.findAll(query().attributes("`name`")));
        assertThrows(QueryError.class, () -> users.findAll(query().order("name; DROP TABLE users")));
        assertThrows(QueryError.class, () -> users.findAll(query().order("name DESC")));
        assertThrows(QueryError.class, () -> users.findAll(query().group("team; DROP TABLE users")));
        assertThrows(QueryError.class, () -> users.findAll(query().where(eq("name' OR '1'='1", "x"))));
        assertThrows(QueryError.class, () -> users.findAll(query().attributes(
                Sql.cast(col("age"), "INTEGER); DROP TABLE users; --").as("a"))));
        assertThrows(QueryError.class, () -> users.findAll(query().attributes(
                Sql.cast(col("age"), "TEXT/**/").as("a"))));
        assertThrows(QueryError.class, () -> users.findAll(query().attributes(
                fn("lower(name)); DROP TABLE users; --", col("name")).as("a"))));
        assertThrows(QueryError.class, () -> users.findAll(query().where(
                Op.where(fn("count(*) --", col("name")), Operator.EQ, 1))));

        // Aliases are quoted identifiers, with quote characters doubled.
        String alias = "a\"b`c'd; DROP TABLE users; --";
        Model m = users.findOne(query().attributes("id", fn("upper", col("name")).as(alias)).where(eq("age", 1)));
        assertEquals(evil.toUpperCase(java.util.Locale.ROOT), m.get(alias));
        // A qualified column name is two quoted identifiers: harmless, however it is spelled.
        assertThrows(org.sequelize4j.errors.DatabaseError.class, () -> users.findAll(query().where(
                eq(col("users\"; DROP TABLE users; --.id"), 1))));
        assertEquals(6, users.count());
    }

    @DialectTest
    void jsonPathKeysAreDataNotSql(Sequelize sequelize) {
        ModelStatic<Model> docs = sequelize.define("doc", List.of(attribute("data", DataTypes.JSON)));
        sequelize.sync();
        String key = "we\"ird' key$[0]\\";
        docs.create(Map.of("data", Map.of(key, "v", "plain", Map.of("x'); DROP TABLE docs; --", 2), "what? $1 :x", 3,
                "back\\'slash", 4)));
        assertEquals(1, docs.count(query().where(eq("data." + key, "v"))));
        assertEquals(1, docs.count(query().where(eq("data.what? $1 :x", 3))));
        assertEquals(1, docs.count(query().where(Op.and(eq("data.back\\'slash", 4), eq("data.what? $1 :x", 3)))));
        assertEquals(1, docs.count(query().where(eq("data.plain.x'); DROP TABLE docs; --", 2))));
        assertEquals(0, docs.count(query().where(eq("data.plain.x' OR '1'='1", 2))));
        assertEquals(1, docs.count());
    }
}
