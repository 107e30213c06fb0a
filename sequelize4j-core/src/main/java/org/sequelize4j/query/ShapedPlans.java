package org.sequelize4j.query;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sequelize4j.DataType;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.sql.Operator;
import org.sequelize4j.sql.SqlStatement;
import org.sequelize4j.types.TypeCoercion;
import org.sequelize4j.types.TypeMismatch;
import org.sequelize4j.types.ValueCodec;

/**
 * Plans kept by the {@link OptionShapes shape} of the options they were made from. The first call of
 * a shape is planned in full; its statement is then checked against what binding the call's own
 * values into the kept text gives, value for value, and only a shape that passes is kept (one that
 * does not, say because the resolver rewrote a value, is remembered as planned in full from then on).
 * A later call of a kept shape coerces its values as the resolver would, with the same errors, and
 * reuses the text, the codecs and whatever the planner attached (a find's column mappings).
 *
 * <p>Shapes come from application code, so few are ever seen; a program that makes them without end
 * empties the cache past {@link #MAX_PLANS} rather than growing it.
 */
final class ShapedPlans {

    /** Kept plans; past it the cache is emptied. */
    static final int MAX_PLANS = 512;

    /** The mark of a shape whose plans cannot be reused. */
    private static final Object UNSHAPED = new Object();

    private final Map<ShapeKey, Object> plans = new ConcurrentHashMap<>();
    private final TypeCoercion coercion;

    ShapedPlans(TypeCoercion coercion) {
        this.coercion = coercion;
    }

    /** A kept plan: its text and codecs, and how each compared value of a call is turned into its parameter. */
    private static final class Plan {
        final String sql;
        final List<ValueCodec> codecs;
        /** Per compared value: the attribute type it is coerced to, or null for a LIKE pattern (bound as text). */
        final DataType[] types;
        /** Per compared value: the attribute's name, for errors. */
        final String[] attributes;
        final int leading;
        final Object attachment;

        Plan(String sql, List<ValueCodec> codecs, DataType[] types, String[] attributes, int leading,
             Object attachment) {
            this.sql = sql;
            this.codecs = codecs;
            this.types = types;
            this.attributes = attributes;
            this.leading = leading;
            this.attachment = attachment;
        }
    }

    /** A statement bound from a kept plan, with what the planner attached to the plan. */
    record Bound(SqlStatement statement, Object attachment) {
    }

    /**
     * The statement of a walked shape with {@code leading} values (an update's assignments) before the
     * compared ones, or null when the shape has no kept plan (plan it in full, then {@link #keep}).
     */
    Bound bind(OptionShapes.Walk walk, List<Object> leading, ModelDefinition model) {
        Object kept = plans.get(walk.key);
        if (!(kept instanceof Plan)) {
            return null;
        }
        Plan plan = (Plan) kept;
        Object[] values = values(plan, leading, walk, model);
        return values == null ? null : new Bound(new SqlStatement(plan.sql, Arrays.asList(values), plan.codecs),
                plan.attachment);
    }

    /** Whether the shape was seen before: kept, or found not to be reusable (then there is nothing to {@link #keep}). */
    boolean isKnown(OptionShapes.Walk walk) {
        return plans.containsKey(walk.key);
    }

    /**
     * Keeps the plan of a shape planned in full, if binding the same call's values into its text gives
     * exactly the statement the planner made.
     */
    void keep(OptionShapes.Walk walk, List<Object> leading, SqlStatement planned, Object attachment,
              ModelDefinition model) {
        int compared = walk.size();
        DataType[] types = new DataType[compared];
        String[] attributes = new String[compared];
        for (int i = 0; i < compared; i++) {
            Condition.Compare c = walk.compare(i);
            attributes[i] = (String) c.left();
            Operator op = c.operator();
            types[i] = op == Operator.LIKE || op == Operator.NOT_LIKE ? null
                    : model.attribute(attributes[i]).type();
        }
        Object verdict = UNSHAPED;
        if (planned.values().size() == leading.size() + compared) {
            Plan plan = new Plan(planned.sql(), List.copyOf(planned.codecs()), types, attributes, leading.size(),
                    attachment);
            Object[] values;
            try {
                values = values(plan, leading, walk, model);
            } catch (QueryError e) {
                values = null;
            }
            if (values != null && Arrays.asList(values).equals(planned.values())) {
                verdict = plan;
            }
        }
        if (plans.size() >= MAX_PLANS) {
            plans.clear();
        }
        plans.put(walk.key, verdict);
    }

    private Object[] values(Plan plan, List<Object> leading, OptionShapes.Walk walk, ModelDefinition model) {
        int compared = walk.size();
        Object[] values = new Object[plan.leading + compared];
        for (int i = 0; i < plan.leading; i++) {
            values[i] = leading.get(i);
        }
        for (int i = 0; i < compared; i++) {
            Object value = walk.value(i);
            DataType type = plan.types[i];
            Object bound;
            if (type == null) {
                bound = value.toString();
            } else {
                try {
                    bound = coercion.coerce(type, value);
                } catch (TypeMismatch e) {
                    // The resolver's error, word for word: the caller cannot tell a kept plan from a new one.
                    throw ExpressionResolver.invalidValue("attribute '" + plan.attributes[i] + "'", model, e);
                }
                if (bound == null) {
                    // Written IS NULL by the resolver: not this plan's shape.
                    return null;
                }
            }
            values[plan.leading + i] = bound;
        }
        return values;
    }
}
