package org.sequelize4j.sql;

import java.util.List;
import org.sequelize4j.Lock;

/**
 * A SELECT statement before rendering.
 *
 * @param from the main table
 * @param columns the select list (expressions, possibly aliased)
 * @param joins joined tables, in order
 * @param where the filter or null
 * @param groupBy GROUP BY expressions
 * @param having the HAVING condition or null
 * @param order ORDER BY entries
 * @param limit LIMIT or null
 * @param offset OFFSET or null
 * @param lock row locking or null
 */
public record SelectSpec(TableRef from, List<SqlExpr> columns, List<Join> joins, SqlExpr where, List<SqlExpr> groupBy,
                         SqlExpr having, List<Order> order, Integer limit, Integer offset, LockClause lock) {

    public SelectSpec {
        columns = List.copyOf(columns);
        joins = joins == null ? List.of() : List.copyOf(joins);
        groupBy = groupBy == null ? List.of() : List.copyOf(groupBy);
        order = order == null ? List.of() : List.copyOf(order);
    }

    /** Where NULLs sort. */
    public enum Nulls {
        DEFAULT, FIRST, LAST
    }

    /** One ORDER BY entry. */
    public record Order(SqlExpr expression, boolean descending, Nulls nulls) {
    }

    /**
     * A joined table: {@code [LEFT OUTER | INNER | RIGHT OUTER] JOIN table ON condition}.
     *
     * @param inner an inner join
     * @param right a right outer join (every row of {@code table}, with or without a match); ignored when inner
     */
    public record Join(TableRef table, boolean inner, SqlExpr on, boolean right) {

        /** An inner or a left outer join. */
        public Join(TableRef table, boolean inner, SqlExpr on) {
            this(table, inner, on, false);
        }
    }

    /** {@code FOR UPDATE} and friends. */
    public record LockClause(Lock level, boolean skipLocked, boolean noWait) {
    }
}
