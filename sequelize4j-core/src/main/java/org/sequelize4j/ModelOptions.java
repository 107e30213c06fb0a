package org.sequelize4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Model-wide options (Sequelize's second argument of {@code define}): naming ({@code modelName},
 * {@code tableName}, {@code freezeTableName}, {@code underscored}), timestamps and their names,
 * {@code paranoid}, {@code version}, {@code schema}, MySQL's {@code engine}/{@code charset}/
 * {@code collate}, the table {@code comment}, {@code indexes} and named CHECK constraints.
 *
 * <p>Options left unset fall back to the {@code define} defaults given to {@link Sequelize}, then
 * to Sequelize's own defaults (timestamps on, table name pluralised).
 */
public final class ModelOptions {

    private String modelName;
    private String tableName;
    private Boolean freezeTableName;
    private Boolean underscored;
    private Boolean timestamps;
    private Object createdAt;
    private Object updatedAt;
    private Object deletedAt;
    private Boolean paranoid;
    private Object version;
    private String schema;
    private String engine;
    private String charset;
    private String collate;
    private String comment;
    private Long initialAutoIncrement;
    private Boolean noPrimaryKey;
    private String singularName;
    private String pluralName;
    private final List<IndexOptions> indexes = new ArrayList<>();
    private final List<java.util.Map.Entry<String, org.sequelize4j.query.Condition>> checks = new ArrayList<>();
    private final java.util.Map<String, org.sequelize4j.validation.ModelValidation<Model>> validators =
            new java.util.LinkedHashMap<>();
    private final java.util.Map<String, AttributeGetter<Model>> getterMethods = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, AttributeSetter<Model>> setterMethods = new java.util.LinkedHashMap<>();
    private final List<java.util.Map.Entry<HookType, Hook<Model>>> hooks = new ArrayList<>();
    private FindOptions defaultScope;
    private final java.util.Map<String, java.util.function.Function<Object[], FindOptions>> scopes =
            new java.util.LinkedHashMap<>();

    /** A fresh set of options. */
    public static ModelOptions options() {
        return new ModelOptions();
    }

    /** The model's name, under which {@link Sequelize#model(String)} finds it. */
    public ModelOptions modelName(String name) {
        this.modelName = name;
        return this;
    }

    /** The table name, used as given. */
    public ModelOptions tableName(String name) {
        this.tableName = name;
        return this;
    }

    /** Use the model name as the table name instead of its plural. */
    public ModelOptions freezeTableName(boolean freeze) {
        this.freezeTableName = freeze;
        return this;
    }

    /** Generated column names (and the table name) in snake_case; explicit {@code field}s are kept. */
    public ModelOptions underscored(boolean value) {
        this.underscored = value;
        return this;
    }

    /** Whether to keep {@code createdAt} and {@code updatedAt} (default true). */
    public ModelOptions timestamps(boolean value) {
        this.timestamps = value;
        return this;
    }

    /** The name of the creation-time attribute. */
    public ModelOptions createdAt(String attributeName) {
        this.createdAt = Objects.requireNonNull(attributeName);
        return this;
    }

    /** {@code false} to go without a creation-time attribute. */
    public ModelOptions createdAt(boolean enabled) {
        this.createdAt = enabled;
        return this;
    }

    /** The name of the last-update-time attribute. */
    public ModelOptions updatedAt(String attributeName) {
        this.updatedAt = Objects.requireNonNull(attributeName);
        return this;
    }

    /** {@code false} to go without a last-update-time attribute. */
    public ModelOptions updatedAt(boolean enabled) {
        this.updatedAt = enabled;
        return this;
    }

    /** The name of the soft-deletion-time attribute (with {@link #paranoid}). */
    public ModelOptions deletedAt(String attributeName) {
        this.deletedAt = Objects.requireNonNull(attributeName);
        return this;
    }

    /** {@code false} to go without a soft-deletion-time attribute. */
    public ModelOptions deletedAt(boolean enabled) {
        this.deletedAt = enabled;
        return this;
    }

    /** Soft deletion: destroy() sets {@code deletedAt} and finders hide such rows. Needs timestamps. */
    public ModelOptions paranoid(boolean value) {
        this.paranoid = value;
        return this;
    }

