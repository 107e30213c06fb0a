package org.sequelize4j.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.dialect.UniqueErrors;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.query.Condition;
import org.sequelize4j.query.ScalarValues;
import org.sequelize4j.sql.Operator;
import org.sequelize4j.sql.SqlStatement;
import org.sequelize4j.sql.UpdateSpec;
import org.sequelize4j.types.TypeCoercion;
import org.sequelize4j.types.TypeMismatch;
import org.sequelize4j.types.ValueCodec;

/**
 * The static updates applications send most: plain values where one attribute equals one value
 * ({@code update(Map.of("name", n), UpdateOptions.where(Map.of("id", id)))}), with no hooks, field
 * list, limit or RETURNING. Their statement is planned once per model and shape (which attributes are
 * set, which one is matched, with a value of which class, paranoid or not, stamped or not) and then
 * reused with each call's coerced values, as {@code findByPk}'s look-up is. The general path (checks,
 * validation, the condition's shape, the planner) is many calls deep, and on a cold JVM, where the
 * interpreter runs every one of them, that depth cost more than the statement itself.
 *
 * <p>Only what is certainly plain takes this path; anything else (an unknown or virtual attribute,
 * a null into a NOT NULL column, a value that does not coerce, an attribute with validators, a
 * versioned model) goes the general way, which raises the same errors it always has. A shape's first
 * call is planned by the general planner, and the plan is kept only if binding that call's own values
 * into its text gives exactly the planner's statement.
 */
final class KeyedUpdates {

    /** Shapes kept per model; past it the oldest makes room (applications have a handful). */
    private static final int MAX_PLANS = 8;

    private final ModelRuntime runtime;
    /** Kept plans, replaced as a whole: readers take the array without a lock. */
    private volatile Plan[] plans = new Plan[0];

    KeyedUpdates(ModelRuntime runtime) {
        this.runtime = runtime;
    }

    /** A kept statement: what call shape it serves, its text, and the codecs of its values in order. */
    private static final class Plan {
        final ModelDefinition definition;
        /** The attributes set, in the order the call's map gave them (timestamp not included). */
        final AttributeDefinition[] assigned;
        final AttributeDefinition matched;
        final Class<?> matchedClass;
        final boolean paranoid;
        final boolean stamped;
        /** Null for a shape found not to be reusable: it always goes the general way. */
        final String sql;
        final List<ValueCodec> codecs;

        Plan(ModelDefinition definition, AttributeDefinition[] assigned, AttributeDefinition matched,
             Class<?> matchedClass, boolean paranoid, boolean stamped, String sql, List<ValueCodec> codecs) {
            this.definition = definition;
            this.assigned = assigned;
            this.matched = matched;
            this.matchedClass = matchedClass;
            this.paranoid = paranoid;
            this.stamped = stamped;
            this.sql = sql;
            this.codecs = codecs;
        }

