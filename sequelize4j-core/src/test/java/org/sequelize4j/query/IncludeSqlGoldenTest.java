package org.sequelize4j.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.desc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.Op.eq;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sequelize4j.Model;
import org.sequelize4j.definition.DefinitionBuilder;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.definition.ModelSource;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.dialect.mysql.MariaDbDialect;
import org.sequelize4j.dialect.postgres.PostgresDialect;
import org.sequelize4j.dialect.sqlite.SqliteDialect;
import org.sequelize4j.sql.SqlRenderer;
import org.sequelize4j.types.TypeCoercion;

/**
 * The SQL eager loading sends, pinned per dialect without a database: the parent filter of a required
 * include ({@code IN (SELECT …)}), a per-parent limit ({@code ROW_NUMBER()}), and ordering parents by
 * an associated column (a correlated MAX). Values stay bound parameters; identifiers are quoted.
 */
class IncludeSqlGoldenTest {

    private static final Dialect[] DIALECTS = {
        new SqliteDialect(ZoneOffset.UTC), new PostgresDialect(), new MariaDbDialect(ZoneOffset.UTC)};

    private static ModelDefinition model(Dialect dialect, String name, List<org.sequelize4j.AttributeOptions> attributes) {
        return DefinitionBuilder.build(new ModelSource(name, attributes, options().timestamps(false), Model.class,
                Map.of()), new TypeCoercion(dialect.limits(), ZoneOffset.UTC));
    }

    private static String sql(Dialect dialect, ModelDefinition model, org.sequelize4j.FindOptions options) {
        SqlRenderer renderer = new SqlRenderer(dialect);
        return new SelectPlanner(dialect, renderer, new TypeCoercion(dialect.limits(), ZoneOffset.UTC))
                .find(model, options).statement().sql();
    }

    private static String q(Dialect dialect, String sql) {
        // The golden text is written with "…"; MariaDB quotes with backticks.
        return dialect instanceof MariaDbDialect ? sql.replace('"', '`') : sql;
    }

    @Test
    void aRequiredIncludeFiltersParentsWithAnUncorrelatedSubquery() {
        for (Dialect dialect : DIALECTS) {
            ModelDefinition users = model(dialect, "user", List.of(attribute("name", STRING)));
            ModelDefinition posts = model(dialect, "post", List.of(attribute("title", STRING),
                    attribute("userId", INTEGER)));
            String sql = sql(dialect, users, query().where(new Condition.InSelect(List.of("id"), posts,
                    List.of("userId"), eq("title", "x"), true)));
            assertEquals(q(dialect, "SELECT \"id\", \"name\" FROM \"users\" WHERE \"id\" IN (SELECT \"userId\" FROM"
                    + " \"posts\" WHERE \"title\" = ?)"), sql, dialect.name());
        }
    }

    @Test
    void aPerParentLimitRanksRowsWithRowNumber() {
        for (Dialect dialect : DIALECTS) {
            ModelDefinition posts = model(dialect, "post", List.of(attribute("title", STRING),
                    attribute("userId", INTEGER)));
            String sql = sql(dialect, posts, query().limitPer("userId").order(desc("id")).limit(3).offset(1));
            assertEquals(q(dialect, "SELECT * FROM (SELECT \"id\", \"title\", \"userId\", ROW_NUMBER() OVER (PARTITION BY"
                    + " \"userId\" ORDER BY \"id\" DESC) AS \"__s4j_rank\" FROM \"posts\") \"__s4j_ranked\" WHERE"
                    + " \"__s4j_rank\" > 1 AND \"__s4j_rank\" <= 4 ORDER BY \"__s4j_rank\""), sql, dialect.name());
        }
    }

