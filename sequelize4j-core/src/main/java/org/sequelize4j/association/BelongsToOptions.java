package org.sequelize4j.association;

import java.util.Objects;

/**
 * Options of {@code belongsTo}: the source holds a foreign key to the target
 * ({@code Post.belongsTo(User)}). {@link #inverse(String)} declares the target's {@code hasMany}; with
 * {@link #inverseHasOne(boolean)} a {@code hasOne} instead.
 */
public final class BelongsToOptions extends AssociationOptions<BelongsToOptions> {

    private java.util.List<String> targetKey;
    private boolean inverseHasOne;

    private BelongsToOptions() {
    }

    /** Fresh options. */
    public static BelongsToOptions belongsTo() {
        return new BelongsToOptions();
    }

    /** The target attribute the foreign key refers to (the primary key by default; several for a composite key). */
    public BelongsToOptions targetKey(String... attributes) {
        this.targetKey = java.util.List.of(attributes);
        return this;
    }

    /** Whether the inverse is a {@code hasOne} rather than a {@code hasMany} (Sequelize's {@code inverse.type}). */
    public BelongsToOptions inverseHasOne(boolean hasOne) {
        this.inverseHasOne = hasOne;
        return this;
    }

    /** The target key, or null for the primary key. */
    public java.util.List<String> targetKey() {
        return targetKey;
    }

    /** Whether the inverse is a hasOne. */
    public boolean isInverseHasOne() {
        return inverseHasOne;
    }
}
