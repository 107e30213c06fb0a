package org.sequelize4j.validation;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Sequelize's built-in attribute validators, looked up by the key used in a model's
 * {@code validate} block ({@code isEmail}, {@code len}, {@code isIn}, ...), with the results
 * Sequelize 6.37.8 gives.
 *
 * <p>{@link #test(String, String, List)} takes what Sequelize passes to
 * {@code validator[name](String(value), ...args)}:
 * <ul>
 *   <li>the value already converted with JavaScript's {@code String(value)}; see
 *       {@link JsValues#toJsString(Object)} ({@code 12.0 -> "12"}, {@code true -> "true"}, a
 *       date in JavaScript's {@code Date.toString()} form). Sequelize never runs built-in
 *       validators on {@code null}, so {@code null} is rejected here.</li>
 *   <li>the argument list after Sequelize's unwrapping of {@code args}: {@code len: [2, 10]}
 *       gives {@code [2, 10]}, {@code isIn: [['a', 'b']]} gives {@code [["a", "b"]]},
 *       {@code isUUID: 4} gives {@code [4]}, {@code isEmail: true} gives {@code [{}]}, and
 *       {@code notEmpty: true} gives {@code [true]}. Values are JSON-like: String, Number,
 *       Boolean, List, Map, {@code null}; pattern arguments may also be a {@link JsRegExp} or a
 *       {@link Pattern}.</li>
 * </ul>
 *
 * <p>Validators that take no parameters ignore their arguments, as Sequelize does (it passes
 * {@code true} or the rule's options object to them). Arguments that cannot mean anything
 * sensible, where JavaScript would throw or silently fail every value (a missing pattern, an
 * unknown locale, UUID version or credit-card provider, an unparsable comparison date, a list
 * where a number belongs, too many arguments), raise {@link IllegalArgumentException} naming the
 * validator. Stateless and thread-safe; every validator is also available as a typed method on
 * {@link NetworkValidators}, {@link StringValidators}, {@link NumberValidators},
 * {@link DateValidators}, {@link CreditCardValidator} and {@link PatternValidators}.
 */
public final class BuiltinValidators {

    /** One validator key's adapter from Sequelize's argument list to a typed check. */
    @FunctionalInterface
    private interface Rule {
        boolean test(String value, Args args);
    }

    private static final Map<String, Rule> RULES;
    private static final Set<String> NAMES;

    static {
        Map<String, Rule> r = new LinkedHashMap<>();
        // Sequelize's extensions (lib/utils/validator-extras.js)
        r.put("is", (v, a) -> regex(v, a));
        r.put("regex", (v, a) -> regex(v, a));
        r.put("not", (v, a) -> !regex(v, a));
        r.put("notRegex", (v, a) -> !regex(v, a));
        r.put("notEmpty", (v, a) -> StringValidators.notEmpty(v));
        r.put("len", BuiltinValidators::length);
        r.put("isUrl", (v, a) -> NetworkValidators.isUrl(v));
        r.put("isIPv4", (v, a) -> NetworkValidators.isIPv4(v));
        r.put("isIPv6", (v, a) -> NetworkValidators.isIPv6(v));
        r.put("notIn", (v, a) -> !isIn(v, a));
        r.put("isDecimal", (v, a) -> NumberValidators.isDecimal(v));
        r.put("min", (v, a) -> NumberValidators.min(v, a.max(1).number(0, "bound")));
        r.put("max", (v, a) -> NumberValidators.max(v, a.max(1).number(0, "bound")));
        r.put("contains", (v, a) -> contains(v, a));
        r.put("notContains", (v, a) -> !contains(v, a));
        r.put("isNull", BuiltinValidators::isEmpty);
        r.put("isDate", (v, a) -> DateValidators.isDate(v));
        r.put("notNull", (v, a) -> true);
        // validator.js
        r.put("isEmail", (v, a) -> NetworkValidators.isEmail(v, a.max(1).options(0, false)));
        r.put("isURL", (v, a) -> NetworkValidators.isURL(v, a.max(1).options(0, false)));
        r.put("isFQDN", (v, a) -> NetworkValidators.isFQDN(v, a.max(1).options(0, false)));
        r.put("isIP", BuiltinValidators::isIP);
        r.put("isAlpha", (v, a) -> alpha(v, a, true));
        r.put("isAlphanumeric", (v, a) -> alpha(v, a, false));
        r.put("isNumeric", BuiltinValidators::isNumeric);
        r.put("isInt", (v, a) -> NumberValidators.isInt(v, a.max(1).options(0, false)));
        r.put("isFloat", (v, a) -> NumberValidators.isFloat(v, a.max(1).options(0, false)));
        r.put("isPort", (v, a) -> NumberValidators.isPort(v));
        r.put("isLowercase", (v, a) -> StringValidators.isLowercase(v));
        r.put("isUppercase", (v, a) -> StringValidators.isUppercase(v));
        r.put("isAscii", (v, a) -> StringValidators.isAscii(v));
        r.put("isHexadecimal", (v, a) -> StringValidators.isHexadecimal(v));
        r.put("isOctal", (v, a) -> StringValidators.isOctal(v));
        r.put("isHexColor", (v, a) -> StringValidators.isHexColor(v,
                ValidatorOptions.of(a.max(1).options(0, false)).truthy("require_hashtag")));
        r.put("isBoolean", (v, a) -> StringValidators.isBoolean(v,
                ValidatorOptions.of(a.max(1).options(0, true)).truthy("loose")));
        r.put("isEmpty", BuiltinValidators::isEmpty);
        r.put("equals", (v, a) -> StringValidators.equals(v, a.max(1).string(0, "comparison")));
        r.put("isIn", BuiltinValidators::isIn);
        r.put("isLength", BuiltinValidators::length);
        r.put("isByteLength", BuiltinValidators::byteLength);
        r.put("isUUID", BuiltinValidators::isUUID);
        r.put("isAfter", (v, a) -> DateValidators.compare(v, comparisonDate(a), ZoneId.systemDefault()) > 0);
        r.put("isBefore", (v, a) -> DateValidators.compare(v, comparisonDate(a), ZoneId.systemDefault()) < 0);
        r.put("isCreditCard", BuiltinValidators::isCreditCard);
        r.put("isLuhnNumber", (v, a) -> CreditCardValidator.isLuhnNumber(v));
        RULES = Collections.unmodifiableMap(r);
        NAMES = Collections.unmodifiableSet(new TreeSet<>(r.keySet()));
    }

    private BuiltinValidators() {
    }

    /**
     * Runs the validator Sequelize registers under {@code validatorName}.
     *
     * @param validatorName the key from a Sequelize {@code validate} block, e.g. {@code "isEmail"}
     * @param value the attribute value as {@code String(value)}; see {@link JsValues#toJsString(Object)}
     * @param args the validator's arguments after Sequelize's unwrapping, or {@code null} for none
     * @return whether Sequelize would accept the value
     * @throws IllegalArgumentException for an unknown validator or unusable arguments
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public static boolean test(String validatorName, String value, List<?> args) {
        Rule rule = validatorName == null ? null : RULES.get(validatorName);
        if (rule == null) {
            throw new IllegalArgumentException("Unknown validator '" + validatorName + "'; known validators: " + NAMES);
        }
        Objects.requireNonNull(value, () -> validatorName
                + ": value must not be null (Sequelize does not run built-in validators on null)");
        try {
            return rule.test(value, new Args(validatorName, args == null ? List.of() : args));
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(validatorName + ":")) {
                throw e;
            }
            throw new IllegalArgumentException(validatorName + ": " + e.getMessage(), e);
        }
    }

    /**
     * Tells whether a validator key is supported.
     *
     * @param validatorName the key, e.g. {@code "isUUID"}
     * @return {@code true} if {@link #test(String, String, List)} knows it
     */
    public static boolean isKnown(String validatorName) {
        return validatorName != null && RULES.containsKey(validatorName);
    }

    /** @return the supported validator keys, sorted */
    public static Set<String> names() {
        return NAMES;
    }

    // ---- adapters ------------------------------------------------------------------------------

    private static boolean regex(String value, Args a) {
        a.max(2);
        Object pattern = a.required(0, "a pattern");
        if (pattern instanceof JsRegExp) {
            return ((JsRegExp) pattern).test(value);
        }
        if (pattern instanceof Pattern) {
            return ((Pattern) pattern).matcher(value).find();
        }
        if (!(pattern instanceof String)) {
            throw a.error("pattern must be a string (JavaScript regular expression source), got "
                    + JsValues.describe(pattern));
        }
        String flags = null;
        if (a.has(1)) {
            Object f = a.get(1);
            if (!(f instanceof String)) {
                throw a.error("flags must be a string such as \"i\", got " + JsValues.describe(f));
            }
            flags = (String) f;
        }
        return JsRegExp.of((String) pattern, flags).test(value);
    }

    private static boolean contains(String value, Args a) {
        Object element = a.max(1).required(0, "the substring to look for");
        if (!(element instanceof String || element instanceof Number || element instanceof Boolean)) {
            throw a.error("expected a string, got " + JsValues.describe(element));
        }
        // Sequelize: !!elem && str.includes(elem), so 0, false and "" never match.
        return JsValues.truthy(element) && value.contains(JsValues.toJsString(element));
    }

    private static boolean isIn(String value, Args a) {
        Object values = a.max(1).required(0, "a list of values");
        if (values instanceof List) {
            return StringValidators.isIn(value, (List<?>) values);
        }
        if (values instanceof Map) {
            // validator.js tests options.hasOwnProperty(str) for an object
            return ((Map<?, ?>) values).containsKey(value);
        }
        if (values instanceof String) {
            // validator.js falls back to indexOf, which for a (non-empty) string is a substring search
            return !((String) values).isEmpty() && ((String) values).contains(value);
        }
        throw a.error("expected a list of values, got " + JsValues.describe(values));
    }

    private static boolean isEmpty(String value, Args a) {
        return StringValidators.isEmpty(value, ValidatorOptions.of(a.max(1).options(0, false)).truthy("ignore_whitespace"));
    }

    private static boolean isIP(String value, Args a) {
        Object version = a.max(1).has(0) ? a.get(0) : "";
        if (version == null) {
            throw a.error("version must be 4 or 6, got null");
        }
        if (version instanceof Map) {
            version = ((Map<?, ?>) version).get("version");
        } else if (!(version instanceof String || version instanceof Number || version instanceof Boolean)) {
            throw a.error("version must be 4 or 6, got " + JsValues.describe(version));
        }
        if (!JsValues.truthy(version)) {
            return NetworkValidators.isIP(value);
        }
        String v = JsValues.toJsString(version);
        if (v.equals("4")) {
            return NetworkValidators.isIPv4(value);
        }
        if (v.equals("6")) {
            return NetworkValidators.isIPv6(value);
        }
        throw a.error("version must be 4 or 6, got " + JsValues.describe(version));
    }

    private static boolean alpha(String value, Args a, boolean lettersOnly) {
        a.max(2);
        Object locale = a.has(0) ? a.get(0) : "en-US";
        if (!(locale instanceof String)) {
            throw a.error("invalid locale " + JsValues.describe(locale));
        }
        String str = value;
        Object ignore = ValidatorOptions.of(a.options(1, true)).get("ignore");
        if (JsValues.truthy(ignore)) {
            if (ignore instanceof String) {
                str = StringValidators.removeIgnored(str, (String) ignore);
            } else if (ignore instanceof JsRegExp) {
                str = StringValidators.removeIgnored(str, (JsRegExp) ignore);
            } else if (ignore instanceof Pattern) {
                str = ((Pattern) ignore).matcher(str).replaceFirst("");
            } else {
                throw a.error("ignore should be a string or a regular expression, got " + JsValues.describe(ignore));
            }
        }
        return lettersOnly ? StringValidators.isAlpha(str, (String) locale)
                : StringValidators.isAlphanumeric(str, (String) locale);
    }

    private static boolean isNumeric(String value, Args a) {
        ValidatorOptions o = ValidatorOptions.of(a.max(1).options(0, false));
        Object locale = o.get("locale");
        return NumberValidators.isNumeric(value, o.truthy("no_symbols"),
                JsValues.truthy(locale) ? JsValues.toJsString(locale) : null);
    }

    /** {@code len} and {@code isLength}: {@code (min, max)} or an options object. */
    private static boolean length(String value, Args a) {
        return lengthCheck(value, a, StringValidators.lengthOf(value), true);
    }

    private static boolean byteLength(String value, Args a) {
        int bytes = NetworkValidators.utf8Length(value);
        // encodeURI throws on a lone surrogate, which fails the validation
        return lengthCheck(value, a, bytes, false) && bytes >= 0;
    }

    private static boolean lengthCheck(String value, Args a, int length, boolean characters) {
        a.max(2);
        Object first = a.has(0) ? a.get(0) : null;
        double min;
        Double max = null;
        List<?> discrete = null;
        if (first instanceof Map) {
            a.max(1);
            ValidatorOptions o = ValidatorOptions.of(a.options(0, false));
            min = JsValues.truthy(o.get("min")) ? a.number(o.get("min"), "min") : 0;
            if (o.hasOwn("max")) {
                max = a.number(o.get("max"), "max");
            }
            if (characters && o.get("discreteLengths") instanceof List) {
                discrete = (List<?>) o.get("discreteLengths");
            }
        } else {
            if (a.has(0) && (first == null || first instanceof List)) {
                throw a.error("expected a minimum length or an options object, got " + JsValues.describe(first));
            }
            if (!characters && !a.has(0)) {
                throw a.error("requires a minimum length");
            }
            min = JsValues.truthy(first) || !characters ? a.number(0, "min") : 0;
            if (a.has(1)) {
                max = a.number(1, "max");
            }
        }
        boolean inside = length >= min && (max == null || length <= max);
        if (inside && discrete != null) {
            for (Object d : discrete) {
                if (d instanceof Number && ((Number) d).doubleValue() == length) {
                    return true;
                }
            }
            return false;
        }
        return inside;
    }

    private static boolean isUUID(String value, Args a) {
        Object version = a.max(1).has(0) ? a.get(0) : null;
        if (version == null) {
            return StringValidators.isUUID(value);
        }
        if (!(version instanceof String || version instanceof Number)) {
            throw a.error("version must be 1-8, \"nil\", \"max\", \"loose\" or \"all\", got " + JsValues.describe(version));
        }
        return StringValidators.isUUID(value, JsValues.toJsString(version));
    }

    private static double comparisonDate(Args a) {
        Object date = a.max(1).has(0) ? a.get(0) : "";
        if (date == null) {
            throw a.error("comparison date must be a date string, got null");
        }
        if (date instanceof Map) {
            date = ((Map<?, ?>) date).get("comparisonDate");
        }
        if (!JsValues.truthy(date)) {
            // validator.js falls back to Date().toString(), i.e. now to the second
            return DateValidators.now(Clock.systemUTC());
        }
        if (!(date instanceof String)) {
            throw a.error("comparison date must be a date string, got " + JsValues.describe(date));
        }
        return DateValidators.comparison(a.name, (String) date, ZoneId.systemDefault());
    }

    private static boolean isCreditCard(String value, Args a) {
        Object provider = ValidatorOptions.of(a.max(1).options(0, true)).get("provider");
        if (!JsValues.truthy(provider)) {
            return CreditCardValidator.isCreditCard(value);
        }
        if (!(provider instanceof String)) {
            throw a.error("provider must be a string, got " + JsValues.describe(provider));
        }
        return CreditCardValidator.isCreditCard(value, (String) provider);
    }

    /** A validator's argument list with typed, error-reporting accessors. */
    private static final class Args {
        final String name;
        private final List<?> values;

        Args(String name, List<?> values) {
            this.name = name;
            this.values = values;
        }

        boolean has(int i) {
            return i < values.size();
        }

        Object get(int i) {
            return values.get(i);
        }

        Args max(int count) {
            if (values.size() > count) {
                throw error("expected at most " + count + " argument" + (count == 1 ? "" : "s")
                        + ", got " + values.size() + ": " + values);
            }
            return this;
        }

        Object required(int i, String what) {
            if (!has(i) || get(i) == null) {
                throw error("requires " + what);
            }
            return get(i);
        }

        String string(int i, String what) {
            Object v = required(i, "a " + what + " string");
            if (!(v instanceof String)) {
                throw error(what + " must be a string, got " + JsValues.describe(v));
            }
            return (String) v;
        }

        double number(int i, String what) {
            if (!has(i)) {
                throw error("requires " + what);
            }
            return number(get(i), what);
        }

        /** A number, or a string JavaScript reads as one; anything else cannot be a bound. */
        double number(Object v, String what) {
            if (v instanceof Number) {
                return ((Number) v).doubleValue();
            }
            if (v instanceof String && !JsValues.trim((String) v).isEmpty()) {
                double d = JsValues.toNumber((String) v);
                if (!Double.isNaN(d)) {
                    return d;
                }
            }
            throw error(what + " must be a number, got " + JsValues.describe(v));
        }

        /**
         * An options object. Absent, a boolean, number or string (JavaScript primitives carry no
         * option properties) mean no options; {@code null} likewise unless the validator would
         * dereference it and throw.
         */
        @SuppressWarnings("unchecked")
        Map<String, ?> options(int i, boolean nullIsError) {
            if (!has(i)) {
                return null;
            }
            Object v = get(i);
            if (v == null) {
                if (nullIsError) {
                    throw error("options must be an object, got null");
                }
                return null;
            }
            if (v instanceof Map) {
                for (Object key : ((Map<?, ?>) v).keySet()) {
                    if (!(key instanceof String)) {
                        throw error("option names must be strings, got " + JsValues.describe(key));
                    }
                }
                return (Map<String, ?>) v;
            }
            if (v instanceof Boolean || v instanceof Number || v instanceof String) {
                return null;
            }
            throw error("options must be an object, got " + JsValues.describe(v));
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException(name + ": " + what);
        }
    }
}
