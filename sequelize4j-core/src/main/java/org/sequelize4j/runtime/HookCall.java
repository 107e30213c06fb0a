package org.sequelize4j.runtime;

import java.util.List;
import java.util.Map;
import org.sequelize4j.HookType;
import org.sequelize4j.Model;

/**
 * One moment at which hooks run, with what the hooks receive: the operation's options and, depending
 * on the moment, the instance, the instances of a bulk create, the values of a bulk update or upsert,
 * the result so far, or the validation error. Built with {@link #of} and the {@code with…} methods, so
 * that each call site names only what it passes.
 *
 * @param type the moment
 * @param options the options of the call
 * @param instance the instance (instance hooks), or null
 * @param instances the instances of a bulk create, or null
 * @param values the values of a bulk update or upsert, or null
 * @param result the result so far (after-hooks), or null
 * @param error the validation error (validation-failed hooks), or null
 */
public record HookCall(HookType type, Object options, Model instance, List<Model> instances,
                       Map<String, Object> values, Object result, RuntimeException error) {

    /** A call at {@code type} with the operation's options and nothing else. */
    public static HookCall of(HookType type, Object options) {
        return new HookCall(type, options, null, null, null, null, null);
    }

    /** The same call about this instance. */
    public HookCall withInstance(Model value) {
        return new HookCall(type, options, value, instances, values, result, error);
    }

    /** The same call about these instances (a bulk create). */
    public HookCall withInstances(List<Model> value) {
        return new HookCall(type, options, instance, value, values, result, error);
    }

    /** The same call with the values of a bulk update or upsert. */
    public HookCall withValues(Map<String, Object> value) {
        return new HookCall(type, options, instance, instances, value, result, error);
    }

    /** The same call with the result so far. */
    public HookCall withResult(Object value) {
        return new HookCall(type, options, instance, instances, values, value, error);
    }

    /** The same call with the validation error. */
    public HookCall withError(RuntimeException value) {
        return new HookCall(type, options, instance, instances, values, result, value);
    }
}
