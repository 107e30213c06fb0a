package org.sequelize4j.sql;

import java.util.List;

/**
 * Writes statements and expressions as SQL text with bound parameters, asking the {@link SqlDialect}
 * wherever databases differ. Values are always parameters, except in DDL, where databases accept no
 * parameters and {@link #inline(SqlExpr)} writes checked literals instead.
 *
 * <p>Stateless; one per dialect, shared by all threads.
 */
public final class SqlRenderer {

    private final SqlDialect dialect;

    /** A renderer for a dialect. */
    public SqlRenderer(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /** The dialect. */
    public SqlDialect dialect() {
        return dialect;
    }

    // ---- statements ------------------------------------------------------------------------

    /** Renders a SELECT. */
    public SqlStatement select(SelectSpec s) {
        SqlWriter w = new SqlWriter(96 + 24 * s.columns().size(), 8);
        writeSelect(w, s);
        return w.toStatement();
    }

    /**
     * A SELECT whose limit and offset apply per group of rows with equal {@code partition} values (the
     * first {@code limit} rows of each group in {@code order}, after skipping {@code offset}): the rows
     * are ranked by {@code ROW_NUMBER()} in a derived table and filtered on the rank. The select list
     * comes first, so rows are read by position as for a plain select; the rank is one extra column.
     */
    public SqlStatement selectPerGroup(SelectSpec inner, List<SqlExpr> partition, List<SelectSpec.Order> order,
                                       Integer limit, Integer offset) {
        List<SqlExpr> columns = new java.util.ArrayList<>(inner.columns());
        columns.add(new SqlExpr.Aliased(new SqlExpr.RowNumber(partition, order), RANK));
        SelectSpec ranked = new SelectSpec(inner.from(), columns, inner.joins(), inner.where(), List.of(), null,
                List.of(), null, null, null);
        SqlWriter w = new SqlWriter(160 + 24 * columns.size(), 8);
        w.append("SELECT * FROM (");
        writeSelect(w, ranked);
        w.append(") ").append(dialect.quoteIdentifier(RANKED)).append(" WHERE ");
        String rank = dialect.quoteIdentifier(RANK);
        long from = offset == null ? 0 : offset;
        w.append(rank).append(" > ").append(from);
        if (limit != null) {
            w.append(" AND ").append(rank).append(" <= ").append(from + limit);
        }
        w.append(" ORDER BY ").append(rank);
        return w.toStatement();
    }

    /** The rank column and derived table of {@link #selectPerGroup}; no attribute can be named like them. */
    private static final String RANK = "__s4j_rank";
    private static final String RANKED = "__s4j_ranked";

    /** Writes a SELECT into a writer (also used for subqueries). */
    public void writeSelect(SqlWriter w, SelectSpec s) {
        w.append("SELECT ");
        writeList(w, s.columns());
        w.append(" FROM ");
        writeTableWithAlias(w, s.from());
        for (SelectSpec.Join join : s.joins()) {
            w.append(join.inner() ? " INNER JOIN " : join.right() ? " RIGHT OUTER JOIN " : " LEFT OUTER JOIN ");
            writeTableWithAlias(w, join.table());
            w.append(" ON ");
            writeExpr(w, join.on());
        }
        if (s.where() != null) {
            w.append(" WHERE ");
            writeExpr(w, s.where());
        }
        if (!s.groupBy().isEmpty()) {
            w.append(" GROUP BY ");
            writeList(w, s.groupBy());
        }
        if (s.having() != null) {
            w.append(" HAVING ");
            writeExpr(w, s.having());
        }
        if (!s.order().isEmpty()) {
            w.append(" ORDER BY ");
            for (int i = 0; i < s.order().size(); i++) {
                if (i > 0) {
                    w.append(", ");
                }
                writeOrder(w, s.order().get(i));
            }
        }
        dialect.writeLimitOffset(w, s.limit(), s.offset());
        if (s.lock() != null) {
            dialect.writeLock(w, s.lock());
        }
    }

    private void writeOrder(SqlWriter w, SelectSpec.Order order) {
        if (order.nulls() != SelectSpec.Nulls.DEFAULT && !dialect.capabilities().nullsOrdering()) {
            // Emulated where NULLS FIRST/LAST is missing: sort on "IS NULL" first.
            writeExpr(w, order.expression());
            w.append(order.nulls() == SelectSpec.Nulls.FIRST ? " IS NULL DESC, " : " IS NULL ASC, ");
            writeExpr(w, order.expression());
            w.append(order.descending() ? " DESC" : " ASC");
            return;
        }
        writeExpr(w, order.expression());
        w.append(order.descending() ? " DESC" : " ASC");
        if (order.nulls() == SelectSpec.Nulls.FIRST) {
            w.append(" NULLS FIRST");
        } else if (order.nulls() == SelectSpec.Nulls.LAST) {
            w.append(" NULLS LAST");
        }
    }

    /** Renders an INSERT. */
    public SqlStatement insert(InsertSpec s) {
        int params = s.columns().size() * s.rows().size();
        SqlWriter w = new SqlWriter(64 + params * 4, params);
        w.append(dialect.insertKeyword(s));
        dialect.writeTableName(w, s.table());
        if (s.columns().isEmpty()) {
            dialect.writeInsertDefaults(w);
        } else {
            w.append(" (");
            for (int i = 0; i < s.columns().size(); i++) {
                if (i > 0) {
                    w.append(", ");
                }
                w.append(dialect.quoteIdentifier(s.columns().get(i)));
            }
            w.append(") VALUES ");
            for (int r = 0; r < s.rows().size(); r++) {
                if (r > 0) {
                    w.append(", ");
                }
                w.append('(');
                writeList(w, s.rows().get(r));
                w.append(')');
            }
        }
        if (s.conflict() != null) {
            dialect.writeConflict(w, this, s);
        }
        if (!s.returning().isEmpty() && dialect.capabilities().insertReturning()) {
            dialect.writeReturning(w, s.returning());
        }
        return w.toStatement();
    }

    /** Renders an UPDATE. */
    public SqlStatement update(UpdateSpec s) {
        SqlWriter w = new SqlWriter();
        w.append("UPDATE ");
        dialect.writeTableName(w, s.table());
        w.append(" SET ");
        for (int i = 0; i < s.assignments().size(); i++) {
            if (i > 0) {
                w.append(", ");
            }
            UpdateSpec.Assignment a = s.assignments().get(i);
            w.append(dialect.quoteIdentifier(a.column())).append(" = ");
            writeExpr(w, a.value());
        }
        if (s.where() != null) {
            w.append(" WHERE ");
            writeExpr(w, s.where());
        }
        if (s.limit() != null) {
            dialect.requireCapability(dialect.capabilities().updateLimit(), "UPDATE with LIMIT");
            w.append(" LIMIT ").append(s.limit());
        }
        if (!s.returning().isEmpty() && dialect.capabilities().updateReturning()) {
            dialect.writeReturning(w, s.returning());
        }
        return w.toStatement();
    }

    /** Renders a DELETE. */
    public SqlStatement delete(DeleteSpec s) {
        SqlWriter w = new SqlWriter();
        w.append("DELETE FROM ");
        dialect.writeTableName(w, s.table());
        if (s.where() != null) {
            w.append(" WHERE ");
            writeExpr(w, s.where());
        }
        if (s.limit() != null) {
            dialect.requireCapability(dialect.capabilities().deleteLimit(), "DELETE with LIMIT");
            w.append(" LIMIT ").append(s.limit());
        }
        if (!s.returning().isEmpty() && dialect.capabilities().deleteReturning()) {
            dialect.writeReturning(w, s.returning());
        }
        return w.toStatement();
    }

    /** Writes a table with its alias, if any. */
    public void writeTableWithAlias(SqlWriter w, TableRef table) {
        dialect.writeTableName(w, table);
        // A table under its own name needs no alias: the name already qualifies its columns.
        if (table.alias() != null && !table.alias().equals(table.name())) {
            w.append(" AS ").append(dialect.quoteIdentifier(table.alias()));
        }
    }

    /**
     * An expression as text with its values written as literals, for DDL (partial-index conditions,
     * CHECK constraints), where databases do not accept parameters.
     */
    public String inline(SqlExpr expr) {
        SqlWriter w = new SqlWriter();
        w.inlineWith(dialect::inlineLiteral);
        writeExpr(w, expr);
        return w.text().toString();
    }

    // ---- expressions -----------------------------------------------------------------------

    /** Writes a comma-separated list. */
    public void writeList(SqlWriter w, List<SqlExpr> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                w.append(", ");
            }
            writeExpr(w, items.get(i));
        }
    }

    /** Writes one expression. */
    public void writeExpr(SqlWriter w, SqlExpr e) {
        if (e instanceof SqlExpr.Column) {
            SqlExpr.Column c = (SqlExpr.Column) e;
            if (c.qualifier() != null) {
                w.append(dialect.quoteIdentifier(c.qualifier())).append('.');
            }
            w.append(dialect.quoteIdentifier(c.name()));
        } else if (e instanceof SqlExpr.Param) {
            SqlExpr.Param p = (SqlExpr.Param) e;
            w.param(p.value(), p.codec());
        } else if (e instanceof SqlExpr.Compare) {
            writeCompare(w, (SqlExpr.Compare) e);
        } else if (e instanceof SqlExpr.And) {
            writeJunction(w, ((SqlExpr.And) e).parts(), " AND ", true);
        } else if (e instanceof SqlExpr.Or) {
            writeJunction(w, ((SqlExpr.Or) e).parts(), " OR ", false);
        } else if (e instanceof SqlExpr.In) {
            writeIn(w, (SqlExpr.In) e);
        } else if (e instanceof SqlExpr.Like) {
            writeLike(w, (SqlExpr.Like) e);
        } else if (e instanceof SqlExpr.Is) {
            SqlExpr.Is is = (SqlExpr.Is) e;
            writeExpr(w, is.left());
            w.append(is.not() ? " IS NOT " : " IS ");
            w.append(is.value() == null ? "NULL" : is.value() ? "TRUE" : "FALSE");
        } else if (e instanceof SqlExpr.InSubquery) {
            SqlExpr.InSubquery in = (SqlExpr.InSubquery) e;
            writeExpr(w, in.left());
            w.append(" IN (");
            writeSelect(w, in.select());
            w.append(')');
        } else if (e instanceof SqlExpr.Between) {
            SqlExpr.Between b = (SqlExpr.Between) e;
            writeExpr(w, b.left());
            w.append(b.not() ? " NOT BETWEEN " : " BETWEEN ");
            writeExpr(w, b.low());
            w.append(" AND ");
            writeExpr(w, b.high());
        } else if (e instanceof SqlExpr.Not) {
            w.append("NOT (");
            writeExpr(w, ((SqlExpr.Not) e).expression());
            w.append(')');
        } else if (e instanceof SqlExpr.Func) {
            SqlExpr.Func f = (SqlExpr.Func) e;
            w.append(dialect.functionName(f.name())).append('(');
            writeList(w, f.args());
            w.append(')');
        } else if (e instanceof SqlExpr.Raw) {
            w.append(((SqlExpr.Raw) e).sql());
        } else if (e instanceof SqlExpr.ScalarSubquery) {
            w.append('(');
            writeSelect(w, ((SqlExpr.ScalarSubquery) e).select());
            w.append(')');
        } else if (e instanceof SqlExpr.Tuple) {
            w.append('(');
            writeList(w, ((SqlExpr.Tuple) e).items());
            w.append(')');
        } else if (e instanceof SqlExpr.RowNumber) {
            SqlExpr.RowNumber r = (SqlExpr.RowNumber) e;
            w.append("ROW_NUMBER() OVER (PARTITION BY ");
            writeList(w, r.partition());
            if (!r.order().isEmpty()) {
                w.append(" ORDER BY ");
                for (int i = 0; i < r.order().size(); i++) {
                    if (i > 0) {
                        w.append(", ");
                    }
                    writeOrder(w, r.order().get(i));
                }
            }
            w.append(')');
        } else if (e instanceof SqlExpr.Aliased) {
            SqlExpr.Aliased a = (SqlExpr.Aliased) e;
            writeExpr(w, a.expression());
            w.append(" AS ").append(dialect.quoteIdentifier(a.alias()));
        } else if (e instanceof SqlExpr.Distinct) {
            w.append("DISTINCT ");
            writeExpr(w, ((SqlExpr.Distinct) e).expression());
        } else if (e instanceof SqlExpr.Cast) {
            SqlExpr.Cast c = (SqlExpr.Cast) e;
            w.append("CAST(");
            writeExpr(w, c.expression());
            w.append(" AS ").append(dialect.castType(c.type())).append(')');
        } else if (e instanceof SqlExpr.JsonPath) {
            dialect.writeJsonPath(w, this, (SqlExpr.JsonPath) e);
        } else if (e instanceof SqlExpr.ListOf) {
            w.append('(');
            writeList(w, ((SqlExpr.ListOf) e).items());
            w.append(')');
        } else if (e instanceof SqlExpr.Quantified) {
            dialect.writeQuantified(w, this, (SqlExpr.Quantified) e);
        } else if (e instanceof SqlExpr.Truth) {
            w.append(((SqlExpr.Truth) e).value() ? "1 = 1" : "1 = 0");
        } else if (e instanceof SqlExpr.Random) {
            w.append(dialect.randomFunction());
        } else if (e instanceof SqlExpr.Add) {
            SqlExpr.Add add = (SqlExpr.Add) e;
            writeExpr(w, add.left());
            w.append(" + ");
            writeExpr(w, add.right());
        } else {
            throw new IllegalStateException("Unknown expression " + e);
        }
    }

    private void writeCompare(SqlWriter w, SqlExpr.Compare c) {
        switch (c.operator()) {
            case REGEXP: case NOT_REGEXP: case IREGEXP: case NOT_IREGEXP:
                dialect.writeRegexp(w, this, c.left(), c.operator(), c.right());
                return;
            case OVERLAP: case CONTAINS: case CONTAINED:
                dialect.writeArrayOperator(w, this, c.left(), c.operator(), c.right());
                return;
            default:
                break;
        }
        writeExpr(w, c.left());
        w.append(' ').append(symbol(c.operator())).append(' ');
        writeExpr(w, c.right());
    }

    private static String symbol(Operator op) {
        switch (op) {
            case EQ: return "=";
            case NE: return "!=";
            case GT: return ">";
            case GTE: return ">=";
            case LT: return "<";
            case LTE: return "<=";
            default: throw new IllegalStateException("Operator " + op + " is not a plain comparison");
        }
    }

    private void writeJunction(SqlWriter w, List<SqlExpr> parts, String separator, boolean and) {
        if (parts.isEmpty()) {
            writeExpr(w, new SqlExpr.Truth(and));
            return;
        }
        if (parts.size() == 1) {
            writeExpr(w, parts.get(0));
            return;
        }
        w.append('(');
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                w.append(separator);
            }
            writeExpr(w, parts.get(i));
        }
        w.append(')');
    }

    private void writeIn(SqlWriter w, SqlExpr.In in) {
        if (in.items().isEmpty()) {
            // x IN () is not SQL: nothing is in an empty list, everything is outside it.
            writeExpr(w, new SqlExpr.Truth(in.not()));
            return;
        }
        dialect.writeInList(w, this, in);
    }

    private void writeLike(SqlWriter w, SqlExpr.Like like) {
        if (like.caseInsensitive() && !dialect.capabilities().ilike()) {
            dialect.writeCaseInsensitiveLike(w, this, like);
            return;
        }
        writeExpr(w, like.left());
        if (like.caseInsensitive()) {
            w.append(like.not() ? " NOT ILIKE " : " ILIKE ");
        } else {
            w.append(like.not() ? " NOT LIKE " : " LIKE ");
        }
        writeExpr(w, like.pattern());
        dialect.writeLikeEscape(w, like);
    }
}
