package org.sequelize4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.sequelize4j.Model;

/**
 * Declares on a field of a model class that the model holds a foreign key to {@code target}. The
 * field, typed as the target class, receives the target when the association is loaded; its name is
 * the alias unless {@link #as()} says otherwise.
 *
 * <pre>{@code
 * @BelongsTo(target = Article.class, foreignKey = "targetId")
 * public Article target;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface BelongsTo {

    /** The target model class. */
    Class<? extends Model> target();

    /** The alias; the field's name by default. */
    String as() default "";

    /** The foreign-key attribute on this model; Sequelize's default name when empty. */
    String foreignKey() default "";

    /** The target attribute it refers to; the primary key when empty. */
    String targetKey() default "";

    /** ON DELETE; SET NULL for a nullable key, CASCADE otherwise, when empty. */
    String onDelete() default "";

    /** ON UPDATE; CASCADE when empty. */
    String onUpdate() default "";

    /** {@code false}: no database constraint for the foreign key. */
    boolean constraints() default true;

    /** The inverse association (a hasMany, or a hasOne with {@code hasOne = true}). */
    Inverse inverse() default @Inverse;
}
