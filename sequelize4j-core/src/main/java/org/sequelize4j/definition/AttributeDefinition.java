package org.sequelize4j.definition;

import java.util.function.Supplier;
import org.sequelize4j.DataType;
import org.sequelize4j.ReferentialAction;
import org.sequelize4j.References;
import org.sequelize4j.ValueGenerator;
import org.sequelize4j.query.Expression;

/**
 * One attribute of a defined model, fully resolved: its column name, type, nullability, default,
 * keys, foreign-key reference, role (timestamp, version) and where its value is stored on instances.
 * Immutable; built once when the model is defined.
 */
public final class AttributeDefinition {

    /** How a declared default produces a value. */
    public enum DefaultKind {
        /** No default. */
        NONE,
        /** A constant, copied into each new instance. */
        CONSTANT,
        /** A generator (NOW, UUIDV4, UUIDV1) or supplier, called for each new instance. */
        GENERATED,
        /** A SQL expression evaluated by the database; part of the column definition. */
        DATABASE
    }

    private final String name;
    private final String field;
    private final DataType type;
    private final boolean allowNull;
    private final DefaultKind defaultKind;
    private final Object defaultValue;
    private final boolean primaryKey;
    private final boolean autoIncrement;
    private final boolean autoIncrementIdentity;
    private final boolean unique;
    private final String uniqueKeyName;
    private final String comment;
    private final References references;
    private final ReferentialAction onDelete;
    private final ReferentialAction onUpdate;
    private final AttributeRole role;
    private final int index;
    private final AttributeAccessor accessor;
    private final Class<?> storageType;
    private final ModelAccessors.Getter getter;
    private final ModelAccessors.Setter setter;
    private final java.util.List<org.sequelize4j.validation.ValidatorSpec> validators;

    AttributeDefinition(Builder b) {
        this.name = b.name;
        this.field = b.field;
        this.type = b.type;
        this.allowNull = b.allowNull;
        this.defaultKind = b.defaultKind;
        this.defaultValue = b.defaultValue;
        this.primaryKey = b.primaryKey;
        this.autoIncrement = b.autoIncrement;
        this.autoIncrementIdentity = b.autoIncrementIdentity;
        this.unique = b.unique;
        this.uniqueKeyName = b.uniqueKeyName;
        this.comment = b.comment;
        this.references = b.references;
        this.onDelete = b.onDelete;
        this.onUpdate = b.onUpdate;
        this.role = b.role;
        this.index = b.index;
        this.accessor = b.accessor;
        this.storageType = b.storageType;
        this.getter = b.getter;
        this.setter = b.setter;
        this.validators = java.util.List.copyOf(b.validators);
    }

    /** The declared validators, in order. */
    public java.util.List<org.sequelize4j.validation.ValidatorSpec> validators() {
        return validators;
    }

    /**
     * Whether remembered values must be deep copies: JSON documents, arrays and byte arrays can be
     * changed in place, every other value type is immutable.
     */
    public boolean isMutableValue() {
        DataType.Kind kind = type.kind();
        return kind.isJson() || kind == DataType.Kind.ARRAY || kind == DataType.Kind.BLOB || type.isBinary()
                || kind == DataType.Kind.VIRTUAL;
    }

    /** The custom getter, or null. */
    public ModelAccessors.Getter getter() {
        return getter;
    }

    /** The custom setter, or null. */
    public ModelAccessors.Setter setter() {
        return setter;
    }

    /** The attribute name used in Java code and query options. */
    public String name() {
        return name;
    }

    /** The column name (null for VIRTUAL attributes). */
    public String field() {
        return field;
    }

    /** The declared type. */
    public DataType type() {
        return type;
    }

    /** Whether the attribute has no column. */
    public boolean isVirtual() {
        return type.isVirtual();
    }

    /** Whether NULL is allowed. */
    public boolean allowNull() {
        return allowNull;
    }

    /** How the default value is produced. */
    public DefaultKind defaultKind() {
        return defaultKind;
    }

    /** The declared default: a constant, a {@link ValueGenerator}, a {@link Supplier} or an {@link Expression}. */
    public Object defaultValue() {
        return defaultValue;
    }