    /** Optimistic locking with a {@code version} attribute. */
    public ModelOptions version(boolean value) {
        this.version = value;
        return this;
    }

    /** Optimistic locking with a version attribute of the given name. */
    public ModelOptions version(String attributeName) {
        this.version = Objects.requireNonNull(attributeName);
        return this;
    }

    /** The schema holding the table (PostgreSQL schema, MySQL database). */
    public ModelOptions schema(String name) {
        this.schema = name;
        return this;
    }

    /** MySQL/MariaDB storage engine (default InnoDB). */
    public ModelOptions engine(String name) {
        this.engine = name;
        return this;
    }

    /** MySQL/MariaDB table character set. */
    public ModelOptions charset(String name) {
        this.charset = name;
        return this;
    }

    /** MySQL/MariaDB table collation. */
    public ModelOptions collate(String name) {
        this.collate = name;
        return this;
    }

    /** A comment stored on the table (PostgreSQL and MySQL/MariaDB). */
    public ModelOptions comment(String text) {
        this.comment = text;
        return this;
    }

    /** The first auto-increment value (MySQL/MariaDB). */
    public ModelOptions initialAutoIncrement(long value) {
        this.initialAutoIncrement = value;
        return this;
    }

    /** Do not add an {@code id} primary key when none is declared. */
    public ModelOptions noPrimaryKey(boolean value) {
        this.noPrimaryKey = value;
        return this;
    }

    /** Singular and plural forms of the model name, used to name associations. */
    public ModelOptions name(String singular, String plural) {
        this.singularName = singular;
        this.pluralName = plural;
        return this;
    }

    /** Adds indexes. */
    public ModelOptions indexes(IndexOptions... more) {
        indexes.addAll(List.of(more));
        return this;
    }

    /**
     * A named CHECK constraint, created with the table by {@code sync()}: the database refuses every
     * insert or update for which {@code condition} is false, and the write throws a
     * {@link org.sequelize4j.errors.CheckConstraintError} naming it. The condition is built with {@link Op}
     * on attribute names (written as their quoted columns); its constants are written into the DDL as
     * literals by the dialect, since DDL takes no parameters. {@code Op.raw(Sql.literal(...))} is the
     * escape hatch, see {@link #check(String, org.sequelize4j.query.Expression.Literal)}. Unknown
     * attributes, an empty or too long name and a name given twice fail when the model is defined.
     *
     * <pre>{@code
     * options().check("comment_one_target", or(
     *         and(isNotNull("articleId"), isNull("videoId")),
     *         and(isNull("articleId"), isNotNull("videoId"))))
     * }</pre>
     */
    public ModelOptions check(String name, org.sequelize4j.query.Condition condition) {
        checks.add(java.util.Map.entry(Objects.requireNonNull(name, "check constraint name"),
                Objects.requireNonNull(condition, "check constraint condition")));
        return this;
    }

    /**
     * A named CHECK constraint written as raw SQL ({@code Sql.literal("price >= 0")}), inserted into the
     * DDL as given: columns are not resolved or quoted, so use the column names. Never build it from
     * user input.
     */
    public ModelOptions check(String name, org.sequelize4j.query.Expression.Literal sql) {
        return check(name, Op.raw(Objects.requireNonNull(sql, "check constraint sql")));
    }

    /**
     * A model-wide validator, run after the attribute validators; its failure is reported under
     * {@code name} (seed: {@code bothCoordsOrNone}).
     */
    @SuppressWarnings("unchecked")
    public <M extends Model> ModelOptions validate(String name, org.sequelize4j.validation.ModelValidation<M> validator) {
        validators.put(Objects.requireNonNull(name), (org.sequelize4j.validation.ModelValidation<Model>) validator);
        return this;
    }

    /**
     * A pseudo-property read with {@code get(name)} and listed by {@code get()} and {@code toJSON()}
     * (Sequelize's {@code getterMethods}).
     */
    @SuppressWarnings("unchecked")
    public <M extends Model> ModelOptions getterMethod(String name, AttributeGetter<M> getter) {
        getterMethods.put(Objects.requireNonNull(name), (AttributeGetter<Model>) getter);
        return this;
    }

