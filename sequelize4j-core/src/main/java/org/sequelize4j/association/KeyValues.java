package org.sequelize4j.association;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.UUID;
import org.sequelize4j.DataType;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.errors.QueryError;

/**
 * Key values given by callers, made comparable with the ones read from the database: integers of any
 * Java type (and their text) become one canonical box ({@code Integer} where the value fits an int,
 * else {@code Long}), a UUID's text becomes its {@code UUID}. Without this a
 * key given as {@code "7"} would not be the row read back as {@code 7} — a pair linked twice, or a
 * target unlinked that was meant to stay.
 */
final class KeyValues {

    private KeyValues() {
    }

    /** {@code value} in the form of {@code attribute}'s values; a value that cannot be one is a {@link QueryError}. */
    static Object convert(Object value, AttributeDefinition attribute, String association) {
        if (value == null || attribute == null) {
            return value;
        }
        DataType.Kind kind = attribute.type().kind();
        try {
            if (kind.isInteger()) {
                if (value instanceof String) {
                    return comparable(Long.parseLong(((String) value).trim()));
                }
                Object integral = comparable(value);
                if (value instanceof BigDecimal) {
                    return comparable(((BigDecimal) value).longValueExact());
                }
                return integral;
            }
            if (kind == DataType.Kind.UUID && value instanceof String) {
                return UUID.fromString(((String) value).trim());
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new QueryError("Association '" + association + "': " + value + " is not a value of "
                    + attribute.name() + " (" + attribute.type() + ")");
        } catch (IllegalArgumentException e) {
            throw new QueryError("Association '" + association + "': " + value + " is not a UUID (" + attribute.name()
                    + ")");
        }
        return value;
    }

    /**
     * A value for comparing keys: integers of every Java type in one box, an {@code Integer} where the
     * value fits an int (so that the keys of INTEGER columns, read as Integers, are used as they are,
     * with no box made per row), else a {@code Long}.
     */
    static Object comparable(Object part) {
        if (part instanceof Integer) {
            return part;
        }
        if (part instanceof Long) {
            long value = (Long) part;
            return value == (int) value ? Integer.valueOf((int) value) : part;
        }
        if (part instanceof Short || part instanceof Byte) {
            return ((Number) part).intValue();
        }
        if (part instanceof BigInteger && ((BigInteger) part).bitLength() < 64) {
            return comparable(((BigInteger) part).longValue());
        }
        return part;
    }
}
