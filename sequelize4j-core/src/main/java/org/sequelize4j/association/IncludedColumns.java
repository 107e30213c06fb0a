package org.sequelize4j.association;

import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.FindOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.definition.association.AssociationDefinition;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.query.Condition;
import org.sequelize4j.query.Expression;
import org.sequelize4j.query.OrderItem;

/**
 * References to associated columns in a find's own where and order, in Sequelize's
 * {@code $posts.title$} form (a path of aliases, then the attribute). In the where, a condition on an
 * associated column reads "some associated row satisfies it" and becomes {@code key IN (SELECT …)};
 * in the order, parents sort by the largest value of their associated rows for a descending order
 * and the smallest for an ascending one — each parent once, in the right place, under any limit —
 * with parents that have no associated row last.
 */
final class IncludedColumns {

    private IncludedColumns() {
    }

    /** Whether a where attribute or order entry is a {@code $alias.attribute$} reference. */
    static boolean isReference(Object target) {
        return target instanceof String && ((String) target).length() > 3 && ((String) target).startsWith("$")
                && ((String) target).endsWith("$") && ((String) target).indexOf('.') > 0;
    }

    /** The options with every reference in where and order replaced by its subquery form. */
    static FindOptions rewrite(ModelStatic<?> model, FindOptions options) {
        Condition where = options.where() == null ? null : where(model, options.where());
        boolean ordered = options.order().stream().anyMatch(item -> isReference(item.target()));
        if (where == options.where() && !ordered) {
            return options;
        }
        FindOptions rewritten = options.copy();
        if (where != null) {
            rewritten.where(where);
        }
        if (ordered) {
            List<Object> order = new ArrayList<>();
            for (OrderItem item : options.order()) {
                order.add(isReference(item.target()) ? order(model, item) : item);
            }
            rewritten.replaceOrder(order.toArray());
        }
        return rewritten;
    }

    private static Condition where(ModelStatic<?> model, Condition condition) {
        if (condition instanceof Condition.Compare) {
            Condition.Compare compare = (Condition.Compare) condition;
            if (!isReference(compare.left())) {
                return condition;
            }
            String[] path = path((String) compare.left());
            Condition onTarget = new Condition.Compare(path[path.length - 1], compare.operator(), compare.right());
            return through(model, path, 0, onTarget);
        }
        if (condition instanceof Condition.Junction) {
            Condition.Junction junction = (Condition.Junction) condition;
            List<Condition> parts = new ArrayList<>();
            boolean changed = false;
            for (Condition part : junction.parts()) {
                Condition rewritten = where(model, part);
                changed |= rewritten != part;
                parts.add(rewritten);
            }
            return changed ? new Condition.Junction(junction.or(), parts) : condition;
        }
        if (condition instanceof Condition.Not) {
            Condition inner = where(model, ((Condition.Not) condition).condition());
            return inner == ((Condition.Not) condition).condition() ? condition : new Condition.Not(inner);
        }
        return condition;
    }

    /** The rows of {@code model} with an associated row (along {@code path} from {@code index}) satisfying it. */
    private static Condition through(ModelStatic<?> model, String[] path, int index, Condition onLast) {
        Association<?, ?> association = model.associations().get(model, path[index]);
        Condition onTarget = index == path.length - 2 ? onLast : through(association.target(), path, index + 1, onLast);
        return Includes.filter(association, onTarget, null, true);
    }

    private static OrderItem order(ModelStatic<?> model, OrderItem item) {
        String[] path = path((String) item.target());
        List<Expression.Related.Hop> hops = new ArrayList<>();
        ModelStatic<?> at = model;
        for (int i = 0; i < path.length - 1; i++) {
            Association<?, ?> association = at.associations().get(at, path[i]);
            hops.addAll(hops(association));
            at = association.target();
        }
        Expression related = new Expression.Related(item.descending() ? "MAX" : "MIN", hops, path[path.length - 1]);
        // Parents without associated rows have no value: they come last on every dialect, unless asked.
        OrderItem.Nulls nulls = item.nulls() == OrderItem.Nulls.DEFAULT ? OrderItem.Nulls.LAST : item.nulls();
        return new OrderItem(related, item.descending(), nulls);
    }

    /** The steps from a source row to its targets: one, or two for a belongsToMany (join rows, then targets). */
    private static List<Expression.Related.Hop> hops(Association<?, ?> association) {
        AssociationDefinition d = association.definition();
        Condition onTargets = Association.and(Association.scopeCondition(d.common().scope()),
                association.target().scopeWhere());
        var target = association.target().definition();
        if (d instanceof AssociationDefinition.TargetKeyed) {
            return List.of(new Expression.Related.Hop(target, d.foreignKey(),
                    ((AssociationDefinition.TargetKeyed) d).sourceKey(), onTargets, true));
        }
        if (d instanceof AssociationDefinition.BelongsTo) {
            return List.of(new Expression.Related.Hop(target, ((AssociationDefinition.BelongsTo) d).targetKey(),
                    d.foreignKey(), onTargets, true));
        }
        var m = (AssociationDefinition.BelongsToMany) d;
        var through = ((BelongsToManyAssociation<?, ?>) association).through().definition();
        return List.of(new Expression.Related.Hop(through, m.foreignKey(), m.sourceKey(),
                        Association.scopeCondition(m.throughScope()), true),
                new Expression.Related.Hop(target, m.targetKey(), m.otherKey(), onTargets, true));
    }

    private static String[] path(String reference) {
        return reference.substring(1, reference.length() - 1).split("\\.");
    }
}
