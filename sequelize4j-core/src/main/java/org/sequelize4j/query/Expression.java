package org.sequelize4j.query;

import java.util.List;
import java.util.Objects;

/**
 * A SQL expression written by the caller: a column, a function call, a cast, a raw literal.
 * Created with {@link org.sequelize4j.Sql}; attribute names in it are checked against the model
 * before any SQL is built, and plain values in it are always bound as parameters.
 */
public sealed interface Expression
        permits Expression.Col, Expression.Fn, Expression.Literal, Expression.Cast, Expression.Value,
                Expression.Random, Expression.Distinct, Expression.Aliased, Expression.Related,
                Expression.JsonKeys {

    /** This expression under an alias, for an {@code attributes} list: {@code fn("COUNT", col("id")).as("n")}. */
    default Aliased as(String alias) {
        return new Aliased(this, alias);
    }

    /**
     * A reference to an attribute (by attribute name, resolved to its column), to a JSON path inside a
     * JSON attribute ({@code "meta.address.city"}), or to a qualified column ({@code "users.id"}).
     */
    record Col(String name) implements Expression {
        public Col {
            Objects.requireNonNull(name, "column name");
        }
    }

    /**
     * The value under object keys inside a JSON attribute, one key per level, each taken exactly as
     * written: a key {@code "a.b"} is one key with a dot in it, a key {@code "0"} an object key, never an
     * array index. The nested-map form of where builds it ({@code Map.of("meta", Map.of("a.b", 1))});
     * dotted paths with array indexes are written {@code col("meta.items.0")}.
     *
     * @param path the JSON attribute, or an explicit dotted path into one, that the keys continue
     * @param keys the object keys, outermost first
     */
    record JsonKeys(String path, List<String> keys) implements Expression {
        public JsonKeys {
            Objects.requireNonNull(path, "JSON attribute");
            keys = List.copyOf(keys);
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("A JSON key path needs at least one key");
            }
        }
    }

    /** A SQL function call; arguments are expressions or plain values (bound as parameters). */
    record Fn(String name, List<Object> args) implements Expression {
        public Fn {
            Objects.requireNonNull(name, "function name");
            // Arguments may be null (bound as SQL NULL).
            args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
        }
    }

    /** Raw SQL, inserted as written: the visible escape hatch. Never put user input in it. */
    record Literal(String sql) implements Expression {
        public Literal {
            Objects.requireNonNull(sql, "literal sql");
        }
    }

    /** {@code CAST(value AS type)}; the type name is checked against a pattern of plain SQL type names. */
    record Cast(Object value, String type) implements Expression {
        public Cast {
            Objects.requireNonNull(type, "cast type");
        }
    }

    /** A value bound as a parameter where an expression is expected. */
    record Value(Object value) implements Expression {
    }

    /** The dialect's random-number function, for {@code order(random())}. */
    record Random() implements Expression {
    }

    /** {@code DISTINCT expr}, as an aggregate argument: {@code fn("COUNT", distinct(col("email")))}. */
    record Distinct(Expression expression) implements Expression {
        public Distinct {
            Objects.requireNonNull(expression, "expression");
        }
    }

    /** An expression with an alias in a select list. */
    record Aliased(Expression expression, String alias) implements Expression {
        public Aliased {
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(alias, "alias");
        }
    }

    /**
     * A value read from the rows of another model that refer to (or are referred to by) each row:
     * {@code (SELECT MAX(posts.createdAt) FROM posts WHERE posts.authorId = users.id)}. Eager loading
     * orders parents by an included column with it — the newest post's date for a descending order,
     * the oldest for an ascending one — so each parent appears once, wherever it sorts.
     *
     * @param aggregate {@code MAX} or {@code MIN}
     * @param target the other model
     * @param column the other model's attribute whose value is taken
     * @param targetKeys the other model's attributes that must equal {@code ownKeys} of the row
     * @param ownKeys this model's attributes
     * @param where further conditions on the other model's rows, or null
     * @param paranoid whether the other model's soft-deleted rows are left out
     */
    record Related(String aggregate, org.sequelize4j.definition.ModelDefinition target, String column,
                   List<String> targetKeys, List<String> ownKeys, org.sequelize4j.query.Condition where,
                   boolean paranoid) implements Expression {
        public Related {
            targetKeys = List.copyOf(targetKeys);
            ownKeys = List.copyOf(ownKeys);
            if (!aggregate.equals("MAX") && !aggregate.equals("MIN")) {
                throw new IllegalArgumentException("aggregate must be MAX or MIN, got " + aggregate);
            }
        }
    }
}
