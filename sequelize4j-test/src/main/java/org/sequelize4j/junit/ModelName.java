package org.sequelize4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the model a {@code ModelStatic} field or parameter of a {@link Sequelize4jTest} class receives,
 * for models defined without a class ({@code ModelStatic<Model>}); models with a class are found from
 * the type argument ({@code ModelStatic<User>}).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ModelName {

    /** The model name given to {@code sequelize.define(name, ...)}. */
    String value();
}
