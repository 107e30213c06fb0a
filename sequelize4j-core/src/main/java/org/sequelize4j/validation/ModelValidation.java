package org.sequelize4j.validation;

import org.sequelize4j.Model;

/**
 * A model-wide validator, run after the attribute validators: throws to reject the instance. Its
 * failures are reported under the validator's name (seed: {@code bothCoordsOrNone}).
 *
 * @param <M> the instance type
 */
@FunctionalInterface
public interface ModelValidation<M extends Model> {

    /** Checks the instance as a whole. */
    void validate(M instance) throws Exception;
}