    /** A pseudo-property written with {@code set(name, value)} (Sequelize's {@code setterMethods}). */
    @SuppressWarnings("unchecked")
    public <M extends Model> ModelOptions setterMethod(String name, AttributeSetter<M> setter) {
        setterMethods.put(Objects.requireNonNull(name), (AttributeSetter<Model>) setter);
        return this;
    }

    /** A hook declared with the model (see {@link HookType}). */
    @SuppressWarnings("unchecked")
    public <M extends Model> ModelOptions hook(HookType type, Hook<M> hook) {
        hooks.add(java.util.Map.entry(Objects.requireNonNull(type), (Hook<Model>) Objects.requireNonNull(hook)));
        return this;
    }

    /** Options merged into every query of the model unless {@code unscoped()} is used. */
    public ModelOptions defaultScope(FindOptions scope) {
        this.defaultScope = scope;
        return this;
    }

    /** A named scope, activated with {@code Model.scope(name)}. */
    public ModelOptions scope(String name, FindOptions scope) {
        scopes.put(Objects.requireNonNull(name), args -> scope);
        return this;
    }

    /** A named scope taking arguments, activated with {@code Model.scope(ScopeCall.of(name, args...))}. */
    public ModelOptions scope(String name, java.util.function.Function<Object[], FindOptions> scope) {
        scopes.put(Objects.requireNonNull(name), scope);
        return this;
    }

    /**
     * These options completed by {@code defaults} wherever they are unset (defaults' model and table
     * names are ignored, as in Sequelize).
     */
    public ModelOptions withDefaults(ModelOptions defaults) {
        if (defaults == null) {
            return copy();
        }
        ModelOptions merged = copy();
        merged.freezeTableName = first(freezeTableName, defaults.freezeTableName);
        merged.underscored = first(underscored, defaults.underscored);
        merged.timestamps = first(timestamps, defaults.timestamps);
        merged.createdAt = first(createdAt, defaults.createdAt);
        merged.updatedAt = first(updatedAt, defaults.updatedAt);
        merged.deletedAt = first(deletedAt, defaults.deletedAt);
        merged.paranoid = first(paranoid, defaults.paranoid);
        merged.version = first(version, defaults.version);
        merged.schema = first(schema, defaults.schema);
        merged.engine = first(engine, defaults.engine);
        merged.charset = first(charset, defaults.charset);
        merged.collate = first(collate, defaults.collate);
        merged.comment = first(comment, defaults.comment);
        merged.noPrimaryKey = first(noPrimaryKey, defaults.noPrimaryKey);
        if (merged.indexes.isEmpty()) {
            merged.indexes.addAll(defaults.indexes);
        }
        // Check constraints are not taken from the defaults: they name one model's attributes.
        // Hooks, validators and scopes given as defaults apply to every model, before the model's own.
        List<java.util.Map.Entry<HookType, Hook<Model>>> allHooks = new ArrayList<>(defaults.hooks);
        allHooks.addAll(hooks);
        merged.hooks.clear();
        merged.hooks.addAll(allHooks);
        defaults.validators.forEach(merged.validators::putIfAbsent);
        defaults.getterMethods.forEach(merged.getterMethods::putIfAbsent);
        defaults.setterMethods.forEach(merged.setterMethods::putIfAbsent);
        merged.initialAutoIncrement = first(initialAutoIncrement, defaults.initialAutoIncrement);
        defaults.scopes.forEach(merged.scopes::putIfAbsent);
        if (merged.defaultScope == null) {
            merged.defaultScope = defaults.defaultScope;
        }
        return merged;
    }

    private static <T> T first(T value, T fallback) {
        return value != null ? value : fallback;
    }

