package org.sequelize4j.validation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Numeric-format validators as Sequelize 6.37.8 runs them: {@code isNumeric}, {@code isInt},
 * {@code isFloat}, {@code isDecimal} (Sequelize's own version), {@code min} and {@code max}
 * (Sequelize's, which read the value with JavaScript's {@code parseFloat}), and
 * validator.js's {@code isPort}.
 *
 * <p>None of these accept surrounding white space, thousands separators, hexadecimal, or
 * non-ASCII digits. Stateless and thread-safe.
 */
public final class NumberValidators {

    private static final Pattern INT = Pattern.compile("[-+]?(?:0|[1-9][0-9]*)");
    private static final Pattern INT_LEADING_ZEROES = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern NUMERIC_NO_SYMBOLS = Pattern.compile("[0-9]+");
    /** Sequelize's isDecimal: {@code /^(?:-?(?:[0-9]+))?(?:\.[0-9]*)?(?:[eE][+-]?(?:[0-9]+))?$/}. */
    private static final Pattern SEQUELIZE_DECIMAL = Pattern.compile("(?:-?[0-9]+)?(?:\\.[0-9]*)?(?:[eE][+-]?[0-9]+)?");
    private static final Map<Character, Pattern> NUMERIC = new ConcurrentHashMap<>();
    private static final Map<Character, Pattern> FLOAT = new ConcurrentHashMap<>();

    static {
        for (char separator : new char[] {'.', ',', '\u066B'}) {
            String sep = "\\x{" + Integer.toHexString(separator) + "}";
            NUMERIC.put(separator, Pattern.compile("[+-]?(?:[0-9]*[" + sep + "])?[0-9]+"));
            FLOAT.put(separator, Pattern.compile("[-+]?(?:[0-9]+)?(?:" + sep + "[0-9]*)?(?:[eE][+-]?[0-9]+)?"));
        }
    }

    private NumberValidators() {
    }

    /**
     * Sequelize's {@code isNumeric}: optional sign, optional digits and a dot, then digits
     * ({@code "-00123"}, {@code ".5"}, {@code "+1"}; not {@code "1e3"} or {@code "1."}).
     *
     * @param str the value string
     * @return whether it is numeric
     */
    public static boolean isNumeric(String str) {
        return NUMERIC.get('.').matcher(str).matches();
    }

    /**
     * Sequelize's {@code isNumeric} with its options.
     *
     * @param str the value string
     * @param noSymbols {@code no_symbols}: digits only, no sign or separator
     * @param locale {@code locale} for the decimal separator, or {@code null} for a dot
     * @return whether it is numeric
     * @throws IllegalArgumentException for a locale validator.js does not know
     */
    public static boolean isNumeric(String str, boolean noSymbols, String locale) {
        if (noSymbols) {
            return NUMERIC_NO_SYMBOLS.matcher(str).matches();
        }
        return NUMERIC.get(separator("isNumeric", locale)).matcher(str).matches();
    }

    static char separator(String validator, String locale) {
        if (locale == null || locale.isEmpty()) {
            return '.';
        }
        Character c = AlphaLocales.decimal(locale);
        if (c == null) {
            throw new IllegalArgumentException(validator + ": invalid locale '" + locale + "'");
        }
        return c;
    }

    /**
     * Sequelize's {@code isInt} with default options: optional sign and ASCII digits, leading
     * zeros allowed.
     *
     * @param str the value string
     * @return whether it is an integer
     */
    public static boolean isInt(String str) {
        return INT_LEADING_ZEROES.matcher(str).matches();
    }

    /**
     * Sequelize's {@code isInt} with validator.js's options {@code min}, {@code max},
     * {@code lt}, {@code gt} and {@code allow_leading_zeroes}. A bound compares as JavaScript's
     * {@code str >= bound} does: numerically for a number bound, but character by character for
     * a string bound (so {@code "9" >= "10"}); a {@code null} bound is ignored.
     *
     * @param str the value string
     * @param options the options map, or {@code null}
     * @return whether it is an integer within the bounds
     */
    public static boolean isInt(String str, Map<String, ?> options) {
        ValidatorOptions o = ValidatorOptions.of(options);
        Pattern regex = o.isFalse("allow_leading_zeroes") ? INT : INT_LEADING_ZEROES;
        boolean min = !o.hasOwn("min") || o.get("min") == null || JsValues.stringGreaterThan(str, o.get("min"), true);
        boolean max = !o.hasOwn("max") || o.get("max") == null || JsValues.stringLessThan(str, o.get("max"), true);
        boolean lt = !o.hasOwn("lt") || o.get("lt") == null || JsValues.stringLessThan(str, o.get("lt"), false);
        boolean gt = !o.hasOwn("gt") || o.get("gt") == null || JsValues.stringGreaterThan(str, o.get("gt"), false);
        return regex.matcher(str).matches() && min && max && lt && gt;
    }

    /**
     * Sequelize's {@code isInt} with numeric bounds.
     *
     * @param str the value string
     * @param min the smallest allowed value, or {@code null}
     * @param max the largest allowed value, or {@code null}
     * @return whether it is an integer within the bounds
     */
    public static boolean isInt(String str, Long min, Long max) {
        if (!isInt(str)) {
            return false;
        }
        double value = JsValues.toNumber(str);
        return (min == null || value >= min) && (max == null || value <= max);
    }

    /**
     * validator.js's {@code isPort}: an integer 0 to 65535 without leading zeros.
     *
     * @param str the value string
     * @return whether it is a port number
     */
    public static boolean isPort(String str) {
        return isInt(str, Map.of("allow_leading_zeroes", false, "min", 0, "max", 65535));
    }

    /**
     * Sequelize's {@code isFloat} with default options: a decimal number with optional sign,
     * fraction and exponent ({@code "1e3"}, {@code "3."}, {@code ".5"}); not {@code "."},
     * {@code "Infinity"} or hexadecimal.
     *
     * @param str the value string
     * @return whether it is a float
     */
    public static boolean isFloat(String str) {
        return isFloat(str, null);
    }

    /**
     * Sequelize's {@code isFloat} with validator.js's options {@code min}, {@code max},
     * {@code lt}, {@code gt} (compared with the value read by {@code parseFloat}) and
     * {@code locale} (decimal separator).
     *
     * @param str the value string
     * @param options the options map, or {@code null}
     * @return whether it is a float within the bounds
     * @throws IllegalArgumentException for an unknown locale
     */
    public static boolean isFloat(String str, Map<String, ?> options) {
        ValidatorOptions o = ValidatorOptions.of(options);
        Object locale = o.get("locale");
        char separator = JsValues.truthy(locale) ? separator("isFloat", JsValues.toJsString(locale)) : '.';
        if (str.isEmpty() || str.equals(".") || str.equals(",") || str.equals("-") || str.equals("+")) {
            return false;
        }
        // str.replace(',', '.') in JavaScript replaces only the first comma
        int comma = str.indexOf(',');
        double value = JsValues.parseFloat(comma < 0 ? str : str.substring(0, comma) + '.' + str.substring(comma + 1));
        return FLOAT.get(separator).matcher(str).matches()
                && bound(o, "min", value, 1, true) && bound(o, "max", value, -1, true)
                && bound(o, "lt", value, -1, false) && bound(o, "gt", value, 1, false);
    }

    /** A float bound: absent or null passes, otherwise compare numerically in the given direction. */
    private static boolean bound(ValidatorOptions o, String key, double value, int direction, boolean orEqual) {
        if (!o.hasOwn(key) || o.get(key) == null) {
            return true;
        }
        double limit = JsValues.toNumber(o.get(key));
        if (direction > 0) {
            return orEqual ? value >= limit : value > limit;
        }
        return orEqual ? value <= limit : value < limit;
    }

    /**
     * Sequelize's {@code isFloat} with numeric bounds.
     *
     * @param str the value string
     * @param min the smallest allowed value, or {@code null}
     * @param max the largest allowed value, or {@code null}
     * @return whether it is a float within the bounds
     */
    public static boolean isFloat(String str, Double min, Double max) {
        if (!isFloat(str)) {
            return false;
        }
        double value = JsValues.parseFloat(str);
        return (min == null || value >= min) && (max == null || value <= max);
    }

    /**
     * Sequelize's own {@code isDecimal} (it replaces validator.js's and ignores options):
     * optional {@code -} and digits, optional {@code .} and digits, optional exponent. Quirks
     * kept from Sequelize: {@code "."} and {@code "e1"} pass, {@code "+1"} and {@code "-.5e-3"}
     * fail.
     *
     * @param str the value string
     * @return whether Sequelize considers it a decimal
     */
    public static boolean isDecimal(String str) {
        return !str.isEmpty() && SEQUELIZE_DECIMAL.matcher(str).matches();
    }

    /**
     * Sequelize's {@code min}: the number JavaScript's {@code parseFloat} reads from the start
     * of the value is at least {@code min}. A value with no leading number passes, since
     * Sequelize accepts NaN ({@code "abc"} and {@code ""} pass; {@code "23abc"} reads as 23).
     *
     * @param str the value string
     * @param min the lower bound
     * @return whether the value is not below the bound
     */
    public static boolean min(String str, double min) {
        double number = JsValues.parseFloat(str);
        return Double.isNaN(number) || number >= min;
    }

    /**
     * Sequelize's {@code max}: like {@link #min(String, double)} with an upper bound.
     *
     * @param str the value string
     * @param max the upper bound
     * @return whether the value is not above the bound
     */
    public static boolean max(String str, double max) {
        double number = JsValues.parseFloat(str);
        return Double.isNaN(number) || number <= max;
    }
}
