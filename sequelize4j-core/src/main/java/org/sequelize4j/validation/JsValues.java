package org.sequelize4j.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * JavaScript value semantics that Sequelize's validators depend on: {@code String(value)},
 * {@code Number(string)}, {@code parseFloat}, truthiness, loose comparison and {@code String.prototype.trim}.
 *
 * <p>Sequelize converts every attribute value with {@code String(value)} before a built-in validator
 * sees it, and several validators then compare that string with their arguments using JavaScript's
 * relational operators. Reproducing those conversions in one place keeps the validators themselves
 * close to the code they port.
 */
public final class JsValues {

    private JsValues() {
    }

    /**
     * Tells whether a UTF-16 code unit is JavaScript white space or a line terminator.
     *
     * @param c the code unit
     * @return {@code true} for the characters removed by JavaScript's {@code trim()}
     */
    public static boolean isWhitespace(char c) {
        switch (c) {
            case '\t': case '\n': case 0x0B: case '\f': case '\r': case ' ':
            case 0x00A0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
            case 0x3000: case 0xFEFF:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200A;
        }
    }

    /**
     * Removes leading and trailing white space as JavaScript's {@code String.prototype.trim} does;
     * {@link String#strip()} differs (it keeps U+00A0 and U+FEFF, and drops U+001C to U+001F).
     *
     * @param s the string
     * @return the trimmed string
     */
    public static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /**
     * Converts a Java value to the string JavaScript's {@code String(value)} would give for the
     * equivalent JavaScript value, which is what Sequelize hands to its built-in validators.
     *
     * <ul>
     *   <li>{@code null} becomes {@code "null"}; booleans {@code "true"}/{@code "false"}.</li>
     *   <li>{@link Double} and {@link Float} follow JavaScript's Number-to-String rules
     *       ({@code 1.0 -> "1"}, {@code 1e21 -> "1e+21"}, {@code NaN -> "NaN"}); a float is widened
     *       to a double first, as JavaScript has only doubles.</li>
     *   <li>Integral types print their exact decimal digits (as a JavaScript BigInt would);
     *       {@link BigDecimal} prints its plain digits, like the strings Sequelize returns for DECIMAL.</li>
     *   <li>Collections and arrays are joined with {@code ","}, with {@code null} elements empty,
     *       as {@code Array.prototype.join} does; maps become {@code "[object Object]"}.</li>
     *   <li>{@link java.util.Date}, {@link Instant}, {@link ZonedDateTime} and
     *       {@link OffsetDateTime} use the format of JavaScript's {@code Date.prototype.toString} in
     *       the JVM's default time zone, e.g. {@code "Sat Nov 05 2011 14:48:00 GMT+0000 (Coordinated
     *       Universal Time)"}; {@code byte[]} is decoded as UTF-8 like a Node {@code Buffer}.</li>
     *   <li>Anything else uses {@link Object#toString()} (e.g. UUID, LocalDate in ISO form).</li>
     * </ul>
     *
     * @param value the value, may be {@code null}
     * @return the JavaScript string form
     */
    public static String toJsString(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return (String) value;
        }
        if (value instanceof Double || value instanceof Float) {
            return numberToString(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof CharSequence || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof byte[]) {
            return new String((byte[]) value, StandardCharsets.UTF_8);
        }
        if (value instanceof Object[]) {
            return join(List.of((Object[]) value).iterator());
        }
        if (value instanceof Collection) {
            return join(((Collection<?>) value).iterator());
        }
        if (value instanceof Map) {
            return "[object Object]";
        }
        if (value instanceof java.util.Date) {
            return dateToString(((java.util.Date) value).toInstant(), ZoneId.systemDefault());
        }
        if (value instanceof Instant) {
            return dateToString((Instant) value, ZoneId.systemDefault());
        }
        if (value instanceof ZonedDateTime) {
            return dateToString(((ZonedDateTime) value).toInstant(), ZoneId.systemDefault());
        }
        if (value instanceof OffsetDateTime) {
            return dateToString(((OffsetDateTime) value).toInstant(), ZoneId.systemDefault());
        }
        if (value instanceof Enum) {
            return ((Enum<?>) value).name();
        }
        return value.toString();
    }

