package org.sequelize4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a field of a model class as an attribute and, optionally, gives its type in Sequelize's
 * notation ({@code "DECIMAL(10,2)"}, {@code "STRING(100)"}, {@code "ENUM('a','b')"}).
 *
 * <p>Without a type the field's Java type decides: String → STRING, Integer → INTEGER, Long → BIGINT,
 * Short → SMALLINT, Byte → TINYINT, Double → DOUBLE, Float → FLOAT, BigDecimal → DECIMAL,
 * Boolean → BOOLEAN, Instant/OffsetDateTime/ZonedDateTime/LocalDateTime/Date → DATE,
 * LocalDate → DATEONLY, LocalTime → TIME, UUID → UUID, byte[] → BLOB, an enum → ENUM of its
 * constants, Map/List → JSON.
 *
 * <p>Every non-static, non-transient field of a model class is an attribute even without this
 * annotation; exclude one with {@link NotAttribute} or the {@code transient} modifier.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Attribute {
    /** The type in Sequelize's notation; empty to infer it from the field's Java type. */
    String type() default "";
}
