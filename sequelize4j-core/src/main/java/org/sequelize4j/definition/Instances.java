package org.sequelize4j.definition;

import java.util.Objects;
import org.sequelize4j.Model;

/**
 * Reaches the {@link InstanceState} behind a {@link Model} from the stages that build, hydrate and save
 * instances, without adding those operations to Model's public API. Model installs the access
 * when its class is initialised (the JDK's "shared secrets" arrangement).
 *
 * <p>Internal to Sequelize4j.
 */
public final class Instances {

    /** Reads and writes the state fields of Model (see {@link InstanceState}). */
    public interface Access {
        /** The definition of an instance, attaching fresh state first to one made with {@code new}. */
        ModelDefinition definition(Model instance);

        /** The value array of an instance (attaching state first, as above). */
        Object[] values(Model instance);

        /** The meta reference of an instance (attaching state first, as above). */
        Object meta(Model instance);

        /** Replaces the meta reference. */
        void meta(Model instance, Object meta);

        /** Attaches state to an instance. */
        void attach(Model instance, ModelDefinition definition, Object[] values, Object meta);

        /** Whether state is attached. */
        boolean isAttached(Model instance);
    }

    private static volatile Access access;

    private Instances() {
    }

    /** Called once by Model's static initialiser. */
    public static void install(Access installed) {
        if (access != null) {
            throw new IllegalStateException("Instance access is already installed");
        }
        access = Objects.requireNonNull(installed);
    }

    static Access access() {
        Access current = access;
        if (current == null) {
            try {
                // Initialising Model installs the access.
                Class.forName(Model.class.getName(), true, Model.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            current = access;
        }
        return current;
    }

    /** Whether state is attached to an instance (false for one made with {@code new} and not used yet). */
    public static boolean isAttached(Model instance) {
        return access().isAttached(instance);
    }

    /** Creates an instance of a model's class with fresh state attached. */
    public static Model create(ModelDefinition definition, boolean newRecord) {
        Model instance = definition.newInstanceObject();
        InstanceState.attach(instance, definition, newRecord);
        return instance;
    }

    /**
     * Makes a just-read value that equals {@code equal} refer to {@code equal} itself — a child's
     * foreign key to its parent's key object — so that ten thousand children of two hundred parents
     * keep two hundred boxed keys, not ten thousand. Only an unchanged, array-stored value is
     * replaced (its snapshot with it), so change tracking sees nothing.
     */
    public static void shareEqualValue(Model instance, AttributeDefinition attribute, Object equal) {
        if (attribute == null || attribute.accessor().isField() || equal == null) {
            return;
        }
        int i = attribute.index();
        Object[] values = InstanceState.values(instance);
        Object current = values[i];
        if (current == equal || current == null || current.getClass() != equal.getClass() || !current.equals(equal)) {
            return;
        }
        Object[] previous = InstanceState.previous(instance);
        if (previous[i] == current) {
            values[i] = equal;
            previous[i] = equal;
        }
    }

    /** An array-stored attribute's value as stored, without getters or a look-up by name; null for field-stored ones. */
    public static Object storedValue(Model instance, AttributeDefinition attribute) {
        return attribute == null || attribute.accessor().isField() ? null : InstanceState.values(instance)[attribute.index()];
    }

    /**
     * A second instance of the same row: same values, same "last read" values, so that each copy tracks
     * its own changes. Extra values (computed columns, loaded associations) are not copied. Used where one
     * row must appear under several parents with values of its own (a join row's attributes).
     */
    public static Model copyLoaded(Model original) {
        ModelDefinition definition = InstanceState.definition(original);
        Model copy = create(definition, InstanceState.isNewRecord(original));
        Object[] from = InstanceState.previous(original);
        for (AttributeDefinition a : definition.attributes()) {
            a.accessor().set(copy, a.accessor().get(original));
            InstanceState.previousForWrite(copy)[a.index()] = from[a.index()];
        }
        return copy;
    }
}
