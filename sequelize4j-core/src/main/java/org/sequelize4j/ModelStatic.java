package org.sequelize4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.association.Association;
import org.sequelize4j.association.AssociationSet;
import org.sequelize4j.association.BelongsToAssociation;
import org.sequelize4j.association.BelongsToManyAssociation;
import org.sequelize4j.association.BelongsToManyOptions;
import org.sequelize4j.association.BelongsToOptions;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.association.HasManyOptions;
import org.sequelize4j.association.HasOneAssociation;
import org.sequelize4j.association.HasOneOptions;
import org.sequelize4j.association.Includes;
import org.sequelize4j.association.PolymorphicAssociation;
import org.sequelize4j.association.PolymorphicOptions;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.jdbc.ConnectionScope;
import org.sequelize4j.runtime.ModelRuntime;

/**
 * A defined model: Sequelize's model class with its static methods ({@code findAll}, {@code create},
 * {@code update}, {@code sync}, …), as an object, since Java classes cannot inherit static methods.
 *
 * <pre>{@code
 * ModelStatic<User> Users = sequelize.define(User.class);
 * User ada = Users.create(Map.of("name", "Ada"));
 * List<User> adults = Users.findAll(query().where(gte("age", 18)).order(asc("name")));
 * }</pre>
 *
 * <p>Thread-safe: share one per model.
 *
 * @param <M> the instance type ({@link Model} for models defined without a class)
 */
public final class ModelStatic<M extends Model> {

    private final Sequelize sequelize;
    private final Class<M> modelClass;
    private final ModelRuntime runtime;
    private final ModelHooks hooks;
    private final FindOptions scope;
    private final ModelStatic<M> base;
    private final AssociationSet associations;

    ModelStatic(Sequelize sequelize, Class<M> modelClass, java.util.function.Function<ModelStatic<M>, ModelRuntime> runtime,
                ModelHooks globalHooks) {
        this.sequelize = sequelize;
        this.modelClass = modelClass;
        this.runtime = runtime.apply(this);
        this.hooks = new ModelHooks(this, globalHooks);
        for (Map.Entry<HookType, Hook<Model>> entry : this.runtime.definition().options().hooks()) {
            hooks.add(entry.getKey(), null, entry.getValue());
        }
        ClassHooks.register(modelClass, hooks);
        this.runtime.hooks(hooks);
        this.scope = this.runtime.definition().options().defaultScope();
        this.base = this;
        this.associations = new AssociationSet();
    }

    /** A view of a model with another scope; it shares everything else. */
    private ModelStatic(ModelStatic<M> base, FindOptions scope) {
        this.sequelize = base.sequelize;
        this.modelClass = base.modelClass;
        this.runtime = base.runtime;
        this.hooks = base.hooks;
        this.scope = scope;
        this.base = base.base;
        this.associations = base.associations;
    }

    // ---- scopes ---------------------------------------------------------------------------------

    /**
     * This model with scopes applied instead of the default scope: names of scopes declared in the model
     * options ({@code "defaultScope"} included), {@link ScopeCall}s for scopes taking arguments, or
     * {@link FindOptions}. Later scopes win over earlier ones; conditions are ANDed.
     */
    public ModelStatic<M> scope(Object... scopes) {
        return new ModelStatic<>(this, Scopes.resolve(this, scopes));
    }

    /** This model without any scope, the default one included. */
    public ModelStatic<M> unscoped() {
        return new ModelStatic<>(this, null);
    }

    private FindOptions scoped(FindOptions options) {
        FindOptions merged = options.onTopOf(scope);
        return merged == options ? options.copy() : merged;
    }

    private org.sequelize4j.query.Condition scopedWhere(org.sequelize4j.query.Condition where) {
        if (scope == null || scope.where() == null) {
            return where;
        }
        return where == null ? scope.where() : Op.and(scope.where(), where);
    }

    ModelRuntime runtime() {
        return runtime;
    }

    /**
     * The where of the scope this view applies (the default scope, unless {@link #scope}/
     * {@link #unscoped} chose another), or null; eager loading applies it to included rows.
     */
    public org.sequelize4j.query.Condition scopeWhere() {
        return scope == null ? null : scope.where();
    }

    /**
     * A copy of the options of the scope this view applies (the default scope unless {@link #scope}/
     * {@link #unscoped} chose another); empty options when it applies none.
     */
    public FindOptions scopeOptions() {
        return scope == null ? FindOptions.query() : scope.copy();
    }

