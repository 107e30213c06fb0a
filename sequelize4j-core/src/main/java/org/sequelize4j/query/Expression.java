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
     * A value read from the rows of another model reached from each row along a path of hops:
     * {@code (SELECT MAX(posts.createdAt) FROM posts WHERE posts.authorId = users.id)} for one hop, and
     * {@code … WHERE comments.postId IN (SELECT posts.id FROM posts WHERE posts.authorId = users.id)}
     * for two (a belongsToMany is two: the join rows, then the targets). Eager loading orders parents
     * by an included column with it — the largest value for a descending order, the smallest for an
     * ascending one — so each parent appears once, wherever it sorts.
     *
     * @param aggregate {@code MAX} or {@code MIN}
     * @param hops the path from the row to the rows whose {@code column} is taken (at least one)
     * @param column the last hop's attribute whose value is taken
     */
    record Related(String aggregate, List<Hop> hops, String column) implements Expression {
        public Related {
            hops = List.copyOf(hops);
            if (!aggregate.equals("MAX") && !aggregate.equals("MIN")) {
                throw new IllegalArgumentException("aggregate must be MAX or MIN, got " + aggregate);
            }
            if (hops.isEmpty()) {
                throw new IllegalArgumentException("a related value needs at least one hop");
            }
        }

        /**
         * One hop: {@code target}'s rows whose {@code targetKeys} equal {@code ownKeys} of the row.
         *
         * @param where further conditions on the other model's rows, or null
         * @param paranoid whether the other model's soft-deleted rows are left out
         */
        public Related(String aggregate, org.sequelize4j.definition.ModelDefinition target, String column,
                       List<String> targetKeys, List<String> ownKeys, org.sequelize4j.query.Condition where,
                       boolean paranoid) {
            this(aggregate, List.of(new Hop(target, targetKeys, ownKeys, where, paranoid)), column);
        }

        /**
         * One step of the path: the rows of {@code model} whose {@code keys} equal {@code previousKeys}
         * of a row of the step before (of the outer row, for the first step).
         *
         * @param where further conditions on this step's rows, or null
         * @param paranoid whether this step's soft-deleted rows are left out
         */
        public record Hop(org.sequelize4j.definition.ModelDefinition model, List<String> keys,
                          List<String> previousKeys, org.sequelize4j.query.Condition where, boolean paranoid) {
            public Hop {
                keys = List.copyOf(keys);
                previousKeys = List.copyOf(previousKeys);
                if (keys.size() != previousKeys.size() || keys.isEmpty()) {
                    throw new IllegalArgumentException("a hop needs pairs of key attributes");
                }
            }
        }
    }
}
