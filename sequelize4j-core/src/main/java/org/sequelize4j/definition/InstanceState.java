package org.sequelize4j.definition;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;

/**
 * The bookkeeping behind a model instance: values that are not Java fields, the values last read from
 * or written to the database (for change detection), which attributes were assigned explicitly,
 * whether the row exists yet, and extra values that are not attributes (computed columns, included
 * associations).
 *
 * <p>The state lives in three private fields of {@link Model} itself — its definition, its value
 * array and one "meta" reference — reached through {@link Instances}; these static operations read
 * and change them. Keeping it on the instance instead of in an object of its own saves that
 * object's header and the reference to it on every loaded row, and the meta field holds nothing for
 * a row read and not written:
 * <ul>
 *   <li>{@code null}: the snapshot is the value array itself (nothing written since the row was
 *       read), the row exists, and nothing else is recorded;</li>
 *   <li>an {@code Object[]}: the snapshot, split off on the first write;</li>
 *   <li>the shared all-unknown snapshot of its size: a new record
 *       with nothing else recorded (bulkCreate makes thousands, none needing a side object);</li>
 *   <li>a {@link Rare}: everything else — new records with more state, extras, explicit assignments
 *       of null, includes.</li>
 * </ul>
 *
 * <p>Internal to Sequelize4j; applications use the methods of {@link Model}.
 */
public final class InstanceState {

    /** Marks a slot whose previous value is unknown, so the attribute counts as changed. */
    public static final Object UNKNOWN = new Object() {
        @Override
        public String toString() {
            return "<unknown>";
        }
    };

    /** What few instances need. */
    private static final class Rare {
        /** The snapshot; null while it is still the value array itself. */
        Object[] previous;
        boolean newRecord;
        /**
         * Extra values (loaded associations, computed columns) as alternating keys and values, in the
         * order first set; null until one is. An instance has a few at most, so a linear search is as
         * fast as a hash map, at a fraction of its memory.
         */
        Object[] extras;
        /** Attributes assigned explicitly, by index: bits for the first 64, an array for the rest. */
        long assigned;
        boolean[] assignedBeyond;
        List<?> loadedIncludes;
    }

    private InstanceState() {
    }

    /**
     * Snapshots of a new record (every previous value unknown), shared by all new records with as many
     * attributes: bulkCreate makes thousands, and each would otherwise fill an array only to replace it
     * once the row is inserted. Never written: {@link #split} copies one before its first write.
     */
    private static final java.util.concurrent.atomic.AtomicReferenceArray<Object[]> UNKNOWN_SNAPSHOTS =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(65);

    private static Object[] unknownSnapshot(int size) {
        if (size >= UNKNOWN_SNAPSHOTS.length()) {
            Object[] own = new Object[size];
            Arrays.fill(own, UNKNOWN);
            return own;
        }
        Object[] shared = UNKNOWN_SNAPSHOTS.get(size);
        if (shared == null) {
            // Published through the atomic array, so that no other thread sees the slots before they are
            // filled (a plain array would let it read nulls, and take every attribute for unchanged).
            Object[] made = new Object[size];
            Arrays.fill(made, UNKNOWN);
            shared = UNKNOWN_SNAPSHOTS.compareAndSet(size, null, made) ? made : UNKNOWN_SNAPSHOTS.get(size);
        }
        return shared;
    }

    private static boolean isSharedUnknown(Object[] snapshot) {
        return snapshot.length < UNKNOWN_SNAPSHOTS.length() && UNKNOWN_SNAPSHOTS.get(snapshot.length) == snapshot;
    }

    /** Whether a meta reference is a new record with nothing else recorded (the shared unknown snapshot). */
    private static boolean isBareNewRecord(Object meta) {
        return meta instanceof Object[] && isSharedUnknown((Object[]) meta);
    }

    // ---- attaching -------------------------------------------------------------------------------

    /** Attaches fresh state for a row that does not exist yet: every previous value unknown. */
    public static void attachNew(Model instance, ModelDefinition definition) {
        definition.markInUse();
        int size = definition.attributes().size();
        Object[] unknown = unknownSnapshot(size);
        Object meta = unknown;
        if (!isSharedUnknown(unknown)) {
            // Too many attributes for a shared snapshot: the array is the instance's own, which as meta
            // would read as a persisted row's split-off snapshot.
            Rare rare = new Rare();
            rare.previous = unknown;
            rare.newRecord = true;
            meta = rare;
        }
        Instances.access().attach(instance, definition, new Object[size], meta);
    }

