package org.sequelize4j.query;

import java.util.List;
import org.sequelize4j.FindOptions;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.sql.Operator;
import org.sequelize4j.sql.UpdateSpec;

/**
 * The shape of a caller's options before anything in them is resolved: which attributes are compared
 * how, in what structure, with values of which Java types, and the options that change the text. Two
 * calls of the same shape plan the same statement with other values, so the planners keep the plan of
 * a shape (see {@link ShapedPlans}) and bind a later call's values straight into it: no condition
 * tree is resolved, no statement shape built, no text looked up by it. On a cold JVM that is most of
 * what a finder or a static update does beyond JDBC.
 *
 * <p>Only plain options have a shape: conditions of {@code and}/{@code or}/{@code not} over
 * comparisons of a stored, non-JSON attribute by {@code = != > >= < <=} or case-sensitive
 * {@code LIKE}/{@code NOT LIKE} with a scalar value (or {@code = null}/{@code != null}); order by
 * attribute names; the default select list. Anything else has none and is planned in full as before.
 */
final class OptionShapes {

    /** Node markers; compared by identity. */
    private static final org.sequelize4j.sql.StatementShape.Marker FIND = new org.sequelize4j.sql.StatementShape.Marker(1);
    private static final org.sequelize4j.sql.StatementShape.Marker UPDATE = new org.sequelize4j.sql.StatementShape.Marker(2);
    private static final org.sequelize4j.sql.StatementShape.Marker COMPARE = new org.sequelize4j.sql.StatementShape.Marker(3);
    private static final org.sequelize4j.sql.StatementShape.Marker AND = new org.sequelize4j.sql.StatementShape.Marker(4);
    private static final org.sequelize4j.sql.StatementShape.Marker OR = new org.sequelize4j.sql.StatementShape.Marker(5);
    private static final org.sequelize4j.sql.StatementShape.Marker NOT = new org.sequelize4j.sql.StatementShape.Marker(6);
    private static final org.sequelize4j.sql.StatementShape.Marker NULL = new org.sequelize4j.sql.StatementShape.Marker(7);

    /** Deeper than this a condition is planned in full (the resolver has the error for far deeper ones). */
    private static final int MAX_DEPTH = 16;

    private OptionShapes() {
    }

    /** A shape being collected: the key's tokens, and the comparisons whose values it binds, in order. */
    static final class Walk {
        final ShapeKey key = new ShapeKey();
        /** The comparisons with a value, in binding order; made on the first (most walks have one to three). */
        private Condition.Compare[] compares;
        private int count;

        private Walk() {
        }

        void add(Condition.Compare compare) {
            if (compares == null) {
                compares = new Condition.Compare[4];
            } else if (count == compares.length) {
                compares = java.util.Arrays.copyOf(compares, count * 2);
            }
            compares[count++] = compare;
        }

        /** How many values the shape binds. */
        int size() {
            return count;
        }

        /** The {@code i}th comparison with a value. */
        Condition.Compare compare(int i) {
            return compares[i];
        }

        /** The {@code i}th value, as the caller gave it. */
        Object value(int i) {
            return compares[i].right();
        }
    }

    /**
     * The shape of a {@code findAll}/{@code findOne} as {@link SelectPlanner#find} plans it, or null when
     * its options are not plain. Keep it in step with what {@code find} reads.
     */
    static Walk find(ModelDefinition model, FindOptions options) {
        if (options.attributes() != null || !options.excludedAttributes().isEmpty()
                || !options.extraAttributes().isEmpty() || !options.group().isEmpty() || options.having() != null
                || !options.limitPer().isEmpty()) {
            return null;
        }
        Walk walk = new Walk();
        walk.key.marker(FIND).identity(model, model.name()).flag(options.isParanoid());
        if (!where(model, options.where(), walk)) {
            return null;
        }
        walk.key.number(options.order().size());
        for (OrderItem item : options.order()) {
            if (!(item.target() instanceof String)) {
                return null;
            }
            walk.key.name((String) item.target()).flag(item.descending()).constant(item.nulls());
        }
        walk.key.number(options.limit()).number(options.offset()).constant(options.lock());
        if (options.lock() != null) {
            walk.key.flag(options.isSkipLocked()).flag(options.isNoWait());
        }
        return walk;
    }

    /**
     * The shape of a static update of {@code assignments} (each a bound value of one column), or null
     * when it is not plain.
     */
    static Walk update(ModelDefinition model, List<UpdateSpec.Assignment> assignments, Condition where,
                       boolean paranoid, Integer limit, List<AttributeDefinition> returning) {
        Walk walk = new Walk();
        walk.key.marker(UPDATE).identity(model, model.name()).flag(paranoid).number(assignments.size());
        for (UpdateSpec.Assignment a : assignments) {
            if (!(a.value() instanceof org.sequelize4j.sql.SqlExpr.Param)) {
                return null;
            }
            walk.key.name(a.column());
        }
        if (!where(model, where, walk)) {
            return null;
        }
        walk.key.number(limit).number(returning.size());
        for (AttributeDefinition a : returning) {
            walk.key.identity(a, a.name());
        }
        return walk;
    }

    private static boolean where(ModelDefinition model, Condition where, Walk walk) {
        walk.key.flag(where != null);
        return where == null || condition(model, where, walk, 0);
    }

    private static boolean condition(ModelDefinition model, Condition condition, Walk walk, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (condition instanceof Condition.Compare) {
            return compare(model, (Condition.Compare) condition, walk);
        }
        if (condition instanceof Condition.Junction) {
            Condition.Junction junction = (Condition.Junction) condition;
            List<Condition> parts = junction.parts();
            walk.key.marker(junction.or() ? OR : AND).number(parts.size());
            for (int i = 0; i < parts.size(); i++) {
                if (!condition(model, parts.get(i), walk, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (condition instanceof Condition.Not) {
            walk.key.marker(NOT);
            return condition(model, ((Condition.Not) condition).condition(), walk, depth + 1);
        }
        return false;
    }

    private static boolean compare(ModelDefinition model, Condition.Compare c, Walk walk) {
        if (!(c.left() instanceof String)) {
            return false;
        }
        AttributeDefinition attribute = model.attribute((String) c.left());
        if (attribute == null || attribute.isVirtual() || !ScalarValues.isPlainColumn(attribute.type())) {
            return false;
        }
        Object right = c.right();
        Operator op = c.operator();
        switch (op) {
            case EQ: case NE:
                if (right == null) {
                    // "= null" is written IS NULL: no value, and a shape of its own.
                    walk.key.marker(COMPARE).name((String) c.left()).constant(op).marker(NULL);
                    return true;
                }
                break;
            case GT: case GTE: case LT: case LTE: case LIKE: case NOT_LIKE:
                if (right == null) {
                    return false;
                }
                break;
            default:
                return false;
        }
        if (!ScalarValues.isScalar(right.getClass())) {
            return false;
        }
        walk.key.marker(COMPARE).name((String) c.left()).constant(op).type(right.getClass());
        walk.add(c);
        return true;
    }
}
