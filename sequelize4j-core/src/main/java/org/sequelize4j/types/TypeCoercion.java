package org.sequelize4j.types;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.sequelize4j.DataType;

/**
 * Turns a Java value into the canonical Java type of a {@link DataType}, checking that it fits the
 * column: integer ranges, string lengths, decimal precision and scale, date ranges, enum membership,
 * well-formed text. The databases disagree on what they do with values that do not fit (SQLite keeps
 * them, MariaDB rounds or truncates, PostgreSQL refuses), so Sequelize4j checks before any SQL is sent
 * and every dialect behaves the same.
 *
 * <p>Stateless apart from its limits; one instance per dialect and time zone, shared by all threads.
 */
public final class TypeCoercion {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final TypeLimits limits;
    private final ZoneId zone;
    private final TemporalCoercion temporal;
    private final NumericCoercion numbers;

    /**
     * @param limits what the target database can store
     * @param zone the time zone for local date-times given without one
     */
    public TypeCoercion(TypeLimits limits, ZoneId zone) {
        this.limits = limits;
        this.zone = zone;
        this.temporal = new TemporalCoercion(limits, zone);
        this.numbers = new NumericCoercion(limits);
    }

    /** The time zone used for local date-times. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The value in the type's canonical Java type.
     *
     * @param type the declared type
     * @param value any Java value (null passes through)
     * @return the converted value
     * @throws TypeMismatch when the value cannot be stored exactly in a column of this type
     */
    public Object coerce(DataType type, Object value) {
        if (value == null) {
            return null;
        }
        return convertAndCheck(type, value);
    }

    /**
     * The value in the type's canonical Java type, without the checks that scan text (well-formed
     * UTF-16, length): used when a value is assigned, since it is checked in full when it is written.
     *
     * @throws TypeMismatch when the value cannot be converted at all
     */
    public Object convert(DataType type, Object value) {
        if (value instanceof String && (type.kind() == DataType.Kind.STRING && !type.isBinary()
                || type.kind() == DataType.Kind.CHAR && !type.isBinary() || type.kind() == DataType.Kind.TEXT
                || type.kind() == DataType.Kind.CITEXT)) {
            return value;
        }
        return coerce(type, value);
    }

    private Object convertAndCheck(DataType type, Object value) {
        switch (type.kind()) {
            case STRING: case CHAR:
                if (type.isBinary()) {
                    return checkedBytes(type, toBytes(type, value));
                }
                if (type.kind() == DataType.Kind.CHAR) {
                    return checkedString(type, stripPadding(toText(type, value)));
                }
                return checkedString(type, toText(type, value));
            case TEXT: case CITEXT:
                return checkedString(type, toText(type, value));
            case ENUM:
                String text = toText(type, value);
                if (!type.values().contains(text)) {
                    throw new TypeMismatch("isIn", Quoting.quote(text) + " is not one of " + type.values());
                }
                return text;
            case TINYINT: case SMALLINT: case MEDIUMINT: case INTEGER: case BIGINT:
                return numbers.toInteger(type, value);
            case FLOAT: case REAL:
                return numbers.toFloat(type, value);
            case DOUBLE:
                return numbers.checkFinite(NumericCoercion.toDouble(type, value));
            case DECIMAL:
                return numbers.toDecimal(type, value);
            case BOOLEAN:
                return toBoolean(type, value);
            case DATE:
                return temporal.toInstant(type, value);
            case DATEONLY:
                return temporal.toLocalDate(type, value);
            case TIME:
                return temporal.toLocalTime(type, value);
            case UUID:
                return toUuid(type, value);
            case BLOB:
                return checkedBytes(type, toBytes(type, value));
            case ARRAY:
                return toList(type, value);
            case JSON: case JSONB:
                checkJsonText(value, 0);
                return value;
            case VIRTUAL:
            default:
                return value;
        }
    }

