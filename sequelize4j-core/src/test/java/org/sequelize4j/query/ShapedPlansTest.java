package org.sequelize4j.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.DATE;
import static org.sequelize4j.DataTypes.DECIMAL;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Model;
import org.sequelize4j.Op;
import org.sequelize4j.definition.DefinitionBuilder;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.definition.ModelSource;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.dialect.mysql.MariaDbDialect;
import org.sequelize4j.dialect.postgres.PostgresDialect;
import org.sequelize4j.dialect.sqlite.SqliteDialect;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.sql.SqlRenderer;
import org.sequelize4j.sql.SqlStatement;
import org.sequelize4j.sql.UpdateSpec;
import org.sequelize4j.types.TypeCoercion;

/**
 * Plans kept by the shape of their options ({@link OptionShapes}, {@link ShapedPlans}): a call bound
 * into a kept plan must give exactly the statement a fresh planner makes for it — the values coerced
 * the same way from every Java type, the same errors for values the attribute refuses — and a plan
 * whose planner changed the values it was given is never reused. The text-level tests
 * ({@code SelectTextReuseTest}, {@code UpdateTextReuseTest}) and the database runs
 * ({@code integration.RepeatedFindShapesTest}, {@code RepeatedUpdateShapesTest}) go through the same
 * plans.
 */
class ShapedPlansTest {

    private static final Dialect[] DIALECTS = {
        new SqliteDialect(ZoneOffset.UTC), new PostgresDialect(), new MariaDbDialect(ZoneOffset.UTC)};

    private static ModelDefinition users(Dialect dialect) {
        return DefinitionBuilder.build(new ModelSource("user", List.of(attribute("name", STRING),
                attribute("age", INTEGER), attribute("score", DECIMAL(10, 2)), attribute("seen", DATE)),
                options().paranoid(true), Model.class, Map.of()), coercion(dialect));
    }

    private static TypeCoercion coercion(Dialect dialect) {
        return new TypeCoercion(dialect.limits(), ZoneOffset.UTC);
    }

    private static SelectPlanner planner(Dialect dialect) {
        return new SelectPlanner(dialect, new SqlRenderer(dialect), coercion(dialect));
    }

    /** Finds of one shape each, called with values of the Java types a caller may pass for the same column. */
    private static final List<IntFunction<FindOptions>> VALUE_TYPES = List.of(
            n -> query().where(Op.eq("age", n)),
            n -> query().where(Op.eq("age", (long) n)),
            n -> query().where(Op.eq("age", String.valueOf(n))),
            n -> query().where(Op.eq("age", (short) n)),
            n -> query().where(Op.gt("score", new BigDecimal(n + ".5"))),
            n -> query().where(Op.gt("score", n + 0.25)),
            n -> query().where(Op.gt("score", String.valueOf(n))),
            n -> query().where(Op.lt("seen", Instant.ofEpochSecond(1_700_000_000L + n))),
            n -> query().where(Op.lt("seen", OffsetDateTime.of(2024, 1, 1 + n % 27, 12, 0, 0, 0, ZoneOffset.ofHours(2)))),
            n -> query().where(Op.like("name", n + "%")),
            n -> query().where(Op.notLike("name", "%" + n)),
            n -> query().where(Op.eq("name", n)),
            n -> query().where(Map.of("name", "n" + n, "age", n)).order(asc("name")).limit(n % 3 + 1));

    @Test
    void valuesOfEveryJavaTypeAreBoundAsAFreshPlannerWouldBindThem() {
        for (Dialect dialect : DIALECTS) {
            ModelDefinition users = users(dialect);
            SelectPlanner kept = planner(dialect);
            for (int run = 1; run <= 4; run++) {
                for (IntFunction<FindOptions> q : VALUE_TYPES) {
                    int n = run * 7;
                    SqlStatement bound = kept.find(users, q.apply(n)).statement();
                    SqlStatement fresh = planner(dialect).find(users, q.apply(n)).statement();
                    assertEquals(fresh.sql(), bound.sql(), dialect.name());
                    assertEquals(fresh.values(), bound.values(), dialect.name() + " " + fresh.sql());
                    // A parametrised type's codec is made per call: the same kind, not the same object.
                    assertEquals(classes(fresh), classes(bound), dialect.name() + " " + fresh.sql());
                }
            }
        }
    }

    private static List<Class<?>> classes(SqlStatement statement) {
        return statement.codecs().stream().<Class<?>>map(Object::getClass).toList();
    }

    @Test
    void aKeptPlanRefusesAValueWithTheErrorAFreshPlannerGives() {
        for (Dialect dialect : DIALECTS) {
            ModelDefinition users = users(dialect);
            SelectPlanner kept = planner(dialect);
            kept.find(users, query().where(Op.gt("age", "5")));
            kept.find(users, query().where(Op.gt("age", "6")));
            QueryError fromKept = assertThrows(QueryError.class, () -> kept.find(users, query().where(Op.gt("age", "x"))));
            QueryError fromFresh = assertThrows(QueryError.class,
                    () -> planner(dialect).find(users, query().where(Op.gt("age", "x"))));
            assertEquals(fromFresh.getMessage(), fromKept.getMessage());
            assertTrue(fromKept.getMessage().contains("attribute 'age'") && fromKept.getMessage().contains("'user'"),
                    fromKept.getMessage());
        }
    }

