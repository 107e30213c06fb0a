package org.sequelize4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.sequelize4j.Deferrable;
import org.sequelize4j.Model;

/** Makes the attribute a foreign key to another model (or table). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface References {

    /** The referenced model class. */
    Class<? extends Model> model() default Model.class;

    /** The referenced model by name, when not given as a class. */
    String modelName() default "";

    /** The referenced table, for tables without a model. */
    String table() default "";

    /** The referenced attribute (or column); the primary key by default. */
    String key() default "";

    /** When PostgreSQL checks the constraint; empty for the database default. */
    Deferrable[] deferrable() default {};

    /** ON DELETE action: CASCADE, SET NULL, RESTRICT, NO ACTION, SET DEFAULT; empty for none. */
    String onDelete() default "";

    /** ON UPDATE action; empty for none. */
    String onUpdate() default "";
}