    /** A copy of these options. */
    public ModelOptions copy() {
        ModelOptions c = new ModelOptions();
        c.modelName = modelName;
        c.tableName = tableName;
        c.freezeTableName = freezeTableName;
        c.underscored = underscored;
        c.timestamps = timestamps;
        c.createdAt = createdAt;
        c.updatedAt = updatedAt;
        c.deletedAt = deletedAt;
        c.paranoid = paranoid;
        c.version = version;
        c.schema = schema;
        c.engine = engine;
        c.charset = charset;
        c.collate = collate;
        c.comment = comment;
        c.initialAutoIncrement = initialAutoIncrement;
        c.noPrimaryKey = noPrimaryKey;
        c.singularName = singularName;
        c.pluralName = pluralName;
        c.indexes.addAll(indexes);
        c.checks.addAll(checks);
        c.validators.putAll(validators);
        c.getterMethods.putAll(getterMethods);
        c.setterMethods.putAll(setterMethods);
        c.hooks.addAll(hooks);
        c.defaultScope = defaultScope;
        c.scopes.putAll(scopes);
        return c;
    }

    // Read access for the definition stage; unset values are null.

    /** The model name, or null. */
    public String modelName() {
        return modelName;
    }

    /** The table name, or null. */
    public String tableName() {
        return tableName;
    }

    /** Whether the table name is frozen (default false). */
    public boolean isFreezeTableName() {
        return Boolean.TRUE.equals(freezeTableName);
    }

    /** Whether generated names are snake_case (default false). */
    public boolean isUnderscored() {
        return Boolean.TRUE.equals(underscored);
    }

    /** Whether timestamps are kept (default true). */
    public boolean isTimestamps() {
        return !Boolean.FALSE.equals(timestamps);
    }

    /** The createdAt setting: null (default), a Boolean or a String name. */
    public Object createdAt() {
        return createdAt;
    }

    /** The updatedAt setting: null (default), a Boolean or a String name. */
    public Object updatedAt() {
        return updatedAt;
    }

    /** The deletedAt setting: null (default), a Boolean or a String name. */
    public Object deletedAt() {
        return deletedAt;
    }

    /** Whether soft deletion is on (default false). */
    public boolean isParanoid() {
        return Boolean.TRUE.equals(paranoid);
    }

    /** The version setting: null, a Boolean or a String name. */
    public Object version() {
        return version;
    }

    /** The schema, or null. */
    public String schema() {
        return schema;
    }

    /** The engine, or null. */
    public String engine() {
        return engine;
    }

    /** The character set, or null. */
    public String charset() {
        return charset;
    }

    /** The collation, or null. */
    public String collate() {
        return collate;
    }

    /** The table comment, or null. */
    public String comment() {
        return comment;
    }

    /** The initial auto-increment value, or null. */
    public Long initialAutoIncrement() {
        return initialAutoIncrement;
    }

    /** Whether no id is added (default false). */
    public boolean isNoPrimaryKey() {
        return Boolean.TRUE.equals(noPrimaryKey);
    }

    /** The singular name, or null. */
    public String singularName() {
        return singularName;
    }

    /** The plural name, or null. */
    public String pluralName() {
        return pluralName;
    }

    /** The declared indexes. */
    public List<IndexOptions> indexes() {
        return List.copyOf(indexes);
    }

    /** The declared CHECK constraints (name to condition), in order; names are checked at definition. */
    public List<java.util.Map.Entry<String, org.sequelize4j.query.Condition>> checks() {
        return List.copyOf(checks);
    }

    /** The model-wide validators by name. */
    public java.util.Map<String, org.sequelize4j.validation.ModelValidation<Model>> validators() {
        return java.util.Collections.unmodifiableMap(validators);
    }

    /** Pseudo-property getters by name. */
    public java.util.Map<String, AttributeGetter<Model>> getterMethods() {
        return java.util.Collections.unmodifiableMap(getterMethods);
    }

    /** Pseudo-property setters by name. */
    public java.util.Map<String, AttributeSetter<Model>> setterMethods() {
        return java.util.Collections.unmodifiableMap(setterMethods);
    }

    /** Hooks declared with the model, in order. */
    public List<java.util.Map.Entry<HookType, Hook<Model>>> hooks() {
        return List.copyOf(hooks);
    }

    /** The default scope, or null. */
    public FindOptions defaultScope() {
        return defaultScope;
    }

    /** Named scopes. */
    public java.util.Map<String, java.util.function.Function<Object[], FindOptions>> scopes() {
        return java.util.Collections.unmodifiableMap(scopes);
    }
}
