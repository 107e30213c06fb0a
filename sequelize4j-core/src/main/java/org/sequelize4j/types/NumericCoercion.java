package org.sequelize4j.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.sequelize4j.DataType;

/**
 * The numeric half of {@link TypeCoercion}: integers, floats and decimals, checked so that a value the
 * column cannot hold exactly is refused rather than rounded, overflowed or turned into zero.
 *
 * <p>Every check is bounded by the column's size before any big arithmetic: text is scanned once for
 * its significant digits and exponent, and a value with more digits than any column holds is refused
 * without ever being parsed into a {@code BigInteger} (parsing 300,000 digits takes seconds, and
 * {@code 1E+10000000} written out in full takes ten megabytes).
 */
final class NumericCoercion {

    /** The most significant digits a decimal may have: no database declares more (PostgreSQL's NUMERIC(1000)). */
    static final int MAX_DECIMAL_DIGITS = 1000;
    /** Bits of an unscaled value beyond which a BigDecimal or BigInteger is refused unexamined (~1,200 digits). */
    private static final int MAX_BITS = 4000;
    /** No integer type holds more digits than this (2^64 - 1 has 20). */
    private static final int MAX_INTEGER_DIGITS = 20;

    private final TypeLimits limits;

    NumericCoercion(TypeLimits limits) {
        this.limits = limits;
    }

    private static TypeMismatch notWhole(Object value) {
        return new TypeMismatch("isInt", Quoting.quote(value) + " is not a whole number");
    }

    private static TypeMismatch outOfRange(DataType type, Object value) {
        return new TypeMismatch("range", Quoting.quote(value) + " is outside the range of " + type);
    }

    // ---- integers ----------------------------------------------------------------------------

