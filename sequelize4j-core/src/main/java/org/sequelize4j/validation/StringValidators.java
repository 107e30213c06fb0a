package org.sequelize4j.validation;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Character-content, membership and length validators as Sequelize 6.37.8 runs them:
 * {@code isAlpha}, {@code isAlphanumeric}, {@code isLowercase}, {@code isUppercase},
 * {@code isNull}/{@code isEmpty}, {@code notEmpty}, {@code equals}, {@code contains},
 * {@code notContains}, {@code isIn}, {@code notIn}, {@code len}/{@code isLength},
 * {@code isUUID}, and the small validator.js checks {@code isAscii}, {@code isHexadecimal},
 * {@code isOctal}, {@code isHexColor}, {@code isBoolean} and {@code isByteLength}.
 *
 * <p>All tests work on UTF-16 code units, as JavaScript strings do, except where validator.js
 * itself counts otherwise ({@link #lengthOf(String)}). Stateless and thread-safe.
 */
public final class StringValidators {

    private static final Pattern HEXADECIMAL = Pattern.compile("(?:0x|0h)?[0-9A-F]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern OCTAL = Pattern.compile("(?:0o)?[0-7]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEX_COLOR = Pattern.compile(
            "#?(?:[0-9A-F]{3}|[0-9A-F]{4}|[0-9A-F]{6}|[0-9A-F]{8})", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEX_COLOR_WITH_HASH = Pattern.compile(
            "#(?:[0-9A-F]{3}|[0-9A-F]{4}|[0-9A-F]{6}|[0-9A-F]{8})", Pattern.CASE_INSENSITIVE);
    private static final List<String> STRICT_BOOLEANS = List.of("true", "false", "1", "0");
    private static final List<String> LOOSE_BOOLEANS = List.of("true", "false", "1", "0", "yes", "no");

    private static final String UUID_HEAD = "[0-9A-F]{8}-[0-9A-F]{4}-";
    private static final String UUID_TAIL = "[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}";
    private static final Map<String, Pattern> UUID = Map.ofEntries(
            uuid("1", UUID_HEAD + "1" + UUID_TAIL),
            uuid("2", UUID_HEAD + "2" + UUID_TAIL),
            uuid("3", UUID_HEAD + "3" + UUID_TAIL),
            uuid("4", UUID_HEAD + "4" + UUID_TAIL),
            uuid("5", UUID_HEAD + "5" + UUID_TAIL),
            uuid("6", UUID_HEAD + "6" + UUID_TAIL),
            uuid("7", UUID_HEAD + "7" + UUID_TAIL),
            uuid("8", UUID_HEAD + "8" + UUID_TAIL),
            uuid("nil", "00000000-0000-0000-0000-000000000000"),
            uuid("max", "ffffffff-ffff-ffff-ffff-ffffffffffff"),
            uuid("loose", "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}"),
            uuid("all", "(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
                    + "|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)"));

    private StringValidators() {
    }

    private static Map.Entry<String, Pattern> uuid(String version, String regex) {
        // validator.js uses /i; the patterns are ASCII, where Java's default folding agrees.
        return Map.entry(version, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    // ---- letters -------------------------------------------------------------------------------

    /**
     * Sequelize's {@code isAlpha} for {@code en-US}: one or more ASCII letters.
     *
     * @param str the value string
     * @return whether it holds only letters
     */
    public static boolean isAlpha(String str) {
        return isAlpha(str, "en-US");
    }

    /**
     * Sequelize's {@code isAlpha} for a validator.js locale such as {@code de-DE} or {@code ru-RU}.
     *
     * @param str the value string
     * @param locale the locale; see {@link #alphaLocales()}
     * @return whether it holds only that locale's letters
     * @throws IllegalArgumentException for an unknown locale, as validator.js throws
     */
    public static boolean isAlpha(String str, String locale) {
        return rule("isAlpha", locale, AlphaLocales.alpha(locale)).test(str);
    }

    /**
     * Sequelize's {@code isAlpha} with the {@code ignore} option: the characters of
     * {@code ignore} are removed before testing. Following validator.js, the string is placed
     * in a JavaScript character class after escaping {@code -[]{}()*+?.,\^$|#} and the letter
     * {@code s}, so an {@code s} in it stands for {@code \s} (any white space), not the letter.
     *
     * @param str the value string
     * @param locale the locale
     * @param ignore characters to ignore, or {@code null}/empty for none
     * @return whether the rest holds only that locale's letters
     */
    public static boolean isAlpha(String str, String locale, String ignore) {
        return isAlpha(removeIgnored(str, ignore), locale);
    }

    /**
     * Sequelize's {@code isAlphanumeric} for {@code en-US}: one or more ASCII letters or digits.
     *
     * @param str the value string
     * @return whether it holds only letters and digits
     */
    public static boolean isAlphanumeric(String str) {
        return isAlphanumeric(str, "en-US");
    }

    /**
     * Sequelize's {@code isAlphanumeric} for a validator.js locale.
     *
     * @param str the value string
     * @param locale the locale; see {@link #alphanumericLocales()}
     * @return whether it holds only that locale's letters and digits
     * @throws IllegalArgumentException for an unknown locale
     */
    public static boolean isAlphanumeric(String str, String locale) {
        return rule("isAlphanumeric", locale, AlphaLocales.alphanumeric(locale)).test(str);
    }

    /**
     * Sequelize's {@code isAlphanumeric} with the {@code ignore} option (see
     * {@link #isAlpha(String, String, String)} for how the characters are read).
     *
     * @param str the value string
     * @param locale the locale
     * @param ignore characters to ignore, or {@code null}/empty for none
     * @return whether the rest holds only that locale's letters and digits
     */
    public static boolean isAlphanumeric(String str, String locale, String ignore) {
        return isAlphanumeric(removeIgnored(str, ignore), locale);
    }

    /** @return the locales {@code isAlpha} accepts */
    public static Set<String> alphaLocales() {
        return AlphaLocales.alphaLocales();
    }

    /** @return the locales {@code isAlphanumeric} accepts */
    public static Set<String> alphanumericLocales() {
        return AlphaLocales.alphanumericLocales();
    }

    private static AlphaLocales.Rule rule(String validator, String locale, AlphaLocales.Rule rule) {
        if (rule == null) {
            throw new IllegalArgumentException(validator + ": invalid locale '" + locale + "'");
        }
        return rule;
    }

    /** validator.js's string form of {@code ignore}: an escaped character class, removed globally. */
    static String removeIgnored(String str, String ignore) {
        if (ignore == null || ignore.isEmpty()) {
            return str;
        }
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < ignore.length(); i++) {
            char c = ignore.charAt(i);
            if ("-[]{}()*+?.,\\^$|#s".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return JsRegExp.of("[" + escaped + "]", "g").removeMatches(str);
    }

    /** The {@code ignore} option given as a regular expression: JavaScript's {@code str.replace(re, '')}. */
    static String removeIgnored(String str, JsRegExp ignore) {
        return ignore.removeMatches(str);
    }

    /**
     * Sequelize's {@code isLowercase}: the string equals its lower-case form, so digits,
     * punctuation and the empty string pass.
     *
     * @param str the value string
     * @return whether lower-casing leaves it unchanged
     */
    public static boolean isLowercase(String str) {
        return str.equals(str.toLowerCase(Locale.ROOT));
    }

    /**
     * Sequelize's {@code isUppercase}: the string equals its upper-case form.
     *
     * @param str the value string
     * @return whether upper-casing leaves it unchanged
     */
    public static boolean isUppercase(String str) {
        return str.equals(str.toUpperCase(Locale.ROOT));
    }

    /**
     * validator.js's {@code isAscii}: one or more characters in U+0000 to U+007F.
     *
     * @param str the value string
     * @return whether it is non-empty ASCII
     */
    public static boolean isAscii(String str) {
        if (str.isEmpty()) {
            return false;
        }
        for (int i = 0; i < str.length(); i++) {
            if (str.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /**
     * validator.js's {@code isHexadecimal}: hex digits, optionally after {@code 0x} or {@code 0h}.
     *
     * @param str the value string
     * @return whether it is a hexadecimal number
     */
    public static boolean isHexadecimal(String str) {
        return HEXADECIMAL.matcher(str).matches();
    }

    /**
     * validator.js's {@code isOctal}: octal digits, optionally after {@code 0o}.
     *
     * @param str the value string
     * @return whether it is an octal number
     */
    public static boolean isOctal(String str) {
        return OCTAL.matcher(str).matches();
    }

    /**
     * validator.js's {@code isHexColor}: 3, 4, 6 or 8 hex digits, optionally after {@code #}.
     *
     * @param str the value string
     * @param requireHashtag whether the {@code #} is mandatory ({@code require_hashtag})
     * @return whether it is a hex colour
     */
    public static boolean isHexColor(String str, boolean requireHashtag) {
        return (requireHashtag ? HEX_COLOR_WITH_HASH : HEX_COLOR).matcher(str).matches();
    }

    /**
     * validator.js's {@code isBoolean}: {@code true}, {@code false}, {@code 1} or {@code 0}
     * exactly; with {@code loose}, also {@code yes}/{@code no} and any letter case.
     *
     * @param str the value string
     * @param loose the {@code loose} option
     * @return whether it spells a boolean
     */
    public static boolean isBoolean(String str, boolean loose) {
        return loose ? LOOSE_BOOLEANS.contains(str.toLowerCase(Locale.ROOT)) : STRICT_BOOLEANS.contains(str);
    }

    // ---- emptiness -----------------------------------------------------------------------------

    /**
     * Sequelize's {@code isNull} (validator.js's {@code isEmpty}): the string has length zero.
     * Sequelize skips validators for SQL NULL, so this only ever sees strings.
     *
     * @param str the value string
     * @return whether it is empty
     */
    public static boolean isNull(String str) {
        return str.isEmpty();
    }

    /**
     * validator.js's {@code isEmpty} with the {@code ignore_whitespace} option.
     *
     * @param str the value string
     * @param ignoreWhitespace whether JavaScript white space alone counts as empty
     * @return whether it is empty
     */
    public static boolean isEmpty(String str, boolean ignoreWhitespace) {
        return (ignoreWhitespace ? JsValues.trim(str) : str).isEmpty();
    }

    /**
     * Sequelize's {@code notEmpty}: at least one character that is not JavaScript white space,
     * so {@code "0"}, {@code "false"} and {@code "null"} pass and {@code "  "} fails.
     *
     * @param str the value string
     * @return whether it has visible content
     */
    public static boolean notEmpty(String str) {
        for (int i = 0; i < str.length(); i++) {
            if (!JsValues.isWhitespace(str.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    // ---- comparison and membership -------------------------------------------------------------

    /**
     * Sequelize's {@code equals}: exact, case-sensitive equality with the comparison string.
     *
     * @param str the value string
     * @param comparison the expected string
     * @return whether they are equal
     */
    public static boolean equals(String str, String comparison) {
        return str.equals(comparison);
    }

    /**
     * Sequelize's {@code contains}: the value includes the element as a substring; an empty
     * element never matches (Sequelize requires a truthy element).
     *
     * @param str the value string
     * @param element the substring to look for
     * @return whether it occurs, case-sensitively
     */
    public static boolean contains(String str, String element) {
        return element != null && !element.isEmpty() && str.contains(element);
    }

    /**
     * Sequelize's {@code notContains}: the negation of {@link #contains(String, String)}, so an
     * empty element makes every value pass.
     *
     * @param str the value string
     * @param element the substring that must not occur
     * @return whether it is absent
     */
    public static boolean notContains(String str, String element) {
        return !contains(str, element);
    }

    /**
     * Sequelize's {@code isIn}: the value equals one of the allowed values, each turned into a
     * string as validator.js does (numbers in JavaScript form, {@code null} as the empty string).
     *
     * @param str the value string
     * @param values the allowed values
     * @return whether the value is one of them
     */
    public static boolean isIn(String str, Collection<?> values) {
        Objects.requireNonNull(values, "values");
        for (Object v : values) {
            if (JsValues.validatorToString(v).equals(str)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sequelize's {@code notIn}: the negation of {@link #isIn(String, Collection)}.
     *
     * @param str the value string
     * @param values the forbidden values
     * @return whether the value is none of them
     */
    public static boolean notIn(String str, Collection<?> values) {
        return !isIn(str, values);
    }

    // ---- length --------------------------------------------------------------------------------

    /**
     * The length validator.js's {@code isLength} measures: UTF-16 code units, minus one for each
     * surrogate pair and one for each variation selector (U+FE0E/U+FE0F) that follows a
     * character. So {@code "😀"} has length 1, {@code "❤️"} length 1, and {@code "中文"} length 2.
     *
     * @param str the string
     * @return its length as validator.js counts it
     */
    public static int lengthOf(String str) {
        int n = str.length();
        int presentation = 0;
        for (int i = 0; i + 1 < n; ) {
            char c = str.charAt(i);
            char d = str.charAt(i + 1);
            if (c != '\uFE0E' && c != '\uFE0F' && (d == '\uFE0E' || d == '\uFE0F')) {
                presentation++;
                i += 2;
            } else {
                i++;
            }
        }
        int pairs = 0;
        for (int i = 0; i + 1 < n; ) {
            if (Character.isHighSurrogate(str.charAt(i)) && Character.isLowSurrogate(str.charAt(i + 1))) {
                pairs++;
                i += 2;
            } else {
                i++;
            }
        }
        return n - presentation - pairs;
    }

    /**
     * Sequelize's {@code len}: {@code min <= lengthOf(str) <= max}.
     *
     * @param str the value string
     * @param min the minimum length
     * @param max the maximum length, or {@code null} for none
     * @return whether the length is within bounds
     */
    public static boolean len(String str, int min, Integer max) {
        int length = lengthOf(str);
        return length >= min && (max == null || length <= max);
    }

    /**
     * validator.js's {@code isLength} with the {@code discreteLengths} option: within bounds and,
     * if {@code discreteLengths} is given, exactly one of those lengths.
     *
     * @param str the value string
     * @param min the minimum length
     * @param max the maximum length, or {@code null} for none
     * @param discreteLengths the allowed exact lengths, or {@code null} for any
     * @return whether the length is acceptable
     */
    public static boolean isLength(String str, int min, Integer max, Collection<? extends Number> discreteLengths) {
        boolean inside = len(str, min, max);
        if (inside && discreteLengths != null) {
            int length = lengthOf(str);
            for (Number n : discreteLengths) {
                if (n != null && n.doubleValue() == length) {
                    return true;
                }
            }
            return false;
        }
        return inside;
    }

    /**
     * validator.js's {@code isByteLength}: the UTF-8 length is within bounds. A string holding an
     * unpaired surrogate fails, as JavaScript's {@code encodeURI} throws on it.
     *
     * @param str the value string
     * @param min the minimum number of bytes
     * @param max the maximum number of bytes, or {@code null} for none
     * @return whether the byte length is within bounds
     */
    public static boolean isByteLength(String str, int min, Integer max) {
        int bytes = NetworkValidators.utf8Length(str);
        return bytes >= 0 && bytes >= min && (max == null || bytes <= max);
    }

    // ---- UUID ----------------------------------------------------------------------------------

    /**
     * Sequelize's {@code isUUID} without a version ({@code "all"}): versions 1 to 8 with the RFC
     * variant, plus the nil and max UUIDs, in either letter case.
     *
     * @param str the value string
     * @return whether it is a UUID
     */
    public static boolean isUUID(String str) {
        return isUUID(str, "all");
    }

    /**
     * Sequelize's {@code isUUID} for a version: {@code "1"} to {@code "8"}, {@code "nil"},
     * {@code "max"}, {@code "loose"} (any hex digits in UUID layout) or {@code "all"}.
     *
     * @param str the value string
     * @param version the version key
     * @return whether it is a UUID of that version
     * @throws IllegalArgumentException for an unknown version (validator.js would quietly
     *     reject every value)
     */
    public static boolean isUUID(String str, String version) {
        Pattern p = UUID.get(version);
        if (p == null) {
            throw new IllegalArgumentException("isUUID: unknown version '" + version
                    + "'; expected 1-8, nil, max, loose or all");
        }
        return p.matcher(str).matches();
    }

    /**
     * Sequelize's {@code isUUID} for a numeric version 1 to 8.
     *
     * @param str the value string
     * @param version the version number
     * @return whether it is a UUID of that version
     */
    public static boolean isUUID(String str, int version) {
        return isUUID(str, Integer.toString(version));
    }
}
