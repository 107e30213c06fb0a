package org.sequelize4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The default value, written as text and read according to the attribute's type ({@code "true"},
 * {@code "42"}, {@code "draft"}). The words {@code NOW}, {@code UUIDV4} and {@code UUIDV1} name
 * Sequelize's generators; {@link #sql()} gives a database-side expression instead.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Default {
    /** The default as text, or one of NOW, UUIDV4, UUIDV1. */
    String value() default "";

    /** A SQL expression evaluated by the database (e.g. {@code CURRENT_TIMESTAMP}), used instead of {@link #value()}. */
    String sql() default "";
}
