package org.sequelize4j.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sequelize4j.DestroyOptions;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Model;
import org.sequelize4j.SaveOptions;
import org.sequelize4j.HookType;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.InstanceState;
import org.sequelize4j.definition.Instances;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.definition.Snapshots;
import org.sequelize4j.dialect.UniqueErrors;
import org.sequelize4j.errors.InstanceError;
import org.sequelize4j.errors.OptimisticLockError;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.errors.ValidationErrorItem;
import org.sequelize4j.jdbc.ConnectionScope;
import org.sequelize4j.sql.Operator;
import org.sequelize4j.sql.SqlExpr;
import org.sequelize4j.sql.UpdateSpec;

/**
 * Writes single instances: build with defaults, insert, update of the changed attributes only, reload,
 * destroy and restore, keeping timestamps and the optimistic-lock version as Sequelize does.
 */
public final class Persister {

    private final ModelRuntime runtime;

    Persister(ModelRuntime runtime) {
        this.runtime = runtime;
    }

    private ModelDefinition definition() {
        return runtime.definition();
    }

    /** Gives unset attributes of a new instance their declared defaults (Java-side ones; the database fills its own). */
    public void applyDefaults(Model instance, boolean onlyUnset) {
        for (AttributeDefinition a : definition().attributes()) {
            if (a.defaultKind() == AttributeDefinition.DefaultKind.CONSTANT
                    || a.defaultKind() == AttributeDefinition.DefaultKind.GENERATED) {
                if (onlyUnset && (a.accessor().get(instance) != null && !isPrimitiveZero(a, instance)
                        || InstanceState.isAssigned(instance, a.index()))) {
                    continue;
                }
                Object value = a.newDefaultValue(runtime.engine().coercion().zone());
                // A JSON default must not be shared between instances, which may change it in place.
                runtime.values().store(instance, a, a.isMutableValue() ? Snapshots.copy(value) : value);
                if (InstanceState.isNewRecord(instance)) {
                    // What a new instance starts from, as Sequelize's: previous(key) is the default until a
                    // save, and an attribute holding its default has not changed.
                    Object stored = a.accessor().get(instance);
                    InstanceState.previousForWrite(instance)[a.index()] = a.isMutableValue() ? Snapshots.copy(stored) : stored;
                }
            }
        }
    }

    private static boolean isPrimitiveZero(AttributeDefinition a, Model instance) {
        // A primitive field cannot be null; its zero before anything was assigned means "unset".
        Object v = a.accessor().get(instance);
        return a.accessor().isField() && (v instanceof Number && ((Number) v).doubleValue() == 0
                || Boolean.FALSE.equals(v)) && !InstanceState.isAssigned(instance, a.index());
    }

    /** A new, unsaved instance with the given values and the declared defaults. */
    public Model build(Map<String, ?> values) {
        return build(definition(), values, null);
    }

    /**
     * New, unsaved instances from rows of values, as {@link #build} makes each. Rows of a bulk insert
     * are usually maps built alike, with the same literal keys in the same order, so the attribute a
     * key named in the row before is taken again when the key is the same string object, instead of
     * looking the name up for every value of every row.
     */
    public java.util.List<Model> buildAll(java.util.List<? extends Map<String, ?>> rows) {
        ModelDefinition definition = definition();
        java.util.List<Model> instances = new java.util.ArrayList<>(rows.size());
        KeyMemo memo = new KeyMemo();
        for (Map<String, ?> values : rows) {
            instances.add(build(definition, values, memo));
        }
        return instances;
    }

    /** The attributes the keys at each position of the row before named, by key identity. */
    private static final class KeyMemo {
        final String[] keys = new String[8];
        final AttributeDefinition[] attributes = new AttributeDefinition[8];

        AttributeDefinition attribute(ModelDefinition definition, int position, String key) {
            if (position >= keys.length) {
                return definition.attribute(key);
            }
            if (keys[position] != key || key == null) {
                keys[position] = key;
                attributes[position] = definition.attribute(key);
            }
            return attributes[position];
        }
    }

