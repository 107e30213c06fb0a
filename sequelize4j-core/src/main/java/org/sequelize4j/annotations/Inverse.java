package org.sequelize4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The association of the other direction, declared together with this one (Sequelize's
 * {@code inverse: {as}}): a belongsTo for a hasOne/hasMany, a hasMany (or, with
 * {@code hasOne = true}, a hasOne) for a belongsTo, a belongsToMany for a belongsToMany.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Inverse {

    /** The inverse association's alias; empty for none. */
    String as() default "";

    /** For the inverse of a belongsTo: a hasOne instead of a hasMany. */
    boolean hasOne() default false;
}
