package org.sequelize4j;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.InstanceState;
import org.sequelize4j.definition.Instances;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.definition.Snapshots;
import org.sequelize4j.errors.InstanceError;

/**
 * An instance of a model: one row, read from or to be written to its table.
 *
 * <p>Use it as is for models defined without a class ({@code sequelize.define("user", attributes)}),
 * or extend it: annotated subclasses keep attribute values in their own fields, so
 * {@code user.name = "Ada"} and {@code user.set("name", "Ada")} change the same value, and both are
 * seen by {@link #changed()} and written by {@link #save()}.
 *
 * <p>Instances follow Sequelize's: {@link #get(String)}/{@link #set(String, Object)},
 * {@link #getDataValue}/{@link #setDataValue} (raw), {@link #changed()}, {@link #previous(String)},
 * {@link #isNewRecord()}, {@link #save()}, {@link #reload()}, {@link #update(Map)}, {@link #destroy()},
 * {@link #toJSON()}. An instance is not thread-safe; the {@link ModelStatic} that made it is.
 */
public class Model {

    static {
        Instances.install(new Instances.Access() {
            @Override
            public ModelDefinition definition(Model instance) {
                return instance.attached().stateDefinition;
            }

            @Override
            public Object[] values(Model instance) {
                return instance.attached().stateValues;
            }

            @Override
            public Object meta(Model instance) {
                return instance.attached().stateMeta;
            }

            @Override
            public void meta(Model instance, Object meta) {
                instance.stateMeta = meta;
            }

            @Override
            public void attach(Model instance, ModelDefinition definition, Object[] values, Object meta) {
                instance.stateDefinition = definition;
                instance.stateValues = values;
                instance.stateMeta = meta;
            }

            @Override
            public boolean isAttached(Model instance) {
                return instance.stateDefinition != null;
            }
        });
    }

    // The instance's state (see InstanceState): three fields here rather than an object of their own,
    // which saves that object's header and a reference on every row a find loads.
    private ModelDefinition stateDefinition;
    private Object[] stateValues;
    private Object stateMeta;

    /** Instances are made by {@link ModelStatic#build} and the finders; subclasses need a no-argument constructor. */
    protected Model() {
    }

    /** This instance, with state attached first if it was made with {@code new} and not used yet. */
    private Model attached() {
        if (stateDefinition == null) {
            ModelStatic<?> owner = ModelRegistry.forClass(getClass());
            InstanceState.attachNew(this, owner.definition());
            owner.runtime().persister().applyDefaults(this, true);
        }
        return this;
    }

    private ModelDefinition definition() {
        return attached().stateDefinition;
    }

    /** The model this instance belongs to. */
    public final ModelStatic<?> model() {
        return (ModelStatic<?>) definition().owner();
    }

    private AttributeDefinition attributeOrNull(String key) {
        return definition().attribute(key);
    }

    // ---- values ------------------------------------------------------------------------------

    /** The value of an attribute (through its getter, if it has one), or an extra value such as a computed column. */
    public Object get(String key) {
        return model().runtime().values().get(this, key, false);
    }

    /** {@link #get(String)} cast to a type. */
    public <T> T get(String key, Class<T> type) {
        Object value = get(key);
        if (value == null) {
            return null;
        }
        if (!type.isInstance(value)) {
            throw new ClassCastException("Value of '" + key + "' is a " + value.getClass().getName() + ", not a "
                    + type.getName());
        }
        return type.cast(value);
    }

    /** Every attribute value (through getters) and extra value, in attribute order. */
    public Map<String, Object> get() {
        return model().runtime().values().all(this, false);
    }

    /**
     * Sets an attribute (through its setter, if it has one); the value is converted to the attribute's
     * type where that is lossless. Keys that are not attributes are kept as extra values and never saved.
     *
     * @return this instance
     */
    public Model set(String key, Object value) {
        model().runtime().values().set(this, key, value, false);
        return this;
    }

    /** Sets several attributes. */
    public Model set(Map<String, ?> values) {
        for (Map.Entry<String, ?> e : values.entrySet()) {
            set(e.getKey(), e.getValue());
        }
        return this;
    }

