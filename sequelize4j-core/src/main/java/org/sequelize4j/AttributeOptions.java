package org.sequelize4j;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The declaration of one model attribute, with Sequelize's column options: {@code type},
 * {@code allowNull}, {@code defaultValue}, {@code unique}, {@code primaryKey}, {@code autoIncrement},
 * {@code field}, {@code comment}, {@code references}, {@code onDelete}/{@code onUpdate}.
 *
 * <pre>{@code
 * attribute("flag", BOOLEAN).allowNull(false).defaultValue(true)
 * attribute("uniqueOne", STRING).unique("compositeIndex")
 * attribute("barId", INTEGER).references(References.model("bar").key("id")
 *                                          .deferrable(Deferrable.INITIALLY_IMMEDIATE))
 * }</pre>
 *
 * <p>A builder: each method returns this object. It is read once, when the model is defined.
 */
public final class AttributeOptions {

    private final String name;
    private final DataType type;
    private final String typeError;
    private Boolean allowNull;
    private boolean hasDefault;
    private Object defaultValue;
    private String uniqueName;
    private boolean unique;
    private boolean primaryKey;
    private boolean autoIncrement;
    private boolean autoIncrementIdentity;
    private String field;
    private String comment;
    private References references;
    private ReferentialAction onDelete;
    private ReferentialAction onUpdate;
    private final java.util.List<org.sequelize4j.validation.ValidatorSpec> validators = new java.util.ArrayList<>();
    private AttributeGetter<Model> getter;
    private AttributeSetter<Model> setter;

    private AttributeOptions(String name, DataType type, String typeError) {
        this.name = Objects.requireNonNull(name, "attribute name");
        this.type = type;
        this.typeError = typeError;
    }

    /** Declares an attribute of the given type. */
    public static AttributeOptions attribute(String name, DataType type) {
        return new AttributeOptions(name, Objects.requireNonNull(type, "type of attribute '" + name + "'"), null);
    }

    /**
     * Declares a foreign-key attribute without a type, for an association's {@code foreignKey}
     * option: its type is taken from the key it refers to. Used anywhere else, the model's definition
     * fails with "has no data type".
     */
    public static AttributeOptions attribute(String name) {
        return new AttributeOptions(name, null, null);
    }

    /**
     * A copy of these options under another name and with another type; everything else (nullability,
     * default, column name, validators, actions, accessors) is kept. Associations use it to complete a
     * foreign key the user declared in part.
     */
    public AttributeOptions copyAs(String newName, DataType newType) {
        AttributeOptions copy = new AttributeOptions(newName, newType, newType == null ? typeError : null);
        copy.allowNull = allowNull;
        copy.hasDefault = hasDefault;
        copy.defaultValue = defaultValue;
        copy.uniqueName = uniqueName;
        copy.unique = unique;
        copy.primaryKey = primaryKey;
        copy.autoIncrement = autoIncrement;
        copy.autoIncrementIdentity = autoIncrementIdentity;
        copy.field = field;
        copy.comment = comment;
        copy.references = references;
        copy.onDelete = onDelete;
        copy.onUpdate = onUpdate;
        copy.validators.addAll(validators);
        copy.getter = getter;
        copy.setter = setter;
        return copy;
    }

    /**
     * Declares an attribute whose type is given in Sequelize's notation, e.g. {@code "DECIMAL(10,2)"}. A
     * type that cannot be read is reported when the model is defined, naming the model and attribute.
     */
    public static AttributeOptions attribute(String name, String type) {
        try {
            return new AttributeOptions(name, DataType.parse(type), null);
        } catch (IllegalArgumentException e) {
            return new AttributeOptions(name, null, e.getMessage());
        }
    }

    /** Whether NULL is allowed (default true). {@code false} adds NOT NULL and a {@code notNull} validation. */
    public AttributeOptions allowNull(boolean allow) {
        this.allowNull = allow;
        return this;
    }

    /**
     * The value an instance gets when it is built without one: a constant, {@link DataTypes#NOW},
     * {@link DataTypes#UUIDV4}, {@link DataTypes#UUIDV1}, a {@link Supplier} called per instance, or a
     * database-side expression such as {@code Sql.literal("CURRENT_TIMESTAMP")} or {@code Sql.fn("now")}.
     */
    public AttributeOptions defaultValue(Object value) {
        this.hasDefault = true;
        this.defaultValue = value;
        return this;
    }

    /** A default computed in Java for each new instance ({@code null} means a NULL default). */
    public AttributeOptions defaultValue(Supplier<?> supplier) {
        this.hasDefault = true;
        // defaultValue(null) resolves to this overload; it means "NULL by default".
        this.defaultValue = supplier;
        return this;
    }

    /** A unique constraint on this column alone. */
    public AttributeOptions unique(boolean isUnique) {
        this.unique = isUnique;
        this.uniqueName = null;
        return this;
    }

    /** A named unique constraint; attributes that share the name form one composite unique key. */
    public AttributeOptions unique(String constraintName) {
        this.unique = true;
        this.uniqueName = Objects.requireNonNull(constraintName, "constraintName");
        return this;
    }

    /** Part of the primary key (several attributes form a composite key). */
    public AttributeOptions primaryKey(boolean isPrimaryKey) {
        this.primaryKey = isPrimaryKey;
        return this;
    }

