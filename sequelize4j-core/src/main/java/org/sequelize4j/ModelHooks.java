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
    /**
     * Bit {@code ordinal} set while that moment has hooks here: {@link #has} is asked several times by
     * every operation, and a bit test is one read where the list's emptiness is calls through the
     * copy-on-write list (which a cold JVM interprets one by one). Changed under this object's lock.
     */
    private volatile long present;

    ModelHooks(ModelStatic<?> model, ModelHooks global) {
        this.model = model;
        this.global = global;
        @SuppressWarnings("unchecked")
        List<Entry>[] byType = new List[HookType.values().length];
        for (int i = 0; i < byType.length; i++) {
            byType[i] = new CopyOnWriteArrayList<>();
        }
        this.hooks = byType;
        if (byType.length > Long.SIZE) {
            throw new IllegalStateException("More hook moments than bits in the presence mask");
        }
    }

    @SuppressWarnings("unchecked")
    synchronized void add(HookType type, String name, Hook<? extends Model> hook) {
        hooks[Objects.requireNonNull(type).ordinal()].add(new Entry(name, (Hook<Model>) Objects.requireNonNull(hook)));
        present |= 1L << type.ordinal();
    }

    synchronized boolean remove(HookType type, String name) {
        boolean removed = hooks[type.ordinal()].removeIf(e -> name.equals(e.name()));
        if (hooks[type.ordinal()].isEmpty()) {
            present &= ~(1L << type.ordinal());
        }
        return removed;
    }

    @Override
    public boolean has(HookType type) {
        long bit = 1L << type.ordinal();
        return (present & bit) != 0 || global != null && (global.present & bit) != 0;
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
