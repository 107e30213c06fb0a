package org.sequelize4j.definition;

import org.sequelize4j.Model;

/**
 * Reads and writes one attribute's value on an instance, wherever the value lives: in the instance's
 * value array, or in a Java field of an annotated model class. Chosen once per attribute when the model
 * is defined, so the per-row path does no lookup or reflection.
 */
public interface AttributeAccessor {

    /** The current value. */
    Object get(Model instance);

    /** Replaces the value; {@code value} is already of the attribute's Java type. */
    void set(Model instance, Object value);

    /** Whether the value lives in a Java field of the model class. */
    default boolean isField() {
        return false;
    }
}
