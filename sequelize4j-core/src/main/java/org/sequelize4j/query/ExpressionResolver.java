package org.sequelize4j.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sequelize4j.DataType;
import org.sequelize4j.DataTypes;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.sql.Operator;
import org.sequelize4j.sql.SelectSpec;
import org.sequelize4j.sql.SqlExpr;
import org.sequelize4j.types.TypeCoercion;
import org.sequelize4j.types.TypeMismatch;
import org.sequelize4j.types.ValueCodec;

/**
 * Resolves conditions and expressions written against a model ({@link Condition}, {@link Expression})
 * into SQL expressions: attribute names become qualified columns, JSON paths become the dialect's
 * extraction, values are checked against the attribute's type and bound with its codec. Unknown
 * attributes are reported as a {@link QueryError} naming the model and the clause, before any SQL exists.
 */
public final class ExpressionResolver {

    private final ModelDefinition model;
    private final String qualifier;
    private final Dialect dialect;
    private final TypeCoercion coercion;
    private final Map<String, SqlExpr> aliases;

    /**
     * @param model the model the names refer to
     * @param qualifier the table alias columns are qualified with (null for unqualified, as in UPDATE)
     * @param aliases names of computed select-list entries that HAVING and ORDER BY may use
     */
    public ExpressionResolver(ModelDefinition model, String qualifier, Dialect dialect, TypeCoercion coercion,
                              Map<String, SqlExpr> aliases) {
        this.model = model;
        this.qualifier = qualifier;
        this.dialect = dialect;
        this.coercion = coercion;
        this.aliases = aliases == null ? Map.of() : aliases;
    }

    /** The model names are resolved against. */
    public ModelDefinition model() {
        return model;
    }

    /** The column of an attribute, qualified. */
    public SqlExpr.Column column(AttributeDefinition attribute) {
        return new SqlExpr.Column(qualifier, attribute.field());
    }

    // ---- attributes ---------------------------------------------------------------------------

    /**
     * The attribute called {@code name}, or a {@link QueryError} listing the known ones.
     *
     * @param clause where the name appeared ("where", "order", "attributes", …), for the message
     */
    public AttributeDefinition attribute(String name, String clause) {
        AttributeDefinition attribute = model.attribute(name);
        if (attribute == null) {
            throw new QueryError("Model '" + model.name() + "' has no attribute '" + name + "' (used in " + clause
                    + "); its attributes are " + model.attributeNames());
        }
        return attribute;
    }

    /** A reference to an attribute's column or a JSON path inside one ({@code meta.address.city}). */
    public SqlExpr attributePath(String path, String clause, SqlExpr.JsonAs as) {
        AttributeDefinition attribute = model.attribute(path);
        if (attribute != null) {
            return columnOf(attribute, clause);
        }
        SqlExpr alias = aliases.get(path);
        if (alias != null) {
            return alias;
        }
        int dot = path.indexOf('.');
        if (dot > 0) {
            AttributeDefinition json = model.attribute(path.substring(0, dot));
            if (json != null && json.type().kind().isJson()) {
                List<SqlExpr.JsonStep> steps = new ArrayList<>();
                for (String element : path.substring(dot + 1).split("\\.", -1)) {
                    if (element.isEmpty()) {
                        throw new QueryError("Empty key in JSON path '" + path + "' of model '" + model.name() + "'");
                    }
                    // The dotted form is the explicit path syntax: a number (up to nine digits, an int) indexes
                    // an array, anything else is an object key.
                    steps.add(element.matches("\\d{1,9}") ? SqlExpr.JsonStep.index(Integer.parseInt(element))
                            : SqlExpr.JsonStep.key(element));
                }
                return new SqlExpr.JsonPath(columnOf(json, clause), steps, as);
            }
        }
        throw attributeError(path, clause);
    }

