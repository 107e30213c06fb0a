package org.sequelize4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index. On a field it indexes that attribute (fields sharing a {@link #name()} form one composite
 * index, in declaration order); inside {@link Table#indexes()} it lists its {@link #fields()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Repeatable(Index.List.class)
public @interface Index {

    /** The index name; {@code [table]_[fields]} by default. */
    String name() default "";

    /** The attributes, when declared on the table. */
    String[] fields() default {};

    /** A unique index. */
    boolean unique() default false;

    /** Access method: BTREE, HASH, GIN, GIST, SPGIST, BRIN. */
    String using() default "";

    /** MySQL/MariaDB index type: FULLTEXT or SPATIAL. */
    String type() default "";

    /** PostgreSQL operator class (e.g. {@code jsonb_path_ops}). */
    String operator() default "";

    /** {@code "DESC"} to sort this field descending (field-level use). */
    String order() default "";

    /** Collation of this field (field-level use). */
    String collate() default "";

    /** Prefix length of this field (field-level use, MySQL/MariaDB); 0 for none. */
    int length() default 0;

    /** Partial-index condition as SQL (PostgreSQL, SQLite), e.g. {@code "status = 'public'"}. */
    String where() default "";

    /** Container for repeated field-level indexes. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface List {
        /** The indexes. */
        Index[] value();
    }
}
