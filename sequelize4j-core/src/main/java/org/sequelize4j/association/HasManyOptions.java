package org.sequelize4j.association;

import java.util.Objects;

/**
 * Options of {@code hasMany}: the target holds a foreign key to the source, and many targets may
 * refer to each source ({@code User.hasMany(Post)}).
 */
public final class HasManyOptions extends AssociationOptions<HasManyOptions> {

    private String sourceKey;

    private HasManyOptions() {
    }

    /** Fresh options. */
    public static HasManyOptions hasMany() {
        return new HasManyOptions();
    }

    /** The source attribute the foreign key refers to (the primary key by default). */
    public HasManyOptions sourceKey(String attribute) {
        this.sourceKey = Objects.requireNonNull(attribute, "sourceKey");
        return this;
    }

    /** The source key, or null for the primary key. */
    public String sourceKey() {
        return sourceKey;
    }
}
