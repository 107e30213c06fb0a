package org.sequelize4j.association;

import java.util.Objects;

/**
 * Options of {@code hasMany}: the target holds a foreign key to the source, and many targets may
 * refer to each source ({@code User.hasMany(Post)}).
 */
public final class HasManyOptions extends AssociationOptions<HasManyOptions> {

    private java.util.List<String> sourceKey;

    private HasManyOptions() {
    }

    /** Fresh options. */
    public static HasManyOptions hasMany() {
        return new HasManyOptions();
    }

    /** The source attribute the foreign key refers to (the primary key by default; several for a composite key). */
    public HasManyOptions sourceKey(String... attributes) {
        this.sourceKey = java.util.List.of(attributes);
        return this;
    }

    /** The source key, or null for the primary key. */
    public java.util.List<String> sourceKey() {
        return sourceKey;
    }
}
