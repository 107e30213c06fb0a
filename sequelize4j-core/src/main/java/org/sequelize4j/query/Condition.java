package org.sequelize4j.query;

import java.util.List;
import java.util.Objects;
import org.sequelize4j.sql.Operator;

/**
 * A where (or having) condition, built with {@link org.sequelize4j.Op}. Conditions are immutable and
 * can be shared; they name attributes, which are resolved against the model when a query is planned.
 */
public sealed interface Condition
        permits Condition.Compare, Condition.Junction, Condition.Not, Condition.Raw {

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
