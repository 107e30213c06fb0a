package org.sequelize4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.sequelize4j.Model;

/**
 * Declares on a field of a model class that the model and {@code target} are linked through the rows
 * of a join model. The field, typed {@code List<Target>}, receives the targets when the association
 * is loaded.
 *
 * <pre>{@code
 * @BelongsToMany(target = Person.class, through = "PersonChildren", inverse = @Inverse(as = "parents"))
 * public List<Person> children;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface BelongsToMany {

    /** The target model class. */
    Class<? extends Model> target();

    /** The join table (a through model of that name is defined); empty to use {@link #throughModel()} or the default name. */
    String through() default "";

    /** A through model class of your own (with attributes of its own); {@code Model.class} for none. */
    Class<? extends Model> throughModel() default Model.class;

    /** The alias; the field's name by default. */
    String as() default "";

    /** The join model's attribute referring to this model. */
    String foreignKey() default "";

    /** The join model's attribute referring to the target. */
    String otherKey() default "";

    /** This model's attribute the join rows refer to; the primary key when empty. */
    String sourceKey() default "";

    /** The target's attribute the join rows refer to; the primary key when empty. */
    String targetKey() default "";

    /** {@code false}: no database constraints for the join model's keys. */
    boolean constraints() default true;

    /** The association scope on the target, as {@code "attribute=value"} entries. */
    String[] scope() default {};

    /** Values the join rows have, as {@code "attribute=value"} entries. */
    String[] throughScope() default {};

    /** The inverse association. */
    Inverse inverse() default @Inverse;
}
