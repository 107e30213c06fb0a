package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.ARRAY;
import static org.sequelize4j.DataTypes.BOOLEAN;
import static org.sequelize4j.DataTypes.DATE;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.JSON;
import static org.sequelize4j.DataTypes.JSONB;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.and;
import static org.sequelize4j.Op.between;
import static org.sequelize4j.Op.endsWith;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.Op.gt;
import static org.sequelize4j.Op.gte;
import static org.sequelize4j.Op.iLike;
import static org.sequelize4j.Op.iRegexp;
import static org.sequelize4j.Op.in;
import static org.sequelize4j.Op.is;
import static org.sequelize4j.Op.isNot;
import static org.sequelize4j.Op.isNotNull;
import static org.sequelize4j.Op.isNull;
import static org.sequelize4j.Op.like;
import static org.sequelize4j.Op.lt;
import static org.sequelize4j.Op.lte;
import static org.sequelize4j.Op.ne;
import static org.sequelize4j.Op.not;
import static org.sequelize4j.Op.notBetween;
import static org.sequelize4j.Op.notEndsWith;
import static org.sequelize4j.Op.notILike;
import static org.sequelize4j.Op.notIRegexp;
import static org.sequelize4j.Op.notIn;
import static org.sequelize4j.Op.notLike;
import static org.sequelize4j.Op.notRegexp;
import static org.sequelize4j.Op.notStartsWith;
import static org.sequelize4j.Op.notSubstring;
import static org.sequelize4j.Op.or;
import static org.sequelize4j.Op.regexp;
import static org.sequelize4j.Op.startsWith;
import static org.sequelize4j.Op.substring;
import static org.sequelize4j.Sql.col;
import static org.sequelize4j.Sql.fn;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.query.Condition;
import org.sequelize4j.sql.Operator;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/** Every operator of {@link Op}, on every dialect, checked by the rows it selects. */
class OperatorsTest {

    private static final Instant ADA_BORN = Instant.parse("1990-01-01T10:00:00Z");
    private static final Instant GRACE_BORN = Instant.parse("1980-06-15T00:00:00Z");
    private static final Instant ALAN_BORN = Instant.parse("2000-12-31T23:59:59.500Z");

    private static ModelStatic<Model> people(Sequelize sequelize) {
        ModelStatic<Model> people = sequelize.define("person", List.of(
                attribute("name", STRING),
                attribute("email", STRING),
                attribute("age", INTEGER),
                attribute("active", BOOLEAN),
                attribute("bornAt", DATE),
                attribute("meta", JSON)));
        sequelize.sync();
        people.create(row("Ada", "ada@Example.com", 36, true, ADA_BORN,
                Map.of("address", Map.of("city", "London", "zip", "N1"), "level", 3, "vip", true)));
        people.create(row("Grace", "GRACE@example.com", 45, false, GRACE_BORN,
                Map.of("address", Map.of("city", "Paris"), "level", 5, "vip", false)));
        people.create(row("Alan", "alan@example.org", 41, true, ALAN_BORN,
                Map.of("address", Map.of("city", "London"), "level", 10)));
        people.create(row("Linus", null, null, null, null, null));
        return people;
    }

    private static Map<String, Object> row(String name, String email, Integer age, Boolean active, Instant born,
                                           Map<String, Object> meta) {
        Map<String, Object> row = new HashMap<>();
        row.put("name", name);
        row.put("email", email);
        row.put("age", age);
        row.put("active", active);
        row.put("bornAt", born);
        row.put("meta", meta);
        return row;
    }

    private static TreeSet<String> names(ModelStatic<Model> model, Condition where) {
        TreeSet<String> names = new TreeSet<>();
        for (Model m : model.findAll(query().where(where))) {
            names.add((String) m.get("name"));
        }
        return names;
    }

    private static void assertNames(ModelStatic<Model> model, Condition where, String... expected) {
        assertEquals(new TreeSet<>(Arrays.asList(expected)), names(model, where), "rows matching " + where);
    }

