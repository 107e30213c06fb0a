package org.sequelize4j.sql;

import java.util.List;
import java.util.Objects;
import org.sequelize4j.types.ValueCodec;

/**
 * A resolved SQL expression: columns are real column names, values carry the codec that binds them.
 * Built by the query planner from a model's point of view, rendered to text by {@link SqlRenderer}
 * with the dialect's rules. Knows nothing about models.
 */
public sealed interface SqlExpr {

    /** A column, optionally qualified by a table alias. */
    record Column(String qualifier, String name) implements SqlExpr {
        public Column {
            Objects.requireNonNull(name, "column name");
        }
    }

    /** A bound parameter; {@code codec} may be null when the driver's own mapping is fine. */
    record Param(Object value, ValueCodec codec) implements SqlExpr {
    }

    /** Raw SQL text from the caller ({@code Sql.literal}) or a fixed keyword built by the planner. */
    record Raw(String sql) implements SqlExpr {
        public Raw {
            Objects.requireNonNull(sql, "sql");
        }
    }

    /** A function call; the name has been checked to be a plain identifier. */
    record Func(String name, List<SqlExpr> args) implements SqlExpr {
        public Func {
            args = List.copyOf(args);
        }
    }

    /** {@code DISTINCT expr} inside an aggregate. */
    record Distinct(SqlExpr expression) implements SqlExpr {
    }

    /** {@code CAST(expr AS type)}; the type has been checked against an allow-list pattern. */
    record Cast(SqlExpr expression, String type) implements SqlExpr {
    }

    /** How a JSON path extraction should come back. */
    enum JsonAs {
        /** Unquoted text (PostgreSQL {@code ->>}). */
        TEXT,
        /** A number. */
        NUMBER,
        /** A boolean. */
        BOOLEAN,
        /** JSON itself. */
        JSON
    }

    /**
     * One step of a JSON path: an object key (any text, taken as it is), or an array index. The kind is
     * decided once, where the path is read, so that no dialect re-reads a key {@code "0"} as an index.
     *
     * @param key the object key, or null for an index
     * @param index the array index (0 or more) when {@code key} is null
     */
    record JsonStep(String key, int index) {
        public JsonStep {
            if (key == null && index < 0) {
                throw new IllegalArgumentException("A JSON array index cannot be negative: " + index);
            }
        }

        /** An object key. */
        public static JsonStep key(String key) {
            return new JsonStep(java.util.Objects.requireNonNull(key, "JSON key"), -1);
        }

        /** An array index. */
        public static JsonStep index(int index) {
            return new JsonStep(null, index);
        }

        /** Whether this step indexes an array. */
        public boolean isIndex() {
            return key == null;
        }
    }

    /** A value at {@code path} inside a JSON column. */
    record JsonPath(SqlExpr column, List<JsonStep> path, JsonAs as) implements SqlExpr {
        public JsonPath {
            path = List.copyOf(path);
        }
    }

    /** {@code left op right} for plain binary operators ({@code =, <>, <, …, REGEXP, @>, &&}). */
    record Compare(SqlExpr left, Operator operator, SqlExpr right) implements SqlExpr {
    }

    /** A parenthesised list, for IN. */
    record ListOf(List<SqlExpr> items) implements SqlExpr {
        public ListOf {
            items = List.copyOf(items);
        }
    }

    /** {@code ANY(array)} / {@code ALL(array)} (PostgreSQL). */
    record Quantified(boolean all, SqlExpr array) implements SqlExpr {
    }

    /** {@code left [NOT] IN (items)}; an empty list is rendered as a constant condition. */
    record In(SqlExpr left, boolean not, List<SqlExpr> items) implements SqlExpr {
        public In {
            items = List.copyOf(items);
        }
    }

    /** {@code left IN (SELECT …)}. */
    record InSubquery(SqlExpr left, SelectSpec select) implements SqlExpr {
    }

    /** A subquery giving one value: {@code (SELECT …)}. */
    record ScalarSubquery(SelectSpec select) implements SqlExpr {
    }

    /** A row value {@code (a, b)}, for comparing keys of several columns at once. */
    record Tuple(List<SqlExpr> items) implements SqlExpr {
        public Tuple {
            items = List.copyOf(items);
        }
    }

    /** {@code left [NOT] BETWEEN low AND high}. */
    record Between(SqlExpr left, boolean not, SqlExpr low, SqlExpr high) implements SqlExpr {
    }

    /** {@code left IS [NOT] NULL/TRUE/FALSE}; {@code value} null means NULL. */
    record Is(SqlExpr left, boolean not, Boolean value) implements SqlExpr {
    }

    /**
     * A LIKE-family comparison. With {@code escaped}, the pattern's wildcards were escaped by the
     * planner with '!' and the dialect adds {@code ESCAPE '!'}.
     */
    record Like(SqlExpr left, SqlExpr pattern, boolean not, boolean caseInsensitive, boolean escaped)
            implements SqlExpr {
    }

    /** All parts hold (TRUE when empty). */
    record And(List<SqlExpr> parts) implements SqlExpr {
        public And {
            parts = List.copyOf(parts);
        }
    }

    /** At least one part holds (FALSE when empty). */
    record Or(List<SqlExpr> parts) implements SqlExpr {
        public Or {
            parts = List.copyOf(parts);
        }
    }

    /** {@code NOT (expr)}. */
    record Not(SqlExpr expression) implements SqlExpr {
    }

    /** A constant truth value, as the dialect writes it in a condition. */
    record Truth(boolean value) implements SqlExpr {
    }

    /** The dialect's random function. */
    record Random() implements SqlExpr {
    }

    /** An expression with a column alias, in a select list. */
    /**
     * {@code ROW_NUMBER() OVER (PARTITION BY … ORDER BY …)}: a row's rank in its group, for limits that
     * apply per group.
     */
    record RowNumber(List<SqlExpr> partition, List<SelectSpec.Order> order) implements SqlExpr {
        public RowNumber {
            partition = List.copyOf(partition);
            order = List.copyOf(order);
        }
    }

    record Aliased(SqlExpr expression, String alias) implements SqlExpr {
    }

    /** {@code column + amount}, for atomic increments; {@code amount} is bound. */
    record Add(SqlExpr left, SqlExpr right) implements SqlExpr {
    }
}