    private static String join(Iterator<?> it) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        while (it.hasNext()) {
            Object element = it.next();
            if (!first) {
                sb.append(',');
            }
            first = false;
            if (element != null) {
                sb.append(toJsString(element));
            }
        }
        return sb.toString();
    }

    /**
     * Formats an instant as JavaScript's {@code Date.prototype.toString} does in the given zone.
     * The zone's long English name stands in for the ICU name Node prints in parentheses; the
     * date parsers ignore that part, so the difference never changes a validation result.
     *
     * @param instant the instant
     * @param zone the zone to render in
     * @return e.g. {@code "Sat Nov 05 2011 14:48:00 GMT+0000 (Coordinated Universal Time)"}
     */
    public static String dateToString(Instant instant, ZoneId zone) {
        ZonedDateTime t = instant.atZone(zone);
        int offsetMinutes = t.getOffset().getTotalSeconds() / 60;
        char sign = offsetMinutes < 0 ? '-' : '+';
        int abs = Math.abs(offsetMinutes);
        int year = t.getYear();
        // V8 prints "%04d", which gives "-0001" for negative years and five digits past 9999.
        String yearText = String.format(Locale.ROOT, year < 0 ? "%05d" : "%04d", year);
        boolean dst = zone.getRules().isDaylightSavings(instant);
        String zoneName = TimeZone.getTimeZone(zone).getDisplayName(dst, TimeZone.LONG, Locale.US);
        return String.format(Locale.ROOT, "%s %s %02d %s %02d:%02d:%02d GMT%c%02d%02d (%s)",
                t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US),
                t.getMonth().getDisplayName(TextStyle.SHORT, Locale.US),
                t.getDayOfMonth(), yearText, t.getHour(), t.getMinute(), t.getSecond(),
                sign, abs / 60, abs % 60, zoneName);
    }

    /**
     * The string validator.js's internal {@code toString} helper makes of a list element
     * (used by {@code isIn} and {@code contains}): like {@code String(x)} except that
     * {@code null} and NaN become the empty string.
     */
    static String validatorToString(Object value) {
        if (value == null) {
            return "";
        }
        if ((value instanceof Double || value instanceof Float) && Double.isNaN(((Number) value).doubleValue())) {
            return "";
        }
        return toJsString(value);
    }

    /**
     * Formats a double exactly as JavaScript's {@code Number.prototype.toString()} does: the
     * shortest digit string that reads back as the same double, in plain notation for exponents
     * from -7 to 20 and in {@code 1.5e+21} style otherwise. (Java's {@link Double#toString(double)}
     * is neither shortest on Java 17 nor formatted the same way.)
     *
     * @param d the number
     * @return its JavaScript string form
     */
    public static String numberToString(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (d == 0) {
            return "0";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d < 0) {
            return "-" + numberToString(-d);
        }
        BigDecimal shortest = shortestDecimal(d).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int e = n - 1;
        String exponent = (e < 0 ? "e-" : "e+") + Math.abs(e);
        return k == 1 ? digits + exponent : digits.charAt(0) + "." + digits.substring(1) + exponent;
    }

    private static BigDecimal shortestDecimal(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (nearest.doubleValue() == d) {
                return nearest;
            }
            // Next to a power of two the rounding interval is lopsided, so a neighbour of the
            // nearest candidate can round-trip when the nearest itself does not.
            BigDecimal step = nearest.ulp();
            BigDecimal up = nearest.add(step);
            BigDecimal down = nearest.subtract(step);
            boolean upOk = up.doubleValue() == d;
            boolean downOk = down.doubleValue() == d;
            if (upOk && downOk) {
                return up.subtract(exact).abs().compareTo(exact.subtract(down).abs()) <= 0 ? up : down;
            }
            if (upOk) {
                return up;
            }
            if (downOk) {
                return down;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    /**
     * JavaScript's global {@code parseFloat}: skips leading white space, then reads the longest
     * prefix that is a decimal literal (or {@code Infinity}), ignoring whatever follows.
     * {@code "23abc"} gives 23, {@code "abc"} and {@code ""} give NaN, and hexadecimal is not read
     * ({@code "0x1A"} gives 0).
     *
     * @param s the string
     * @return the parsed number, or NaN
     */
    public static double parseFloat(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && isWhitespace(s.charAt(i))) {
            i++;
        }
        int start = i;
        int end = scanDecimalLiteral(s, i);
        if (end < 0) {
            return Double.NaN;
        }
        return decimalValue(s.substring(start, end));
    }

    /**
     * Returns the end of the longest StrDecimalLiteral starting at {@code i} (sign, digits, point,
     * exponent, or Infinity), or -1 if there is none.
     */
    private static int scanDecimalLiteral(String s, int i) {
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (s.startsWith("Infinity", i)) {
            return i + 8;
        }
        int intStart = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        boolean digits = i > intStart;
        if (i < n && s.charAt(i) == '.') {
            int fracStart = i + 1;
            int j = fracStart;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
            if (digits || j > fracStart) {
                digits = true;
                i = j;
            }
        }
        if (!digits) {
            return -1;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int expStart = j;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
            if (j > expStart) {
                i = j;
            }
        }
        return i;
    }

    private static double decimalValue(String literal) {
        if (literal.endsWith("Infinity")) {
            return literal.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        // Double.parseDouble is correctly rounded like JavaScript and accepts "1." and ".5".
        return Double.parseDouble(literal);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * JavaScript's {@code Number(string)}: the whole string, trimmed, must be a numeric literal.
     * The empty string gives 0; {@code 0x}, {@code 0o} and {@code 0b} prefixes are read without a
     * sign; anything else gives NaN.
     *
     * @param s the string
     * @return the number, or NaN
     */
    public static double toNumber(String s) {
        String t = trim(s);
        if (t.isEmpty()) {
            return 0;
        }
        if (t.length() > 2 && t.charAt(0) == '0') {
            char p = Character.toLowerCase(t.charAt(1));
            int radix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (radix != 0) {
                String body = t.substring(2);
                for (int i = 0; i < body.length(); i++) {
                    if (Character.digit(body.charAt(i), radix) < 0 || body.charAt(i) > 'z') {
                        return Double.NaN;
                    }
                }
                return new BigInteger(body, radix).doubleValue();
            }
        }
        int end = scanDecimalLiteral(t, 0);
        if (end != t.length()) {
            return Double.NaN;
        }
        return decimalValue(t);
    }

    /**
     * JavaScript's ToNumber for the JSON-like argument values the validators accept.
     *
     * @throws IllegalArgumentException for lists, maps and other objects
     */
    static double toNumber(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Number) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof Boolean) {
            return ((Boolean) value) ? 1 : 0;
        }
        if (value instanceof String) {
            return toNumber((String) value);
        }
        throw new IllegalArgumentException("cannot convert " + describe(value) + " to a number");
    }

    /** JavaScript truthiness for JSON-like values (maps, lists and other objects are truthy). */
    static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        if (value instanceof String) {
            return !((String) value).isEmpty();
        }
        if (value instanceof Number) {
            double d = ((Number) value).doubleValue();
            return d != 0 && !Double.isNaN(d);
        }
        return true;
    }

    /**
     * The result of JavaScript's {@code a < b} (or, with {@code orEqual}, {@code a <= b}) where
     * {@code a} is a string: two strings compare by UTF-16 code units, anything else numerically.
     */
    static boolean stringLessThan(String a, Object b, boolean orEqual) {
        if (b instanceof String) {
            int c = a.compareTo((String) b);
            return orEqual ? c <= 0 : c < 0;
        }
        double x = toNumber(a);
        double y = toNumber(b);
        return orEqual ? x <= y : x < y;
    }

    /** JavaScript's {@code a > b} / {@code a >= b} where {@code a} is a string. */
    static boolean stringGreaterThan(String a, Object b, boolean orEqual) {
        if (b instanceof String) {
            int c = a.compareTo((String) b);
            return orEqual ? c >= 0 : c > 0;
        }
        double x = toNumber(a);
        double y = toNumber(b);
        return orEqual ? x >= y : x > y;
    }

    /** Names a value's JSON-like type for error messages. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "string \"" + value + "\"";
        }
        if (value instanceof Number) {
            return "number " + value;
        }
        if (value instanceof Boolean) {
            return "boolean " + value;
        }
        if (value instanceof List) {
            return "list " + value;
        }
        if (value instanceof Map) {
            return "object " + value;
        }
        return value.getClass().getSimpleName() + " " + value;
    }
}