    @DialectTest
    void equalityAndNulls(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        assertNames(people, eq("name", "Ada"), "Ada");
        assertNames(people, ne("name", "Ada"), "Alan", "Grace", "Linus");
        assertNames(people, eq("age", null), "Linus");
        assertNames(people, ne("age", null), "Ada", "Alan", "Grace");
        // != never matches NULL in SQL; Sequelize does not add "OR IS NULL" either.
        assertNames(people, ne("age", 36), "Alan", "Grace");
        assertNames(people, isNull("email"), "Linus");
        assertNames(people, isNotNull("email"), "Ada", "Alan", "Grace");
        assertNames(people, is("active", true), "Ada", "Alan");
        assertNames(people, is("active", false), "Grace");
        assertNames(people, is("active", null), "Linus");
        assertNames(people, isNot("active", true), "Grace", "Linus");
        assertNames(people, isNot("active", null), "Ada", "Alan", "Grace");
        assertNames(people, not("active", true), "Grace", "Linus");
        assertNames(people, not("age", 36), "Alan", "Grace");
        assertNames(people, not("email", null), "Ada", "Alan", "Grace");
        assertNames(people, eq("active", true), "Ada", "Alan");
        assertNames(people, eq("active", false), "Grace");
    }

    @DialectTest
    void isRejectsOtherValues(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        assertThrows(QueryError.class, () -> people.findAll(query().where(new Condition.Compare("age", Operator.IS, 5))));
    }

    @DialectTest
    void comparisonsAndRanges(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        assertNames(people, gt("age", 41), "Grace");
        assertNames(people, gte("age", 41), "Alan", "Grace");
        assertNames(people, lt("age", 41), "Ada");
        assertNames(people, lte("age", 41), "Ada", "Alan");
        assertNames(people, between("age", 36, 41), "Ada", "Alan");
        assertNames(people, notBetween("age", 36, 41), "Grace");
        assertNames(people, gt("name", "B"), "Grace", "Linus");
        assertThrows(QueryError.class, () -> people.findAll(query().where(gt("age", null))));
        assertThrows(QueryError.class, () -> people.findAll(query().where(gt("age", "forty"))));
    }

    @DialectTest
    void inAndNotIn(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        assertNames(people, in("name", "Ada", "Grace", "Nobody"), "Ada", "Grace");
        assertNames(people, in("age", List.of(36, 45)), "Ada", "Grace");
        assertNames(people, notIn("age", List.of(36, 45)), "Alan");
        // An empty list: nothing is in it, and everything (even NULL) is outside it.
        assertNames(people, in("age", List.of()));
        assertNames(people, notIn("age", List.of()), "Ada", "Alan", "Grace", "Linus");
        assertNames(people, and(in("name", List.of()), eq("name", "Ada")));
        assertNames(people, or(in("name", List.of()), eq("name", "Ada")), "Ada");
        assertNames(people, Op.not(in("name", List.of())), "Ada", "Alan", "Grace", "Linus");
    }

