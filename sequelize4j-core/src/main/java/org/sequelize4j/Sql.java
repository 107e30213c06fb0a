package org.sequelize4j;

import java.util.Arrays;
import org.sequelize4j.query.Expression;

/**
 * SQL expressions for queries: column references, function calls, casts and, as an explicit escape
 * hatch, raw literals (Sequelize's {@code fn}, {@code col}, {@code literal}, {@code cast}).
 *
 * <pre>{@code
 * query().attributes("status", fn("COUNT", col("id")).as("n")).group("status")
 * query().where(Op.where(fn("lower", col("email")), Operator.EQ, "ada@example.com"))
 * }</pre>
 *
 * <p>Plain values passed to {@link #fn} or {@link #cast} are bound as parameters, never spliced into SQL.
 */
public final class Sql {

    private Sql() {
    }

    /**
     * A column: an attribute name (resolved to its column), a JSON path inside a JSON attribute
     * ({@code "meta.address.city"}), or a column qualified by table ({@code "users.id"}).
     */
    public static Expression col(String name) {
        return new Expression.Col(name);
    }

    /** A function call; each argument is an {@link Expression} or a plain value bound as a parameter. */
    public static Expression fn(String name, Object... args) {
        return new Expression.Fn(name, Arrays.asList(args));
    }

    /** Raw SQL, inserted exactly as written. Never build it from user input: that is what parameters are for. */
    public static Expression.Literal literal(String sql) {
        return new Expression.Literal(sql);
    }

    /** {@code CAST(value AS type)}; {@code value} is an expression or a bound value. */
    public static Expression cast(Object value, String type) {
        return new Expression.Cast(value, type);
    }

    /** A JSON path inside a JSON attribute, e.g. {@code json("meta.address.city")}; the same as {@link #col}. */
    public static Expression json(String path) {
        return new Expression.Col(path);
    }

    /** A value used where an expression is expected; it is bound as a parameter. */
    public static Expression value(Object value) {
        return new Expression.Value(value);
    }

    /** {@code DISTINCT expr}, as an aggregate argument. */
    public static Expression distinct(Expression expression) {
        return new Expression.Distinct(expression);
    }

    /** The dialect's random function ({@code RANDOM()} or {@code RAND()}), for random order. */
    public static Expression random() {
        return new Expression.Random();
    }
}