    /**
     * Object keys inside a JSON attribute or an explicit path into one, each key one step as written
     * (the nested-map form of where).
     */
    public SqlExpr jsonKeys(Expression.JsonKeys keys, String clause, SqlExpr.JsonAs as) {
        List<SqlExpr.JsonStep> steps = new ArrayList<>();
        SqlExpr base = attributePath(keys.path(), clause, as);
        SqlExpr column;
        if (base instanceof SqlExpr.JsonPath) {
            steps.addAll(((SqlExpr.JsonPath) base).path());
            column = ((SqlExpr.JsonPath) base).column();
        } else {
            AttributeDefinition attribute = model.attribute(keys.path());
            if (attribute == null || !attribute.type().kind().isJson()) {
                throw new QueryError("Model '" + model.name() + "': '" + keys.path() + "' is given a nested map of "
                        + keys.keys() + " in " + clause + ", but only a JSON attribute has keys inside it");
            }
            column = base;
        }
        for (String key : keys.keys()) {
            steps.add(SqlExpr.JsonStep.key(key));
        }
        return new SqlExpr.JsonPath(column, steps, as);
    }

    private QueryError attributeError(String path, String clause) {
        return new QueryError("Model '" + model.name() + "' has no attribute '" + path + "' (used in " + clause
                + "); its attributes are " + model.attributeNames()
                + (path.contains(".") ? " (a dotted name reaches into a JSON attribute)" : ""));
    }

    private SqlExpr columnOf(AttributeDefinition attribute, String clause) {
        if (attribute.isVirtual()) {
            throw new QueryError("Attribute '" + attribute.name() + "' of model '" + model.name()
                    + "' is VIRTUAL and has no column, so it cannot be used in " + clause);
        }
        return column(attribute);
    }

    // ---- expressions --------------------------------------------------------------------------

    /** Resolves a caller's expression. */
    public SqlExpr expression(Expression e, String clause) {
        if (e instanceof Expression.Col) {
            String name = ((Expression.Col) e).name();
            if (name.equals("*")) {
                return new SqlExpr.Raw("*");
            }
            if (model.attribute(name) != null || aliases.containsKey(name)) {
                return attributePath(name, clause, SqlExpr.JsonAs.TEXT);
            }
            int dot = name.indexOf('.');
            if (dot > 0) {
                AttributeDefinition first = model.attribute(name.substring(0, dot));
                if (first != null && first.type().kind().isJson()) {
                    return attributePath(name, clause, SqlExpr.JsonAs.TEXT);
                }
                if (name.indexOf('.', dot + 1) < 0) {
                    // A column qualified by a table or alias; both parts are quoted identifiers.
                    String table = name.substring(0, dot);
                    String column = name.substring(dot + 1);
                    boolean ownTable = table.equals(qualifier) || table.equals(model.tableName())
                            || table.equals(model.name());
                    AttributeDefinition attribute = ownTable ? model.attribute(column) : null;
                    return new SqlExpr.Column(ownTable ? qualifier : table, attribute != null ? attribute.field() : column);
                }
            }
            throw attributeError(name, clause);
        }
        if (e instanceof Expression.Fn) {
            Expression.Fn fn = (Expression.Fn) e;
            List<SqlExpr> args = new ArrayList<>(fn.args().size());
            for (Object arg : fn.args()) {
                args.add(arg instanceof Expression ? expression((Expression) arg, clause) : param(arg));
            }
            return new SqlExpr.Func(dialect.functionName(fn.name()), args);
        }
        if (e instanceof Expression.JsonKeys) {
            return jsonKeys((Expression.JsonKeys) e, clause, SqlExpr.JsonAs.TEXT);
        }
        if (e instanceof Expression.Literal) {
            return literal(((Expression.Literal) e).sql());
        }
        if (e instanceof Expression.Cast) {
            Expression.Cast cast = (Expression.Cast) e;
            SqlExpr inner = cast.value() instanceof Expression ? expression((Expression) cast.value(), clause)
                    : param(cast.value());
            return new SqlExpr.Cast(inner, cast.type());
        }
        if (e instanceof Expression.Value) {
            return param(((Expression.Value) e).value());
        }
        if (e instanceof Expression.Random) {
            return new SqlExpr.Random();
        }
        if (e instanceof Expression.Distinct) {
            return new SqlExpr.Distinct(expression(((Expression.Distinct) e).expression(), clause));
        }
        if (e instanceof Expression.Aliased) {
            Expression.Aliased aliased = (Expression.Aliased) e;
            return new SqlExpr.Aliased(expression(aliased.expression(), clause), aliased.alias());
        }
        if (e instanceof Expression.Related) {
            return related((Expression.Related) e, clause);
        }
        throw new QueryError("Unsupported expression " + e);
    }