    private Model build(ModelDefinition definition, Map<String, ?> values, KeyMemo memo) {
        Model instance = Instances.create(definition, true);
        applyDefaults(instance, false);
        if (values != null) {
            int position = 0;
            for (Map.Entry<String, ?> e : values.entrySet()) {
                String key = e.getKey();
                AttributeDefinition attribute = memo == null ? definition.attribute(key)
                        : memo.attribute(definition, position++, key);
                runtime.values().set(instance, attribute, key, e.getValue(), false);
            }
        }
        return instance;
    }

    /** Inserts a new instance or writes the changed attributes of an existing one. */
    public void save(Model instance, SaveOptions options) {
        save(instance, options, null);
    }

    /**
     * Saves; {@code derivedFields}, when given, are the attributes an {@code update(values)} call set, which
     * restrict the write like {@code fields} but also admit whatever before-hooks change.
     */
    private void save(Model instance, SaveOptions options, List<AttributeDefinition> derivedFields) {
        ConnectionScope scope = runtime.engine().scope(options);
        if (InstanceState.isNewRecord(instance)) {
            insert(instance, options, scope);
        } else {
            updateChanged(instance, options, scope, derivedFields);
        }
    }

    /** Sets values, then saves the attributes among them that changed (and what hooks change). */
    public void update(Model instance, Map<String, ?> values, SaveOptions options) {
        // What had changed before, to tell which attributes setters wrote; not needed with explicit fields.
        List<String> before = options.fields() == null ? instance.changed() : null;
        for (Map.Entry<String, ?> e : values.entrySet()) {
            runtime.values().set(instance, e.getKey(), e.getValue(), false);
        }
        if (options.fields() != null) {
            save(instance, options, null);
            return;
        }
        List<AttributeDefinition> fields = new ArrayList<>();
        for (String key : values.keySet()) {
            AttributeDefinition a = definition().attribute(key);
            if (a != null) {
                fields.add(a);
            }
        }
        // A setter may have written other attributes; those count as part of this update too.
        for (String changed : instance.changed()) {
            AttributeDefinition a = definition().attribute(changed);
            if (!before.contains(changed) && !fields.contains(a)) {
                fields.add(a);
            }
        }
        save(instance, options, fields);
    }

    private List<AttributeDefinition> fieldsOption(SaveOptions options) {
        if (options.fields() == null) {
            return null;
        }
        List<AttributeDefinition> fields = new ArrayList<>();
        for (String name : options.fields()) {
            AttributeDefinition a = definition().attribute(name);
            if (a == null) {
                throw new QueryError("Model '" + definition().name() + "' has no attribute '" + name
                        + "' (used in save fields); its attributes are " + definition().attributeNames());
            }
            fields.add(a);
        }
        return fields;
    }

    private void insert(Model instance, SaveOptions options, ConnectionScope scope) {
        ModelDefinition def = definition();
        Instant now = Instant.now();
        if (def.createdAt() != null && def.createdAt().accessor().get(instance) == null) {
            runtime.values().store(instance, def.createdAt(), now);
        }
        if (def.updatedAt() != null && (def.updatedAt().accessor().get(instance) == null || !options.isSilent())) {
            runtime.values().store(instance, def.updatedAt(), now);
        }
        List<AttributeDefinition> restrict = fieldsOption(options);
        HookDispatcher hooks = options.isHooks() ? runtime.hooks() : HookDispatcher.NONE;
        if (options.isValidate()) {
            validate(instance, withVirtuals(insertColumns(instance, restrict), instance, true), options, hooks);
        }
        hooks.instance(HookType.BEFORE_CREATE, instance, options);
        hooks.instance(HookType.BEFORE_SAVE, instance, options);
        // Before-hooks may have set more values; they are written too.
        List<AttributeDefinition> columns = insertColumns(instance, restrict);
        ValueChecker.Result checked = checkValues(instance, columns, true);
        writeBack(instance, columns, checked.values);
        try {
            RowInserter.insert(runtime, scope, List.of(instance), columns,
                    org.sequelize4j.query.InsertRows.single(checked.values), true, null);
        } catch (UniqueConstraintError e) {
            throw withValues(e, instance);
        }
        hooks.instance(HookType.AFTER_CREATE, instance, options);
        hooks.instance(HookType.AFTER_SAVE, instance, options);
    }

