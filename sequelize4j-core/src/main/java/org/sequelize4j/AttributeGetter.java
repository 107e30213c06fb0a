package org.sequelize4j;

/**
 * A custom getter: computes what {@code instance.get(name)} returns. Read stored values inside it with
 * {@link Model#getDataValue(String)}, which does not call getters again.
 *
 * @param <M> the instance type
 */
@FunctionalInterface
public interface AttributeGetter<M extends Model> {

    /** The value to return for the attribute. */
    Object get(M instance);
}