    /** The smallest value of an integer type. */
    public static java.math.BigInteger integerMin(DataType type) {
        return NumericCoercion.min(type);
    }

    /** The largest value of an integer type. */
    public static java.math.BigInteger integerMax(DataType type) {
        return NumericCoercion.max(type);
    }

    static TypeMismatch mismatch(DataType type, Object value) {
        return new TypeMismatch("type", "'" + abbreviate(value) + "' (" + value.getClass().getSimpleName()
                + ") is not a valid " + type);
    }

    static String abbreviate(Object value) {
        return Quoting.abbreviate(value);
    }

    // ---- text ------------------------------------------------------------------------------

    private static String toText(DataType type, Object value) {
        if (value instanceof String) {
            // A class check: an interface check on String (CharSequence) scans its secondary supertypes
            // whenever its one-entry cache holds another interface (JDK-8180450), on every string written.
            return (String) value;
        }
        if (value instanceof CharSequence) {
            return value.toString();
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Character || value instanceof UUID) {
            return value.toString();
        }
        if (value instanceof Enum) {
            return ((Enum<?>) value).name();
        }
        throw mismatch(type, value);
    }

    /**
     * CHAR values without their trailing spaces: PostgreSQL pads them to the declared length, MySQL strips
     * them and SQLite keeps them as given, so the padding is not part of the value on any dialect.
     */
    public static String stripPadding(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }

