package org.sequelize4j.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.InstanceState;
import org.sequelize4j.definition.Instances;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.errors.ValidationErrorItem;
import org.sequelize4j.types.TypeMismatch;

/**
 * Reads and writes attribute values of instances the way Sequelize's {@code get}/{@code set} do:
 * through getters and setters unless asked for the raw value, converting assigned values to the
 * attribute's type where that is lossless, and recording explicit assignments so that a null set on
 * purpose is written as NULL.
 */
public final class ValueAccess {

    private final ModelRuntime runtime;

    ValueAccess(ModelRuntime runtime) {
        this.runtime = runtime;
    }

    /** The value of {@code key}: an attribute (through its getter unless {@code raw}) or an extra value. */
    public Object get(Model instance, String key, boolean raw) {
        ModelDefinition definition = runtime.definition();
        AttributeDefinition attribute = definition.attribute(key);
        if (attribute != null) {
            if (!raw && attribute.getter() != null) {
                return attribute.getter().get(instance);
            }
            return attribute.accessor().get(instance);
        }
        if (!raw) {
            org.sequelize4j.definition.ModelAccessors.Getter getter = definition.accessors().getter(key);
            if (getter != null) {
                return getter.get(instance);
            }
        }
        return InstanceState.extra(instance, key);
    }

    /** Sets {@code key}: an attribute (through its setter unless {@code raw}) or an extra value. */
    public void set(Model instance, String key, Object value, boolean raw) {
        set(instance, runtime.definition().attribute(key), key, value, raw);
    }

    /**
     * {@link #set(Model, String, Object, boolean)} with {@code key}'s attribute already looked up
     * (null when it names none).
     */
    void set(Model instance, AttributeDefinition attribute, String key, Object value, boolean raw) {
        ModelDefinition definition = runtime.definition();
        if (attribute != null) {
            if (!raw && attribute.setter() != null) {
                attribute.setter().set(instance, value);
                return;
            }
            store(instance, attribute, value);
            return;
        }
        if (!raw) {
            org.sequelize4j.definition.ModelAccessors.Setter setter = definition.accessors().setter(key);
            if (setter != null) {
                setter.set(instance, value);
                return;
            }
        }
        InstanceState.putExtra(instance, key, value);
    }

    /**
     * Stores a value in an attribute, converted to its Java type when possible. A value that does not fit
     * is kept as given where the storage allows, and reported when the instance is validated or saved.
     */
    public void store(Model instance, AttributeDefinition attribute, Object value) {
        Object stored = value;
        if (value != null && !attribute.isVirtual()) {
            try {
                stored = runtime.engine().coercion().convert(attribute.type(), value);
            } catch (TypeMismatch e) {
                stored = value;
            }
        }
        try {
            attribute.accessor().set(instance, stored);
        } catch (RuntimeException e) {
            String message = attribute.name() + " cannot hold " + value + " (" + value.getClass().getSimpleName() + ")";
            throw new ValidationError(List.of(new ValidationErrorItem(message, "Validation error", attribute.name(),
                    value, "type", List.of(), "CORE")));
        }
        markAssigned(instance, attribute, stored);
    }

    /**
     * Records an explicit assignment where the value alone does not show it: a null (written as NULL,
     * not left to the default) or any value of a Java field (whose primitive zero would read as unset).
     * A non-null value in a slot is its own record; not marking it spares a new record its side object.
     */
    private static void markAssigned(Model instance, AttributeDefinition attribute, Object stored) {
        if (stored == null || attribute.accessor().isField()) {
            InstanceState.markAssigned(instance, attribute.index());
        }
    }

    /**
     * Stores a value already in the attribute's canonical type (from {@code TypeCoercion.convert}), as
     * {@link #store} would after converting it: for one value written to many instances, such as the
     * timestamps of a bulk insert.
     */
    public void storeConverted(Model instance, AttributeDefinition attribute, Object converted) {
        attribute.accessor().set(instance, converted);
        markAssigned(instance, attribute, converted);
    }

    /** Every attribute (through getters) and extra value; with {@code plain}, included instances as maps too. */
    public Map<String, Object> all(Model instance, boolean plain) {
        ModelDefinition definition = runtime.definition();
        Map<String, Object> result = new LinkedHashMap<>();
        for (AttributeDefinition attribute : definition.attributes()) {
            result.put(attribute.name(), get(instance, attribute.name(), false));
        }
        for (String name : definition.accessors().getterNames()) {
            result.put(name, get(instance, name, false));
        }
        Map<String, Object> extras = InstanceState.extras(instance);
        if (!extras.isEmpty()) {
            for (Map.Entry<String, Object> e : extras.entrySet()) {
                result.putIfAbsent(e.getKey(), plain ? plain(e.getValue()) : e.getValue());
            }
        }
        return result;
    }

    private static Object plain(Object value) {
        if (value instanceof Model) {
            return ((Model) value).toJSON();
        }
        if (value instanceof Collection && !((Collection<?>) value).isEmpty()
                && ((Collection<?>) value).iterator().next() instanceof Model) {
            List<Object> list = new ArrayList<>();
            for (Object element : (Collection<?>) value) {
                list.add(plain(element));
            }
            return list;
        }
        return value;
    }
}
