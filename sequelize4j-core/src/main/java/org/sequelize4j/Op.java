package org.sequelize4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.query.Condition;
import org.sequelize4j.query.Expression;
import org.sequelize4j.sql.Operator;

/**
 * Where-clause conditions, under the names of Sequelize's operators ({@code Op.eq}, {@code Op.gt},
 * {@code Op.like}, {@code Op.and}, …).
 *
 * <p>Two styles, freely mixed:
 * <pre>{@code
 * where(and(eq("status", "active"), gt("age", 18), or(isNull("deletedOn"), lt("deletedOn", cutoff))))
 * where(Map.of("status", "active", "age", gt(18), "role", List.of("admin", "owner")))
 * }</pre>
 * In the map form a plain value means equality, {@code null} means IS NULL, a collection means IN,
 * and {@code gt(18)} (the one-argument forms) applies that operator.
 *
 * <p>The left side is an attribute name, a JSON path inside a JSON attribute ({@code "meta.tags"}),
 * or an {@link Expression}. Values are always bound parameters. Comparing to {@link Sql#col} compares
 * two columns.
 */
public final class Op {

    private Op() {
    }

    private static Condition compare(Object left, Operator op, Object right) {
        return new Condition.Compare(left, op, right);
    }

    // ---- comparisons --------------------------------------------------------------------------

    /** {@code attribute = value}; {@code IS NULL} when the value is null. */
    public static Condition eq(String attribute, Object value) {
        return compare(attribute, Operator.EQ, value);
    }

    /** {@code expression = value}. */
    public static Condition eq(Expression left, Object value) {
        return compare(left, Operator.EQ, value);
    }

    /** {@code attribute != value}; {@code IS NOT NULL} when the value is null. */
    public static Condition ne(String attribute, Object value) {
        return compare(attribute, Operator.NE, value);
    }

    /** {@code expression != value}. */
    public static Condition ne(Expression left, Object value) {
        return compare(left, Operator.NE, value);
    }

    /** {@code attribute > value}. */
    public static Condition gt(String attribute, Object value) {
        return compare(attribute, Operator.GT, value);
    }

    /** {@code expression > value}. */
    public static Condition gt(Expression left, Object value) {
        return compare(left, Operator.GT, value);
    }

    /** {@code attribute >= value}. */
    public static Condition gte(String attribute, Object value) {
        return compare(attribute, Operator.GTE, value);
    }

    /** {@code expression >= value}. */
    public static Condition gte(Expression left, Object value) {
        return compare(left, Operator.GTE, value);
    }

    /** {@code attribute < value}. */
    public static Condition lt(String attribute, Object value) {
        return compare(attribute, Operator.LT, value);
    }

    /** {@code expression < value}. */
    public static Condition lt(Expression left, Object value) {
        return compare(left, Operator.LT, value);
    }

    /** {@code attribute <= value}. */
    public static Condition lte(String attribute, Object value) {
        return compare(attribute, Operator.LTE, value);
    }

    /** {@code expression <= value}. */
    public static Condition lte(Expression left, Object value) {
        return compare(left, Operator.LTE, value);
    }

    /** {@code attribute IS value}, where value is {@code null}, {@code true} or {@code false}. */
    public static Condition is(String attribute, Boolean value) {
        return compare(attribute, Operator.IS, value);
    }

    /** {@code attribute IS NOT value}, where value is {@code null}, {@code true} or {@code false}. */
    public static Condition isNot(String attribute, Boolean value) {
        return compare(attribute, Operator.IS_NOT, value);
    }

    /** {@code attribute IS NULL}. */
    public static Condition isNull(String attribute) {
        return compare(attribute, Operator.IS, null);
    }

    /** {@code attribute IS NOT NULL}. */
    public static Condition isNotNull(String attribute) {
        return compare(attribute, Operator.IS_NOT, null);
    }

    /**
     * Sequelize's {@code Op.not} on an attribute: {@code IS NOT} for null and booleans, {@code !=} otherwise.
     */
    public static Condition not(String attribute, Object value) {
        boolean isOperator = value == null || value instanceof Boolean;
        return compare(attribute, isOperator ? Operator.IS_NOT : Operator.NE, value);
    }