    private static BigInteger integralValue(DataType type, Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger) {
            BigInteger v = (BigInteger) value;
            if (v.bitLength() > 64) {
                throw outOfRange(type, value);
            }
            return v;
        }
        if (value instanceof BigDecimal) {
            BigDecimal d = (BigDecimal) value;
            if (d.unscaledValue().bitLength() > MAX_BITS) {
                throw outOfRange(type, value);
            }
            if (d.signum() != 0 && d.precision() - (long) d.scale() <= 0) {
                throw notWhole(value); // 0 < |d| < 1, however many zeros its scale puts after the point
            }
            if (d.precision() - (long) d.scale() > MAX_INTEGER_DIGITS) {
                throw outOfRange(type, value); // before toBigIntegerExact writes 1E+10000000 out in full
            }
            try {
                return d.toBigIntegerExact();
            } catch (ArithmeticException e) {
                throw notWhole(value);
            }
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d) || d != Math.rint(d)) {
                throw notWhole(value);
            }
            if (Math.abs(d) >= 0x1p64) {
                throw outOfRange(type, value);
            }
            return new BigDecimal(d).toBigIntegerExact();
        }
        if (value instanceof CharSequence) {
            return integerText(type, value.toString().trim(), value);
        }
        throw TypeCoercion.mismatch(type, value);
    }

    /** {@code [+-]digits}, refused by its length before it is parsed. */
    private static BigInteger integerText(DataType type, String s, Object value) {
        int start = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
        if (start == s.length()) {
            throw notWhole(value);
        }
        int firstSignificant = -1;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw notWhole(value);
            }
            if (firstSignificant < 0 && c != '0') {
                firstSignificant = i;
            }
        }
        if (firstSignificant < 0) {
            return BigInteger.ZERO;
        }
        if (s.length() - firstSignificant > MAX_INTEGER_DIGITS) {
            throw outOfRange(type, value);
        }
        BigInteger v = new BigInteger(s.substring(firstSignificant));
        return s.charAt(0) == '-' ? v.negate() : v;
    }

    Object toInteger(DataType type, Object value) {
        if (value instanceof Integer && type.kind() != DataType.Kind.BIGINT && !type.isUnsigned()) {
            if (type.kind() != DataType.Kind.INTEGER) {
                checkRange(type, BigInteger.valueOf((Integer) value));
            }
            return value;
        }
        if (value instanceof Long && type.kind() == DataType.Kind.BIGINT && !type.isUnsigned()) {
            return value;
        }
        BigInteger v = integralValue(type, value);
        checkRange(type, v);
        limits.checkInteger(type, v);
        Class<?> target = type.javaType();
        if (target == Integer.class) {
            return v.intValue();
        }
        if (target == Long.class) {
            return v.longValue();
        }
        return v;
    }

    /** The smallest value of an integer type. */
    static BigInteger min(DataType type) {
        return type.isUnsigned() ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(type.kind().integerBits() - 1).negate();
    }

    /** The largest value of an integer type. */
    static BigInteger max(DataType type) {
        int bits = type.kind().integerBits();
        return BigInteger.ONE.shiftLeft(type.isUnsigned() ? bits : bits - 1).subtract(BigInteger.ONE);
    }

    private static void checkRange(DataType type, BigInteger v) {
        BigInteger min = min(type);
        BigInteger max = max(type);
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            throw new TypeMismatch("range", v + " is outside the range of " + type + " (" + min + " to " + max + ")");
        }
    }

    // ---- floating point ----------------------------------------------------------------------

    /**
     * The double a value denotes. Text and big numbers beyond the double range are refused rather than
     * becoming Infinity (1e400) or zero (1E-400); a Java double or float is taken as it is.
     */
    static double toDouble(DataType type, Object value) {
        if (value instanceof Double || value instanceof Float) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof Number) {
            if (value instanceof BigDecimal && ((BigDecimal) value).unscaledValue().bitLength() > MAX_BITS
                    || value instanceof BigInteger && ((BigInteger) value).bitLength() > MAX_BITS) {
                throw outOfRange(type, value);
            }
            double d = ((Number) value).doubleValue();
            boolean zero = value instanceof BigDecimal ? ((BigDecimal) value).signum() == 0
                    : value instanceof BigInteger ? ((BigInteger) value).signum() == 0 : d == 0;
            return checkDoubleRange(type, d, zero, value);
        }
        if (value instanceof CharSequence) {
            String s = value.toString().trim();
            double d;
            try {
                d = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new TypeMismatch("isFloat", Quoting.quote(value) + " is not a number");
            }
            if (Double.isNaN(d) || s.endsWith("Infinity")) {
                return d; // written as NaN or Infinity on purpose: the database's limits decide
            }
            return checkDoubleRange(type, d, zeroMantissa(s), value);
        }
        throw TypeCoercion.mismatch(type, value);
    }

    private static double checkDoubleRange(DataType type, double d, boolean zero, Object value) {
        if (Double.isInfinite(d)) {
            throw new TypeMismatch("range", Quoting.quote(value) + " is beyond the range of " + type
                    + " (about 1.8E308) and would be stored as Infinity");
        }
        if (d == 0 && !zero) {
            throw new TypeMismatch("range", Quoting.quote(value) + " is too small for " + type
                    + " (below about 4.9E-324) and would be stored as 0");
        }
        return d;
    }

    /** Whether number text (already parsed by Double.parseDouble) has no digit 1-9 before its exponent. */
    private static boolean zeroMantissa(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E' || c == 'p' || c == 'P') {
                return true;
            }
            if (c >= '1' && c <= '9' || c >= 'a' && c <= 'f' && s.contains("x")) {
                return false;
            }
        }
        return true;
    }

    Object toFloat(DataType type, Object value) {
        double d = toDouble(type, value);
        if (type.precision() != null && type.precision() > 24) {
            return checkFinite(d);
        }
        checkFinite(d);
        float f = (float) d;
        if (Double.isFinite(d) && Float.isInfinite(f)) {
            throw new TypeMismatch("range", Quoting.quote(value) + " is outside the range of " + type);
        }
        if (f == 0 && d != 0) {
            throw new TypeMismatch("range", Quoting.quote(value) + " is too small for " + type
                    + " (below about 1.4E-45) and would be stored as 0");
        }
        return f;
    }

    double checkFinite(double d) {
        if (!Double.isFinite(d) && !limits.allowsNonFiniteFloats()) {
            throw new TypeMismatch("isFloat", d + " cannot be stored: the database has no NaN or Infinity");
        }
        return d;
    }

    // ---- decimals ----------------------------------------------------------------------------

    BigDecimal toDecimal(DataType type, Object value) {
        BigDecimal d;
        if (value instanceof BigDecimal) {
            d = (BigDecimal) value;
            if (d.unscaledValue().bitLength() > MAX_BITS) {
                throw tooManyDigits(type, value);
            }
        } else if (value instanceof BigInteger) {
            if (((BigInteger) value).bitLength() > MAX_BITS) {
                throw tooManyDigits(type, value);
            }
            d = new BigDecimal((BigInteger) value);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            d = BigDecimal.valueOf(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            double v = ((Number) value).doubleValue();
            if (!Double.isFinite(v)) {
                throw new TypeMismatch("isDecimal", v + " is not a decimal number");
            }
            // The shortest decimal that reads back as this double, so 0.1 means 0.1.
            d = new BigDecimal(Double.toString(v));
        } else if (value instanceof CharSequence) {
            d = decimalText(type, value.toString().trim(), value);
        } else {
            throw TypeCoercion.mismatch(type, value);
        }
        BigDecimal stripped = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        if (stripped.precision() > MAX_DECIMAL_DIGITS) {
            throw tooManyDigits(type, value);
        }
        if (type.precision() == null || type.precision() == 0) {
            limits.checkDecimal(type, d);
            return d;
        }
        int scale = type.scale() == null ? 0 : type.scale();
        if (stripped.scale() > scale) {
            throw new TypeMismatch("isDecimal", plain(d) + " has more than " + scale
                    + " decimal places; DECIMAL(" + type.precision() + "," + scale + ") would round it");
        }
        // Integer digits from precision and scale alone: setScale would write 1E+10000000 out in full.
        if (stripped.signum() != 0 && (long) stripped.precision() - stripped.scale() > type.precision() - scale) {
            throw new TypeMismatch("range", plain(d) + " has too many digits for DECIMAL("
                    + type.precision() + "," + scale + ")");
        }
        BigDecimal exact = stripped.setScale(scale);
        // The database's own limits last, so a value that breaks the declared type fails alike everywhere.
        limits.checkDecimal(type, exact);
        return exact;
    }

    /** The decimal written out in full when that is short, else abbreviated. */
    private static String plain(BigDecimal d) {
        return d.precision() <= Quoting.MAX && Math.abs((long) d.scale()) <= Quoting.MAX ? d.toPlainString()
                : Quoting.abbreviate(d);
    }

    private static TypeMismatch tooManyDigits(DataType type, Object value) {
        return new TypeMismatch("range", Quoting.quote(value) + " has more than " + MAX_DECIMAL_DIGITS
                + " significant digits, more than " + type + " holds");
    }

    /**
     * Decimal text ({@code [+-]digits[.digits][e[+-]digits]}), scanned once: leading zeros and trailing
     * zeros are counted, not parsed, so the BigDecimal built has only the significant digits and a
     * value with more of them than any column holds is refused unparsed.
     */
    private static BigDecimal decimalText(DataType type, String s, Object value) {
        int i = 0;
        int n = s.length();
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        StringBuilder digits = new StringBuilder();
        long scale = 0;
        int trailingZeros = 0;
        boolean anyDigit = false;
        boolean point = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.' && !point) {
                point = true;
                continue;
            }
            if (c < '0' || c > '9') {
                break;
            }
            anyDigit = true;
            if (point) {
                scale++;
            }
            if (c == '0') {
                if (digits.length() > 0) {
                    trailingZeros++;
                }
                continue;
            }
            if (digits.length() + trailingZeros >= MAX_DECIMAL_DIGITS) {
                throw tooManyDigits(type, value);
            }
            for (; trailingZeros > 0; trailingZeros--) {
                digits.append('0');
            }
            digits.append(c);
        }
        if (!anyDigit) {
            throw notDecimal(value);
        }
        if (i < n) {
            if (s.charAt(i) != 'e' && s.charAt(i) != 'E' || ++i == n) {
                throw notDecimal(value);
            }
            boolean negativeExponent = s.charAt(i) == '-';
            if (s.charAt(i) == '+' || s.charAt(i) == '-') {
                i++;
            }
            long exponent = 0;
            if (i == n) {
                throw notDecimal(value);
            }
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    throw notDecimal(value);
                }
                exponent = Math.min(exponent * 10 + (c - '0'), 1_000_000_000_000L);
            }
            scale += negativeExponent ? exponent : -exponent;
        }
        if (digits.length() == 0) {
            return BigDecimal.ZERO;
        }
        if (digits.length() + trailingZeros <= MAX_DECIMAL_DIGITS) {
            digits.append("0".repeat(trailingZeros)); // kept, so "1.50" keeps its scale
        } else {
            scale -= trailingZeros; // folded into the scale rather than written out
        }
        if (scale > Integer.MAX_VALUE / 2 || scale < Integer.MIN_VALUE / 2) {
            throw new TypeMismatch("range", Quoting.quote(value) + " is outside the range of " + type);
        }
        BigInteger unscaled = new BigInteger(digits.toString());
        return new BigDecimal(negative ? unscaled.negate() : unscaled, (int) scale);
    }

    private static TypeMismatch notDecimal(Object value) {
        return new TypeMismatch("isDecimal", Quoting.quote(value) + " is not a decimal number");
    }
}