    @Test
    void orderingByAnAssociatedColumnUsesACorrelatedAggregate() {
        for (Dialect dialect : DIALECTS) {
            ModelDefinition users = model(dialect, "user", List.of(attribute("name", STRING)));
            ModelDefinition posts = model(dialect, "post", List.of(attribute("score", INTEGER),
                    attribute("userId", INTEGER)));
            Expression best = new Expression.Related("MAX", posts, "score", List.of("userId"), List.of("id"), null, true);
            String sql = sql(dialect, users, query().order(new OrderItem(best, true, OrderItem.Nulls.DEFAULT)).limit(2));
            assertEquals(q(dialect, "SELECT \"id\", \"name\" FROM \"users\" ORDER BY (SELECT MAX(\"__s4j_related\".\"score\")"
                    + " FROM \"posts\" AS \"__s4j_related\" WHERE \"__s4j_related\".\"userId\" = \"users\".\"id\") DESC"
                    + " LIMIT 2"), sql, dialect.name());
        }
    }

    @Test
    void toOneIncludesJoinWithShortAliasesAndAnInnerJoinOnlyUnderInnerJoins() {
        for (Dialect dialect : DIALECTS) {
            ModelDefinition countries = model(dialect, "country", List.of(attribute("code", STRING)));
            ModelDefinition users = model(dialect, "user", List.of(attribute("name", STRING),
                    attribute("countryId", INTEGER)));
            ModelDefinition posts = model(dialect, "post", List.of(attribute("title", STRING),
                    attribute("authorId", INTEGER)));
            JoinNode country = new JoinNode(countries, List.of("countryId"), List.of("id"), eq("code", "FR"), true, true,
                    query(), List.of());
            JoinNode author = new JoinNode(users, List.of("authorId"), List.of("id"), null, false, true, query(),
                    List.of(country));
            SqlRenderer renderer = new SqlRenderer(dialect);
            JoinedPlan plan = new SelectPlanner(dialect, renderer, new TypeCoercion(dialect.limits(), ZoneOffset.UTC))
                    .joined(posts, query().where(eq("title", "x")).order(desc("id")).limit(5), List.of(author));
            // The country is required but below an optional author: an outer join, or posts would be dropped.
            assertEquals(q(dialect, "SELECT \"posts\".\"id\", \"posts\".\"title\", \"posts\".\"authorId\","
                    + " \"i1\".\"id\", \"i1\".\"name\", \"i1\".\"countryId\", \"i2\".\"id\", \"i2\".\"code\""
                    + " FROM \"posts\" LEFT OUTER JOIN \"users\" AS \"i1\" ON \"posts\".\"authorId\" = \"i1\".\"id\""
                    + " LEFT OUTER JOIN \"countries\" AS \"i2\" ON (\"i1\".\"countryId\" = \"i2\".\"id\" AND"
                    + " \"i2\".\"code\" = ?) WHERE \"posts\".\"title\" = ? ORDER BY \"posts\".\"id\" DESC LIMIT 5"), plan.statement().sql(), dialect.name());
            assertEquals(List.of(3, 6), plan.nodes().stream().map(JoinedPlan.Node::offset).toList());
            assertEquals(List.of("FR", "x"), plan.statement().values());
        }
    }

    @Test
    void orderingTwoHopsDeepNestsTheCorrelationInsideAnInSubquery() {
        for (Dialect dialect : DIALECTS) {
            ModelDefinition users = model(dialect, "user", List.of(attribute("name", STRING)));
            ModelDefinition posts = model(dialect, "post", List.of(attribute("userId", INTEGER)));
            ModelDefinition comments = model(dialect, "comment", List.of(attribute("text", STRING),
                    attribute("postId", INTEGER)));
            Expression deepest = new Expression.Related("MAX", List.of(
                    new Expression.Related.Hop(posts, List.of("userId"), List.of("id"), null, true),
                    new Expression.Related.Hop(comments, List.of("postId"), List.of("id"), null, true)), "text");
            String sql = sql(dialect, users, query().order(new OrderItem(deepest, true, OrderItem.Nulls.DEFAULT)));
            assertEquals(q(dialect, "SELECT \"id\", \"name\" FROM \"users\" ORDER BY (SELECT"
                    + " MAX(\"__s4j_related\".\"text\") FROM \"comments\" AS \"__s4j_related\" WHERE"
                    + " \"__s4j_related\".\"postId\" IN (SELECT \"__s4j_hop0\".\"id\" FROM \"posts\" AS"
                    + " \"__s4j_hop0\" WHERE \"__s4j_hop0\".\"userId\" = \"users\".\"id\")) DESC"), sql,
                    dialect.name());
        }
    }
}