    /** The columns an insert writes: those with values (or assigned NULL), and NOT NULL ones to report if empty. */
    private List<AttributeDefinition> insertColumns(Model instance, List<AttributeDefinition> restrict) {
        List<AttributeDefinition> columns = new ArrayList<>();
        for (AttributeDefinition a : definition().columns()) {
            if (restrict != null && !restrict.contains(a) && a.role() == org.sequelize4j.definition.AttributeRole.NONE
                    && !a.isPrimaryKey()) {
                continue;
            }
            Object value = a.accessor().get(instance);
            boolean present = value != null && !(a.isAutoIncrement() && isPrimitiveZero(a, instance))
                    || InstanceState.isAssigned(instance, a.index()) && !a.isAutoIncrement();
            if (present || !a.allowNull() && !a.isAutoIncrement()
                    && a.defaultKind() != AttributeDefinition.DefaultKind.DATABASE) {
                columns.add(a);
            }
        }
        return columns;
    }

    /** A unique-constraint error naming attributes and the instance's duplicated values. */
    UniqueConstraintError withValues(UniqueConstraintError e, Model instance) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (AttributeDefinition a : definition().columns()) {
            values.put(a.name(), a.accessor().get(instance));
        }
        return UniqueErrors.withValues(e, runtime.errorContext().attributeByColumn(), values);
    }

    /** Stores the checked, canonical values back into the instance, so it holds exactly what was written. */
    private static void writeBack(Model instance, List<AttributeDefinition> columns, Object[] values) {
        for (int i = 0; i < columns.size(); i++) {
            AttributeDefinition a = columns.get(i);
            if (values[i] != null && !values[i].equals(a.accessor().get(instance))) {
                a.accessor().set(instance, values[i]);
            }
        }
    }

    private void updateChanged(Model instance, SaveOptions options, ConnectionScope scope,
                               List<AttributeDefinition> derivedFields) {
        ModelDefinition def = definition();
        List<AttributeDefinition> restrict = derivedFields != null ? new ArrayList<>(derivedFields) : fieldsOption(options);
        Set<AttributeDefinition> initiallyChanged = changedColumns(instance, restrict);
        if (initiallyChanged.isEmpty()) {
            return;
        }
        requireWritable(instance);
        HookDispatcher hooks = options.isHooks() ? runtime.hooks() : HookDispatcher.NONE;
        if (options.isValidate()) {
            validate(instance, withVirtuals(initiallyChanged, instance, false), options, hooks);
        }
        // Taken after validation, whose hooks may change values too; only needed to widen derived fields.
        Set<AttributeDefinition> changedBeforeHooks = derivedFields != null ? changedColumns(instance, null) : null;
        hooks.instance(HookType.BEFORE_UPDATE, instance, options);
        hooks.instance(HookType.BEFORE_SAVE, instance, options);
        if (derivedFields != null) {
            // What the before-hooks changed is written too, unless the caller listed the fields itself.
            for (AttributeDefinition a : changedColumns(instance, null)) {
                if (!changedBeforeHooks.contains(a) && !restrict.contains(a)) {
                    restrict.add(a);
                }
            }
        }
        Set<AttributeDefinition> changed = changedColumns(instance, restrict);
        if (changed.isEmpty()) {
            return;
        }
        if (def.updatedAt() != null && !options.isSilent()) {
            runtime.values().store(instance, def.updatedAt(), Instant.now());
            changed.add(def.updatedAt());
        }
        List<AttributeDefinition> columns = new ArrayList<>(changed);
        columns.remove(def.version());
        ValueChecker.Result checked = checkValues(instance, columns, false);
        writeBack(instance, columns, checked.values);

        List<UpdateSpec.Assignment> assignments = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            AttributeDefinition a = columns.get(i);
            assignments.add(new UpdateSpec.Assignment(a.field(), runtime.engine().writes().param(a, checked.values[i])));
        }
        List<SqlExpr> extra = new ArrayList<>();
        Object nextVersion = versionStep(instance, assignments, extra);
        SqlExpr where = runtime.engine().writes().keyCondition(def, storedKey(instance), extra);
        int count;
        try {
            count = runtime.engine().executor().update(scope,
                    runtime.engine().writes().update(def, assignments, where, null, List.of()), runtime.errorContext());
        } catch (UniqueConstraintError e) {
            throw withValues(e, instance);
        }
        if (count == 0 && def.version() != null) {
            throw new OptimisticLockError(def.name(), whereMap(instance));
        }
        if (nextVersion != null) {
            def.version().accessor().set(instance, nextVersion);
            columns.add(def.version());
        }
        RowInserter.snapshot(instance, columns);
        InstanceState.clearAssigned(instance);
        hooks.instance(HookType.AFTER_UPDATE, instance, options);
        hooks.instance(HookType.AFTER_SAVE, instance, options);
    }

    /** The attributes to validate: those being written and the VIRTUAL ones (all when inserting, changed ones otherwise). */
    private List<AttributeDefinition> withVirtuals(Collection<AttributeDefinition> columns, Model instance, boolean all) {
        List<AttributeDefinition> result = new ArrayList<>(columns);
        for (AttributeDefinition a : definition().attributes()) {
            if (a.isVirtual() && (all || instance.changed(a.name()))) {
                result.add(a);
            }
        }
        return result;
    }

    private Set<AttributeDefinition> changedColumns(Model instance, List<AttributeDefinition> restrict) {
        Set<AttributeDefinition> changed = new LinkedHashSet<>();
        for (String name : instance.changed()) {
            AttributeDefinition a = definition().attribute(name);
            if (!a.isVirtual() && (restrict == null || restrict.contains(a))) {
                changed.add(a);
            }
        }
        return changed;
    }

    /**
     * Adds {@code version = version + 1} and the {@code version = current} check of optimistic locking.
     *
     * @return the version the row will have, or null for unversioned models
     */
    private Object versionStep(Model instance, List<UpdateSpec.Assignment> assignments, List<SqlExpr> extra) {
        AttributeDefinition version = definition().version();
        if (version == null) {
            return null;
        }
        long current = ((Number) loadedVersion(instance)).longValue();
        Object currentValue = runtime.engine().coercion().coerce(version.type(), current);
        assignments.add(runtime.engine().writes().versionBump(version));
        extra.add(new SqlExpr.Compare(new SqlExpr.Column(null, version.field()), Operator.EQ, runtime.engine().writes().param(version, currentValue)));
        return runtime.engine().coercion().coerce(version.type(), current + 1);
    }

    /**
     * The version the instance was read or last written with; an instance loaded without its version
     * cannot be checked, and is refused rather than written unchecked.
     */
    private Object loadedVersion(Model instance) {
        AttributeDefinition version = definition().version();
        Object stored = InstanceState.previous(instance)[version.index()];
        if (stored == InstanceState.UNKNOWN || stored == null) {
            throw new InstanceError("Instance of '" + definition().name() + "' was loaded without its version attribute '"
                    + version.name() + "', so a concurrent change could not be detected; load it (or reload the instance)"
                    + " before saving or destroying");
        }
        return stored;
    }

    /** The primary key as last stored (so a changed key still finds its row). */
    Map<AttributeDefinition, Object> storedKey(Model instance) {
        ModelDefinition def = definition();
        if (def.primaryKeys().isEmpty()) {
            throw new InstanceError("Model '" + def.name() + "' has no primary key, so an instance cannot be"
                    + " updated, reloaded or destroyed on its own; use the static update/destroy with a where");
        }
        Map<AttributeDefinition, Object> key = new LinkedHashMap<>();
        for (AttributeDefinition a : def.primaryKeys()) {
            Object value = InstanceState.previous(instance)[a.index()];
            if (value == InstanceState.UNKNOWN || value == null) {
                value = a.accessor().get(instance);
            }
            if (value == null) {
                throw new InstanceError("Instance of '" + def.name() + "' has no value for primary key '" + a.name()
                        + "'; was it loaded without that attribute?");
            }
            key.put(a, runtime.engine().coercion().coerce(a.type(), value));
        }
        return key;
    }

    private Map<String, Object> whereMap(Model instance) {
        Map<String, Object> where = new LinkedHashMap<>();
        storedKey(instance).forEach((a, v) -> where.put(a.name(), v));
        AttributeDefinition version = definition().version();
        if (version != null) {
            where.put(version.name(), InstanceState.previous(instance)[version.index()]);
        }
        return where;
    }

    /** Checks values about to be written against their types and NULL rules; throws every failure at once. */
    private ValueChecker.Result checkValues(Model instance, List<AttributeDefinition> columns, boolean insert) {
        ValueChecker.Result checked = ValueChecker.check(instance, definition(), columns, runtime.engine().coercion(),
                insert);
        ValueChecker.throwIfAny(checked.errors());
        return checked;
    }

    /**
     * Validates an instance with its hooks: beforeValidate, the type and NULL checks and validators of
     * {@code attributes} and the model validators, then afterValidate, or validationFailed and the error.
     */
    private void validate(Model instance, Collection<AttributeDefinition> attributes, Object options,
                          HookDispatcher hooks) {
        hooks.instance(HookType.BEFORE_VALIDATE, instance, options);
        List<AttributeDefinition> checkedAttributes = new ArrayList<>(attributes);
        ValueChecker.Result checked = ValueChecker.check(instance, definition(), checkedAttributes,
                runtime.engine().coercion(), InstanceState.isNewRecord(instance));
        List<ValidationErrorItem> errors = new ArrayList<>(checked.errors());
        errors.addAll(InstanceValidator.validate(definition(), instance, attributes));
        if (!errors.isEmpty()) {
            ValidationError error = new ValidationError(errors);
            if (hooks.has(HookType.VALIDATION_FAILED)) {
                hooks.run(HookCall.of(HookType.VALIDATION_FAILED, options).withInstance(instance).withError(error));
            }
            throw error;
        }
        hooks.instance(HookType.AFTER_VALIDATE, instance, options);
    }

    /**
     * Validates an instance on demand: the type and NULL checks and validators of the given attributes
     * (all when null) and the model validators, with the validate hooks.
     */
    public void validate(Model instance, List<String> fields, boolean runHooks) {
        ModelDefinition def = definition();
        List<AttributeDefinition> attributes = new ArrayList<>();
        for (AttributeDefinition a : def.attributes()) {
            if (fields == null || fields.contains(a.name())) {
                attributes.add(a);
            }
        }
        validate(instance, attributes, null, runHooks ? runtime.hooks() : HookDispatcher.NONE);
    }

    /** Reads the instance's row again. */
    public void reload(Model instance, FindOptions options) {
        ModelDefinition def = definition();
        Map<AttributeDefinition, Object> key = storedKey(instance);
        Model fresh = runtime.finder().findByKey(key, options);
        if (fresh == null) {
            throw new InstanceError("Instance of '" + def.name() + "' could not be reloaded: its row " + key.values()
                    + " no longer exists");
        }
        Object[] read = InstanceState.previous(fresh);
        for (AttributeDefinition a : def.attributes()) {
            if (!reloaded(a, options)) {
                continue;
            }
            a.accessor().set(instance, a.accessor().get(fresh));
            InstanceState.previousForWrite(instance)[a.index()] = read[a.index()];
        }
        InstanceState.extras(fresh).forEach((k, v) -> InstanceState.putExtra(instance, k, v));
        InstanceState.clearAssigned(instance);
    }

    /** Whether a reload with these options read the attribute (attributes it did not select keep their values). */
    private static boolean reloaded(AttributeDefinition a, FindOptions options) {
        if (a.isVirtual() || options.excludedAttributes().contains(a.name())) {
            return false;
        }
        return options.attributes() == null || options.attributes().contains(a.name());
    }

    /**
     * Refuses, before any hook runs, an instance whose row cannot be addressed: a model without a
     * primary key, an instance without its key, or a versioned instance loaded without its version.
     */
    private void requireWritable(Model instance) {
        storedKey(instance);
        if (definition().version() != null) {
            loadedVersion(instance);
        }
    }

    /**
     * Deletes the instance's row, or soft-deletes it on a paranoid model. A soft delete is a write like
     * a save: on a versioned model it checks the version and moves it on, as Sequelize's does.
     */
    public void destroy(Model instance, DestroyOptions options) {
        ModelDefinition def = definition();
        requireWritable(instance);
        ConnectionScope scope = runtime.engine().scope(options);
        HookDispatcher hooks = options.isHooks() ? runtime.hooks() : HookDispatcher.NONE;
        hooks.instance(HookType.BEFORE_DESTROY, instance, options);
        int count;
        if (def.isParanoid() && !options.isForce()) {
            Object deletedAt = runtime.engine().coercion().coerce(def.deletedAt().type(), Instant.now());
            count = writeSoftDeleteColumn(instance, scope, deletedAt);
        } else {
            List<SqlExpr> extra = new ArrayList<>();
            if (def.version() != null) {
                extra.add(new SqlExpr.Compare(new SqlExpr.Column(null, def.version().field()), Operator.EQ,
                        runtime.engine().writes().param(def.version(), loadedVersion(instance))));
            }
            SqlExpr where = runtime.engine().writes().keyCondition(def, storedKey(instance), extra);
            count = runtime.engine().executor().update(scope, runtime.engine().writes().delete(def, where, null),
                    runtime.errorContext());
        }
        if (count == 0 && def.version() != null) {
            throw new OptimisticLockError(def.name(), whereMap(instance));
        }
        hooks.instance(HookType.AFTER_DESTROY, instance, options);
    }

    /**
     * Sets deletedAt of the instance's row (soft delete, or null to restore), moving the version on
     * with the usual check; on success the instance holds what was written. Returns the rows changed.
     */
    private int writeSoftDeleteColumn(Model instance, ConnectionScope scope, Object deletedAt) {
        ModelDefinition def = definition();
        List<UpdateSpec.Assignment> set = new ArrayList<>();
        set.add(new UpdateSpec.Assignment(def.deletedAt().field(), runtime.engine().writes().param(def.deletedAt(),
                deletedAt)));
        List<SqlExpr> extra = new ArrayList<>();
        Object nextVersion = versionStep(instance, set, extra);
        SqlExpr where = runtime.engine().writes().keyCondition(def, storedKey(instance), extra);
        int count = runtime.engine().executor().update(scope, runtime.engine().writes().update(def, set, where, null,
                List.of()), runtime.errorContext());
        if (count > 0) {
            def.deletedAt().accessor().set(instance, deletedAt);
            List<AttributeDefinition> written = new ArrayList<>(List.of(def.deletedAt()));
            if (nextVersion != null) {
                def.version().accessor().set(instance, nextVersion);
                written.add(def.version());
            }
            RowInserter.snapshot(instance, written);
        }
        return count;
    }

    /** Clears deletedAt of a soft-deleted instance. */
    public void restore(Model instance, DestroyOptions options) {
        ModelDefinition def = definition();
        if (!def.isParanoid()) {
            throw new InstanceError("Model '" + def.name() + "' is not paranoid, so there is nothing to restore");
        }
        requireWritable(instance);
        ConnectionScope scope = runtime.engine().scope(options);
        HookDispatcher hooks = options.isHooks() ? runtime.hooks() : HookDispatcher.NONE;
        hooks.instance(HookType.BEFORE_RESTORE, instance, options);
        int count = writeSoftDeleteColumn(instance, scope, null);
        if (count == 0 && def.version() != null) {
            throw new OptimisticLockError(def.name(), whereMap(instance));
        }
        hooks.instance(HookType.AFTER_RESTORE, instance, options);
    }

}
