package org.sequelize4j;

/**
 * A custom setter: decides what {@code instance.set(name, value)} stores. Store values inside it with
 * {@link Model#setDataValue(String, Object)}, which does not call setters again.
 *
 * @param <M> the instance type
 */
@FunctionalInterface
public interface AttributeSetter<M extends Model> {

    /** Stores {@code value} (possibly transformed, possibly into other attributes). */
    void set(M instance, Object value);
}
