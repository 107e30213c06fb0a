package org.sequelize4j.association;

import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Model;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.definition.association.AssociationDefinition;
import org.sequelize4j.query.Condition;
import org.sequelize4j.query.JoinNode;

/**
 * Which includes are joined into the query that reads their parents, and how: a belongsTo always
 * (its target key is unique), a hasOne when its foreign key is unique or the target's primary key —
 * at most one target per parent either way, so the join never repeats a parent and a limit still
 * counts parents. A hasOne without that guarantee, every to-many include, and includes asked for
 * {@code separate(true)} are read by a batch query instead; a to-one include below a to-many one is
 * joined into that batch query.
 */
final class JoinedIncludes {

    private JoinedIncludes() {
    }

    /** Whether the include can be joined into its parents' query (when that query allows joins at all). */
    static boolean joinable(Association<?, ?> association, IncludeOptions options) {
        if (association == null || Boolean.TRUE.equals(options.separate())
                || options.attributes() != null && options.attributes().isEmpty()) {
            return false;
        }
        FindOptions scope = association.target().scopeOptions();
        if (!scope.includes().isEmpty() || !scope.group().isEmpty() || scope.limit() != null) {
            // The target's scope reads more than rows of its table: the batch query applies all of it.
            return false;
        }
        AssociationDefinition definition = association.definition();
        if (definition instanceof AssociationDefinition.BelongsTo) {
            return true;
        }
        if (definition instanceof AssociationDefinition.HasOne) {
            return uniqueInTarget(association.target().definition(), definition.foreignKey());
        }
        return false;
    }

    private static boolean uniqueInTarget(ModelDefinition target, List<String> attributes) {
        List<String> primaryKey = target.primaryKeys().stream().map(AttributeDefinition::name).toList();
        if (primaryKey.equals(attributes)) {
            return true;
        }
        if (attributes.size() != 1) {
            return false;
        }
        AttributeDefinition attribute = target.attribute(attributes.get(0));
        return attribute != null && attribute.isUnique();
    }

    /** Whether a find with these options may join includes in (row locks and grouping need one table). */
    static boolean allowed(FindOptions options) {
        return options.group().isEmpty() && options.having() == null && options.lock() == null
                && options.limitPer().isEmpty();
    }

    /** The join plan of the joinable includes among {@code includes}, to any depth. */
    static List<JoinNode> nodes(List<ResolvedInclude> includes) {
        List<JoinNode> nodes = new ArrayList<>();
        for (ResolvedInclude include : includes) {
            if (include.joinable()) {
                nodes.add(node(include));
            }
        }
        return nodes;
    }

    private static JoinNode node(ResolvedInclude include) {
        Association<?, ?> association = include.association();
        IncludeOptions options = include.options();
        AssociationDefinition definition = association.definition();
        List<String> own;
        List<String> theirs;
        if (definition instanceof AssociationDefinition.BelongsTo) {
            own = definition.foreignKey();
            theirs = ((AssociationDefinition.BelongsTo) definition).targetKey();
        } else {
            own = ((AssociationDefinition.TargetKeyed) definition).sourceKey();
            theirs = definition.foreignKey();
        }
        List<Condition> on = new ArrayList<>();
        on.add(options.where());
        on.add(Association.scopeCondition(definition.common().scope()));
        on.add(association.target().scopeWhere());
        // Required includes below filter this target: those read by batch always; joined ones too when
        // this join is outer, since an inner join below an outer one would drop the parents it keeps.
        for (ResolvedInclude child : include.children()) {
            if (child.options().isRequired() && (!child.joinable() || !options.isRequired())) {
                on.add(Includes.filter(child));
            }
        }
        return new JoinNode(association.target().definition(), own, theirs,
                Association.and(on.toArray(Condition[]::new)), options.isRequired(),
                !Boolean.FALSE.equals(options.paranoid()), selection(association, options, theirs),
                nodes(include.children()), options.isRight());
    }

    /** The target attributes to read: the include's, else its scope's; with the keys rows are told apart by. */
    private static FindOptions selection(Association<?, ?> association, IncludeOptions options, List<String> joinKey) {
        FindOptions scope = association.target().scopeOptions();
        FindOptions selection = FindOptions.query();
        List<Object> attributes = options.attributes() != null ? options.attributes() : scope.attributes();
        List<String> needed = new ArrayList<>();
        association.target().definition().primaryKeys().forEach(key -> needed.add(key.name()));
        needed.addAll(joinKey);
        if (attributes != null) {
            List<Object> all = new ArrayList<>(attributes);
            needed.stream().filter(n -> !all.contains(n)).forEach(all::add);
            selection.attributes(all.toArray());
        } else if (!scope.excludedAttributes().isEmpty()) {
            selection.attributesExclude(scope.excludedAttributes().stream().filter(n -> !needed.contains(n))
                    .toArray(String[]::new));
        }
        if (!scope.extraAttributes().isEmpty()) {
            selection.attributesInclude(scope.extraAttributes().toArray());
        }
        return selection;
    }

    /**
     * Puts each row's joined targets on the instances they hang from, in the order the plan numbered
     * them ({@link #nodes}: depth first).
     */
    static void attach(List<Model[]> rows, List<ResolvedInclude> includes) {
        List<Association<?, ?>> bySlot = new ArrayList<>();
        List<Integer> parentSlot = new ArrayList<>();
        number(includes, 0, bySlot, parentSlot);
        for (Model[] row : rows) {
            for (int slot = 1; slot < row.length; slot++) {
                Model parent = row[parentSlot.get(slot - 1)];
                if (parent != null) {
                    attachOne(bySlot.get(slot - 1), parent, row[slot]);
                }
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void attachOne(Association association, Model parent, Model target) {
        association.attach(parent, target);
    }

    private static void number(List<ResolvedInclude> includes, int parent, List<Association<?, ?>> bySlot,
                               List<Integer> parentSlot) {
        for (ResolvedInclude include : includes) {
            if (include.joinable()) {
                bySlot.add(include.association());
                parentSlot.add(parent);
                number(include.children(), bySlot.size(), bySlot, parentSlot);
            }
        }
    }
}
