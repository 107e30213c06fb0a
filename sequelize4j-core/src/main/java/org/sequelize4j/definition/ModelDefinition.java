package org.sequelize4j.definition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;

/**
 * A model as Sequelize4j understands it after definition: names, table, attributes in order, keys,
 * indexes and the roles of special attributes. Immutable and shared between threads; built once by
 * {@link DefinitionBuilder}.
 */
public final class ModelDefinition {

    private final String name;
    private final String singularName;
    private final String pluralName;
    private final String tableName;
    private final String schema;
    private final ModelOptions options;
    private final List<AttributeDefinition> attributes;
    private final Map<String, AttributeDefinition> byName;
    private final Map<String, AttributeDefinition> byField;
    private final List<AttributeDefinition> primaryKeys;
    private final List<AttributeDefinition> columns;
    private final List<UniqueKey> uniqueKeys;
    private final List<IndexDefinition> indexes;
    private final List<CheckDefinition> checks;
    private final AttributeDefinition createdAt;
    private final AttributeDefinition updatedAt;
    private final AttributeDefinition deletedAt;
    private final AttributeDefinition version;
    private final Class<? extends Model> modelClass;
    private final Supplier<? extends Model> instanceFactory;
    private final boolean hasFieldStorage;
    /** No attribute in a Java field, none of a mutable kind: a snapshot can be the value array itself. */
    private final boolean snapshotsShareValues;
    private final ModelAccessors accessors;
    private final Map<String, org.sequelize4j.validation.ModelValidation<Model>> modelValidators;
    private final java.util.concurrent.ConcurrentHashMap<Object, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean inUse;
    /** The model handle ({@code ModelStatic}) whose definition this is; set once by its runtime. */
    private volatile Object owner;
    private final List<ForeignKeyDefinition> foreignKeys;