    /** From this many values on, dialects with arrays get one array parameter instead of an IN list. */
    static final int ARRAY_IN_FROM = 100;

    private SqlExpr related(Expression.Related r, String clause) {
        return RelatedValues.subquery(r, this, clause);
    }

    /** A resolver for another model's names, qualified by {@code alias} (for subqueries). */
    ExpressionResolver other(ModelDefinition other, String alias) {
        return new ExpressionResolver(other, alias, dialect, coercion, null);
    }

    /** This model's attribute as a column qualified by this resolver's table (or alias), for correlation. */
    SqlExpr qualifiedColumn(String attribute, String clause) {
        return new SqlExpr.Column(qualifier != null ? qualifier : model.tableName(), attribute(attribute, clause).field());
    }

    /** A bound value whose codec is chosen from its Java type. */
    public SqlExpr param(Object value) {
        if (value instanceof java.time.OffsetDateTime || value instanceof java.time.ZonedDateTime
                || value instanceof java.util.Date && !(value instanceof java.sql.Date) && !(value instanceof java.sql.Time)) {
            // Instants of every spelling are written the way the dialect stores DATE columns.
            Object instant = coercion.coerce(DataTypes.DATE, value);
            return new SqlExpr.Param(instant, dialect.codec(DataTypes.DATE));
        }
        return new SqlExpr.Param(value, codecForValue(value));
    }

    /** The codec for a value whose column type is unknown, chosen from its Java type. */
    public ValueCodec codecForValue(Object value) {
        DataType type = typeOfValue(value);
        return type == null ? null : dialect.codec(type);
    }

    /** The type of the first non-null value, or null. */
    private static DataType typeOfValues(Collection<?> values) {
        for (Object value : values) {
            if (value != null) {
                return typeOfValue(value);
            }
        }
        return null;
    }

    private static DataType typeOfValue(Object value) {
        if (value instanceof String) {
            return DataTypes.TEXT;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return DataTypes.INTEGER;
        }
        if (value instanceof Long) {
            return DataTypes.BIGINT;
        }
        if (value instanceof BigDecimal) {
            return DataTypes.DECIMAL;
        }
        if (value instanceof Double) {
            return DataTypes.DOUBLE;
        }
        if (value instanceof Boolean) {
            return DataTypes.BOOLEAN;
        }
        if (value instanceof Instant) {
            return DataTypes.DATE;
        }
        if (value instanceof LocalDate) {
            return DataTypes.DATEONLY;
        }
        if (value instanceof LocalTime) {
            return DataTypes.TIME;
        }
        if (value instanceof UUID) {
            return DataTypes.UUID;
        }
        if (value instanceof byte[]) {
            return DataTypes.BLOB;
        }
        return null;
    }

    // ---- conditions ---------------------------------------------------------------------------

    /**
     * How deeply and/or/not may nest. Real conditions stay far below it; past it the rendering and the
     * database's parser would recurse without bound (a StackOverflowError instead of an answer).
     */
    public static final int MAX_CONDITION_DEPTH = 256;

    /** Resolves a condition. */
    public SqlExpr condition(Condition condition, String clause) {
        return condition(condition, clause, 0);
    }