    /** The model as defined, without a scope view on top. */
    ModelStatic<M> base() {
        return base;
    }

    // ---- associations -------------------------------------------------------------------------

    /**
     * Declares that this model has one {@code target}, which holds the foreign key ({@code userId} on
     * the profile by default). Returns the handle with {@code get}, {@code set} and {@code create}.
     */
    public <T extends Model> HasOneAssociation<M, T> hasOne(ModelStatic<T> target) {
        return hasOne(target, HasOneOptions.hasOne());
    }

    /** {@link #hasOne(ModelStatic)} with options (as, foreignKey, sourceKey, onDelete, scope, inverse, …). */
    public <T extends Model> HasOneAssociation<M, T> hasOne(ModelStatic<T> target, HasOneOptions options) {
        return sequelize.associationDeclarer().hasOne(base, target, options);
    }

    /**
     * Declares that this model holds a foreign key to {@code target} ({@code userId} here by default).
     * Returns the handle with {@code get}, {@code set} and {@code create}.
     */
    public <T extends Model> BelongsToAssociation<M, T> belongsTo(ModelStatic<T> target) {
        return belongsTo(target, BelongsToOptions.belongsTo());
    }

    /** {@link #belongsTo(ModelStatic)} with options (as, foreignKey, targetKey, onDelete, inverse, …). */
    public <T extends Model> BelongsToAssociation<M, T> belongsTo(ModelStatic<T> target, BelongsToOptions options) {
        return sequelize.associationDeclarer().belongsTo(base, target, options);
    }

    /**
     * Declares that this model has many {@code target}s, which hold the foreign key. Returns the handle
     * with {@code get}, {@code count}, {@code has}, {@code add}, {@code remove}, {@code set} and
     * {@code create}.
     */
    public <T extends Model> HasManyAssociation<M, T> hasMany(ModelStatic<T> target) {
        return hasMany(target, HasManyOptions.hasMany());
    }

    /** {@link #hasMany(ModelStatic)} with options (as, foreignKey, sourceKey, onDelete, scope, hooks, inverse, …). */
    public <T extends Model> HasManyAssociation<M, T> hasMany(ModelStatic<T> target, HasManyOptions options) {
        return sequelize.associationDeclarer().hasMany(base, target, options);
    }

    /**
     * Declares that this model and {@code target} are linked by the rows of a through model. Returns the
     * handle with {@code get}, {@code count}, {@code has}, {@code add}, {@code remove}, {@code set} and
     * {@code create}.
     */
    public <T extends Model> BelongsToManyAssociation<M, T> belongsToMany(ModelStatic<T> target,
                                                                          BelongsToManyOptions options) {
        return sequelize.associationDeclarer().belongsToMany(base, target, options);
    }

    /**
     * Declares a polymorphic belongsTo: a type column says which model the id column refers to, and
     * reads look the id up only in that model (seed 002's safe inverse).
     */
    public PolymorphicAssociation<M> belongsToAny(PolymorphicOptions options) {
        return sequelize.associationDeclarer().polymorphic(base, options);
    }

    /** The associations declared on this model, by alias. */
    public AssociationSet associations() {
        return associations;
    }

    /**
     * The association with this alias, typed by the variable it is assigned to:
     * {@code HasManyAssociation<User, Post> posts = Users.association("posts");}. An unknown alias is a
     * {@link org.sequelize4j.errors.QueryError} listing the model's associations; a variable of the
     * wrong kind fails with a ClassCastException at the assignment.
     */
    @SuppressWarnings("unchecked")
    public <A extends Association<M, ?>> A association(String as) {
        return (A) associations.get(this, as);
    }

    /** The resolved definition: attributes, keys, indexes, table. */
    public ModelDefinition definition() {
        return runtime.definition();
    }

    /** The Sequelize instance the model belongs to. */
    public Sequelize sequelize() {
        return sequelize;
    }

    /** The model name. */
    public String name() {
        return definition().name();
    }

    /** The table name. */
    public String tableName() {
        return definition().tableName();
    }

    /** The Java class of instances. */
    public Class<M> modelClass() {
        return modelClass;
    }

    /** The attributes, by name, in order. */
    public Map<String, AttributeDefinition> attributes() {
        Map<String, AttributeDefinition> result = new java.util.LinkedHashMap<>();
        for (AttributeDefinition a : definition().attributes()) {
            result.put(a.name(), a);
        }
        return result;
    }

    /** The name of the single primary-key attribute, or null when the key is composite or absent. */
    public String primaryKeyAttribute() {
        AttributeDefinition key = definition().primaryKey();
        return key == null ? null : key.name();
    }

