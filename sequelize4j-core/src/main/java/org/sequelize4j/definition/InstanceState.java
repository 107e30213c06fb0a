package org.sequelize4j.definition;

import java.util.LinkedHashMap;
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
    private final Object[] previous;
    private boolean[] assigned;
    private boolean newRecord;
    private Map<String, Object> extras;
    private List<?> loadedIncludes;

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

    /** The {@code ModelStatic} this instance belongs to. */
    public Object owner() {
        return owner;
    }

    /** The definition this instance follows. */
    public ModelDefinition definition() {
        return definition;
    }

    /** Raw slot storage for attributes that are not Java fields. */
    public Object[] values() {
        return values;
    }

    /** Values as last read from or written to the database, by attribute index. */
    public Object[] previous() {
        return previous;
    }

    /** Whether the attribute at {@code index} was assigned explicitly (so a null is written, not skipped). */
    public boolean isAssigned(int index) {
        return assigned != null && assigned[index];
    }

    /** Records an explicit assignment. */
    public void markAssigned(int index) {
        if (assigned == null) {
            assigned = new boolean[values.length];
        }
        assigned[index] = true;
    }

    /** Forgets explicit assignments (after a save). */
    public void clearAssigned() {
        assigned = null;
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
        return loadedIncludes;
    }

    /** Records the includes this instance was found with. */
    public void loadedIncludes(List<?> includes) {
        this.loadedIncludes = includes;
    }

    /** Extra values: computed columns and included associations (null until first used). */
    public Map<String, Object> extras() {
        return extras;
    }

    /** Extra values, created on first use. */
    public Map<String, Object> extrasForWrite() {
        if (extras == null) {
            extras = new LinkedHashMap<>();
        }
        return extras;
    }
}