    /** Whether the attribute is part of the primary key. */
    public boolean isPrimaryKey() {
        return primaryKey;
    }

    /** Whether the database generates the value. */
    public boolean isAutoIncrement() {
        return autoIncrement;
    }

    /** Whether PostgreSQL should use an identity column rather than SERIAL. */
    public boolean isAutoIncrementIdentity() {
        return autoIncrementIdentity;
    }

    /** Whether the column is unique on its own ({@code unique: true}). */
    public boolean isUnique() {
        return unique && uniqueKeyName == null;
    }

    /** The composite unique key this attribute belongs to, or null. */
    public String uniqueKeyName() {
        return uniqueKeyName;
    }

    /** The column comment, or null. */
    public String comment() {
        return comment;
    }

    /** The foreign-key reference, or null. */
    public References references() {
        return references;
    }

    /** ON DELETE action of the reference, or null. */
    public ReferentialAction onDelete() {
        return onDelete;
    }

    /** ON UPDATE action of the reference, or null. */
    public ReferentialAction onUpdate() {
        return onUpdate;
    }

    /** The special role (timestamps, version), or NONE. */
    public AttributeRole role() {
        return role;
    }

    /** Position in the model's attribute list; also the slot of its value on instances. */
    public int index() {
        return index;
    }

    /** Where the value is stored on instances. */
    public AttributeAccessor accessor() {
        return accessor;
    }

    /** The Java type values are stored as: the field type for field-backed attributes, else the type's Java type. */
    public Class<?> storageType() {
        return storageType;
    }

    /**
     * A new default value for a freshly built instance, or null when there is none (or it is the
     * database's); {@code NOW} for dates and times is taken in {@code zone}.
     */
    public Object newDefaultValue(java.time.ZoneId zone) {
        switch (defaultKind) {
            case CONSTANT:
                return defaultValue;
            case GENERATED:
                if (defaultValue instanceof ValueGenerator) {
                    return ((ValueGenerator) defaultValue).generate(type, zone);
                }
                return ((Supplier<?>) defaultValue).get();
            default:
                return null;
        }
    }

    /** A builder with every field of this definition, to derive a changed copy. */
    Builder toBuilder() {
        Builder b = new Builder(name, type);
        b.field = field;
        b.allowNull = allowNull;
        b.defaultKind = defaultKind;
        b.defaultValue = defaultValue;
        b.primaryKey = primaryKey;
        b.autoIncrement = autoIncrement;
        b.autoIncrementIdentity = autoIncrementIdentity;
        b.unique = unique;
        b.uniqueKeyName = uniqueKeyName;
        b.comment = comment;
        b.references = references;
        b.onDelete = onDelete;
        b.onUpdate = onUpdate;
        b.role = role;
        b.index = index;
        b.accessor = accessor;
        b.storageType = storageType;
        b.getter = getter;
        b.setter = setter;
        b.validators = new java.util.ArrayList<>(validators);
        return b;
    }

    @Override
    public String toString() {
        return name + (field != null && !field.equals(name) ? "(" + field + ")" : "") + " " + type;
    }

    /** Mutable form used while a definition is being resolved. */
    static final class Builder {
        final String name;
        DataType type;
        String field;
        boolean allowNull = true;
        DefaultKind defaultKind = DefaultKind.NONE;
        Object defaultValue;
        boolean primaryKey;
        boolean autoIncrement;
        boolean autoIncrementIdentity;
        boolean unique;
        String uniqueKeyName;
        String comment;
        References references;
        ReferentialAction onDelete;
        ReferentialAction onUpdate;
        AttributeRole role = AttributeRole.NONE;
        int index;
        AttributeAccessor accessor;
        Class<?> storageType;
        ModelAccessors.Getter getter;
        ModelAccessors.Setter setter;
        java.util.List<org.sequelize4j.validation.ValidatorSpec> validators = new java.util.ArrayList<>();

        Builder(String name, DataType type) {
            this.name = name;
            this.type = type;
        }

        AttributeDefinition build() {
            return new AttributeDefinition(this);
        }
    }
}
