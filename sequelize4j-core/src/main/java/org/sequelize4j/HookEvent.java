package org.sequelize4j;

import java.util.List;
import java.util.Map;

/**
 * What a hook receives: the moment, the model, and depending on the moment the instance, the
 * instances of a bulk create, the options of the call (which before-hooks may change), the values of
 * a bulk update or upsert, the result of a find, or the error of a failed validation.
 *
 * @param <M> the instance type
 */
public final class HookEvent<M extends Model> {

    private final HookType type;
    private final ModelStatic<M> model;
    private final M instance;
    private final List<M> instances;
    private final Object options;
    private final Map<String, Object> values;
    private Object result;
    private final RuntimeException error;

    HookEvent(HookType type, ModelStatic<M> model, M instance, List<M> instances, Object options,
              Map<String, Object> values, Object result, RuntimeException error) {
        this.type = type;
        this.model = model;
        this.instance = instance;
        this.instances = instances;
        this.options = options;
        this.values = values;
        this.result = result;
        this.error = error;
    }

    /** The moment. */
    public HookType type() {
        return type;
    }

    /** The model. */
    public ModelStatic<M> model() {
        return model;
    }

    /** The instance of an instance hook (create, update, save, destroy, restore, validate, upsert), or null. */
    public M instance() {
        return instance;
    }

    /** The instances of a bulk create (changes made by before-hooks are inserted), or an empty list. */
    public List<M> instances() {
        return instances == null ? List.of() : instances;
    }

    /**
     * The options of the call: {@link SaveOptions}, {@link FindOptions}, {@link UpdateOptions},
     * {@link DestroyOptions}, {@link BulkCreateOptions} or {@link SyncOptions}, by moment.
     */
    public Object options() {
        return options;
    }

    /** The options as a given type. */
    public <T> T options(Class<T> type) {
        return type.cast(options);
    }

    /** The values of a bulk update or upsert (before-hooks may change them), or null. */
    public Map<String, Object> values() {
        return values;
    }

    /**
     * The result of the operation, for after-hooks: the list of found instances ({@code AFTER_FIND}), the
     * stored instance ({@code AFTER_UPSERT}), the instances ({@code AFTER_BULK_CREATE}) or the number of
     * rows changed ({@code AFTER_BULK_UPDATE}, {@code AFTER_BULK_DESTROY}, {@code AFTER_BULK_RESTORE}).
     */
    public Object result() {
        return result;
    }

    /** Replaces the result an after-find hook passes on. */
    public void result(Object newResult) {
        this.result = newResult;
    }

    /** The validation error, for {@link HookType#VALIDATION_FAILED}. */
    public RuntimeException error() {
        return error;
    }
}
