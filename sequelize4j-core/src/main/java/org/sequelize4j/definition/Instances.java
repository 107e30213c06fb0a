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

    /** Reads and attaches the state field of Model. */
    public interface Access {
        /** The state of an instance, or null before one is attached. */
        InstanceState get(Model instance);

        /** Attaches state to an instance. */
        void set(Model instance, InstanceState state);
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

    private static Access access() {
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

    /** The state of an instance, or null if none is attached yet. */
    public static InstanceState state(Model instance) {
        return access().get(instance);
    }

    /** Creates an instance of a model's class with fresh state attached. */
    public static Model create(ModelDefinition definition, Object owner, boolean newRecord) {
        Model instance = definition.newInstanceObject();
        attach(instance, new InstanceState(owner, definition, newRecord));
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
        InstanceState state = state(instance);
        int i = attribute.index();
        Object[] values = state.values();
        Object current = values[i];
        if (current == equal || current == null || current.getClass() != equal.getClass() || !current.equals(equal)) {
            return;
        }
        Object[] previous = state.previous();
        if (previous[i] == current) {
            values[i] = equal;
            previous[i] = equal;
        }
    }

    /** An array-stored attribute's value as stored, without getters or a look-up by name; null for field-stored ones. */
    public static Object storedValue(Model instance, AttributeDefinition attribute) {
        return attribute == null || attribute.accessor().isField() ? null : state(instance).values()[attribute.index()];
    }

    /** Attaches state to a freshly created instance. */
    public static void attach(Model instance, InstanceState state) {
        access().set(instance, state);
    }

    /**
     * A second instance of the same row: same values, same "last read" values, so that each copy tracks
     * its own changes. Extra values (computed columns, loaded associations) are not copied. Used where one
     * row must appear under several parents with values of its own (a join row's attributes).
     */
    public static Model copyLoaded(Model original) {
        InstanceState from = state(original);
        ModelDefinition definition = from.definition();
        Model copy = create(definition, from.owner(), from.isNewRecord());
        InstanceState to = state(copy);
        for (AttributeDefinition a : definition.attributes()) {
            a.accessor().set(copy, a.accessor().get(original));
            to.previousForWrite()[a.index()] = from.previous()[a.index()];
        }
        return copy;
    }
}