    @SuppressWarnings("unchecked")
    private M cast(Model instance) {
        return (M) instance;
    }

    @SuppressWarnings("unchecked")
    private List<M> cast(List<Model> instances) {
        return (List<M>) (List<?>) instances;
    }

    // ---- hooks ----------------------------------------------------------------------------------

    /** Adds a hook. */
    public ModelStatic<M> addHook(HookType type, Hook<M> hook) {
        hooks.add(type, null, hook);
        return this;
    }

    /** Adds a named hook, which {@link #removeHook} can remove again. */
    public ModelStatic<M> addHook(HookType type, String name, Hook<M> hook) {
        hooks.add(type, java.util.Objects.requireNonNull(name), hook);
        return this;
    }

    /** Removes the hooks of a moment added under a name; returns whether there were any. */
    public boolean removeHook(HookType type, String name) {
        return hooks.remove(type, name);
    }

    /** Whether hooks run at a moment (the model's or global ones). */
    public boolean hasHook(HookType type) {
        return hooks.has(type);
    }

    // ---- building and creating -------------------------------------------------------------

    /** A new, unsaved instance with the declared defaults. */
    public M build() {
        return build(Map.of());
    }

    /** A new, unsaved instance with these values and the declared defaults. */
    public M build(Map<String, ?> values) {
        return cast(runtime.persister().build(values));
    }

    /** Builds and saves an instance. */
    public M create(Map<String, ?> values) {
        return create(values, SaveOptions.saveOptions());
    }

    /** Builds and saves an instance, with options; with {@code include}, nested associated values too. */
    public M create(Map<String, ?> values, SaveOptions options) {
        if (!options.include().isEmpty()) {
            return org.sequelize4j.association.NestedCreate.create(this, values, options);
        }
        M instance = build(values);
        instance.save(options);
        return instance;
    }

    /**
     * Inserts many rows with multi-row INSERT statements and returns the new instances, with generated
     * keys where the dialect reports them.
     */
    public List<M> bulkCreate(List<? extends Map<String, ?>> rows) {
        return bulkCreate(rows, BulkCreateOptions.bulkCreateOptions());
    }

    /** {@link #bulkCreate(List)} with options. */
    public List<M> bulkCreate(List<? extends Map<String, ?>> rows, BulkCreateOptions options) {
        return bulkCreateInstances(runtime.persister().buildAll(rows), options);
    }

    /** Inserts instances built earlier (with {@link #build}). */
    public List<M> bulkCreateInstances(List<? extends Model> instances, BulkCreateOptions options) {
        List<Model> list = new ArrayList<>(instances);
        ConnectionScope scope = runtime.engine().scope(options);
        runtime.bulk().bulkCreate(list, options, scope);
        return cast(list);
    }

    // ---- finders --------------------------------------------------------------------------------

    /** Every row. */
    public List<M> findAll() {
        return findAll(FindOptions.query());
    }

    /** Every matching row, with the associations of {@code include} loaded on them. */
    public List<M> findAll(FindOptions options) {
        FindOptions merged = scoped(options);
        if (!merged.includes().isEmpty()) {
            return Includes.findAll(unscoped(), merged, runtime.finder());
        }
        return cast(runtime.finder().findAll(merged));
    }

    /**
     * Every matching row, read from an open cursor as the stream is consumed, so that a table of any
     * size is read in constant memory. Close the stream (try-with-resources) unless it is read to the
     * end: it holds a connection until then. Includes are loaded a chunk of {@code fetchSize} parents
     * at a time, and after-find hooks see each chunk.
     *
     * @param fetchSize rows fetched from the database at a time (at least 1)
     */
    public Stream<M> stream(FindOptions options, int fetchSize) {
        if (fetchSize < 1) {
            throw new QueryError("stream on model '" + name() + "': fetchSize must be at least 1, not "
                    + fetchSize);
        }
        FindOptions merged = scoped(options);
        Stream<Model> rows;
        if (!merged.includes().isEmpty()) {
            Includes.StreamParts parts = Includes.streamParts(unscoped(), merged);
            rows = runtime.finder().stream(parts.parentQuery(), fetchSize, parts.loadChunk());
        } else {
            rows = runtime.finder().stream(merged, fetchSize, null);
        }
        @SuppressWarnings("unchecked")
        Stream<M> typed = (Stream<M>) (Stream<?>) rows;
        return typed;
    }

