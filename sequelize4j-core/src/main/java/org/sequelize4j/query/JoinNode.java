package org.sequelize4j.query;

import java.util.List;
import java.util.Objects;
import org.sequelize4j.FindOptions;
import org.sequelize4j.definition.ModelDefinition;

/**
 * A to-one association (belongsTo, or a hasOne whose foreign key is unique) joined into a find: at
 * most one target row per source row, so the join never repeats sources and paging stays exact.
 *
 * @param target the joined model
 * @param sourceAttributes attributes of the row the target hangs from (the root or the parent node)
 * @param targetAttributes the target's attributes they equal, pairwise
 * @param on a condition on the target's rows besides the key match (the include's where, the
 *           association's and the target's scopes, filters of required includes below), or null
 * @param required an INNER JOIN when every ancestor is one too; a LEFT OUTER JOIN otherwise, since
 *                 an inner join below an outer one would drop the sources the outer one keeps
 * @param paranoid leave the target's soft-deleted rows out
 * @param selection which target attributes to read (its attributes, exclusions and extras); the
 *                  caller adds the target's key
 * @param children to-one includes joined below this one
 * @param right a RIGHT OUTER JOIN: every target row, with the root's columns null where no root row
 *              refers to it (Sequelize's {@code right: true}; a top-level node only, joined first)
 */
public record JoinNode(ModelDefinition target, List<String> sourceAttributes,
                       List<String> targetAttributes, Condition on, boolean required, boolean paranoid,
                       FindOptions selection, List<JoinNode> children, boolean right) {

    /** A left or inner join. */
    public JoinNode(ModelDefinition target, List<String> sourceAttributes, List<String> targetAttributes, Condition on,
                    boolean required, boolean paranoid, FindOptions selection, List<JoinNode> children) {
        this(target, sourceAttributes, targetAttributes, on, required, paranoid, selection, children, false);
    }

    public JoinNode {
        Objects.requireNonNull(target, "target");
        sourceAttributes = List.copyOf(sourceAttributes);
        targetAttributes = List.copyOf(targetAttributes);
        if (sourceAttributes.size() != targetAttributes.size() || sourceAttributes.isEmpty()) {
            throw new IllegalArgumentException("A join needs pairs of key attributes");
        }
        children = List.copyOf(children);
    }
}
