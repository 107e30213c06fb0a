package org.sequelize4j.query;

import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.sql.Operator;
import org.sequelize4j.sql.SelectSpec;
import org.sequelize4j.sql.SqlExpr;
import org.sequelize4j.sql.TableRef;

/**
 * Renders {@link Expression.Related}: a scalar subquery over the last hop's rows, linked to the outer
 * row through the hops before it by nested {@code IN (SELECT …)} — the first hop correlated with the
 * outer row, each later one with the hop before it. Every hop has an alias of its own, so a path that
 * passes through the outer row's table (a self-reference) cannot confuse the two.
 */
final class RelatedValues {

    /** The aggregated rows' alias; the hops before them are {@code __s4j_hop0}, {@code __s4j_hop1}, …. */
    private static final String RELATED = "__s4j_related";

    private RelatedValues() {
    }

    static SqlExpr subquery(Expression.Related related, ExpressionResolver outer, String clause) {
        List<Expression.Related.Hop> hops = related.hops();
        int last = hops.size() - 1;
        ExpressionResolver rows = outer.other(hops.get(last).model(), RELATED);
        SqlExpr where = rowsOf(hops, last, rows, outer, clause);
        SqlExpr value = new SqlExpr.Func(related.aggregate(),
                List.of(rows.column(rows.attribute(related.column(), clause))));
        ModelDefinition model = hops.get(last).model();
        return new SqlExpr.ScalarSubquery(new SelectSpec(new TableRef(model.schema(), model.tableName(), RELATED),
                List.of(value), List.of(), where, List.of(), null, List.of(), null, null, null));
    }

    /** The condition that a row of hop {@code index} (read through {@code here}) is on the path from the outer row. */
    private static SqlExpr rowsOf(List<Expression.Related.Hop> hops, int index, ExpressionResolver here,
                                  ExpressionResolver outer, String clause) {
        Expression.Related.Hop hop = hops.get(index);
        List<SqlExpr> conditions = new ArrayList<>();
        if (index == 0) {
            for (int k = 0; k < hop.keys().size(); k++) {
                conditions.add(new SqlExpr.Compare(here.column(here.attribute(hop.keys().get(k), clause)), Operator.EQ,
                        outer.qualifiedColumn(hop.previousKeys().get(k), clause)));
            }
        } else {
            Expression.Related.Hop previous = hops.get(index - 1);
            ExpressionResolver before = outer.other(previous.model(), "__s4j_hop" + (index - 1));
            List<SqlExpr> mine = new ArrayList<>();
            List<SqlExpr> theirs = new ArrayList<>();
            for (int k = 0; k < hop.keys().size(); k++) {
                mine.add(here.column(here.attribute(hop.keys().get(k), clause)));
                theirs.add(before.column(before.attribute(hop.previousKeys().get(k), clause)));
            }
            SelectSpec select = new SelectSpec(new TableRef(previous.model().schema(), previous.model().tableName(),
                    "__s4j_hop" + (index - 1)), theirs, List.of(), rowsOf(hops, index - 1, before, outer, clause),
                    List.of(), null, List.of(), null, null, null);
            conditions.add(new SqlExpr.InSubquery(mine.size() == 1 ? mine.get(0) : new SqlExpr.Tuple(mine), select));
        }
        if (hop.where() != null) {
            conditions.add(here.condition(hop.where(), clause));
        }
        if (hop.paranoid() && hop.model().deletedAt() != null) {
            conditions.add(new SqlExpr.Is(here.column(hop.model().deletedAt()), false, null));
        }
        return conditions.size() == 1 ? conditions.get(0) : new SqlExpr.And(conditions);
    }
}
