package org.sequelize4j;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sequelize4j.runtime.HookDispatcher;

/**
 * The hooks registered on one model (or, for the global set, on the Sequelize instance), by moment and
 * optional name. Lists are copy-on-write, so hooks can be added while operations run.
 */
final class ModelHooks implements HookDispatcher {

    /** A registered hook with its name (null when it cannot be removed by name). */
    private record Entry(String name, Hook<Model> hook) {
    }

    /** By moment, indexed by ordinal: every operation asks whether it has hooks, so the look-up is an array read. */
    private final List<Entry>[] hooks;
    private final ModelHooks global;
    private final ModelStatic<?> model;

    ModelHooks(ModelStatic<?> model, ModelHooks global) {
        this.model = model;
        this.global = global;
        @SuppressWarnings("unchecked")
        List<Entry>[] byType = new List[HookType.values().length];
        for (int i = 0; i < byType.length; i++) {
            byType[i] = new CopyOnWriteArrayList<>();
        }
        this.hooks = byType;
    }

    @SuppressWarnings("unchecked")
    void add(HookType type, String name, Hook<? extends Model> hook) {
        hooks[Objects.requireNonNull(type).ordinal()].add(new Entry(name, (Hook<Model>) Objects.requireNonNull(hook)));
    }

    boolean remove(HookType type, String name) {
        return hooks[type.ordinal()].removeIf(e -> name.equals(e.name()));
    }

    @Override
    public boolean has(HookType type) {
        return !hooks[type.ordinal()].isEmpty() || global != null && global.has(type);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object run(org.sequelize4j.runtime.HookCall call) {
        HookType type = call.type();
        HookEvent<Model> event = new HookEvent<>(type, (ModelStatic) model, call.instance(), call.instances(),
                call.options(), call.values(), call.result(), call.error());
        for (Entry entry : hooks[type.ordinal()]) {
            entry.hook().run(event);
        }
        if (global != null) {
            for (Entry entry : global.hooks[type.ordinal()]) {
                entry.hook().run(event);
            }
        }
        return event.result();
    }
}