    /**
     * Attaches state for a row just read.
     *
     * @param shareSnapshot whether the values need no copies to track changes (no mutable values, no
     *     Java fields), so that the snapshot can be the value array itself until the first write
     */
    public static void attachRead(Model instance, ModelDefinition definition, boolean shareSnapshot) {
        definition.markInUse();
        int size = definition.attributes().size();
        Instances.access().attach(instance, definition, new Object[size], shareSnapshot ? null : new Object[size]);
    }

    /** Attaches state for an existing or new row, as {@link #attachRead} (unshared) or {@link #attachNew}. */
    public static void attach(Model instance, ModelDefinition definition, boolean newRecord) {
        if (newRecord) {
            attachNew(instance, definition);
        } else {
            attachRead(instance, definition, false);
        }
    }

    // ---- identity --------------------------------------------------------------------------------

    /** The definition this instance follows. */
    public static ModelDefinition definition(Model instance) {
        return Instances.access().definition(instance);
    }

    /** The {@code ModelStatic} this instance belongs to. */
    public static Object owner(Model instance) {
        return definition(instance).owner();
    }

    // ---- values and snapshot ---------------------------------------------------------------------

    /** Raw slot storage for attributes that are not Java fields (read only: see {@link #valuesForWrite}). */
    public static Object[] values(Model instance) {
        return Instances.access().values(instance);
    }

    /** The values, about to be written: a shared snapshot is split off first. */
    public static Object[] valuesForWrite(Model instance) {
        Instances.Access access = Instances.access();
        Object meta = access.meta(instance);
        // Only a snapshot that is the value array itself must be split off; a new record's shared
        // "all unknown" snapshot is not written when values are, so it stays shared.
        if (meta == null || meta instanceof Rare && ((Rare) meta).previous == null) {
            split(instance);
        }
        return access.values(instance);
    }

    /** Values as last read from or written to the database, by attribute index (read only: see {@link #previousForWrite}). */
    public static Object[] previous(Model instance) {
        Instances.Access access = Instances.access();
        Object meta = access.meta(instance);
        if (meta == null) {
            return access.values(instance);
        }
        if (meta instanceof Object[]) {
            return (Object[]) meta;
        }
        Object[] previous = ((Rare) meta).previous;
        return previous == null ? access.values(instance) : previous;
    }

    /** The snapshot, about to be written: a snapshot shared with the values is split off first. */
    public static Object[] previousForWrite(Model instance) {
        return split(instance);
    }

    /**
     * The snapshot about to be written by a read into the instance, or null when it is a new record's
     * shared all-unknown snapshot (which the insert reading values back replaces once it is done).
     */
    public static Object[] previousForFill(Model instance) {
        Object meta = Instances.access().meta(instance);
        if (isBareNewRecord(meta)) {
            return null;
        }
        if (meta instanceof Rare && ((Rare) meta).newRecord && ((Rare) meta).previous != null
                && isSharedUnknown(((Rare) meta).previous)) {
            return null;
        }
        return split(instance);
    }

    /** Whether the snapshot is still the values' own array (nothing written since the row was read). */
    public static boolean sharesSnapshot(Model instance) {
        return previous(instance) == values(instance);
    }

    /** Makes the snapshot an array of its own if it is still the value array; returns it. */
    private static Object[] split(Model instance) {
        Instances.Access access = Instances.access();
        Object meta = access.meta(instance);
        if (meta == null) {
            Object[] previous = access.values(instance).clone();
            access.meta(instance, previous);
            return previous;
        }
        if (meta instanceof Object[] && !isBareNewRecord(meta)) {
            return (Object[]) meta;
        }
        Rare rare = rare(instance);
        if (rare.previous == null) {
            rare.previous = access.values(instance).clone();
        } else if (isSharedUnknown(rare.previous)) {
            rare.previous = rare.previous.clone();
        }
        return rare.previous;
    }

    private static Rare rare(Model instance) {
        Instances.Access access = Instances.access();
        Object meta = access.meta(instance);
        if (meta instanceof Rare) {
            return (Rare) meta;
        }
        Rare rare = new Rare();
        rare.previous = (Object[]) meta;
        // A new record without side state becomes one with it.
        rare.newRecord = isBareNewRecord(meta);
        access.meta(instance, rare);
        return rare;
    }

    private static Rare rareOrNull(Model instance) {
        Object meta = Instances.access().meta(instance);
        return meta instanceof Rare ? (Rare) meta : null;
    }

    // ---- flags -----------------------------------------------------------------------------------