    @DialectTest
    void hugeInListsExceedingTheParameterLimit(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        // More values than PostgreSQL's 65,535 parameters per statement.
        List<Integer> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 70_000; i++) {
            ids.add(i % 2 == 0 ? -i : i + 1_000_000);
        }
        Object adaId = people.findOne(query().where(eq("name", "Ada"))).get("id");
        List<Object> withAda = new java.util.ArrayList<>(ids);
        withAda.add(adaId);
        assertNames(people, in("id", withAda), "Ada");
        assertNames(people, in("id", ids));
        assertNames(people, Op.notIn("id", withAda), "Alan", "Grace", "Linus");
        assertEquals(1, people.count(query().where(Op.and(in("id", withAda), eq("name", "Ada")))));
        List<Object> names = new java.util.ArrayList<>(ids.subList(0, 40_000).stream().map(i -> "n" + i).toList());
        names.add("Grace");
        assertNames(people, Op.where(Map.of("name", names)), "Grace");
    }

    @DialectTest
    void likeFamily(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        assertNames(people, like("name", "A%"), "Ada", "Alan");
        assertNames(people, like("name", "_race"), "Grace");
        assertNames(people, notLike("name", "A%"), "Grace", "Linus");
        // LIKE compares case-sensitively on every dialect; iLike ignores case.
        assertNames(people, like("email", "%example.com"), "Grace");
        assertNames(people, like("name", "a%"));
        assertNames(people, iLike("email", "%EXAMPLE.COM"), "Ada", "Grace");
        assertNames(people, iLike("name", "a%"), "Ada", "Alan");
        assertNames(people, notILike("email", "grace%"), "Ada", "Alan");
        assertNames(people, startsWith("name", "Al"), "Alan");
        assertNames(people, endsWith("email", ".org"), "Alan");
        assertNames(people, substring("email", "@example"), "Alan", "Grace");
        assertNames(people, substring("email", "@Example"), "Ada");
        assertNames(people, notStartsWith("name", "A"), "Grace", "Linus");
        assertNames(people, notEndsWith("email", ".com"), "Alan");
        assertNames(people, notSubstring("email", "RACE"), "Ada", "Alan");
    }

    @DialectTest
    void wildcardsInStartsWithEndsWithAndSubstringMatchLiterally(Sequelize sequelize) {
        ModelStatic<Model> words = sequelize.define("word", List.of(attribute("name", STRING)));
        sequelize.sync();
        for (String w : List.of("a_c", "abc", "a%c", "axc", "a!c", "a\\c", "a\\\\c", "100%", "1000", "x!y", "it's")) {
            words.create(Map.of("name", w));
        }
        assertNames(words, startsWith("name", "a_"), "a_c");
        assertNames(words, endsWith("name", "_c"), "a_c");
        assertNames(words, substring("name", "_"), "a_c");
        assertNames(words, substring("name", "%"), "a%c", "100%");
        assertNames(words, endsWith("name", "0%"), "100%");
        assertNames(words, startsWith("name", "a%"), "a%c");
        assertNames(words, substring("name", "!"), "a!c", "x!y");
        assertNames(words, startsWith("name", "a!"), "a!c");
        assertNames(words, substring("name", "\\"), "a\\c", "a\\\\c");
        assertNames(words, substring("name", "\\\\"), "a\\\\c");
        assertNames(words, startsWith("name", "a\\c"), "a\\c");
        assertNames(words, substring("name", "'"), "it's");
        assertNames(words, notSubstring("name", "_"), "abc", "a%c", "axc", "a!c", "a\\c", "a\\\\c", "100%", "1000",
                "x!y", "it's");
        assertNames(words, notStartsWith("name", "a"), "100%", "1000", "x!y", "it's");
        assertNames(words, notEndsWith("name", "%"), "a_c", "abc", "axc", "a!c", "a\\c", "a\\\\c", "a%c", "1000", "x!y", "it's");
        // Plain like is a pattern: its wildcards are wildcards.
        assertNames(words, like("name", "a_c"), "a_c", "abc", "a%c", "axc", "a!c", "a\\c");
    }

    @DialectTest
    void regularExpressions(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        assertNames(people, regexp("name", "^A[a-z]+$"), "Ada", "Alan");
        assertNames(people, regexp("name", "^a"));
        assertNames(people, notRegexp("name", "^A"), "Grace", "Linus");
        assertNames(people, iRegexp("name", "^a"), "Ada", "Alan");
        assertNames(people, iRegexp("email", "example\\.COM$"), "Ada", "Grace");
        assertNames(people, notIRegexp("name", "^a"), "Grace", "Linus");
        assertNames(people, regexp("email", "^[a-z]+@"), "Ada", "Alan");
        // An invalid pattern is the database's error on every dialect.
        assertThrows(org.sequelize4j.errors.DatabaseError.class, () -> people.findAll(query().where(regexp("name", "(a"))));
    }

    @DialectTest
    void patternsOnNumbers(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        // PostgreSQL has no LIKE for numbers; the number's text is matched, as on the other dialects.
        assertNames(people, like("age", "4%"), "Alan", "Grace");
        assertNames(people, startsWith("age", "3"), "Ada");
        assertNames(people, regexp("age", "^4[15]$"), "Alan", "Grace");
    }

    @DialectTest
    void nestedLogic(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        assertNames(people, and(gt("age", 35), or(eq("name", "Ada"), eq("name", "Grace"))), "Ada", "Grace");
        assertNames(people, or(and(eq("active", true), lt("age", 40)), isNull("age")), "Ada", "Linus");
        assertNames(people, Op.not(or(eq("name", "Ada"), eq("name", "Grace"))), "Alan", "Linus");
        // Three-valued logic: NOT (NULL AND TRUE) is NULL, so Linus (active NULL) is not selected.
        assertNames(people, Op.not(and(eq("active", true), Op.not(eq("name", "Ada")))), "Ada", "Grace");
        assertNames(people, and(), "Ada", "Alan", "Grace", "Linus");
        assertNames(people, or());
        assertNames(people, and(or(), eq("name", "Ada")));
        assertNames(people, or(and(), eq("name", "Ada")), "Ada", "Alan", "Grace", "Linus");
    }

    @DialectTest
    void expressionsOnBothSides(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        assertNames(people, Op.where(fn("lower", col("email")), Operator.EQ, "grace@example.com"), "Grace");
        assertNames(people, Op.where(fn("upper", col("name")), Operator.LIKE, "A%"), "Ada", "Alan");
        assertNames(people, Op.where(fn("length", col("name")), Operator.GT, 4), "Grace", "Linus");
        assertNames(people, Op.where(fn("lower", col("name")), Operator.IN, List.of("ada", "linus")), "Ada", "Linus");
        // Column against column.
        // Case-sensitive text order: "Grace" > "GRACE@…", but "Ada" < "ada@…".
        assertNames(people, gt("name", col("email")), "Grace");
        assertNames(people, eq("name", col("name")), "Ada", "Alan", "Grace", "Linus");
        assertNames(people, eq(fn("lower", col("name")), fn("lower", "ADA")), "Ada");
    }

    @DialectTest
    void mapForm(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        assertNames(people, Op.where(Map.of("name", "Ada")), "Ada");
        Map<String, Object> nullAge = new HashMap<>();
        nullAge.put("age", null);
        assertNames(people, Op.where(nullAge), "Linus");
        assertNames(people, Op.where(Map.of("name", List.of("Ada", "Alan"))), "Ada", "Alan");
        assertNames(people, Op.where(Map.of("name", List.of())));
        Map<String, Object> several = new LinkedHashMap<>();
        several.put("age", Op.gte(40));
        several.put("active", true);
        assertNames(people, Op.where(several), "Alan");
        assertNames(people, Op.where(Map.of("age", Op.between(36, 41))), "Ada", "Alan");
        assertNames(people, Op.where(Map.of("age", Op.in(List.of(45)))), "Grace");
        assertNames(people, Op.where(Map.of("age", Op.notIn(List.of(45)))), "Ada", "Alan");
        assertNames(people, Op.where(Map.of("age", Op.ne(45))), "Ada", "Alan");
        assertNames(people, Op.where(Map.of("active", Op.not(true))), "Grace", "Linus");
        assertNames(people, Op.where(Map.of("active", Op.is(false))), "Grace");
        assertNames(people, Op.where(Map.of("name", Op.like("A%"))), "Ada", "Alan");
        assertNames(people, Op.where(Map.of("name", Op.notLike("A%"))), "Grace", "Linus");
        assertNames(people, Op.where(Map.of("name", Op.startsWith("Gr"))), "Grace");
        assertNames(people, Op.where(Map.of("name", Op.endsWith("nus"))), "Linus");
        assertNames(people, Op.where(Map.of("name", Op.substring("la"))), "Alan");
        assertNames(people, Op.where(Map.of("age", Op.lt(40), "name", Op.eq("Ada"))), "Ada");
        assertNames(people, Op.where(Map.of("age", Op.lte(36))), "Ada");
        assertNames(people, Op.where(Map.of("age", Op.gt(44))), "Grace");
        assertNames(people, Op.where(Map.of()), "Ada", "Alan", "Grace", "Linus");
    }

    @DialectTest
    void jsonPaths(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        assertNames(people, eq("meta.address.city", "London"), "Ada", "Alan");
        assertNames(people, ne("meta.address.city", "London"), "Grace");
        assertNames(people, eq("meta.address.zip", null), "Alan", "Grace", "Linus");
        assertNames(people, in("meta.address.city", List.of("Paris", "Rome")), "Grace");
        assertNames(people, like("meta.address.city", "L%"), "Ada", "Alan");
        assertNames(people, Op.where(Map.of("meta", Map.of("address", Map.of("city", "Paris")))), "Grace");
        assertNames(people, Op.where(Map.of("meta", Map.of("address", Map.of("city", "London"), "level", 3))), "Ada");
        assertNames(people, Op.where(Map.of("meta.level", Op.gt(4))), "Alan", "Grace");
        // Numbers compare as numbers (10 > 5), not as text ("10" < "5").
        assertNames(people, gt("meta.level", 5), "Alan");
        assertNames(people, eq("meta.level", 10), "Alan");
        assertNames(people, between("meta.level", 3, 5), "Ada", "Grace");
        assertNames(people, eq("meta.vip", true), "Ada");
        assertNames(people, eq("meta.vip", false), "Grace");
        assertNames(people, Op.where(Map.of("meta", Map.of("vip", true))), "Ada");
        assertThrows(QueryError.class, () -> people.findAll(query().where(eq("meta..city", "x"))));
        assertThrows(QueryError.class, () -> people.findAll(query().where(eq("name.first", "x"))));
    }

    @DialectTest
    void groupAndOrderByJsonPaths(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        List<Map<String, Object>> perCity = people.countGrouped(query().group("meta.address.city")
                .where(Op.isNotNull("meta")));
        Map<Object, Long> counts = new HashMap<>();
        for (Map<String, Object> row : perCity) {
            counts.put(row.get("meta.address.city"), ((Number) row.get("count")).longValue());
        }
        assertEquals(Map.of("London", 2L, "Paris", 1L), counts);
        List<Model> cities = people.findAll(query()
                .attributes(col("meta.address.city").as("city"), fn("COUNT", col("id")).as("n"))
                .where(Op.isNotNull("meta"))
                .group(col("meta.address.city"))
                .order(org.sequelize4j.FindOptions.desc(fn("COUNT", col("id")))));
        assertEquals("London", cities.get(0).get("city"));
        assertEquals(2, ((Number) cities.get(0).get("n")).intValue());
        List<String> byLevel = new java.util.ArrayList<>();
        for (Model m : people.findAll(query().where(Op.isNotNull("meta")).order(org.sequelize4j.FindOptions.asc(
                "meta.address.city"), org.sequelize4j.FindOptions.desc("name")))) {
            byLevel.add((String) m.get("name"));
        }
        assertEquals(List.of("Alan", "Ada", "Grace"), byLevel);
    }

    @DialectTest
    void jsonNullAndMissingKeysAreSqlNull(Sequelize sequelize) {
        ModelStatic<Model> docs = sequelize.define("doc", List.of(attribute("name", STRING), attribute("data", JSON)));
        sequelize.sync();
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("nick", null);
        docs.create(Map.of("name", "null", "data", withNull));
        docs.create(Map.of("name", "missing", "data", Map.of("other", 1)));
        docs.create(Map.of("name", "set", "data", Map.of("nick", "x")));
        docs.create(Map.of("name", "text", "data", Map.of("nick", "null")));
        assertNames(docs, isNull("data.nick"), "missing", "null");
        assertNames(docs, eq("data.nick", "x"), "set");
        assertNames(docs, eq("data.nick", "null"), "text");
    }

    @DialectTest
    void dates(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        assertNames(people, eq("bornAt", ADA_BORN), "Ada");
        assertNames(people, eq("bornAt", ALAN_BORN), "Alan");
        assertNames(people, gt("bornAt", Instant.parse("1985-01-01T00:00:00Z")), "Ada", "Alan");
        assertNames(people, lt("bornAt", "1985-01-01T00:00:00Z"), "Grace");
        assertNames(people, eq("bornAt", "1990-01-01T10:00:00Z"), "Ada");
        assertNames(people, eq("bornAt", "1990-01-01T11:00:00+01:00"), "Ada");
        assertNames(people, between("bornAt", "1980-01-01T00:00:00Z", Instant.parse("1995-01-01T00:00:00Z")), "Ada",
                "Grace");
        assertNames(people, in("bornAt", List.of(GRACE_BORN, ALAN_BORN)), "Alan", "Grace");
        assertNames(people, gte("bornAt", java.util.Date.from(ALAN_BORN)), "Alan");
        assertNames(people, lt("bornAt", java.time.OffsetDateTime.parse("1980-06-15T02:00:01+02:00")), "Grace");
        assertThrows(QueryError.class, () -> people.findAll(query().where(gt("bornAt", "not a date"))));
    }

    @DialectTest
    void arraysOnPostgres(Sequelize sequelize, TestDialect dialect) {
        if (dialect != TestDialect.POSTGRES) {
            ModelStatic<Model> people = people(sequelize);
            assertThrows(QueryError.class, () -> people.findAll(query().where(eq("age", Op.any(List.of(36, 45))))));
            assertThrows(QueryError.class, () -> people.findAll(query().where(gt("age", Op.all(List.of(1))))));
            assertThrows(QueryError.class, () -> people.findAll(query().where(Op.overlap("name", List.of("a")))));
            assertThrows(QueryError.class, () -> people.findAll(query().where(Op.contains("name", List.of("a")))));
            assertThrows(QueryError.class, () -> people.findAll(query().where(Op.contained("meta", Map.of()))));
            return;
        }
        ModelStatic<Model> posts = sequelize.define("post", List.of(
                attribute("name", STRING),
                attribute("score", INTEGER),
                attribute("tags", ARRAY(STRING)),
                attribute("data", JSONB)));
        sequelize.sync();
        posts.create(Map.of("name", "p1", "score", 1, "tags", List.of("java", "sql"), "data", Map.of("a", 1, "b", 2)));
        posts.create(Map.of("name", "p2", "score", 5, "tags", List.of("node"), "data", Map.of("a", 2)));
        posts.create(Map.of("name", "p3", "score", 9, "tags", List.of(), "data", Map.of()));
        assertNames(posts, Op.overlap("tags", List.of("sql", "node")), "p1", "p2");
        assertNames(posts, Op.overlap("tags", List.of("rust")));
        assertNames(posts, Op.contains("tags", List.of("java", "sql")), "p1");
        assertNames(posts, Op.contains("tags", List.of()), "p1", "p2", "p3");
        assertNames(posts, Op.contained("tags", List.of("java", "sql", "go")), "p1", "p3");
        assertNames(posts, eq("score", Op.any(List.of(1, 9))), "p1", "p3");
        assertNames(posts, gt("score", Op.all(List.of(1, 4))), "p2", "p3");
        assertNames(posts, ne("score", Op.all(List.of(1, 5))), "p3");
        assertNames(posts, eq("name", Op.any(List.of("p2"))), "p2");
        assertNames(posts, Op.contains("data", Map.of("a", 1)), "p1");
        assertNames(posts, Op.contained("data", Map.of("a", 2, "c", 3)), "p2", "p3");
        assertNames(posts, eq("data.a", 2), "p2");
        assertThrows(QueryError.class, () -> posts.findAll(query().where(Op.overlap("name", List.of("p1")))));
        assertThrows(QueryError.class, () -> posts.findAll(query().where(Op.contains("tags", List.of(1, "x", Map.of())))));
    }

    @DialectTest
    void jsonContainsOnPlainJsonColumns(Sequelize sequelize, TestDialect dialect) {
        ModelStatic<Model> people = people(sequelize);
        if (dialect == TestDialect.POSTGRES) {
            // JSON (not JSONB) has no @> in PostgreSQL; it is compared as JSONB.
            assertNames(people, Op.contains("meta", Map.of("level", 3)), "Ada");
        } else {
            assertThrows(QueryError.class, () -> people.findAll(query().where(Op.contains("meta", Map.of("level", 3)))));
        }
    }
}
