package org.sequelize4j.types;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Values as error messages quote them: at most {@value #MAX} characters, then an ellipsis. A value of
 * a million characters must not make a message of a million characters, and quoting must not cost more
 * than refusing (the decimal text of a huge {@code BigInteger} takes seconds to produce).
 */
public final class Quoting {

    /** The most characters of a value a message quotes. */
    public static final int MAX = 100;

    private Quoting() {
    }

    /** The value's text, cut to {@value #MAX} characters with an ellipsis. */
    public static String abbreviate(Object value) {
        if (value instanceof BigInteger && ((BigInteger) value).bitLength() > 4 * MAX) {
            BigInteger v = (BigInteger) value;
            return (v.signum() < 0 ? "-" : "") + "an integer of about " + (long) (v.bitLength() * 0.30103) + " digits";
        }
        if (value instanceof BigDecimal && ((BigDecimal) value).unscaledValue().bitLength() > 4 * MAX) {
            BigDecimal v = (BigDecimal) value;
            return (v.signum() < 0 ? "-" : "") + "a decimal of about " + (long) (v.unscaledValue().bitLength() * 0.30103)
                    + " digits";
        }
        String s = value instanceof byte[] ? "byte[" + ((byte[]) value).length + "]" : String.valueOf(value);
        return s.length() > MAX ? s.substring(0, MAX) + "…" : s;
    }

    /** The abbreviated value in single quotes, for messages. */
    public static String quote(Object value) {
        return value == null ? "NULL" : "'" + abbreviate(value) + "'";
    }
}
