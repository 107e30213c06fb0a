package org.sequelize4j.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.desc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Lock;
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
import org.sequelize4j.types.TypeCoercion;

/**
 * A finder's SELECT text is rendered once per shape and reused: the reused statement must be exactly
 * what a fresh planner renders (text, values, codecs), for every form of query, on every dialect, and
 * queries of different shapes must never share a text. {@code integration.RepeatedFindShapesTest}
 * runs such finders against the databases.
 */
class SelectTextReuseTest {

    private static final Dialect[] DIALECTS = {
        new SqliteDialect(ZoneOffset.UTC), new PostgresDialect(), new MariaDbDialect(ZoneOffset.UTC)};

    /** Query forms, each built for a number so that values differ from call to call. */
    static final List<IntFunction<FindOptions>> QUERIES = List.of(
            n -> query(),
            n -> query().where(Op.eq("id", n)),
            n -> query().where(Op.and(Op.gt("id", n), Op.like("name", "%" + n))).order(asc("id")).limit(50),
            n -> query().where(Op.and(Op.gt("id", n), Op.like("name", "%" + n))).order(asc("id")).limit(20),
            n -> query().where(Op.and(Op.gt("id", n), Op.like("name", "%" + n))).order(desc("id")).limit(50),
            n -> query().where(Op.or(Op.eq("age", n), Op.isNull("name"))).offset(10).limit(5),
            n -> query().where(Op.or(Op.eq("age", n), Op.isNull("name"))).offset(20).limit(5),
            n -> query().attributes("id", "name").where(Map.of("age", n)),
            n -> query().attributes("id").where(Map.of("age", n)),
            n -> query().where(Op.in("id", List.of(n, n + 1))),
            n -> query().where(Op.between("age", n, n + 5)),
            n -> query().where(Op.iLike("name", "%" + n)),
            n -> query().where(Op.not(Op.eq("age", n))),
            n -> query().where(Op.eq("age", n)).paranoid(false),
            n -> query().where(Op.eq("age", n)).lock(Lock.UPDATE),
            n -> query().attributes("age").group("age").where(Op.gte("age", n)),
            n -> query().where(Op.lt("age", n)).order(asc("name"), desc("age")),
            // The same as the one before but for the columns ordered by.
            n -> query().where(Op.lt("age", n)).order(asc("age"), desc("name")));

    private static ModelDefinition users(Dialect dialect) {
        return DefinitionBuilder.build(new ModelSource("user", List.of(attribute("name", STRING),
                attribute("age", INTEGER)), options().paranoid(true), Model.class, Map.of()), coercion(dialect));
    }

    private static TypeCoercion coercion(Dialect dialect) {
        return new TypeCoercion(dialect.limits(), ZoneOffset.UTC);
    }

    private static SelectPlanner planner(Dialect dialect) {
        return new SelectPlanner(dialect, new SqlRenderer(dialect), coercion(dialect));
    }

    @Test
    void aReusedTextBindsWhatAFreshRenderingWould() {
        for (Dialect dialect : DIALECTS) {
            ModelDefinition users = users(dialect);
            SelectPlanner reusing = planner(dialect);
            for (int run = 1; run <= 3; run++) {
                for (int q = 0; q < QUERIES.size(); q++) {
                    int n = run * 100 + q;
                    SqlStatement reused = reusing.find(users, QUERIES.get(q).apply(n)).statement();
                    SqlStatement fresh = planner(dialect).find(users, QUERIES.get(q).apply(n)).statement();
                    assertEquals(fresh.sql(), reused.sql(), dialect.name() + " run " + run + " query " + q);
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
            SelectPlanner planner = planner(dialect);
            List<String> texts = new ArrayList<>();
            for (IntFunction<FindOptions> q : QUERIES) {
                planner.find(users, q.apply(1));
                texts.add(planner.find(users, q.apply(2)).statement().sql());
            }
            for (int i = 0; i < texts.size(); i++) {
                for (int j = i + 1; j < texts.size(); j++) {
                    assertNotEquals(texts.get(i), texts.get(j), dialect.name() + ": queries " + i + " and " + j);
                }
            }
        }
    }
}