        boolean serves(ModelDefinition def, String[] names, String on, Class<?> onClass, boolean isParanoid,
                       boolean isStamped) {
            if (definition != def || matchedClass != onClass || paranoid != isParanoid || stamped != isStamped
                    || assigned.length != names.length || !same(matched.name(), on)) {
                return false;
            }
            for (int i = 0; i < names.length; i++) {
                if (!same(assigned[i].name(), names[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Runs the update if it is one of the plain ones this class serves; null (nothing done) when it is
     * not, and the caller takes the general path.
     *
     * @param values the caller's values (only read)
     * @param options options with no hooks to run, no field list, limit or RETURNING
     */
    StaticUpdates.UpdateResult tryUpdate(Map<String, ?> values, UpdateOptions options) {
        ModelDefinition def = runtime.definition();
        if (!(options.where() instanceof Condition.Compare) || def.version() != null || values.isEmpty()) {
            return null;
        }
        Condition.Compare where = (Condition.Compare) options.where();
        Object matchedValue = where.right();
        if (where.operator() != Operator.EQ || !(where.left() instanceof String) || matchedValue == null
                || !ScalarValues.isScalar(matchedValue.getClass())) {
            return null;
        }
        String matchedName = (String) where.left();
        // One pass over the caller's map: its names and values, in its order.
        int size = values.size();
        String[] names = new String[size];
        Object[] given = new Object[size];
        int n = 0;
        for (Map.Entry<String, ?> e : values.entrySet()) {
            names[n] = e.getKey();
            given[n++] = e.getValue();
        }
        boolean paranoid = options.isParanoid();
        AttributeDefinition updatedAt = def.updatedAt();
        boolean stamped = updatedAt != null && !options.isSilent() && !named(names, updatedAt.name());
        Plan plan = find(def, names, matchedName, matchedValue.getClass(), paranoid, stamped);
        if (plan != null && plan.sql == null) {
            return null;
        }
        AttributeDefinition matched = plan != null ? plan.matched : def.attribute(matchedName);
        if (plan == null && (matched == null || !ScalarValues.isPlainColumn(matched.type()))) {
            return null;
        }
        AttributeDefinition[] assigned = plan != null ? plan.assigned : plainAttributes(def, names);
        if (assigned == null) {
            return null;
        }
        Object[] bound = boundValues(assigned, given, stamped ? updatedAt : null, matched, matchedValue);
        if (bound == null) {
            return null;
        }
        SqlStatement statement = plan != null
                ? new SqlStatement(plan.sql, Arrays.asList(bound), plan.codecs)
                : planAndKeep(def, assigned, matched, matchedValue.getClass(), paranoid, stamped, options, bound);
        int count;
        try {
            count = runtime.engine().executor().update(runtime.engine().scope(options), statement, runtime.errorContext());
        } catch (UniqueConstraintError e) {
            // The values it wrote go into the error, as the general path's do.
            Map<String, Object> written = new LinkedHashMap<>();
            for (int i = 0; i < assigned.length; i++) {
                written.put(assigned[i].name(), bound[i]);
            }
            if (stamped) {
                written.put(updatedAt.name(), bound[assigned.length]);
            }
            throw UniqueErrors.withValues(e, written);
        }
        return new StaticUpdates.UpdateResult(count, List.of());
    }

    /** Whether two names are equal; names in application code are literals, so identity nearly always decides. */
    private static boolean same(String name, String other) {
        return name == other || name.equals(other);
    }

    private static boolean named(String[] names, String name) {
        for (String n : names) {
            if (same(name, n)) {
                return true;
            }
        }
        return false;
    }

    private Plan find(ModelDefinition def, String[] names, String matched, Class<?> matchedClass,
                      boolean paranoid, boolean stamped) {
        for (Plan plan : plans) {
            if (plan.serves(def, names, matched, matchedClass, paranoid, stamped)) {
                return plan;
            }
        }
        return null;
    }

    /** The attributes a first call of a shape sets, or null when one of them needs the general path. */
    private static AttributeDefinition[] plainAttributes(ModelDefinition def, String[] names) {
        AttributeDefinition[] assigned = new AttributeDefinition[names.length];
        for (int i = 0; i < names.length; i++) {
            AttributeDefinition a = def.attribute(names[i]);
            // Validators need the general path's probe instance; virtual values are skipped there.
            if (a == null || a.isVirtual() || !a.validators().isEmpty()) {
                return null;
            }
            assigned[i] = a;
        }
        return assigned;
    }

    /**
     * The statement's values in binding order (the set values, the timestamp, the matched value), each
     * coerced as the general path would; null when one needs that path (its check fails there, with the
     * error it has always had).
     */
    private Object[] boundValues(AttributeDefinition[] assigned, Object[] given, AttributeDefinition stamp,
                                 AttributeDefinition matched, Object matchedValue) {
        TypeCoercion coercion = runtime.engine().coercion();
        Object[] bound = new Object[assigned.length + (stamp == null ? 1 : 2)];
        try {
            for (int i = 0; i < assigned.length; i++) {
                Object value = given[i];
                if (value == null) {
                    if (!assigned[i].allowNull()) {
                        return null;
                    }
                } else if (value instanceof org.sequelize4j.query.Expression) {
                    return null;
                } else {
                    bound[i] = coercion.coerce(assigned[i].type(), value);
                }
            }
            int at = assigned.length;
            if (stamp != null) {
                bound[at++] = coercion.coerce(stamp.type(), Instant.now());
            }
            bound[at] = coercion.coerce(matched.type(), matchedValue);
        } catch (TypeMismatch e) {
            return null;
        }
        // A matched value that coerces to null is written IS NULL: another statement.
        return bound[bound.length - 1] == null ? null : bound;
    }

    /**
     * Plans a shape's first call with the general planner, keeps the plan when the call's own values
     * bound into its text give the planner's statement, and returns the planner's statement.
     */
    private SqlStatement planAndKeep(ModelDefinition def, AttributeDefinition[] assigned, AttributeDefinition matched,
                                     Class<?> matchedClass, boolean paranoid, boolean stamped, UpdateOptions options,
                                     Object[] bound) {
        var writes = runtime.engine().writes();
        List<UpdateSpec.Assignment> assignments = new ArrayList<>(assigned.length + 1);
        for (int i = 0; i < assigned.length; i++) {
            assignments.add(new UpdateSpec.Assignment(assigned[i].field(), writes.param(assigned[i], bound[i])));
        }
        if (stamped) {
            AttributeDefinition updatedAt = def.updatedAt();
            assignments.add(new UpdateSpec.Assignment(updatedAt.field(), writes.param(updatedAt, bound[assigned.length])));
        }
        SqlStatement planned = writes.planUpdate(def, assignments, options.where(), paranoid);
        boolean reusable = planned.values().equals(Arrays.asList(bound));
        keep(new Plan(def, assigned, matched, matchedClass, paranoid, stamped, reusable ? planned.sql() : null,
                List.copyOf(planned.codecs())));
        return planned;
    }

    private synchronized void keep(Plan plan) {
        Plan[] current = plans;
        int keepFrom = current.length < MAX_PLANS ? 0 : 1;
        Plan[] next = Arrays.copyOfRange(current, keepFrom, current.length + 1);
        next[next.length - 1] = plan;
        plans = next;
    }
}