    private SqlExpr condition(Condition condition, String clause, int depth) {
        if (depth > MAX_CONDITION_DEPTH) {
            throw new QueryError("The " + clause + " condition of model '" + model.name() + "' nests and/or/not more"
                    + " than " + MAX_CONDITION_DEPTH + " levels deep; flatten it (and/or take any number of parts)");
        }
        if (condition instanceof Condition.Compare) {
            return compare((Condition.Compare) condition, clause);
        }
        if (condition instanceof Condition.Junction) {
            Condition.Junction junction = (Condition.Junction) condition;
            List<SqlExpr> parts = new ArrayList<>(junction.parts().size());
            for (Condition part : junction.parts()) {
                parts.add(condition(part, clause, depth + 1));
            }
            return junction.or() ? new SqlExpr.Or(parts) : new SqlExpr.And(parts);
        }
        if (condition instanceof Condition.Not) {
            return new SqlExpr.Not(condition(((Condition.Not) condition).condition(), clause, depth + 1));
        }
        if (condition instanceof Condition.InSelect) {
            return inSelect((Condition.InSelect) condition, clause);
        }
        return literal(((Condition.Raw) condition).literal().sql());
    }

    /** A literal's SQL, once it is known to hold no placeholder the driver or database would bind. */
    private SqlExpr literal(String sql) {
        org.sequelize4j.sql.RawSql.checkLiteral(sql, dialect.rawSyntax());
        return new SqlExpr.Raw(sql);
    }

    /** {@code key IN (SELECT …)} over another model, its columns unqualified inside the subquery. */
    private SqlExpr inSelect(Condition.InSelect in, String clause) {
        List<SqlExpr> left = new ArrayList<>();
        for (String name : in.attributes()) {
            left.add(column(attribute(name, clause)));
        }
        ModelDefinition target = in.target();
        ExpressionResolver inner = new ExpressionResolver(target, null, dialect, coercion, null);
        List<SqlExpr> columns = new ArrayList<>();
        for (String name : in.targetAttributes()) {
            columns.add(inner.column(inner.attribute(name, clause)));
        }
        SqlExpr where = in.where() == null ? null : inner.condition(in.where(), clause);
        if (in.paranoid() && target.deletedAt() != null) {
            SqlExpr live = new SqlExpr.Is(inner.column(target.deletedAt()), false, null);
            where = where == null ? live : new SqlExpr.And(List.of(where, live));
        }
        SelectSpec select = new SelectSpec(new org.sequelize4j.sql.TableRef(target.schema(), target.tableName(), null),
                columns, List.of(), where, List.of(), null, List.of(), null, null, null);
        return new SqlExpr.InSubquery(left.size() == 1 ? left.get(0) : new SqlExpr.Tuple(left), select);
    }