    /** Whether the row does not exist in the database yet. */
    public static boolean isNewRecord(Model instance) {
        Object meta = Instances.access().meta(instance);
        if (meta instanceof Rare) {
            return ((Rare) meta).newRecord;
        }
        return isBareNewRecord(meta);
    }

    /**
     * After a write that stored every current value: makes the instance as a row just read, its snapshot
     * the value array itself and no side state, when its model allows that and nothing else (extras,
     * loaded includes) is held. Returns whether it did; if not, the caller takes the snapshot itself.
     * A bulk insert returns thousands of instances, each of which would otherwise keep a copied snapshot
     * and a side object it no longer needs.
     */
    public static boolean settleAsStored(Model instance) {
        Instances.Access access = Instances.access();
        Object meta = access.meta(instance);
        if (meta instanceof Rare) {
            Rare rare = (Rare) meta;
            if (rare.extras != null || rare.loadedIncludes != null) {
                return false;
            }
        } else if (!isBareNewRecord(meta)) {
            return false;
        }
        if (!access.definition(instance).snapshotsShareValues()) {
            return false;
        }
        access.meta(instance, null);
        return true;
    }

    /** Marks whether the row exists. */
    public static void setNewRecord(Model instance, boolean value) {
        Object meta = Instances.access().meta(instance);
        if (!value && isBareNewRecord(meta)) {
            // No longer new, nothing known of the stored values yet: an unknown snapshot of its own.
            Instances.access().meta(instance, ((Object[]) meta).clone());
            return;
        }
        Rare rare = value ? rare(instance) : rareOrNull(instance);
        if (rare != null) {
            rare.newRecord = value;
        }
    }

    /** Whether the attribute at {@code index} was assigned explicitly (so a null is written, not skipped). */
    public static boolean isAssigned(Model instance, int index) {
        Rare rare = rareOrNull(instance);
        if (rare == null) {
            return false;
        }
        if (index < Long.SIZE) {
            return (rare.assigned & 1L << index) != 0;
        }
        return rare.assignedBeyond != null && rare.assignedBeyond[index - Long.SIZE];
    }

    /** Records an explicit assignment. */
    public static void markAssigned(Model instance, int index) {
        Rare rare = rare(instance);
        if (index < Long.SIZE) {
            // Bits, not an array: every value a new record is built with is assigned, and bulkCreate
            // builds thousands.
            rare.assigned |= 1L << index;
            return;
        }
        if (rare.assignedBeyond == null) {
            rare.assignedBeyond = new boolean[values(instance).length - Long.SIZE];
        }
        rare.assignedBeyond[index - Long.SIZE] = true;
    }

    /** Forgets explicit assignments (after a save). */
    public static void clearAssigned(Model instance) {
        Rare rare = rareOrNull(instance);
        if (rare != null) {
            rare.assigned = 0;
            rare.assignedBeyond = null;
        }
    }

    /** The includes this instance was found with (so that {@code reload} reads them again), or null. */
    public static List<?> loadedIncludes(Model instance) {
        Rare rare = rareOrNull(instance);
        return rare == null ? null : rare.loadedIncludes;
    }

    /** Records the includes this instance was found with. */
    public static void loadedIncludes(Model instance, List<?> includes) {
        Rare rare = includes != null ? rare(instance) : rareOrNull(instance);
        if (rare != null) {
            rare.loadedIncludes = includes;
        }
    }

    // ---- extras ----------------------------------------------------------------------------------

    /** The extra value under {@code key} (a loaded association, a computed column), or null. */
    public static Object extra(Model instance, String key) {
        Rare rare = rareOrNull(instance);
        Object[] e = rare == null ? null : rare.extras;
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
    public static void putExtra(Model instance, String key, Object value) {
        Rare rare = rare(instance);
        Object[] e = rare.extras;
        if (e == null) {
            rare.extras = new Object[] {key, value};
            return;
        }
        for (int i = 0; i < e.length; i += 2) {
            if (key.equals(e[i])) {
                e[i + 1] = value;
                return;
            }
        }
        Object[] grown = Arrays.copyOf(e, e.length + 2);
        grown[e.length] = key;
        grown[e.length + 1] = value;
        rare.extras = grown;
    }

    /** The extra values in the order first set (a copy). */
    public static Map<String, Object> extras(Model instance) {
        Map<String, Object> copy = new LinkedHashMap<>();
        Rare rare = rareOrNull(instance);
        if (rare != null && rare.extras != null) {
            for (int i = 0; i < rare.extras.length; i += 2) {
                copy.put((String) rare.extras[i], rare.extras[i + 1]);
            }
        }
        return copy;
    }
}