    /** {@link #stream(FindOptions, int)} fetching 1,000 rows at a time. */
    public Stream<M> stream(FindOptions options) {
        return stream(options, 1_000);
    }

    /** Every matching row as a map of attribute name (or alias) to value (Sequelize's {@code raw: true}). */
    public List<Map<String, Object>> findAllRaw(FindOptions options) {
        return runtime.finder().findAllRaw(scoped(options));
    }

    /** The first matching row, or null. */
    public M findOne(FindOptions options) {
        if (!options.includes().isEmpty() || scope != null && !scope.includes().isEmpty()) {
            return Includes.findOne(unscoped(), options.onTopOf(scope), runtime.finder());
        }
        // The finder copies the options before changing them, so the caller's object is safe uncopied.
        return cast(runtime.finder().findOne(options.onTopOf(scope)));
    }

    /** The row with this primary key (a map of attribute to value for composite keys), or null. */
    public M findByPk(Object key) {
        return findByPk(key, FindOptions.query());
    }

    /** {@link #findByPk(Object)} with options. */
    public M findByPk(Object key, FindOptions options) {
        if (!options.includes().isEmpty() || scope != null && !scope.includes().isEmpty()) {
            return Includes.findByPk(unscoped(), key, options.onTopOf(scope), runtime.finder());
        }
        // As findOne: the finder only reads the options, or copies them first.
        return cast(runtime.finder().findByPk(key, options.onTopOf(scope)));
    }

    /**
     * The rows of a page and the total number of matching rows; with {@code group}, also the count of
     * each group (Sequelize returns those as its count).
     */
    public FindAndCountResult<M> findAndCountAll(FindOptions options) {
        FindOptions counted = scoped(options);
        if (!counted.includes().isEmpty()) {
            counted = Includes.parentQuery(this, counted);
        }
        if (!counted.group().isEmpty()) {
            List<Map<String, Object>> groups = runtime.finder().countGrouped(counted);
            return new FindAndCountResult<>(groups.size(), findAll(options), groups);
        }
        return new FindAndCountResult<>(runtime.finder().count(counted), findAll(options), List.of());
    }

    /** The number of rows. */
    public long count() {
        return count(FindOptions.query());
    }

    /** The number of matching rows (with {@code col}: non-null values; with {@code distinct}: distinct ones). */
    public long count(FindOptions options) {
        FindOptions counted = scoped(options);
        return runtime.finder().count(counted.includes().isEmpty() ? counted : Includes.parentQuery(this, counted));
    }

    /** Counts per group: one map per group with the group attributes and {@code count}. */
    public List<Map<String, Object>> countGrouped(FindOptions options) {
        return runtime.finder().countGrouped(scoped(options));
    }

    /** The largest value of an attribute (in its type), or null when no row matches. */
    public Object max(String attribute) {
        return max(attribute, FindOptions.query());
    }

    /** {@link #max(String)} over matching rows. */
    public Object max(String attribute, FindOptions options) {
        return runtime.finder().aggregate("MAX", attribute, scoped(options));
    }

    /** The smallest value of an attribute, or null when no row matches. */
    public Object min(String attribute) {
        return min(attribute, FindOptions.query());
    }

    /** {@link #min(String)} over matching rows. */
    public Object min(String attribute, FindOptions options) {
        return runtime.finder().aggregate("MIN", attribute, scoped(options));
    }

    /** The sum of an attribute: Long for integers, BigDecimal for decimals, Double for floats; null for no rows. */
    public Object sum(String attribute) {
        return sum(attribute, FindOptions.query());
    }

    /** {@link #sum(String)} over matching rows. */
    public Object sum(String attribute, FindOptions options) {
        return runtime.finder().aggregate("SUM", attribute, scoped(options));
    }

    /**
     * Finds the row matching {@code where}, or creates it from the equality conditions of {@code where}
     * and the {@code defaults}, in a transaction. Concurrent callers end with one row when a unique key
     * covers the {@code where} attributes: the caller that loses the race catches the unique-key
     * violation and returns the winner's row. On SQLite, callers outside a transaction take turns
     * (the transaction begins IMMEDIATE), so one row results even without a unique key; inside a
     * caller's DEFERRED transaction that has already read, a concurrent writer makes the call fail
     * with a {@code TimeoutError} (start such transactions IMMEDIATE).
     */
    public FindOrCreateResult<M> findOrCreate(FindOrCreateOptions options) {
        return FindOrCreate.findOrCreate(this, options);
    }

