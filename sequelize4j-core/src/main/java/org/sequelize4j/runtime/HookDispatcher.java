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
     * @return the result, possibly replaced by an after-find hook
     */
    Object run(HookCall call);

    /** Runs an instance hook. */
    default void instance(HookType type, Model instance, Object options) {
        if (has(type)) {
            run(HookCall.of(type, options).withInstance(instance));
        }
    }

    /** A dispatcher with no hooks. */
    HookDispatcher NONE = new HookDispatcher() {
        @Override
        public boolean has(HookType type) {
            return false;
        }

        @Override
        public Object run(HookCall call) {
            return call.result();
        }
    };
}
