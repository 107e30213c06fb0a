package org.sequelize4j.validation;

import org.sequelize4j.Model;

/**
 * A custom attribute validator: throws to reject the value, with the exception's message as the error
 * message. Unlike built-in validators it also runs when the value is null and the attribute allows
 * null, so it can decide when null is acceptable (seed: "name can't be null unless age is 10").
 *
 * @param <M> the instance type
 */
@FunctionalInterface
public interface AttributeValidator<M extends Model> {

    /** Checks {@code value}, which the attribute is about to hold on {@code instance}. */
    void validate(Object value, M instance) throws Exception;
}
