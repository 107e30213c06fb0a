package org.sequelize4j.association;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.ModelStatic;

/**
 * Options of {@code belongsToMany}: sources and targets linked by the rows of a through model
 * ({@code User.belongsToMany(Role, belongsToMany().through("UserRoles"))}). {@code through} names a
 * join table (a through model is defined for it, keyed by both foreign keys) or is a model of your own
 * with attributes of its own (a role, the date a user joined a project).
 */
public final class BelongsToManyOptions extends AssociationOptions<BelongsToManyOptions> {

    private Object through;
    private java.util.List<AttributeOptions> otherKeys = java.util.List.of();
    private java.util.List<String> sourceKey;
    private java.util.List<String> targetKey;
    private final Map<String, Object> throughScope = new LinkedHashMap<>();
    private boolean throughUnique = true;

    private BelongsToManyOptions() {
    }

    /** Fresh options. */
    public static BelongsToManyOptions belongsToMany() {
        return new BelongsToManyOptions();
    }

    /**
     * The join table by name: a through model of that name is defined (or reused, when the other side
     * declared it already), with the table name exactly as given.
     */
    public BelongsToManyOptions through(String modelName) {
        this.through = Objects.requireNonNull(modelName, "through");
        return this;
    }

    /** A through model of your own; the two foreign keys are added to it when it does not declare them. */
    public BelongsToManyOptions through(ModelStatic<?> model) {
        this.through = Objects.requireNonNull(model, "through");
        return this;
    }

    /** The through model's attribute referring to the target (its name, or full attribute options). */
    public BelongsToManyOptions otherKey(String attributeName) {
        return otherKey(AttributeOptions.attribute(Objects.requireNonNull(attributeName, "otherKey")));
    }

    /** {@link #otherKey(String)} with full attribute options. */
    public BelongsToManyOptions otherKey(AttributeOptions attribute) {
        this.otherKeys = java.util.List.of(Objects.requireNonNull(attribute, "otherKey"));
        return this;
    }

    /** The through model's attributes referring to a target key of several attributes, in its order. */
    public BelongsToManyOptions otherKeys(String... attributeNames) {
        java.util.List<AttributeOptions> keys = new java.util.ArrayList<>();
        for (String name : attributeNames) {
            keys.add(AttributeOptions.attribute(Objects.requireNonNull(name, "otherKeys")));
        }
        this.otherKeys = java.util.List.copyOf(keys);
        return this;
    }

    /** The source attribute the through rows refer to (the primary key by default). */
    public BelongsToManyOptions sourceKey(String... attributes) {
        this.sourceKey = java.util.List.of(attributes);
        return this;
    }

    /** The target attribute the through rows refer to (the primary key by default). */
    public BelongsToManyOptions targetKey(String... attributes) {
        this.targetKey = java.util.List.of(attributes);
        return this;
    }

    /** Values the through rows of this association have: filter on read, written on add ({@code through.scope}). */
    public BelongsToManyOptions throughScope(Map<String, ?> values) {
        this.throughScope.clear();
        this.throughScope.putAll(values);
        return this;
    }

    /**
     * {@code false} lets a pair be linked more than once (no unique key over the two foreign keys of a
     * through model that has a primary key of its own); {@code true} by default.
     */
    public BelongsToManyOptions throughUnique(boolean unique) {
        this.throughUnique = unique;
        return this;
    }

    /** The through model: a {@code String} name or a {@link ModelStatic}; null when not given. */
    public Object through() {
        return through;
    }

    /** The other key declarations (one per target key attribute); empty for the default names. */
    public java.util.List<AttributeOptions> otherKeys() {
        return otherKeys;
    }

    /** The source key, or null for the primary key. */
    public java.util.List<String> sourceKey() {
        return sourceKey;
    }

    /** The target key, or null for the primary key. */
    public java.util.List<String> targetKey() {
        return targetKey;
    }

    /** The through scope. */
    public Map<String, Object> throughScope() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(throughScope));
    }

    /** Whether each pair is linked once at most. */
    public boolean isThroughUnique() {
        return throughUnique;
    }
}
