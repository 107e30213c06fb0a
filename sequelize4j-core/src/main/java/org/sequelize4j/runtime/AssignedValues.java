package org.sequelize4j.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.definition.AttributeDefinition;

/**
 * The checked values of a static update, by attribute, in the order they were given. Two lists rather
 * than a map: an update names a handful of attributes, and a linear look-up over them costs less than
 * hashing each (an identity hash is a native call, slow on a cold JVM where every update pays it).
 */
final class AssignedValues {

    private final List<AttributeDefinition> attributes;
    private final List<Object> values;

    AssignedValues(int expected) {
        attributes = new ArrayList<>(expected + 1);
        values = new ArrayList<>(expected + 1);
    }

    /** Sets an attribute's value, replacing the one it had. */
    void put(AttributeDefinition attribute, Object value) {
        int at = attributes.indexOf(attribute);
        if (at >= 0) {
            values.set(at, value);
        } else {
            attributes.add(attribute);
            values.add(value);
        }
    }

    boolean contains(AttributeDefinition attribute) {
        return attributes.indexOf(attribute) >= 0;
    }

    boolean isEmpty() {
        return attributes.isEmpty();
    }

    int size() {
        return attributes.size();
    }

    AttributeDefinition attribute(int i) {
        return attributes.get(i);
    }

    Object value(int i) {
        return values.get(i);
    }

    /** The attributes, in order (not a copy). */
    List<AttributeDefinition> attributes() {
        return attributes;
    }

    /** The values by attribute name, leaving out {@code exclude}d kinds of value (for error reports). */
    Map<String, Object> byName(Class<?> exclude) {
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < attributes.size(); i++) {
            if (!exclude.isInstance(values.get(i))) {
                named.put(attributes.get(i).name(), values.get(i));
            }
        }
        return named;
    }
}
