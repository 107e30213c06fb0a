package org.sequelize4j.definition;

import java.util.List;
import java.util.Map;

/**
 * The bookkeeping behind a model instance: values that are not Java fields, the values last read from
 * or written to the database (for change detection), which attributes were assigned explicitly,
 * whether the row exists yet, and extra values that are not attributes (computed columns, included
 * associations).
 *
 * <p>Internal to Sequelize4j; applications use the methods of {@link org.sequelize4j.Model}.
 */
public final class InstanceState {

    /** Marks a slot whose previous value is unknown, so the attribute counts as changed. */
    public static final Object UNKNOWN = new Object() {
        @Override
        public String toString() {
            return "<unknown>";
        }
    };

    private final Object owner;
    private final ModelDefinition definition;
    private final Object[] values;
    /**
     * The values last read or written. The same array as {@link #values} while a row just read has not
     * been written to (see {@link #read}); split on the first write, so a row read and never changed
     * keeps one array instead of two.
     */
    private Object[] previous;
    private boolean newRecord;
    /**
     * Extra values (loaded associations, computed columns) as alternating keys and values, in the order
     * first set; null until one is. An instance has a few at most, so a linear search is as fast as a
     * hash map, at a fraction of its memory — which adds up when a find loads ten thousand instances.
     */
    private Object[] extras;
    /** What few instances need: explicit assignments, the includes a find loaded. Null until used. */
    private Rare rare;

    private static final class Rare {
        boolean[] assigned;
        List<?> loadedIncludes;
    }

    private Rare rare() {
        if (rare == null) {
            rare = new Rare();
        }
        return rare;
    }

    /**
     * Fresh state for an instance of {@code definition} owned by the given model handle.
     *
     * @param owner the {@code ModelStatic} the instance belongs to
     * @param newRecord whether the row does not exist yet
     */
    public InstanceState(Object owner, ModelDefinition definition, boolean newRecord) {
        this.owner = owner;
        this.definition = definition;
        definition.markInUse();
        int size = definition.attributes().size();
        this.values = new Object[size];
        this.previous = new Object[size];
        this.newRecord = newRecord;
        if (newRecord) {
            java.util.Arrays.fill(previous, UNKNOWN);
        }
    }

    /**
     * The state of a row just read, whose values need no copies to track changes (no mutable values,
     * no Java fields): its snapshot is its values until the first write.
     */
    public static InstanceState read(Object owner, ModelDefinition definition) {
        InstanceState state = new InstanceState(owner, definition, false);
        state.previous = state.values;
        return state;
    }

    /** The values, about to be written: a shared snapshot is split off first. */
    public Object[] valuesForWrite() {
        split();
        return values;
    }

    /** The snapshot, about to be written: a snapshot shared with the values is split off first. */
    public Object[] previousForWrite() {
        split();
        return previous;
    }

    /** Whether the snapshot is still the values' own array (nothing written since the row was read). */
    public boolean sharesSnapshot() {
        return previous == values;
    }

    private void split() {
        if (previous == values) {
            previous = values.clone();
        }
    }

    /** The {@code ModelStatic} this instance belongs to. */
    public Object owner() {
        return owner;
    }

    /** The definition this instance follows. */
    public ModelDefinition definition() {
        return definition;
    }

    /** Raw slot storage for attributes that are not Java fields (read only: see {@link #valuesForWrite}). */
    public Object[] values() {
        return values;
    }

    /** Values as last read from or written to the database, by attribute index (read only: see {@link #previousForWrite}). */
    public Object[] previous() {
        return previous;
    }

    /** Whether the attribute at {@code index} was assigned explicitly (so a null is written, not skipped). */
    public boolean isAssigned(int index) {
        return rare != null && rare.assigned != null && rare.assigned[index];
    }

    /** Records an explicit assignment. */
    public void markAssigned(int index) {
        Rare r = rare();
        if (r.assigned == null) {
            r.assigned = new boolean[values.length];
        }
        r.assigned[index] = true;
    }

    /** Forgets explicit assignments (after a save). */
    public void clearAssigned() {
        if (rare != null) {
            rare.assigned = null;
        }
    }

    /** Whether the row does not exist in the database yet. */
    public boolean isNewRecord() {
        return newRecord;
    }

    /** Marks whether the row exists. */
    public void setNewRecord(boolean value) {
        this.newRecord = value;
    }

    /** The includes this instance was found with (so that {@code reload} reads them again), or null. */
    public List<?> loadedIncludes() {
        return rare == null ? null : rare.loadedIncludes;
    }

    /** Records the includes this instance was found with. */
    public void loadedIncludes(List<?> includes) {
        if (includes != null || rare != null) {
            rare().loadedIncludes = includes;
        }
    }

    /** The extra value under {@code key} (a loaded association, a computed column), or null. */
    public Object extra(String key) {
        Object[] e = extras;
        if (e != null) {
            for (int i = 0; i < e.length; i += 2) {
                if (key.equals(e[i])) {
                    return e[i + 1];
                }
            }
        }
        return null;
    }

    /** Sets an extra value, keeping the order in which keys were first set. */
    public void putExtra(String key, Object value) {
        Object[] e = extras;
        if (e == null) {
            extras = new Object[] {key, value};
            return;
        }
        for (int i = 0; i < e.length; i += 2) {
            if (key.equals(e[i])) {
                e[i + 1] = value;
                return;
            }
        }
        Object[] grown = java.util.Arrays.copyOf(e, e.length + 2);
        grown[e.length] = key;
        grown[e.length + 1] = value;
        extras = grown;
    }

    /** The extra values in the order first set (a copy). */
    public Map<String, Object> extras() {
        Map<String, Object> copy = new java.util.LinkedHashMap<>();
        if (extras != null) {
            for (int i = 0; i < extras.length; i += 2) {
                copy.put((String) extras[i], extras[i + 1]);
            }
        }
        return copy;
    }
}
