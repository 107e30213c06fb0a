package org.sequelize4j.runtime;

import java.util.List;
import java.util.Map;
import org.sequelize4j.HookType;
import org.sequelize4j.Model;

/** Runs a model's hooks (its own, then the Sequelize instance's global ones) for the operations. */
public interface HookDispatcher {

    /** Whether any hook is registered for the moment (so callers can skip preparing an event). */
    boolean has(HookType type);

    /**
     * Runs the hooks of a moment.
     *
     * @param instance the instance (instance hooks), or null
     * @param instances the instances of a bulk create, or null
     * @param options the options of the call
     * @param values the values of a bulk update or upsert, or null
     * @param result the result so far (after-hooks), or null
     * @param error the validation error (validation-failed hooks), or null
     * @return the result, possibly replaced by an after-find hook
     */
    Object run(HookType type, Model instance, List<Model> instances, Object options, Map<String, Object> values,
               Object result, RuntimeException error);

    /** Runs an instance hook. */
    default void instance(HookType type, Model instance, Object options) {
        if (has(type)) {
            run(type, instance, null, options, null, null, null);
        }
    }

    /** A dispatcher with no hooks. */
    HookDispatcher NONE = new HookDispatcher() {
        @Override
        public boolean has(HookType type) {
            return false;
        }

        @Override
        public Object run(HookType type, Model instance, List<Model> instances, Object options,
                          Map<String, Object> values, Object result, RuntimeException error) {
            return result;
        }
    };
}
