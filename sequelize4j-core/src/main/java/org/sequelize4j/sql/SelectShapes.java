package org.sequelize4j.sql;

/**
 * The {@link StatementShape} of a SELECT: everything {@link SqlRenderer#select} writes, with the
 * values in the order it binds them (select list, join conditions, where, group, having, order).
 * Limit and offset are written into the text, so they are part of the shape.
 */
public final class SelectShapes {

    private static final Object SELECT = new StatementShape.Marker(101);

    private SelectShapes() {
    }

    /** The shape of {@code spec}, or null when part of it has none (see {@link StatementShape}). */
    public static StatementShape.Builder of(SelectSpec spec) {
        StatementShape.Builder shape = StatementShape.builder().token(SELECT);
        table(shape, spec.from());
        if (!list(shape, spec.columns())) {
            return null;
        }
        shape.token(spec.joins().size());
        for (SelectSpec.Join join : spec.joins()) {
            shape.token(join.inner()).token(join.right());
            table(shape, join.table());
            if (!shape.add(join.on())) {
                return null;
            }
        }
        if (!optional(shape, spec.where()) || !list(shape, spec.groupBy()) || !optional(shape, spec.having())) {
            return null;
        }
        shape.token(spec.order().size());
        for (SelectSpec.Order order : spec.order()) {
            shape.token(order.descending()).token(order.nulls());
            if (!shape.add(order.expression())) {
                return null;
            }
        }
        shape.token(spec.limit()).token(spec.offset());
        SelectSpec.LockClause lock = spec.lock();
        shape.token(lock == null ? null : lock.level());
        if (lock != null) {
            shape.token(lock.skipLocked()).token(lock.noWait());
        }
        return shape;
    }

    private static void table(StatementShape.Builder shape, TableRef table) {
        shape.token(table.schema()).token(table.name()).token(table.alias());
    }

    private static boolean list(StatementShape.Builder shape, java.util.List<SqlExpr> expressions) {
        shape.token(expressions.size());
        for (SqlExpr e : expressions) {
            if (!shape.add(e)) {
                return false;
            }
        }
        return true;
    }

    private static boolean optional(StatementShape.Builder shape, SqlExpr e) {
        shape.token(e != null);
        return e == null || shape.add(e);
    }
}
