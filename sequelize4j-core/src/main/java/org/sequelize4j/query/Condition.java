package org.sequelize4j.query;

import java.util.List;
import java.util.Objects;
import org.sequelize4j.sql.Operator;

/**
 * A where (or having) condition, built with {@link org.sequelize4j.Op}. Conditions are immutable and
 * can be shared; they name attributes, which are resolved against the model when a query is planned.
 */
public sealed interface Condition
        permits Condition.Compare, Condition.Junction, Condition.Not, Condition.Raw, Condition.InSelect {

    /**
     * {@code left op right}. {@code left} is an attribute path ({@code String}) or an {@link Expression};
     * {@code right} is a value (bound), an {@link Expression}, a collection (for IN/BETWEEN) or a
     * {@link Quantified} ANY/ALL.
     */
    record Compare(Object left, Operator operator, Object right) implements Condition {
        public Compare {
            Objects.requireNonNull(left, "left side of a condition");
            Objects.requireNonNull(operator, "operator");
            if (!(left instanceof String) && !(left instanceof Expression)) {
                throw new IllegalArgumentException("The left side of a condition must be an attribute name or an"
                        + " Expression, got " + left.getClass().getName());
            }
        }
    }

    /** Several conditions joined by AND ({@code or == false}) or OR. */
    record Junction(boolean or, List<Condition> parts) implements Condition {
        public Junction {
            parts = List.copyOf(parts);
        }
    }

    /** {@code NOT (condition)}. */
    record Not(Condition condition) implements Condition {
        public Not {
            Objects.requireNonNull(condition, "condition");
        }
    }

    /** A raw SQL condition ({@code Sql.literal(...)}): inserted as written. */
    record Raw(Expression.Literal literal) implements Condition {
        public Raw {
            Objects.requireNonNull(literal, "literal");
        }
    }

    /**
     * {@code (attributes) IN (SELECT targetAttributes FROM target WHERE where)}: the rows whose key is
     * among another model's matching rows. Eager loading filters parents with it (a required include);
     * the subquery is not correlated, so it reads the same whatever the outer query's aliases.
     *
     * @param attributes this model's attributes (one, or several for a composite key)
     * @param target the other model
     * @param targetAttributes the other model's attributes, in the same order
     * @param where the other model's rows to take, or null for all
     * @param paranoid whether the other model's soft-deleted rows are left out
     */
    record InSelect(List<String> attributes, org.sequelize4j.definition.ModelDefinition target,
                    List<String> targetAttributes, Condition where, boolean paranoid) implements Condition {
        public InSelect {
            attributes = List.copyOf(attributes);
            targetAttributes = List.copyOf(targetAttributes);
            Objects.requireNonNull(target, "target");
            if (attributes.isEmpty() || attributes.size() != targetAttributes.size()) {
                throw new IllegalArgumentException(attributes + " cannot be compared with " + targetAttributes);
            }
        }
    }

    /** The right side {@code ANY(values)} or {@code ALL(values)} of a comparison (PostgreSQL). */
    record Quantified(boolean all, Object values) {
    }

    /** An operator with its value, for the map form of where: {@code Map.of("age", Op.gt(18))}. */
    record OpValue(Operator operator, Object value) {
        public OpValue {
            Objects.requireNonNull(operator, "operator");
        }
    }
}