    private String checkedString(DataType type, String s) {
        checkWellFormed(s);
        if (type.kind() == DataType.Kind.STRING || type.kind() == DataType.Kind.CHAR) {
            int max = type.effectiveLength();
            // Columns count characters (code points), not UTF-16 units.
            if (s.length() > max && s.codePointCount(0, s.length()) > max) {
                throw new TypeMismatch("len", "is longer than " + max + " characters");
            }
        }
        long maxBytes = limits.maxTextBytes(type);
        if (maxBytes > 0 && (long) s.length() * 3 > maxBytes) {
            long bytes = s.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxBytes) {
                throw new TypeMismatch("len", "is " + bytes + " bytes, more than " + type + " holds (" + maxBytes + ")");
            }
        }
        return s;
    }

    /**
     * Checks every string of a JSON document (keys too) and its numbers: the serialiser would write an
     * unpaired surrogate as '?' and NaN as a string, and JSONB cannot hold NUL.
     */
    private static void checkJsonText(Object value, int depth) {
        if (depth > 1000) {
            throw new TypeMismatch("type", "is nested more than 1000 levels deep");
        }
        if (value instanceof CharSequence) {
            checkWellFormed(value.toString());
        } else if ((value instanceof Double || value instanceof Float) && !Double.isFinite(((Number) value).doubleValue())) {
            // JSON has no NaN or Infinity; the serialiser would write the string "NaN" instead.
            throw new TypeMismatch("isFloat", value + " cannot be stored in JSON, which has no NaN or Infinity");
        } else if (value instanceof BigDecimal || value instanceof java.math.BigInteger) {
            checkJsonNumber(value);
        } else if (value instanceof Map) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                checkJsonText(String.valueOf(e.getKey()), depth + 1);
                checkJsonText(e.getValue(), depth + 1);
            }
        } else if (value instanceof Collection) {
            for (Object element : (Collection<?>) value) {
                checkJsonText(element, depth + 1);
            }
        } else if (value instanceof Object[]) {
            for (Object element : (Object[]) value) {
                checkJsonText(element, depth + 1);
            }
        }
    }

    /**
     * JSON numbers are read back with at most 1000 digits (Jackson's limit, and PostgreSQL's jsonb
     * writes a number out in full), so a number that would need more cannot be stored.
     */
    private static void checkJsonNumber(Object value) {
        BigDecimal d = value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal((java.math.BigInteger) value);
        if (d.unscaledValue().bitLength() > 3400
                || Math.max(1L, (long) d.precision() - d.scale()) + Math.max(0, d.scale()) > 1000) {
            throw new TypeMismatch("range", Quoting.quote(value) + " has more digits than a JSON number is read"
                    + " back with (1000)");
        }
    }

    /** Rejects text no database stores faithfully: NUL characters and unpaired UTF-16 surrogates. */
    static void checkWellFormed(String s) {
        // A charAt per character, not a copy into an array: copying would allocate per string checked,
        // which a bulk insert of 10,000 rows measured at a quarter of its allocation.
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            // One comparison for the common character: every string value of every write passes here,
            // on a cold JVM in the interpreter, where each call per character would count.
            if (c != '\0' && (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)) {
                continue;
            }
            if (c == '\0') {
                throw new TypeMismatch("string", "contains a NUL character (\\u0000) at index " + i
                        + ", which PostgreSQL cannot store");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new TypeMismatch("string", "contains an unpaired surrogate at index " + i
                        + ", which would be stored as '?'");
            }
            if (Character.isLowSurrogate(c)) {
                throw new TypeMismatch("string", "contains an unpaired surrogate at index " + i
                        + ", which would be stored as '?'");
            }
        }
    }

    private static byte[] toBytes(DataType type, Object value) {
        if (value instanceof byte[]) {
            return (byte[]) value;
        }
        if (value instanceof ByteBuffer) {
            ByteBuffer buffer = ((ByteBuffer) value).duplicate();
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        }
        if (value instanceof CharSequence) {
            return value.toString().getBytes(StandardCharsets.UTF_8);
        }
        throw mismatch(type, value);
    }

    private byte[] checkedBytes(DataType type, byte[] bytes) {
        if ((type.kind() == DataType.Kind.STRING || type.kind() == DataType.Kind.CHAR)
                && bytes.length > type.effectiveLength()) {
            throw new TypeMismatch("len", "is longer than " + type.effectiveLength() + " bytes");
        }
        long maxBytes = limits.maxTextBytes(type);
        if (maxBytes > 0 && bytes.length > maxBytes) {
            throw new TypeMismatch("len", "is " + bytes.length + " bytes, more than " + type + " holds (" + maxBytes + ")");
        }
        return bytes;
    }

    private static Boolean toBoolean(DataType type, Object value) {
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        if (value instanceof Number) {
            BigDecimal n = value instanceof BigDecimal ? (BigDecimal) value
                    : value instanceof java.math.BigInteger ? new BigDecimal((java.math.BigInteger) value)
                    : new BigDecimal(value.toString());
            if (n.compareTo(BigDecimal.ZERO) == 0) {
                return false;
            }
            if (n.compareTo(BigDecimal.ONE) == 0) {
                return true;
            }
        }
        if (value instanceof CharSequence) {
            switch (value.toString().trim().toLowerCase(Locale.ROOT)) {
                case "true": case "t": case "1": return true;
                case "false": case "f": case "0": return false;
                default: break;
            }
        }
        throw mismatch(type, value);
    }

    private static UUID toUuid(DataType type, Object value) {
        if (value instanceof UUID) {
            return (UUID) value;
        }
        if (value instanceof CharSequence && UUID_TEXT.matcher(value.toString()).matches()) {
            return UUID.fromString(value.toString());
        }
        if (value instanceof CharSequence) {
            throw new TypeMismatch("isUUID", "'" + abbreviate(value) + "' is not a UUID");
        }
        throw mismatch(type, value);
    }

    private List<Object> toList(DataType type, Object value) {
        List<Object> out = new ArrayList<>();
        if (value instanceof Collection) {
            for (Object element : (Collection<?>) value) {
                out.add(coerce(type.element(), element));
            }
        } else if (value.getClass().isArray() && !(value instanceof byte[])) {
            int length = Array.getLength(value);
            for (int i = 0; i < length; i++) {
                out.add(coerce(type.element(), Array.get(value, i)));
            }
        } else {
            throw mismatch(type, value);
        }
        return out;
    }
}
