package org.sequelize4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.sequelize4j.Model;

/**
 * Declares on a field of a model class that the model has one {@code target} (the target holds the
 * foreign key). The field, typed as the target class, receives the target when the association is
 * loaded; its name is the alias unless {@link #as()} says otherwise. Resolved once both classes are
 * defined in the same {@code Sequelize}.
 *
 * <pre>{@code
 * @HasOne(target = DrivingLicense.class, foreignKey = "ownerId", inverse = @Inverse(as = "owner"))
 * public DrivingLicense currentDrivingLicense;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface HasOne {

    /** The target model class. */
    Class<? extends Model> target();

    /** The alias; the field's name by default. */
    String as() default "";

    /** The foreign-key attribute on the target; Sequelize's default name when empty. */
    String foreignKey() default "";

    /** The source attribute it refers to; the primary key when empty. */
    String sourceKey() default "";

    /** ON DELETE (RESTRICT, CASCADE, NO ACTION, SET DEFAULT, SET NULL); the default rule when empty. */
    String onDelete() default "";

    /** ON UPDATE; CASCADE when empty. */
    String onUpdate() default "";

    /** {@code false}: no database constraint for the foreign key. */
    boolean constraints() default true;

    /** With CASCADE: destroy targets one by one so their hooks run. */
    boolean hooks() default false;

    /** The association scope, as {@code "attribute=value"} entries (values are strings). */
    String[] scope() default {};

    /** The inverse association. */
    Inverse inverse() default @Inverse;
}
