package org.sequelize4j.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.ModelOptions.options;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.sequelize4j.Model;
import org.sequelize4j.Op;
import org.sequelize4j.definition.DefinitionBuilder;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.definition.ModelSource;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.dialect.mysql.MariaDbDialect;
import org.sequelize4j.dialect.postgres.PostgresDialect;
import org.sequelize4j.dialect.sqlite.SqliteDialect;
import org.sequelize4j.sql.SqlRenderer;
import org.sequelize4j.sql.SqlStatement;
import org.sequelize4j.sql.UpdateSpec;
import org.sequelize4j.types.TypeCoercion;

/**
 * The static update's text is rendered once per shape and reused: a reused statement must be exactly
 * what a fresh rendering gives (text, values and their order), for every condition form, on every
 * dialect, and different shapes must never share a text. The database side (rows really changed by
 * reused statements) is {@code integration.RepeatedUpdateShapesTest}.
 */
class UpdateTextReuseTest {

    private static final Dialect[] DIALECTS = {
        new SqliteDialect(ZoneOffset.UTC), new PostgresDialect(), new MariaDbDialect(ZoneOffset.UTC)};

    /** Condition forms, each built for a run number so that values differ from run to run. */
    private static final List<IntFunction<org.sequelize4j.query.Condition>> CONDITIONS = List.of(
            n -> Op.eq("id", n),
            n -> Op.and(Op.eq("id", n), Op.eq("name", "n" + n)),
            n -> Op.or(Op.gt("age", n), Op.lte("id", n + 1), Op.ne("name", "x" + n)),
            n -> Op.and(Op.isNull("name"), Op.eq("id", n)),
            n -> Op.and(Op.like("name", "%" + n + "%"), Op.notLike("name", "y" + n)),
            n -> Op.iLike("name", "%" + n),
            n -> Op.in("id", List.of(n, n + 1, n + 2)),
            n -> Op.between("age", n, n + 10),
            n -> Op.and(),
            n -> Op.where(Map.of("id", n)),
            n -> Op.and(Op.eq("id", n), Op.or(Op.eq("age", n), Op.and(Op.eq("name", "z"), Op.gt("age", 3)))),
            // Pairs that differ from earlier forms by one operator or flag only.
            n -> Op.gt("id", n),
            n -> Op.notLike("name", "%" + n),
            n -> Op.isNotNull("name"));

    private static ModelDefinition users(Dialect dialect) {
        return DefinitionBuilder.build(new ModelSource("user", List.of(attribute("name", STRING),
                attribute("age", INTEGER)), options().timestamps(false), Model.class, Map.of()), coercion(dialect));
    }

    private static TypeCoercion coercion(Dialect dialect) {
        return new TypeCoercion(dialect.limits(), ZoneOffset.UTC);
    }

    private static SqlStatement update(WritePlanner planner, Dialect dialect, ModelDefinition users,
                                       IntFunction<org.sequelize4j.query.Condition> condition, int n) {
        ExpressionResolver resolver = planner.resolver(users);
        List<UpdateSpec.Assignment> assignments = List.of(
                new UpdateSpec.Assignment("name", planner.param(users.attribute("name"), "v" + n)),
                new UpdateSpec.Assignment("age", planner.param(users.attribute("age"), n * 7)));
        return planner.update(users, assignments, resolver.condition(condition.apply(n), "where"), null, List.of());
    }

    @Test
    void aReusedTextBindsWhatAFreshRenderingWould() {
        for (Dialect dialect : DIALECTS) {
            ModelDefinition users = users(dialect);
            WritePlanner reusing = new WritePlanner(dialect, new SqlRenderer(dialect), coercion(dialect));
            for (int run = 1; run <= 3; run++) {
                for (IntFunction<org.sequelize4j.query.Condition> condition : CONDITIONS) {
                    int n = run * 100 + CONDITIONS.indexOf(condition);
                    SqlStatement reused = update(reusing, dialect, users, condition, n);
                    // A new planner has nothing cached: it renders in full.
                    SqlStatement fresh = update(new WritePlanner(dialect, new SqlRenderer(dialect), coercion(dialect)),
                            dialect, users, condition, n);
                    assertEquals(fresh.sql(), reused.sql(), dialect.name() + " run " + run);
                    assertEquals(fresh.values(), reused.values(), dialect.name() + " " + fresh.sql());
                    assertEquals(fresh.codecs(), reused.codecs(), dialect.name() + " " + fresh.sql());
                }
            }
        }
    }

    @Test
    void differentShapesNeverShareAText() {
        for (Dialect dialect : DIALECTS) {
            ModelDefinition users = users(dialect);
            WritePlanner planner = new WritePlanner(dialect, new SqlRenderer(dialect), coercion(dialect));
            List<String> texts = new ArrayList<>();
            for (IntFunction<org.sequelize4j.query.Condition> condition : CONDITIONS) {
                update(planner, dialect, users, condition, 1);
                texts.add(update(planner, dialect, users, condition, 2).sql());
            }
            // Op.where(Map.of("id", n)) is the same condition as Op.eq("id", n): the one pair allowed to match.
            assertEquals(texts.get(0), texts.get(9));
            for (int i = 0; i < texts.size(); i++) {
                for (int j = i + 1; j < texts.size(); j++) {
                    if (i != 0 || j != 9) {
                        assertNotEquals(texts.get(i), texts.get(j), dialect.name() + ": shapes " + i + " and " + j);
                    }
                }
            }
        }
    }
}