    @Test
    void comparingWithNullIsAShapeOfItsOwn() {
        for (Dialect dialect : DIALECTS) {
            ModelDefinition users = users(dialect);
            SelectPlanner kept = planner(dialect);
            SqlStatement withValue = kept.find(users, query().where(Op.eq("name", "a"))).statement();
            kept.find(users, query().where(Op.eq("name", "b")));
            SqlStatement withNull = kept.find(users, query().where(Op.eq("name", null))).statement();
            SqlStatement notNull = kept.find(users, query().where(Op.ne("name", null))).statement();
            assertEquals(planner(dialect).find(users, query().where(Op.eq("name", null))).statement().sql(), withNull.sql());
            assertEquals(List.of(), withNull.values());
            assertEquals(List.of(), notNull.values());
            assertEquals(List.of("a"), withValue.values());
            assertEquals(List.of("c"), kept.find(users, query().where(Op.eq("name", "c"))).statement().values());
        }
    }

    @Test
    void aPlanWhoseValuesThePlannerChangedIsNeverReused() {
        Dialect dialect = DIALECTS[0];
        ModelDefinition users = users(dialect);
        ShapedPlans plans = new ShapedPlans(coercion(dialect));
        FindOptions options = query().where(Op.eq("name", "a"));
        OptionShapes.Walk walk = OptionShapes.find(users, options);
        assertNotNull(walk);
        // As if the planner had bound something other than the caller's value.
        SqlStatement planned = planner(dialect).find(users, query().where(Op.eq("name", "b"))).statement();
        plans.keep(walk, List.of(), planned, null, users);
        assertTrue(plans.isKnown(walk));
        assertNull(plans.bind(OptionShapes.find(users, query().where(Op.eq("name", "c"))), List.of(), users));
    }

    @Test
    void optionsThatAreNotPlainHaveNoShape() {
        ModelDefinition users = users(DIALECTS[0]);
        List<FindOptions> notPlain = List.of(
                query().attributes("name"),
                query().where(Op.in("age", List.of(1, 2))),
                query().where(Op.between("age", 1, 2)),
                query().where(Op.iLike("name", "a%")),
                query().where(Op.startsWith("name", "a")),
                query().where(Op.eq("nickname", "a")),
                query().where(Op.gt("age", null)),
                query().where(Op.eq("age", List.of(1))),
                query().where(Op.eq(org.sequelize4j.Sql.col("age"), 1)),
                query().where(Op.eq("age", org.sequelize4j.Sql.col("score"))),
                query().group("age"),
                query().order(org.sequelize4j.Sql.fn("lower", org.sequelize4j.Sql.col("name"))));
        for (FindOptions options : notPlain) {
            assertNull(OptionShapes.find(users, options), options.toString());
        }
    }

    @Test
    void aStaticUpdateBoundIntoAKeptPlanIsWhatAFreshPlannerMakes() {
        for (Dialect dialect : DIALECTS) {
            ModelDefinition users = users(dialect);
            WritePlanner kept = new WritePlanner(dialect, new SqlRenderer(dialect), coercion(dialect));
            for (int run = 1; run <= 3; run++) {
                for (boolean paranoid : new boolean[] {true, false}) {
                    for (Integer limit : new Integer[] {null, 5}) {
                        int n = run * 11;
                        SqlStatement bound = update(kept, users, n, paranoid, limit);
                        SqlStatement fresh = update(new WritePlanner(dialect, new SqlRenderer(dialect), coercion(dialect)),
                                users, n, paranoid, limit);
                        assertEquals(fresh.sql(), bound.sql(), dialect.name());
                        assertEquals(fresh.values(), bound.values(), dialect.name() + " " + fresh.sql());
                        assertEquals(fresh.codecs(), bound.codecs(), dialect.name() + " " + fresh.sql());
                    }
                }
            }
        }
    }

    private static SqlStatement update(WritePlanner planner, ModelDefinition users, int n, boolean paranoid,
                                       Integer limit) {
        List<UpdateSpec.Assignment> assignments = List.of(
                new UpdateSpec.Assignment("name", planner.param(users.attribute("name"), "v" + n)),
                new UpdateSpec.Assignment("age", planner.param(users.attribute("age"), n)));
        return planner.update(users, assignments, Op.and(Op.eq("id", String.valueOf(n)), Op.like("name", "v%")), paranoid,
                limit, List.of());
    }

    @Test
    void manyShapesStillBindTheirOwnValues() {
        Dialect dialect = DIALECTS[1];
        ModelDefinition users = users(dialect);
        SelectPlanner kept = planner(dialect);
        List<String> texts = new ArrayList<>();
        for (int limit = 1; limit <= ShapedPlans.MAX_PLANS + 40; limit++) {
            FindOptions options = query().where(Op.eq("age", limit)).limit(limit);
            kept.find(users, options);
            SqlStatement again = kept.find(users, query().where(Op.eq("age", limit + 1)).limit(limit)).statement();
            assertEquals(List.of(limit + 1), again.values());
            texts.add(again.sql());
        }
        assertEquals(texts.size(), texts.stream().distinct().count());
    }
}