    /** {@code attribute BETWEEN low AND high}. */
    public static Condition between(String attribute, Object low, Object high) {
        return compare(attribute, Operator.BETWEEN, Arrays.asList(low, high));
    }

    /** {@code attribute NOT BETWEEN low AND high}. */
    public static Condition notBetween(String attribute, Object low, Object high) {
        return compare(attribute, Operator.NOT_BETWEEN, Arrays.asList(low, high));
    }

    /** {@code attribute IN (values)}; an empty collection matches nothing. */
    public static Condition in(String attribute, Collection<?> values) {
        return compare(attribute, Operator.IN, nullable(values));
    }

    /** {@code attribute IN (values)}. */
    public static Condition in(String attribute, Object... values) {
        return compare(attribute, Operator.IN, listOf(values));
    }

    /** {@code attribute NOT IN (values)}; an empty collection matches everything. */
    public static Condition notIn(String attribute, Collection<?> values) {
        return compare(attribute, Operator.NOT_IN, nullable(values));
    }

    /** {@code attribute NOT IN (values)}. */
    public static Condition notIn(String attribute, Object... values) {
        return compare(attribute, Operator.NOT_IN, listOf(values));
    }

    /** A copy that, unlike {@code List.copyOf}, keeps nulls (a null in an IN list is the caller's to give). */
    private static List<Object> nullable(Collection<?> values) {
        return java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    private static List<Object> listOf(Object[] values) {
        // A single collection argument is the list itself, so in("id", ids) and in("id", 1, 2) both work.
        if (values.length == 1 && values[0] instanceof Collection) {
            return new ArrayList<>((Collection<?>) values[0]);
        }
        return Arrays.asList(values);
    }

    /** {@code attribute LIKE pattern}: {@code %} and {@code _} in the pattern are wildcards. */
    public static Condition like(String attribute, String pattern) {
        return compare(attribute, Operator.LIKE, pattern);
    }

    /** {@code attribute NOT LIKE pattern}. */
    public static Condition notLike(String attribute, String pattern) {
        return compare(attribute, Operator.NOT_LIKE, pattern);
    }

    /** Case-insensitive LIKE ({@code ILIKE} on PostgreSQL; LIKE on lowered values elsewhere). */
    public static Condition iLike(String attribute, String pattern) {
        return compare(attribute, Operator.ILIKE, pattern);
    }

    /** Case-insensitive NOT LIKE. */
    public static Condition notILike(String attribute, String pattern) {
        return compare(attribute, Operator.NOT_ILIKE, pattern);
    }

    /** The value starts with {@code prefix}; wildcard characters in it match literally. */
    public static Condition startsWith(String attribute, String prefix) {
        return compare(attribute, Operator.STARTS_WITH, prefix);
    }

    /** The value does not start with {@code prefix}. */
    public static Condition notStartsWith(String attribute, String prefix) {
        return compare(attribute, Operator.NOT_STARTS_WITH, prefix);
    }

    /** The value ends with {@code suffix}; wildcard characters in it match literally. */
    public static Condition endsWith(String attribute, String suffix) {
        return compare(attribute, Operator.ENDS_WITH, suffix);
    }

    /** The value does not end with {@code suffix}. */
    public static Condition notEndsWith(String attribute, String suffix) {
        return compare(attribute, Operator.NOT_ENDS_WITH, suffix);
    }

    /** The value contains {@code part}; wildcard characters in it match literally. */
    public static Condition substring(String attribute, String part) {
        return compare(attribute, Operator.SUBSTRING, part);
    }

    /** The value does not contain {@code part}. */
    public static Condition notSubstring(String attribute, String part) {
        return compare(attribute, Operator.NOT_SUBSTRING, part);
    }

    /**
     * The value matches a regular expression (PostgreSQL {@code ~}, MySQL {@code REGEXP}; on SQLite a Java
     * regular expression registered as its {@code REGEXP} function).
     */
    public static Condition regexp(String attribute, String pattern) {
        return compare(attribute, Operator.REGEXP, pattern);
    }

    /** The value does not match a regular expression. */
    public static Condition notRegexp(String attribute, String pattern) {
        return compare(attribute, Operator.NOT_REGEXP, pattern);
    }

    /** Case-insensitive regular-expression match (PostgreSQL {@code ~*}). */
    public static Condition iRegexp(String attribute, String pattern) {
        return compare(attribute, Operator.IREGEXP, pattern);
    }

    /** Case-insensitive regular-expression non-match (PostgreSQL {@code !~*}). */
    public static Condition notIRegexp(String attribute, String pattern) {
        return compare(attribute, Operator.NOT_IREGEXP, pattern);
    }

    /** The array attribute shares at least one element with {@code values} (PostgreSQL {@code &&}). */
    public static Condition overlap(String attribute, Collection<?> values) {
        return compare(attribute, Operator.OVERLAP, nullable(values));
    }

    /** The array (or JSONB) attribute contains {@code value} (PostgreSQL {@code @>}). */
    public static Condition contains(String attribute, Object value) {
        return compare(attribute, Operator.CONTAINS, value);
    }

    /** The array (or JSONB) attribute is contained in {@code value} (PostgreSQL {@code <@}). */
    public static Condition contained(String attribute, Object value) {
        return compare(attribute, Operator.CONTAINED, value);
    }

    /** A general comparison of any expression: {@code where(fn("lower", col("email")), Operator.EQ, "x")}. */
    public static Condition where(Expression left, Operator operator, Object right) {
        return compare(left, operator, right);
    }

    // ---- quantifiers ------------------------------------------------------------------------

    /** {@code ANY(values)} as the right side of a comparison (PostgreSQL): {@code eq("id", any(ids))}. */
    public static Condition.Quantified any(Collection<?> values) {
        return new Condition.Quantified(false, nullable(values));
    }

    /** {@code ALL(values)} as the right side of a comparison (PostgreSQL): {@code gt("score", all(limits))}. */
    public static Condition.Quantified all(Collection<?> values) {
        return new Condition.Quantified(true, nullable(values));
    }

    // ---- logic ----------------------------------------------------------------------------------

    /** All of the conditions hold; with none, always true. */
    public static Condition and(Condition... conditions) {
        return new Condition.Junction(false, Arrays.asList(conditions));
    }

    /** All of the conditions hold. */
    public static Condition and(List<Condition> conditions) {
        return new Condition.Junction(false, conditions);
    }

    /** At least one of the conditions holds; with none, always false. */
    public static Condition or(Condition... conditions) {
        return new Condition.Junction(true, Arrays.asList(conditions));
    }

    /** At least one of the conditions holds. */
    public static Condition or(List<Condition> conditions) {
        return new Condition.Junction(true, conditions);
    }

    /** The condition does not hold. */
    public static Condition not(Condition condition) {
        return new Condition.Not(condition);
    }

    /** A raw SQL condition: {@code where(raw(Sql.literal("1 = 1")))}. */
    public static Condition raw(Expression.Literal literal) {
        return new Condition.Raw(literal);
    }

    /**
     * The map form of Sequelize's where object: each entry is one condition, all ANDed. Values: a plain
     * value (equality), {@code null} (IS NULL), a collection (IN), a one-argument operator such as
     * {@code gt(18)}, or, for a JSON attribute, a nested map of JSON keys.
     */
    public static Condition where(Map<String, ?> conditions) {
        if (conditions.size() == 1) {
            // The usual where({"id": id}): no list to build and take apart again.
            Map.Entry<String, ?> only = conditions.entrySet().iterator().next();
            return fromMapEntry(only.getKey(), List.of(), only.getValue());
        }
        List<Condition> parts = new ArrayList<>(conditions.size());
        for (Map.Entry<String, ?> entry : conditions.entrySet()) {
            parts.add(fromMapEntry(entry.getKey(), entry.getValue()));
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.Junction(false, parts);
    }

    private static Condition fromMapEntry(String path, Object value) {
        return fromMapEntry(path, List.of(), value);
    }

    /**
     * One entry of the map form; {@code keys} are the JSON keys of the maps it is nested in. Each map key
     * is one JSON key, never re-read as a path ({@code "a.b"} is not a then b, {@code "0"} no index).
     */
    private static Condition fromMapEntry(String path, List<String> keys, Object value) {
        Object left = keys.isEmpty() ? path : new Expression.JsonKeys(path, keys);
        if (value instanceof Condition.OpValue) {
            Condition.OpValue opValue = (Condition.OpValue) value;
            return compare(left, opValue.operator(), opValue.value());
        }
        if (value instanceof Map) {
            // Nested keys walk into a JSON attribute: {"meta": {"address": {"city": "X"}}}.
            List<Condition> parts = new ArrayList<>();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                if (!(entry.getKey() instanceof String)) {
                    throw new QueryError("The where map of '" + path + "' has a key that is not a String ("
                            + entry.getKey() + "); JSON object keys are text");
                }
                List<String> nested = new ArrayList<>(keys);
                nested.add((String) entry.getKey());
                parts.add(fromMapEntry(path, nested, entry.getValue()));
            }
            if (parts.isEmpty()) {
                throw new QueryError("The where map of '" + path + "' is empty; it would compare nothing");
            }
            return parts.size() == 1 ? parts.get(0) : new Condition.Junction(false, parts);
        }
        if (value instanceof Collection) {
            return compare(left, Operator.IN, nullable((Collection<?>) value));
        }
        return compare(left, Operator.EQ, value);
    }

    // ---- one-argument forms for the map style -----------------------------------------------

    /** {@code = value}, for the map form. */
    public static Condition.OpValue eq(Object value) {
        return new Condition.OpValue(Operator.EQ, value);
    }

    /** {@code != value}, for the map form. */
    public static Condition.OpValue ne(Object value) {
        return new Condition.OpValue(Operator.NE, value);
    }

    /** {@code > value}, for the map form. */
    public static Condition.OpValue gt(Object value) {
        return new Condition.OpValue(Operator.GT, value);
    }

    /** {@code >= value}, for the map form. */
    public static Condition.OpValue gte(Object value) {
        return new Condition.OpValue(Operator.GTE, value);
    }

    /** {@code < value}, for the map form. */
    public static Condition.OpValue lt(Object value) {
        return new Condition.OpValue(Operator.LT, value);
    }

    /** {@code <= value}, for the map form. */
    public static Condition.OpValue lte(Object value) {
        return new Condition.OpValue(Operator.LTE, value);
    }

    /** {@code IS value} (null, true or false), for the map form. */
    public static Condition.OpValue is(Boolean value) {
        return new Condition.OpValue(Operator.IS, value);
    }

    /** Sequelize's {@code Op.not}, for the map form. */
    public static Condition.OpValue not(Object value) {
        return new Condition.OpValue(value == null || value instanceof Boolean ? Operator.IS_NOT : Operator.NE, value);
    }

    /** {@code IN (values)}, for the map form. */
    public static Condition.OpValue in(Collection<?> values) {
        return new Condition.OpValue(Operator.IN, nullable(values));
    }

    /** {@code NOT IN (values)}, for the map form. */
    public static Condition.OpValue notIn(Collection<?> values) {
        return new Condition.OpValue(Operator.NOT_IN, nullable(values));
    }

    /** {@code BETWEEN low AND high}, for the map form. */
    public static Condition.OpValue between(Object low, Object high) {
        return new Condition.OpValue(Operator.BETWEEN, Arrays.asList(low, high));
    }

    /** {@code LIKE pattern}, for the map form. */
    public static Condition.OpValue like(String pattern) {
        return new Condition.OpValue(Operator.LIKE, pattern);
    }

    /** {@code NOT LIKE pattern}, for the map form. */
    public static Condition.OpValue notLike(String pattern) {
        return new Condition.OpValue(Operator.NOT_LIKE, pattern);
    }

    /** Starts with {@code prefix}, for the map form. */
    public static Condition.OpValue startsWith(String prefix) {
        return new Condition.OpValue(Operator.STARTS_WITH, prefix);
    }

    /** Ends with {@code suffix}, for the map form. */
    public static Condition.OpValue endsWith(String suffix) {
        return new Condition.OpValue(Operator.ENDS_WITH, suffix);
    }

    /** Contains {@code part}, for the map form. */
    public static Condition.OpValue substring(String part) {
        return new Condition.OpValue(Operator.SUBSTRING, part);
    }
}