    private SqlExpr compare(Condition.Compare c, String clause) {
        Operator op = c.operator();
        Object right = c.right();
        AttributeDefinition attribute = c.left() instanceof String ? model.attribute((String) c.left()) : null;
        SqlExpr left;
        DataType type = null;
        if (c.left() instanceof String) {
            left = attributePath((String) c.left(), clause, jsonKind(right));
            if (attribute != null) {
                type = attribute.type();
            }
        } else if (c.left() instanceof Expression.JsonKeys) {
            left = jsonKeys((Expression.JsonKeys) c.left(), clause, jsonKind(right));
        } else {
            left = expression((Expression) c.left(), clause);
        }
        String subject = c.left() instanceof String ? "attribute '" + c.left() + "'" : "expression";
        if ((op.isLike() || op == Operator.REGEXP || op == Operator.NOT_REGEXP || op == Operator.IREGEXP
                || op == Operator.NOT_IREGEXP) && type != null
                && (type.kind().isInteger() || type.kind() == DataType.Kind.DECIMAL)) {
            // Patterns match the number's text; PostgreSQL has no LIKE or ~ for numbers, the others convert.
            left = new SqlExpr.Cast(left, "TEXT");
        }

        if (right instanceof Expression) {
            SqlExpr rightExpr = expression((Expression) right, clause);
            return new SqlExpr.Compare(left, op, rightExpr);
        }
        if (right instanceof Condition.Quantified) {
            Condition.Quantified q = (Condition.Quantified) right;
            dialect.requireCapability(dialect.capabilities().arrays(), "ANY/ALL over arrays");
            DataType arrayType = type != null && type.kind() == DataType.Kind.ARRAY ? type
                    : DataTypes.ARRAY(type != null ? type : DataTypes.TEXT);
            Object values = coerce(arrayType, q.values(), subject);
            return new SqlExpr.Compare(left, op, new SqlExpr.Quantified(q.all(),
                    new SqlExpr.Param(values, dialect.codec(arrayType))));
        }
        switch (op) {
            case EQ: case NE:
                if (right == null) {
                    return new SqlExpr.Is(left, op == Operator.NE, null);
                }
                return new SqlExpr.Compare(left, op, value(type, right, subject));
            case GT: case GTE: case LT: case LTE:
                requireValue(right, op, subject);
                return new SqlExpr.Compare(left, op, value(type, right, subject));
            case IS: case IS_NOT:
                if (right != null && !(right instanceof Boolean)) {
                    throw new QueryError("IS compares with null, true or false, not " + right + " (" + subject
                            + " of model '" + model.name() + "')");
                }
                return new SqlExpr.Is(left, op == Operator.IS_NOT, (Boolean) right);
            case IN: case NOT_IN: {
                Collection<?> values = collection(right, op, subject);
                DataType elementType = type != null ? type : typeOfValues(values);
                if (values.size() >= ARRAY_IN_FROM && dialect.capabilities().arrays()
                        && elementType != null && elementType.kind() != DataType.Kind.ARRAY
                        && !elementType.kind().isJson()) {
                    // One array parameter instead of one per value: PostgreSQL refuses statements with more
                    // than 65,535 parameters, the array is 1.3-5x faster from a thousand values on (measured),
                    // and one statement text serves every list size. "x <> ALL(array)" is exactly NOT IN,
                    // NULLs included.
                    DataType arrayType = DataTypes.ARRAY(elementType);
                    Object array = coerce(arrayType, new ArrayList<>(values), subject);
                    return new SqlExpr.Compare(left, op == Operator.IN ? Operator.EQ : Operator.NE,
                            new SqlExpr.Quantified(op == Operator.NOT_IN, new SqlExpr.Param(array,
                                    dialect.codec(arrayType))));
                }
                List<SqlExpr> items = new ArrayList<>(values.size());
                for (Object v : values) {
                    items.add(value(type, v, subject));
                }
                return new SqlExpr.In(left, op == Operator.NOT_IN, items);
            }
            case BETWEEN: case NOT_BETWEEN: {
                List<?> bounds = new ArrayList<>(collection(right, op, subject));
                if (bounds.size() != 2) {
                    throw new QueryError("BETWEEN needs exactly two values, got " + bounds + " (" + subject + ")");
                }
                return new SqlExpr.Between(left, op == Operator.NOT_BETWEEN, value(type, bounds.get(0), subject),
                        value(type, bounds.get(1), subject));
            }
            case LIKE: case NOT_LIKE: case ILIKE: case NOT_ILIKE:
                requireValue(right, op, subject);
                return new SqlExpr.Like(left, param(right.toString()), op == Operator.NOT_LIKE || op == Operator.NOT_ILIKE,
                        op == Operator.ILIKE || op == Operator.NOT_ILIKE, false);
            case STARTS_WITH: case NOT_STARTS_WITH: case ENDS_WITH: case NOT_ENDS_WITH: case SUBSTRING:
            case NOT_SUBSTRING: {
                requireValue(right, op, subject);
                String escaped = escapeLike(right.toString());
                String pattern = op == Operator.STARTS_WITH || op == Operator.NOT_STARTS_WITH ? escaped + "%"
                        : op == Operator.ENDS_WITH || op == Operator.NOT_ENDS_WITH ? "%" + escaped : "%" + escaped + "%";
                return new SqlExpr.Like(left, param(pattern), op.isNegated(), false, true);
            }
            case REGEXP: case NOT_REGEXP: case IREGEXP: case NOT_IREGEXP:
                requireValue(right, op, subject);
                dialect.requireCapability(dialect.capabilities().regexp(), "regular-expression operators");
                return new SqlExpr.Compare(left, op, param(right.toString()));
            case OVERLAP: case CONTAINS: case CONTAINED: {
                requireValue(right, op, subject);
                dialect.requireCapability(dialect.capabilities().arrays(), "array and JSON containment operators ("
                        + op + ")");
                boolean array = type != null && type.kind() == DataType.Kind.ARRAY;
                boolean json = type != null && type.kind().isJson() && op != Operator.OVERLAP;
                if (!array && !json) {
                    throw new QueryError(op + " needs an ARRAY" + (op == Operator.OVERLAP ? "" : " or JSON")
                            + " attribute (" + subject + " of model '" + model.name() + "')");
                }
                if (type.kind() == DataType.Kind.JSON && dialect.supportsType(DataTypes.JSONB)) {
                    // PostgreSQL has @> and <@ for jsonb only; a json column is compared as jsonb.
                    left = new SqlExpr.Cast(left, "JSONB");
                    type = DataTypes.JSONB;
                }
                Object coerced = coerce(type, right, subject);
                return new SqlExpr.Compare(left, op, new SqlExpr.Param(coerced, dialect.codec(type)));
            }
            default:
                throw new QueryError("Unsupported operator " + op);
        }
    }