    /** Sets an attribute; with {@code raw}, bypasses its setter (as {@link #setDataValue} does). */
    public Model set(String key, Object value, boolean raw) {
        model().runtime().values().set(this, key, value, raw);
        return this;
    }

    /** The stored value of an attribute, without its getter. */
    public Object getDataValue(String key) {
        return model().runtime().values().get(this, key, true);
    }

    /** Stores a value for an attribute, without its setter. */
    public void setDataValue(String key, Object value) {
        model().runtime().values().set(this, key, value, true);
    }

    // ---- change tracking ---------------------------------------------------------------------

    /**
     * The attributes whose values differ from those last read from or written to the database (for a
     * new instance: from the defaults it was built with), in definition order; empty when none does,
     * where Sequelize's {@code changed()} answers {@code false}. See {@link #isChanged()}.
     */
    public List<String> changed() {
        ModelDefinition def = definition();
        List<String> changed = new ArrayList<>();
        for (AttributeDefinition a : def.attributes()) {
            if (isChanged(a)) {
                changed.add(a.name());
            }
        }
        return changed;
    }

    /**
     * Whether any attribute has changed: Sequelize's {@code if (instance.changed())}, which is
     * {@code false} or a non-empty list there.
     */
    public boolean isChanged() {
        for (AttributeDefinition a : definition().attributes()) {
            if (isChanged(a)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an attribute's value differs from the one last read or written. */
    public boolean changed(String key) {
        AttributeDefinition a = attributeOrNull(key);
        return a != null && isChanged(a);
    }

    /**
     * Marks an attribute as changed (so it is written on the next save, e.g. after changing a JSON value in
     * place) or as unchanged.
     */
    public void changed(String key, boolean isChanged) {
        AttributeDefinition a = attributeOrNull(key);
        if (a == null) {
            throw new InstanceError("Model '" + definition().name() + "' has no attribute '" + key + "'");
        }
        InstanceState.previousForWrite(attached())[a.index()] = isChanged ? InstanceState.UNKNOWN : Snapshots.copy(a.accessor().get(this));
    }

    private boolean isChanged(AttributeDefinition a) {
        Object previous = InstanceState.previous(attached())[a.index()];
        Object current = a.accessor().get(this);
        if (previous == InstanceState.UNKNOWN) {
            return current != null || InstanceState.isAssigned(this, a.index());
        }
        return !Snapshots.same(previous, current);
    }

    /**
     * The value an attribute had when last read or written. For an instance not saved yet, as in
     * Sequelize: the value a changed attribute had before it was changed (its default, or null), and
     * null for an attribute not changed (Sequelize keeps no previous value until a value is set). Null
     * for an unknown attribute.
     */
    public Object previous(String key) {
        AttributeDefinition a = attributeOrNull(key);
        if (a == null) {
            return null;
        }
        Object previous = InstanceState.previous(attached())[a.index()];
        if (previous == InstanceState.UNKNOWN || InstanceState.isNewRecord(this) && !isChanged(a)) {
            return null;
        }
        return previous;
    }

    /** The {@link #previous(String) previous values} of the {@link #changed() changed} attributes, by name. */
    public Map<String, Object> previous() {
        Map<String, Object> result = new LinkedHashMap<>();
        for (String key : changed()) {
            result.put(key, previous(key));
        }
        return result;
    }

    /** Whether this instance has not been saved yet. */
    public boolean isNewRecord() {
        return InstanceState.isNewRecord(attached());
    }

    /** Whether a paranoid model's instance has been soft-deleted. */
    public boolean isSoftDeleted() {
        AttributeDefinition deletedAt = definition().deletedAt();
        return deletedAt != null && deletedAt.accessor().get(this) != null;
    }

    // ---- persistence ---------------------------------------------------------------------------

    /** Inserts the instance if it is new, otherwise writes the attributes that changed (nothing if none did). */
    public Model save() {
        return save(SaveOptions.saveOptions());
    }

    /** {@link #save()} with options. */
    public Model save(SaveOptions options) {
        model().runtime().persister().save(this, options);
        return this;
    }

    /** Sets the values and saves the attributes that changed. */
    public Model update(Map<String, ?> values) {
        return update(values, SaveOptions.saveOptions());
    }

    /** {@link #update(Map)} with options. */
    public Model update(Map<String, ?> values, SaveOptions options) {
        model().runtime().persister().update(this, values, options);
        return this;
    }

    /** Reads the row again, replacing every attribute value and forgetting unsaved changes. */
    public Model reload() {
        return reload(FindOptions.query());
    }

    /**
     * {@link #reload()} with options (transaction, paranoid, attributes). An instance found with
     * {@code include} (or given one here) has its included associations read again too: a hasOne
     * destroyed meanwhile becomes null, a hasMany whose rows are gone an empty list.
     */
    public Model reload(FindOptions options) {
        model().runtime().persister().reload(this, options);
        org.sequelize4j.association.Includes.reload(this, options);
        return this;
    }

    /** Deletes the row (or, for a paranoid model, sets deletedAt). */
    public void destroy() {
        destroy(DestroyOptions.destroyOptions());
    }

    /** {@link #destroy()} with options ({@code force} deletes a paranoid model's row for real). */
    public void destroy(DestroyOptions options) {
        model().runtime().persister().destroy(this, options);
    }

    /** Clears deletedAt of a soft-deleted instance. */
    public void restore() {
        restore(DestroyOptions.destroyOptions());
    }

    /** {@link #restore()} with options. */
    public void restore(DestroyOptions options) {
        model().runtime().persister().restore(this, options);
    }

    /** Adds 1 to an attribute in the database (atomically) and reads the new value back. */
    public Model increment(String attribute) {
        return increment(Map.of(attribute, 1), IncrementOptions.incrementOptions());
    }

    /** Adds an amount to an attribute in the database (atomically) and reads the new value back. */
    public Model increment(String attribute, Number by) {
        return increment(Map.of(attribute, by), IncrementOptions.incrementOptions());
    }

    /** Adds amounts to attributes in one atomic statement and reads the new values back. */
    public Model increment(Map<String, ? extends Number> amounts, IncrementOptions options) {
        model().runtime().incrementer().increment(this, amounts, options, false);
        return this;
    }

    /** Subtracts 1 from an attribute in the database (atomically) and reads the new value back. */
    public Model decrement(String attribute) {
        return decrement(Map.of(attribute, 1), IncrementOptions.incrementOptions());
    }

    /** Subtracts an amount from an attribute (atomically) and reads the new value back. */
    public Model decrement(String attribute, Number by) {
        return decrement(Map.of(attribute, by), IncrementOptions.incrementOptions());
    }

    /** Subtracts amounts from attributes in one atomic statement and reads the new values back. */
    public Model decrement(Map<String, ? extends Number> amounts, IncrementOptions options) {
        model().runtime().incrementer().increment(this, amounts, options, true);
        return this;
    }

    /** Checks every validator; throws a {@link org.sequelize4j.errors.ValidationError} listing all failures. */
    public void validate() {
        model().runtime().persister().validate(this, null, true);
    }

    /** Checks the validators of some attributes only. */
    public void validate(Collection<String> fields) {
        model().runtime().persister().validate(this, List.copyOf(fields), true);
    }

    /** The primary key as an attribute-to-value map. */
    public Map<String, Object> where() {
        Map<String, Object> key = new LinkedHashMap<>();
        for (AttributeDefinition a : definition().primaryKeys()) {
            key.put(a.name(), a.accessor().get(this));
        }
        return key;
    }

    /** A plain map of the values (through getters), with included instances turned into maps too. */
    public Map<String, Object> toJSON() {
        return model().runtime().values().all(this, true);
    }

    @Override
    public String toString() {
        if (stateDefinition == null) {
            return getClass().getSimpleName() + "(unattached)";
        }
        return stateDefinition.name() + get();
    }
}
