package org.sequelize4j.association;

import java.util.List;

/**
 * An include resolved against its model: the association (or, for a polymorphic belongsTo, its
 * handle), what was asked of it, its nested includes, and whether the find that reads its parents
 * joins it in (to-one includes) rather than reading it by a batch query afterwards.
 */
record ResolvedInclude(Association<?, ?> association, PolymorphicAssociation<?> polymorphic, IncludeOptions options,
                       List<ResolvedInclude> children, boolean joinable) {

    ResolvedInclude(Association<?, ?> association, IncludeOptions options, List<ResolvedInclude> children) {
        this(association, null, options, children, JoinedIncludes.joinable(association, options));
    }

    /** The alias the loaded values are put under. */
    String as() {
        return association != null ? association.as() : polymorphic.as();
    }
}
