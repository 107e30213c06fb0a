package org.sequelize4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Model options for an annotated model class (Sequelize's {@code @Table}). Every element is optional;
 * an element left out takes the value from an abstract parent's {@link Abstract}, then from the
 * {@code define} defaults of the {@link org.sequelize4j.Sequelize} instance, then from Sequelize's own
 * defaults. The on/off options are declared as {@code boolean[]} only so that "not given" can be told
 * apart from {@code false}: write them as plain booleans ({@code paranoid = true}).
 *
 * <pre>{@code
 * @Table(tableName = "people", paranoid = true, underscored = true)
 * public class Person extends Model { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {

    /** The model name; the class's simple name by default. */
    String modelName() default "";

    /** The table name; the plural of the model name by default. */
    String tableName() default "";

    /** Use the model name as table name. */
    boolean[] freezeTableName() default {};

    /** snake_case column and table names. */
    boolean[] underscored() default {};

    /** {@code false} to go without createdAt/updatedAt. */
    boolean[] timestamps() default {};

    /** Name of the creation-time attribute; {@code "false"} to disable it; empty for the default. */
    String createdAt() default "";

    /** Name of the update-time attribute; {@code "false"} to disable it; empty for the default. */
    String updatedAt() default "";

    /** Name of the soft-deletion attribute; empty for the default. */
    String deletedAt() default "";

    /** Soft deletion. */
    boolean[] paranoid() default {};

    /** Optimistic locking with a {@code version} attribute (or annotate a field {@link Version}). */
    boolean[] version() default {};

    /** The schema (PostgreSQL) or database (MySQL). */
    String schema() default "";

    /** MySQL/MariaDB storage engine. */
    String engine() default "";

    /** MySQL/MariaDB character set. */
    String charset() default "";

    /** MySQL/MariaDB collation. */
    String collate() default "";

    /** Table comment. */
    String comment() default "";

    /** Indexes over one or more attributes (give {@link Index#fields()}). */
    Index[] indexes() default {};

    /**
     * Marks a class whose attributes, options and indexes are inherited by the models that extend it,
     * but which has no table of its own and is never registered (Sequelize's {@code @Table.Abstract}).
     * Takes the same options as {@link Table} except the model and table names.
     */
    @Documented
    @Inherited
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface Abstract {

        /** Use each model's name as its table name. */
        boolean[] freezeTableName() default {};

        /** snake_case column and table names. */
        boolean[] underscored() default {};

        /** {@code false} to go without createdAt/updatedAt. */
        boolean[] timestamps() default {};

        /** Soft deletion. */
        boolean[] paranoid() default {};

        /** Name of the creation-time attribute; {@code "false"} to disable it; empty for the default. */
        String createdAt() default "";

        /** Name of the update-time attribute; {@code "false"} to disable it; empty for the default. */
        String updatedAt() default "";

        /** Name of the soft-deletion attribute; empty for the default. */
        String deletedAt() default "";

        /** Optimistic locking. */
        boolean[] version() default {};

        /** The schema. */
        String schema() default "";

        /** MySQL/MariaDB storage engine. */
        String engine() default "";

        /** MySQL/MariaDB character set. */
        String charset() default "";

        /** MySQL/MariaDB collation. */
        String collate() default "";

        /** Table comment, for every concrete model's table. */
        String comment() default "";

        /** Indexes inherited by every concrete model. */
        Index[] indexes() default {};
    }
}
