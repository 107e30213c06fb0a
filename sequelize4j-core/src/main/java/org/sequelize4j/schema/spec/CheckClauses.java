package org.sequelize4j.schema.spec;

import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.definition.CheckDefinition;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.query.ExpressionResolver;
import org.sequelize4j.sql.CheckSpec;
import org.sequelize4j.sql.SqlRenderer;

/**
 * Writes a model's CHECK constraints for its dialect: attribute names become quoted columns (not
 * qualified, as a CHECK refers to its own row) and constants become the dialect's literals, because
 * CREATE TABLE takes no bound parameters.
 */
public final class CheckClauses {

    private CheckClauses() {
    }

    /**
     * The model's check constraints as DDL parts.
     *
     * @param resolver a resolver of the model's names without a table qualifier
     * @param renderer the dialect's renderer, whose {@link SqlRenderer#inline} writes the literals
     * @throws org.sequelize4j.errors.QueryError when a value does not fit its attribute or an operator
     *         does not exist on the dialect
     */
    public static List<CheckSpec> specs(ModelDefinition model, ExpressionResolver resolver, SqlRenderer renderer) {
        List<CheckSpec> specs = new ArrayList<>();
        for (CheckDefinition check : model.checks()) {
            specs.add(spec(check, resolver, renderer));
        }
        return specs;
    }

    /** One check constraint as a DDL part; see {@link #specs}. */
    public static CheckSpec spec(CheckDefinition check, ExpressionResolver resolver, SqlRenderer renderer) {
        String clause = "check constraint '" + check.name() + "'";
        return new CheckSpec(check.name(), renderer.inline(resolver.condition(check.condition(), clause)));
    }
}
