package org.sequelize4j.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sequelize4j.FindOptions;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.hydration.ColumnMapping;
import org.sequelize4j.sql.Operator;
import org.sequelize4j.sql.SelectSpec;
import org.sequelize4j.sql.SqlExpr;
import org.sequelize4j.sql.SqlRenderer;
import org.sequelize4j.sql.TableRef;

/**
 * Plans a find whose to-one includes are joined into the root's query. The root's table keeps its
 * own name as alias (so the caller's raw SQL and correlated subqueries can name it as in a
 * single-table find); each joined node gets a short generated alias that cannot collide with it,
 * whatever the length of the association names — so PostgreSQL's 63-byte limit never truncates one.
 * Columns are read back by position, never by alias text.
 */
final class JoinedSelectPlanner {

    private final SelectPlanner planner;
    private final SqlRenderer renderer;

    JoinedSelectPlanner(SelectPlanner planner, SqlRenderer renderer) {
        this.planner = planner;
        this.renderer = renderer;
    }

    JoinedPlan plan(ModelDefinition root, FindOptions options, List<JoinNode> nodes) {
        if (!options.group().isEmpty() || options.having() != null || options.lock() != null
                || !options.limitPer().isEmpty()) {
            // The finders fall back to batch loading for these; reaching here is a planner bug.
            throw new QueryError("Model '" + root.name() + "': joined includes cannot be combined with group,"
                    + " having, lock or limitPer");
        }
        String rootAlias = root.tableName();
        Map<String, SqlExpr> aliases = new LinkedHashMap<>();
        ExpressionResolver resolver = planner.resolver(root, rootAlias, aliases);
        SelectPlanner.Selection rootSelection = planner.selection(root, rootAlias, options, resolver, aliases);
        List<SqlExpr> select = new ArrayList<>(rootSelection.select());
        List<SelectSpec.Join> joins = new ArrayList<>();
        List<JoinedPlan.Node> planned = new ArrayList<>();
        Aliases generated = new Aliases(rootAlias);
        for (JoinNode node : nodes) {
            join(node, 0, resolver, true, generated, select, joins, planned);
        }
        SqlExpr where = planner.where(root, resolver, options.where(), options.isParanoid());
        List<SelectSpec.Order> order = SelectPlanner.order(options, resolver);
        SelectSpec spec = new SelectSpec(SelectPlanner.table(root, rootAlias), select, joins, where, List.of(), null,
                order, options.limit(), options.offset(), null);
        return new JoinedPlan(renderer.select(spec), rootSelection.mappings(), planned);
    }

    private void join(JoinNode node, int parentSlot, ExpressionResolver parent, boolean parentInner, Aliases generated,
                      List<SqlExpr> select, List<SelectSpec.Join> joins, List<JoinedPlan.Node> planned) {
        ModelDefinition target = node.target();
        String alias = generated.next();
        ExpressionResolver resolver = planner.resolver(target, alias, new LinkedHashMap<>());
        List<SqlExpr> on = new ArrayList<>();
        for (int i = 0; i < node.sourceAttributes().size(); i++) {
            AttributeDefinition own = parent.attribute(node.sourceAttributes().get(i), "include");
            AttributeDefinition theirs = resolver.attribute(node.targetAttributes().get(i), "include");
            on.add(new SqlExpr.Compare(parent.column(own), Operator.EQ, resolver.column(theirs)));
        }
        SqlExpr filter = planner.where(target, resolver, node.on(), node.paranoid());
        if (filter != null) {
            on.add(filter);
        }
        boolean inner = node.required() && parentInner && !node.right();
        if (node.right() && parentSlot != 0) {
            throw new QueryError("Include of model '" + target.name() + "': right(true) applies to a top-level include");
        }
        SelectSpec.Join join = new SelectSpec.Join(SelectPlanner.table(target, alias), inner,
                on.size() == 1 ? on.get(0) : new SqlExpr.And(on), node.right());
        if (node.right()) {
            // First among the joins, so that it keeps every target row against the root's rows alone.
            joins.add(0, join);
        } else {
            joins.add(join);
        }

        SelectPlanner.Selection selection = planner.selection(target, alias, node.selection(), resolver,
                new LinkedHashMap<>());
        int offset = select.size();
        select.addAll(selection.select());
        int[] keys = keyPositions(target, selection.mappings());
        int slot = planned.size() + 1;
        planned.add(new JoinedPlan.Node(node, parentSlot, offset, selection.mappings(), keys));
        for (JoinNode child : node.children()) {
            join(child, slot, resolver, inner, generated, select, joins, planned);
        }
    }

    /** Where the target's primary key is among its selected columns: a row without a target has them all null. */
    private static int[] keyPositions(ModelDefinition target, List<ColumnMapping> mappings) {
        List<AttributeDefinition> keys = target.primaryKeys();
        if (keys.isEmpty()) {
            throw new QueryError("Model '" + target.name() + "' has no primary key: it cannot be joined into a find");
        }
        int[] positions = new int[keys.size()];
        for (int k = 0; k < keys.size(); k++) {
            positions[k] = -1;
            for (int i = 0; i < mappings.size(); i++) {
                if (mappings.get(i).attribute() == keys.get(k)) {
                    positions[k] = i;
                }
            }
            if (positions[k] < 0) {
                throw new QueryError("Include of model '" + target.name() + "' must select its primary key '"
                        + keys.get(k).name() + "'");
            }
        }
        return positions;
    }

    /** Short aliases {@code i1}, {@code i2}, …, skipping any that equal the root's. */
    private static final class Aliases {
        private final Set<String> taken;
        private int next;

        Aliases(String rootAlias) {
            this.taken = Set.of(rootAlias);
        }

        String next() {
            String alias;
            do {
                alias = "i" + (++next);
            } while (taken.contains(alias));
            return alias;
        }
    }
}