    /**
     * Sequelize's {@code findCreateFind}: finds the row, else creates it, and when that create hits a unique-key
     * violation (a concurrent caller created it first) finds it again, without a transaction of its own.
     */
    public FindOrCreateResult<M> findCreateFind(FindOrCreateOptions options) {
        return FindOrCreate.findCreateFind(this, options);
    }

    /** Finds the row matching {@code where}, or builds (without saving) a new instance as findOrCreate would. */
    public FindOrCreateResult<M> findOrBuild(FindOrCreateOptions options) {
        FindOptions find = FindOptions.query().where(options.where());
        options.copyTransactionTo(find);
        M found = findOne(find);
        if (found != null) {
            return new FindOrCreateResult<>(found, false);
        }
        return new FindOrCreateResult<>(build(options.newRowValues()), true);
    }

    /**
     * Inserts a row, or updates the existing row with the same primary key (or unique key), in one
     * statement; returns the row as stored.
     */
    public UpsertResult<M> upsert(Map<String, ?> values) {
        return upsert(values, UpsertOptions.upsertOptions());
    }

    /** {@link #upsert(Map)} with options. */
    public UpsertResult<M> upsert(Map<String, ?> values, UpsertOptions options) {
        ConnectionScope scope = runtime.engine().scope(options);
        var result = runtime.upserter().upsert(new java.util.LinkedHashMap<>(values), options, scope);
        return new UpsertResult<>(cast(result.instance()), result.created());
    }

    /** Adds amounts to attributes of every matching row, atomically ({@code x = x + n}); returns the count. */
    public int increment(Map<String, ? extends Number> amounts, IncrementOptions options) {
        return runtime.incrementer().increment(amounts, scopedIncrement(options), false);
    }

    /** Subtracts amounts from attributes of every matching row, atomically; returns the count. */
    public int decrement(Map<String, ? extends Number> amounts, IncrementOptions options) {
        return runtime.incrementer().increment(amounts, scopedIncrement(options), true);
    }

    private IncrementOptions scopedIncrement(IncrementOptions options) {
        return scope == null || scope.where() == null ? options : options.withWhere(scopedWhere(options.where()));
    }

    // ---- set-based writes -------------------------------------------------------------------

    /**
     * Sets values on every row matching the where of {@code options}; returns the count, and the updated
     * rows with {@code returning(true)} or {@code individualHooks(true)} (Sequelize's {@code [count, rows]}).
     * Where the database has no {@code UPDATE … RETURNING} (MySQL, MariaDB), the rows are read again by
     * primary key in the same transaction.
     */
    public UpdateResult<M> update(Map<String, ?> values, UpdateOptions options) {
        UpdateOptions scoped = scope == null || scope.where() == null ? options : options.withWhere(scopedWhere(options.where()));
        var result = runtime.updates().update(values, scoped);
        return new UpdateResult<>(result.count(), cast(result.rows()));
    }

    /** Deletes (or, for paranoid models, soft-deletes) every matching row; returns the count. */
    public int destroy(DestroyOptions options) {
        return runtime.bulk().destroy(options.withWhere(scopedWhere(options.where())));
    }

    /** Restores every matching soft-deleted row of a paranoid model; returns the count. */
    public int restore(DestroyOptions options) {
        return runtime.bulk().restore(options.withWhere(scopedWhere(options.where())));
    }

    /** Deletes every row ({@code TRUNCATE} where the dialect has it). */
    public void truncate() {
        truncate(false, false);
    }

    /** Deletes every row, also of tables that reference this one ({@code cascade}), resetting sequences. */
    public void truncate(boolean cascade, boolean restartIdentity) {
        ConnectionScope scope = runtime.engine().scope(false, null);
        sequelize.schema().truncate(runtime, scope, cascade, restartIdentity);
    }

    // ---- schema ---------------------------------------------------------------------------------

    /** Creates the table if it does not exist. */
    public ModelStatic<M> sync() {
        return sync(SyncOptions.syncOptions());
    }

    /** Creates (with {@code force}, re-creates; with {@code alter}, updates) the table. */
    public ModelStatic<M> sync(SyncOptions options) {
        sequelize.syncModel(this, options);
        return this;
    }

    /** Drops the table. */
    public void drop() {
        drop(false);
    }

    /** Drops the table, and with {@code cascade} what depends on it. */
    public void drop(boolean cascade) {
        sequelize.schema().drop(runtime, cascade);
    }

    @Override
    public String toString() {
        return "ModelStatic(" + name() + ")";
    }
}