    ModelDefinition(String name, String singularName, String pluralName, String tableName, String schema,
                    ModelOptions options, List<AttributeDefinition> attributes, List<UniqueKey> uniqueKeys,
                    List<IndexDefinition> indexes, List<CheckDefinition> checks, Class<? extends Model> modelClass,
                    Supplier<? extends Model> instanceFactory, ModelAccessors accessors,
                    Map<String, org.sequelize4j.validation.ModelValidation<Model>> modelValidators,
                    List<ForeignKeyDefinition> foreignKeys) {
        this.name = name;
        this.foreignKeys = List.copyOf(foreignKeys);
        this.singularName = singularName;
        this.pluralName = pluralName;
        this.tableName = tableName;
        this.schema = schema;
        this.options = options;
        this.attributes = List.copyOf(attributes);
        Map<String, AttributeDefinition> names = new LinkedHashMap<>();
        Map<String, AttributeDefinition> fields = new HashMap<>();
        List<AttributeDefinition> keys = new ArrayList<>();
        List<AttributeDefinition> cols = new ArrayList<>();
        AttributeDefinition created = null;
        AttributeDefinition updated = null;
        AttributeDefinition deleted = null;
        AttributeDefinition versioned = null;
        boolean anyField = false;
        for (AttributeDefinition attribute : this.attributes) {
            names.put(attribute.name(), attribute);
            anyField |= attribute.accessor().isField();
            if (!attribute.isVirtual()) {
                fields.put(attribute.field(), attribute);
                cols.add(attribute);
            }
            if (attribute.isPrimaryKey()) {
                keys.add(attribute);
            }
            switch (attribute.role()) {
                case CREATED_AT: created = attribute; break;
                case UPDATED_AT: updated = attribute; break;
                case DELETED_AT: deleted = attribute; break;
                case VERSION: versioned = attribute; break;
                default: break;
            }
        }
        this.byName = Collections.unmodifiableMap(names);
        this.byField = Collections.unmodifiableMap(fields);
        this.primaryKeys = List.copyOf(keys);
        this.columns = List.copyOf(cols);
        this.uniqueKeys = List.copyOf(uniqueKeys);
        this.indexes = List.copyOf(indexes);
        this.checks = List.copyOf(checks);
        this.createdAt = created;
        this.updatedAt = updated;
        this.deletedAt = deleted;
        this.version = versioned;
        this.modelClass = modelClass;
        this.instanceFactory = instanceFactory;
        this.hasFieldStorage = anyField;
        boolean mutable = false;
        for (AttributeDefinition a : this.attributes) {
            mutable |= a.isMutableValue();
        }
        this.snapshotsShareValues = !anyField && !mutable;
        this.accessors = accessors;
        this.modelValidators = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(modelValidators));
    }

    /**
     * A value derived from this definition and remembered with it (a planned statement, a row mapper),
     * so that hot paths do not rebuild it on every call. The key must identify everything else the value
     * depends on (such as the dialect).
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, java.util.function.Function<ModelDefinition, T> compute) {
        Object value = derived.get(key);
        if (value == null) {
            value = compute.apply(this);
            Object raced = derived.putIfAbsent(key, value);
            if (raced != null) {
                value = raced;
            }
        }
        return (T) value;
    }

    /**
     * Records that instances or a table of this definition exist, after which it can no longer be
     * replaced by one with more attributes (associations add their foreign keys before first use).
     */
    public void markInUse() {
        if (!inUse) {
            inUse = true;
        }
    }

    /**
     * The {@code ModelStatic} this definition belongs to: the model every instance of it reports. Kept
     * here rather than on each instance, which saves a field per loaded row.
     */
    public Object owner() {
        return owner;
    }

    /** Records the model handle this definition belongs to (by its runtime, when it takes the definition). */
    public void owner(Object handle) {
        this.owner = handle;
    }

    /** Whether {@link #markInUse()} was called. */
    public boolean isInUse() {
        return inUse;
    }

    /** Model-wide validators by name, in order. */
    public Map<String, org.sequelize4j.validation.ModelValidation<Model>> modelValidators() {
        return modelValidators;
    }

    /** Getters and setters of pseudo-properties. */
    public ModelAccessors accessors() {
        return accessors;
    }

    /** The model name. */
    public String name() {
        return name;
    }

    /** The singular form of the name (for association accessors). */
    public String singularName() {
        return singularName;
    }

    /** The plural form of the name (for association accessors). */
    public String pluralName() {
        return pluralName;
    }

    /** The table name (without schema). */
    public String tableName() {
        return tableName;
    }

    /** The schema, or null. */
    public String schema() {
        return schema;
    }

    /** The resolved model options. */
    public ModelOptions options() {
        return options;
    }

    /** All attributes, in declaration order (primary key first when it was added automatically). */
    public List<AttributeDefinition> attributes() {
        return attributes;
    }

    /** Attributes that have a column (not VIRTUAL), in order. */
    public List<AttributeDefinition> columns() {
        return columns;
    }

    /** The attribute with this name, or null. */
    public AttributeDefinition attribute(String attributeName) {
        return byName.get(attributeName);
    }

    /** The attribute stored in this column, or null. */
    public AttributeDefinition attributeByField(String column) {
        return byField.get(column);
    }

    /** Attribute names in order. */
    public List<String> attributeNames() {
        return List.copyOf(byName.keySet());
    }

    /** The primary-key attributes (several for a composite key, none for a model without key). */
    public List<AttributeDefinition> primaryKeys() {
        return primaryKeys;
    }

    /** The single primary-key attribute, or null when the key is composite or absent. */
    public AttributeDefinition primaryKey() {
        return primaryKeys.size() == 1 ? primaryKeys.get(0) : null;
    }

    /** Foreign keys over several attributes (single-column ones are on their attribute's {@code references}). */
    public List<ForeignKeyDefinition> foreignKeys() {
        return foreignKeys;
    }

    /** Unique keys from {@code unique} attribute options. */
    public List<UniqueKey> uniqueKeys() {
        return uniqueKeys;
    }

    /** Indexes from the model options. */
    public List<IndexDefinition> indexes() {
        return indexes;
    }

    /** CHECK constraints from the model options, in order. */
    public List<CheckDefinition> checks() {
        return checks;
    }

    /** The creation-time attribute, or null. */
    public AttributeDefinition createdAt() {
        return createdAt;
    }

    /** The update-time attribute, or null. */
    public AttributeDefinition updatedAt() {
        return updatedAt;
    }

    /** The soft-deletion attribute of a paranoid model, or null. */
    public AttributeDefinition deletedAt() {
        return deletedAt;
    }

    /** The optimistic-locking version attribute, or null. */
    public AttributeDefinition version() {
        return version;
    }

    /** Whether destroy() soft-deletes. */
    public boolean isParanoid() {
        return deletedAt != null;
    }

    /** The Java class of instances ({@link Model} itself for models defined without a class). */
    public Class<? extends Model> modelClass() {
        return modelClass;
    }

    /** Creates an empty Java object for an instance (state is attached by the caller). */
    public Model newInstanceObject() {
        return instanceFactory.get();
    }

    /** Whether some attribute values live in Java fields of the model class. */
    public boolean hasFieldStorage() {
        return hasFieldStorage;
    }

    /**
     * Whether an instance's snapshot of stored values can be its value array itself while nothing has
     * been written: no attribute keeps its value in a Java field, and none holds a mutable value (JSON,
     * arrays, bytes) that would need a copy to notice changes made inside it.
     */
    public boolean snapshotsShareValues() {
        return snapshotsShareValues;
    }

    @Override
    public String toString() {
        return "Model " + name + " (table " + (schema == null ? "" : schema + ".") + tableName + ")";
    }
}