    /** Escapes LIKE wildcards with '!', the escape character every dialect accepts. */
    static String escapeLike(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '!' || ch == '%' || ch == '_') {
                sb.append('!');
            }
            sb.append(ch);
        }
        return sb.toString();
    }

    private static SqlExpr.JsonAs jsonKind(Object right) {
        Object sample = right;
        if (right instanceof Collection && !((Collection<?>) right).isEmpty()) {
            sample = ((Collection<?>) right).iterator().next();
        }
        if (sample instanceof Number) {
            return SqlExpr.JsonAs.NUMBER;
        }
        if (sample instanceof Boolean) {
            return SqlExpr.JsonAs.BOOLEAN;
        }
        return SqlExpr.JsonAs.TEXT;
    }

    private void requireValue(Object value, Operator op, String subject) {
        if (value == null) {
            throw new QueryError(op + " needs a value, got null (" + subject + " of model '" + model.name() + "')");
        }
    }

    private Collection<?> collection(Object value, Operator op, String subject) {
        if (value instanceof Collection) {
            return (Collection<?>) value;
        }
        if (value instanceof Object[]) {
            return Arrays.asList((Object[]) value);
        }
        throw new QueryError(op + " needs a list of values, got " + value + " (" + subject + " of model '"
                + model.name() + "')");
    }

    private SqlExpr value(DataType type, Object value, String subject) {
        if (value instanceof Expression) {
            return expression((Expression) value, "where");
        }
        if (type == null || type.isVirtual()) {
            return param(value);
        }
        Object coerced = coerce(type, value, subject);
        return new SqlExpr.Param(coerced, coerced == null ? null : dialect.codec(type));
    }

    private Object coerce(DataType type, Object value, String subject) {
        try {
            return coercion.coerce(type, value);
        } catch (TypeMismatch e) {
            throw invalidValue(subject, model, e);
        }
    }

    /** The error for a compared value that its attribute's type refuses. */
    static QueryError invalidValue(String subject, ModelDefinition model, TypeMismatch e) {
        return new QueryError("Invalid value for " + subject + " of model '" + model.name() + "': " + e.getMessage());
    }
}
