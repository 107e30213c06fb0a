package org.sequelize4j.runtime;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.definition.UniqueKey;
import org.sequelize4j.dialect.ErrorContext;

/**
 * Everything one model needs at run time: its definition, the shared {@link Engine}, and the
 * operations on it (values, finders, writes, bulk operations). Owned by the model's
 * {@code ModelStatic}; thread-safe.
 */
public final class ModelRuntime {

    private final Engine engine;
    private final Object owner;
    private volatile ModelDefinition definition;
    private volatile ErrorContext errorContext;
    private final ValueAccess values;
    private final Persister persister;
    private final Finder finder;
    private final BulkOperations bulk;
    private final StaticUpdates updates;
    private final Upserter upserter;
    private final Incrementer incrementer;
    private volatile HookDispatcher hooks = HookDispatcher.NONE;

    /**
     * @param owner the model's {@code ModelStatic}, recorded on every instance
     */
    public ModelRuntime(Engine engine, Object owner, ModelDefinition definition) {
        this.engine = engine;
        this.owner = owner;
        this.definition = definition;
        definition.owner(owner);
        this.errorContext = errorContextOf(definition);
        this.values = new ValueAccess(this);
        this.persister = new Persister(this);
        this.finder = new Finder(this);
        this.bulk = new BulkOperations(this);
        this.updates = new StaticUpdates(this);
        this.upserter = new Upserter(this);
        this.incrementer = new Incrementer(this);
    }

    private static ErrorContext errorContextOf(ModelDefinition definition) {
        Map<String, List<String>> keys = new HashMap<>();
        for (UniqueKey key : definition.uniqueKeys()) {
            keys.put(key.name(), key.attributes().stream().map(AttributeDefinition::field).toList());
        }
        List<String> primary = definition.primaryKeys().stream().map(AttributeDefinition::field).toList();
        if (!primary.isEmpty()) {
            keys.put("PRIMARY", primary);
        }
        for (var index : definition.indexes()) {
            if (index.unique()) {
                keys.put(index.name(), index.fields().stream().map(f -> f.column()).toList());
            }
        }
        Map<String, String> attributes = new HashMap<>();
        for (AttributeDefinition a : definition.columns()) {
            attributes.put(a.field(), a.name());
        }
        return new ErrorContext(definition.tableName(), keys, attributes, definition.name());
    }

    /** The model's hooks. */
    public HookDispatcher hooks() {
        return hooks;
    }

    /** Installs the model's hooks (once, when the model is registered). */
    public void hooks(HookDispatcher dispatcher) {
        this.hooks = dispatcher;
    }

    /** The shared engine. */
    public Engine engine() {
        return engine;
    }

    /** The model's {@code ModelStatic}. */
    public Object owner() {
        return owner;
    }

    /** The current definition. */
    public ModelDefinition definition() {
        return definition;
    }

    /**
     * Replaces the definition with one that has more attributes (an association's foreign key). Only
     * allowed before first use: instances made earlier would keep the old definition's storage.
     *
     * @throws IllegalStateException if the current definition is in use
     */
    public void redefine(ModelDefinition newDefinition) {
        if (definition.isInUse()) {
            throw new IllegalStateException(definition + " is in use and cannot be redefined");
        }
        newDefinition.owner(owner);
        this.definition = newDefinition;
        this.errorContext = errorContextOf(newDefinition);
    }

    /** What error translation needs to know about this model's table. */
    public ErrorContext errorContext() {
        return errorContext;
    }

    /** Attribute values of instances. */
    public ValueAccess values() {
        return values;
    }

    /** Instance writes. */
    public Persister persister() {
        return persister;
    }

    /** Finders. */
    public Finder finder() {
        return finder;
    }

    /** Upserts. */
    public Upserter upserter() {
        return upserter;
    }

    /** Atomic increments. */
    public Incrementer incrementer() {
        return incrementer;
    }

    /** Bulk writes. */
    public BulkOperations bulk() {
        return bulk;
    }

    /** The static update. */
    public StaticUpdates updates() {
        return updates;
    }
}
