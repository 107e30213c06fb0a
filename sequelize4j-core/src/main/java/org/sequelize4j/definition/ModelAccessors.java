package org.sequelize4j.definition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;

/**
 * Model-level getters and setters of pseudo-properties: names that are not attributes but can be read
 * with {@code get(name)} and written with {@code set(name, value)} (Sequelize's
 * {@code getterMethods}/{@code setterMethods}, and JavaBean accessors of annotated classes).
 * Getters declared in the model options are also listed by {@code get()} and {@code toJSON()}.
 */
public final class ModelAccessors {

    /** Reads a pseudo-property or computes an attribute's value. */
    @FunctionalInterface
    public interface Getter {
        /** The value. */
        Object get(Model instance);
    }

    /** Writes a pseudo-property or an attribute's value. */
    @FunctionalInterface
    public interface Setter {
        /** Stores the value. */
        void set(Model instance, Object value);
    }

    /** No pseudo-properties. */
    public static final ModelAccessors NONE = new ModelAccessors(Map.of(), Map.of(), List.of());

    private final Map<String, Getter> getters;
    private final Map<String, Setter> setters;
    private final List<String> listed;

    /**
     * @param getters pseudo-property getters by name
     * @param setters pseudo-property setters by name
     * @param listed the getter names that {@code get()} and {@code toJSON()} include
     */
    public ModelAccessors(Map<String, Getter> getters, Map<String, Setter> setters, List<String> listed) {
        this.getters = new LinkedHashMap<>(getters);
        this.setters = new LinkedHashMap<>(setters);
        this.listed = List.copyOf(listed);
    }

    /** The getter of a pseudo-property, or null. */
    public Getter getter(String name) {
        return getters.get(name);
    }

    /** The setter of a pseudo-property, or null. */
    public Setter setter(String name) {
        return setters.get(name);
    }

    /** Names of the getters included in {@code get()} and {@code toJSON()}. */
    public List<String> getterNames() {
        return listed;
    }
}