    /** Values are generated by the database ({@code SERIAL}, {@code AUTO_INCREMENT}, SQLite's rowid). */
    public AttributeOptions autoIncrement(boolean isAutoIncrement) {
        this.autoIncrement = isAutoIncrement;
        return this;
    }

    /** On PostgreSQL, use {@code GENERATED BY DEFAULT AS IDENTITY} instead of {@code SERIAL}. */
    public AttributeOptions autoIncrementIdentity(boolean identity) {
        this.autoIncrementIdentity = identity;
        if (identity) {
            this.autoIncrement = true;
        }
        return this;
    }

    /** The column name, when it differs from the attribute name (Sequelize's {@code field}). */
    public AttributeOptions field(String columnName) {
        this.field = Objects.requireNonNull(columnName, "columnName");
        return this;
    }

    /** Sequelize v7's name for {@link #field(String)}. */
    public AttributeOptions columnName(String columnName) {
        return field(columnName);
    }

    /** A comment stored on the column (PostgreSQL and MySQL/MariaDB). */
    public AttributeOptions comment(String text) {
        this.comment = text;
        return this;
    }

    /** Makes this column a foreign key. */
    public AttributeOptions references(References target) {
        this.references = Objects.requireNonNull(target, "references");
        return this;
    }

    /** What happens to this row when the referenced row is deleted. */
    public AttributeOptions onDelete(ReferentialAction action) {
        this.onDelete = action;
        return this;
    }

    /** Sequelize's spelling: {@code "CASCADE"}, {@code "SET NULL"}, {@code "RESTRICT"}, {@code "NO ACTION"}, {@code "SET DEFAULT"}. */
    public AttributeOptions onDelete(String action) {
        return onDelete(ReferentialAction.parse(action));
    }

    /** What happens to this row when the referenced key changes. */
    public AttributeOptions onUpdate(ReferentialAction action) {
        this.onUpdate = action;
        return this;
    }

    /** Sequelize's spelling of {@link #onUpdate(ReferentialAction)}. */
    public AttributeOptions onUpdate(String action) {
        return onUpdate(ReferentialAction.parse(action));
    }

    /**
     * Validators run before the value is written ({@link Validators}: built-in ones such as
     * {@code isEmail()} or {@code len(2, 10)}, and {@code custom(name, fn)}).
     */
    public AttributeOptions validate(org.sequelize4j.validation.ValidatorSpec... specs) {
        java.util.Collections.addAll(validators, specs);
        return this;
    }

    /** A custom getter: what {@code get(name)} and {@code toJSON()} return for this attribute. */
    @SuppressWarnings("unchecked")
    public <M extends Model> AttributeOptions get(AttributeGetter<M> customGetter) {
        this.getter = (AttributeGetter<Model>) customGetter;
        return this;
    }

    /** A custom setter: what {@code set(name, value)} stores (use {@code setDataValue} inside it). */
    @SuppressWarnings("unchecked")
    public <M extends Model> AttributeOptions set(AttributeSetter<M> customSetter) {
        this.setter = (AttributeSetter<Model>) customSetter;
        return this;
    }

    /** The declared validators. */
    public java.util.List<org.sequelize4j.validation.ValidatorSpec> validators() {
        return java.util.List.copyOf(validators);
    }

    /** The custom getter, or null. */
    public AttributeGetter<Model> getter() {
        return getter;
    }

    /** The custom setter, or null. */
    public AttributeSetter<Model> setter() {
        return setter;
    }

    // Read access for the definition stage.

    /** The attribute name. */
    public String name() {
        return name;
    }

    /** The declared type (null when the type text could not be read; see {@link #typeError()}). */
    public DataType type() {
        return type;
    }

    /** Why the type text could not be read, or null. */
    public String typeError() {
        return typeError;
    }

    /** The declared allowNull, or null when not declared. */
    public Boolean allowNullOrNull() {
        return allowNull;
    }

    /** Whether a default value was declared. */
    public boolean hasDefaultValue() {
        return hasDefault;
    }

    /** The declared default value. */
    public Object defaultValue() {
        return defaultValue;
    }

    /** Whether the column is unique (alone or in a named composite key). */
    public boolean isUnique() {
        return unique;
    }

    /** The name of the composite unique key, or null. */
    public String uniqueName() {
        return uniqueName;
    }

    /** Whether the attribute is part of the primary key. */
    public boolean isPrimaryKey() {
        return primaryKey;
    }

    /** Whether the database generates the value. */
    public boolean isAutoIncrement() {
        return autoIncrement;
    }

    /** Whether PostgreSQL should use an identity column. */
    public boolean isAutoIncrementIdentity() {
        return autoIncrementIdentity;
    }

    /** The declared column name, or null. */
    public String field() {
        return field;
    }

    /** The column comment, or null. */
    public String comment() {
        return comment;
    }

    /** The foreign-key reference, or null. */
    public References references() {
        return references;
    }

    /** The ON DELETE action, or null. */
    public ReferentialAction onDelete() {
        return onDelete;
    }

    /** The ON UPDATE action, or null. */
    public ReferentialAction onUpdate() {
        return onUpdate;
    }
}
