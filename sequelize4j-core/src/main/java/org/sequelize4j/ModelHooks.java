package org.sequelize4j;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    private final Map<HookType, List<Entry>> hooks = new EnumMap<>(HookType.class);
    private final ModelHooks global;
    private final ModelStatic<?> model;

    ModelHooks(ModelStatic<?> model, ModelHooks global) {
        this.model = model;
        this.global = global;
        for (HookType type : HookType.values()) {
            hooks.put(type, new CopyOnWriteArrayList<>());
        }
    }

    @SuppressWarnings("unchecked")
    void add(HookType type, String name, Hook<? extends Model> hook) {
        hooks.get(Objects.requireNonNull(type)).add(new Entry(name, (Hook<Model>) Objects.requireNonNull(hook)));
    }

    boolean remove(HookType type, String name) {
        return hooks.get(type).removeIf(e -> name.equals(e.name()));
    }

    @Override
    public boolean has(HookType type) {
        return !hooks.get(type).isEmpty() || global != null && global.has(type);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object run(org.sequelize4j.runtime.HookCall call) {
        HookType type = call.type();
        HookEvent<Model> event = new HookEvent<>(type, (ModelStatic) model, call.instance(), call.instances(),
                call.options(), call.values(), call.result(), call.error());
        for (Entry entry : hooks.get(type)) {
            entry.hook().run(event);
        }
        if (global != null) {
            for (Entry entry : global.hooks.get(type)) {
                entry.hook().run(event);
            }
        }
        return event.result();
    }
}
