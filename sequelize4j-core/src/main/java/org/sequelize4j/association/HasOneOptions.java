package org.sequelize4j.association;

import java.util.Objects;

/**
 * Options of {@code hasOne}: the target holds a foreign key to the source, and one target at most
 * refers to each source ({@code User.hasOne(Profile)}).
 */
public final class HasOneOptions extends AssociationOptions<HasOneOptions> {

    private java.util.List<String> sourceKey;

    private HasOneOptions() {
    }

    /** Fresh options. */
    public static HasOneOptions hasOne() {
        return new HasOneOptions();
    }

    /** The source attribute the foreign key refers to (the primary key by default; several for a composite key). */
    public HasOneOptions sourceKey(String... attributes) {
        this.sourceKey = java.util.List.of(attributes);
        return this;
    }

    /** The source key, or null for the primary key. */
    public java.util.List<String> sourceKey() {
        return sourceKey;
    }
}
