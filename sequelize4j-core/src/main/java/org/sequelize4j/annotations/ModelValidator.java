package org.sequelize4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an instance method of a model class, without parameters, as a model-wide validator: it throws
 * to reject the instance, and its failure is reported under its name (the method name unless given).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ModelValidator {

    /** The name failures are reported under; the method name by default. */
    String value() default "";
}
