package org.sequelize4j.definition;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.sequelize4j.DataType;

/**
 * Converts values from an attribute's canonical Java type (what the database codecs produce) to the
 * Java type of the class field that stores it, e.g. an {@link Instant} into a {@link LocalDateTime}
 * field or a {@code String} into an enum field. Each converter is chosen once per field.
 */
final class FieldConversions {

    /** Built on first use: a mapper (and its module scan) costs a cold JVM a few hundred ms. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    }

    private FieldConversions() {
    }

    /**
     * A converter for values entering a field of {@code fieldType}, or null when the field cannot hold
     * values of {@code type} at all.
     *
     * @param zone time zone used between instants and local date-times
     */
    static Function<Object, Object> toField(Class<?> fieldType, Type genericType, DataType type, ZoneId zone) {
        Class<?> boxed = box(fieldType);
        if (!canHold(boxed, type.kind())) {
            return null;
        }
        if (type.kind().isJson() && !isPlainJsonContainer(boxed)) {
            JavaType target = Json.MAPPER.getTypeFactory().constructType(genericType);
            return v -> boxed.isInstance(v) ? v : Json.MAPPER.convertValue(v, target);
        }
        if (boxed == Object.class) {
            return Function.identity();
        }
        if (boxed.isEnum()) {
            return v -> boxed.isInstance(v) ? v : enumValue(boxed, v.toString());
        }
        if (boxed == Integer.class) {
            return v -> v instanceof Integer ? v : ((Number) v).intValue();
        }
        if (boxed == Long.class) {
            return v -> v instanceof Long ? v : ((Number) v).longValue();
        }
        if (boxed == Short.class) {
            return v -> v instanceof Short ? v : ((Number) v).shortValue();
        }
        if (boxed == Byte.class) {
            return v -> v instanceof Byte ? v : ((Number) v).byteValue();
        }
        if (boxed == Double.class) {
            return v -> v instanceof Double ? v : ((Number) v).doubleValue();
        }
        if (boxed == Float.class) {
            return v -> v instanceof Float ? v : ((Number) v).floatValue();
        }
        if (boxed == BigDecimal.class) {
            return v -> v instanceof BigDecimal ? v : new BigDecimal(v.toString());
        }
        if (boxed == BigInteger.class) {
            return v -> v instanceof BigInteger ? v : new BigDecimal(v.toString()).toBigIntegerExact();
        }
        if (boxed == Boolean.class) {
            return v -> v;
        }
        if (boxed == String.class) {
            return Object::toString;
        }
        if (boxed == UUID.class) {
            return v -> v instanceof UUID ? v : UUID.fromString(v.toString());
        }
        if (boxed == Instant.class) {
            return v -> v;
        }
        if (boxed == LocalDateTime.class) {
            return v -> v instanceof Instant ? LocalDateTime.ofInstant((Instant) v, zone) : v;
        }
        if (boxed == OffsetDateTime.class) {
            return v -> v instanceof Instant ? OffsetDateTime.ofInstant((Instant) v, zone) : v;
        }
        if (boxed == ZonedDateTime.class) {
            return v -> v instanceof Instant ? ZonedDateTime.ofInstant((Instant) v, zone) : v;
        }
        if (boxed == java.sql.Timestamp.class) {
            return v -> v instanceof Instant ? java.sql.Timestamp.from((Instant) v) : v;
        }
        if (boxed == Date.class) {
            return v -> v instanceof Instant ? Date.from((Instant) v) : v;
        }
        if (boxed == LocalDate.class || boxed == LocalTime.class || boxed == byte[].class) {
            return v -> v;
        }
        if (java.util.List.class.isAssignableFrom(boxed) || Map.class.isAssignableFrom(boxed)) {
            return v -> v;
        }
        return null;
    }

    /**
     * Whether a field of this (boxed) type can hold every value of an attribute of this kind, so that a
     * mismatch such as an {@code Integer} field for a STRING attribute fails when the model is defined
     * rather than when the first row is read. Object and String fields hold anything but binary and
     * array values; JSON attributes may map to any class Jackson can convert to.
     */
    static boolean canHold(Class<?> boxed, DataType.Kind kind) {
        if (boxed == Object.class || kind == DataType.Kind.VIRTUAL || kind.isJson()) {
            return true;
        }
        if (boxed == String.class) {
            return kind != DataType.Kind.BLOB && kind != DataType.Kind.ARRAY;
        }
        if (boxed.isEnum()) {
            return kind.isText();
        }
        if (boxed == Integer.class || boxed == Long.class || boxed == Short.class || boxed == Byte.class
                || boxed == Double.class || boxed == Float.class || boxed == BigDecimal.class || boxed == BigInteger.class) {
            return kind.isNumeric();
        }
        if (boxed == Boolean.class) {
            return kind == DataType.Kind.BOOLEAN;
        }
        if (boxed == UUID.class) {
            return kind == DataType.Kind.UUID || kind == DataType.Kind.STRING || kind == DataType.Kind.CHAR;
        }
        if (boxed == Instant.class || boxed == LocalDateTime.class || boxed == OffsetDateTime.class
                || boxed == ZonedDateTime.class || boxed == java.sql.Timestamp.class || boxed == Date.class) {
            return kind == DataType.Kind.DATE;
        }
        if (boxed == LocalDate.class) {
            return kind == DataType.Kind.DATEONLY;
        }
        if (boxed == LocalTime.class) {
            return kind == DataType.Kind.TIME;
        }
        if (boxed == byte[].class) {
            return kind == DataType.Kind.BLOB || kind == DataType.Kind.STRING || kind == DataType.Kind.CHAR;
        }
        if (java.util.List.class.isAssignableFrom(boxed)) {
            return kind == DataType.Kind.ARRAY;
        }
        return false;
    }

    private static boolean isPlainJsonContainer(Class<?> type) {
        return type == Object.class || Map.class.isAssignableFrom(type) || java.util.List.class.isAssignableFrom(type)
                || type == String.class || Number.class.isAssignableFrom(type) || type == Boolean.class;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> enumType, String name) {
        return Enum.valueOf((Class) enumType, name);
    }

    /** The wrapper class of a primitive type, or the type itself. */
    static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        if (type == float.class) {
            return Float.class;
        }
        if (type == short.class) {
            return Short.class;
        }
        if (type == byte.class) {
            return Byte.class;
        }
        return Character.class;
    }
}
