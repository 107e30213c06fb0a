package org.sequelize4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Argument handling of {@link BuiltinValidators} and results beyond the golden file. Every
 * expected verdict below was checked against Sequelize 6.37.8 running in Node 20 (for example
 * {@code validator.isInt(String("9"), {min: "10"})} is {@code true} there).
 */
class BuiltinValidatorsTest {

    private static boolean test(String validator, String value, Object... args) {
        return BuiltinValidators.test(validator, value, Arrays.asList(args));
    }

    private static IllegalArgumentException rejects(String validator, Object... args) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> test(validator, "value", args));
        assertTrue(e.getMessage().contains(validator), () -> "message should name " + validator + ": " + e.getMessage());
        return e;
    }

    // ---- names ---------------------------------------------------------------------------------

    @Test
    void knowsEverySequelizeValidatorKey() {
        for (String name : List.of("is", "not", "regex", "notRegex", "isEmail", "isUrl", "isURL", "isIP", "isIPv4",
                "isIPv6", "isAlpha", "isAlphanumeric", "isNumeric", "isInt", "isFloat", "isDecimal", "isLowercase",
                "isUppercase", "isNull", "notNull", "notEmpty", "equals", "contains", "notContains", "isIn", "notIn",
                "len", "isUUID", "isDate", "isAfter", "isBefore", "max", "min", "isCreditCard")) {
            assertTrue(BuiltinValidators.isKnown(name), name);
            assertTrue(BuiltinValidators.names().contains(name), name);
        }
        assertFalse(BuiltinValidators.isKnown("isImmutable"));
        assertFalse(BuiltinValidators.isKnown(null));
        assertThrows(UnsupportedOperationException.class, () -> BuiltinValidators.names().add("x"));
    }

    @Test
    void unknownValidatorIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BuiltinValidators.test("isEmial", "a@b.co", List.of()));
        assertTrue(e.getMessage().contains("isEmial"));
    }

    @Test
    void nullValueIsRejected() {
        // Sequelize never runs built-in validators on null, so a null here is a caller bug.
        assertThrows(NullPointerException.class, () -> BuiltinValidators.test("notEmpty", null, List.of()));
    }

    @Test
    void nullArgumentListMeansNoArguments() {
        assertTrue(BuiltinValidators.test("isEmail", "x@x.au", null));
    }

    // ---- argument errors -----------------------------------------------------------------------

    @Test
    void patternValidatorsNeedAValidJavaScriptPattern() {
        rejects("is");
        rejects("not", (Object) null);
        rejects("is", 5);
        rejects("is", "^a", 1);
        rejects("regex", "[a-", "");
        rejects("is", "a", "q");
        rejects("is", "a", "ii");
        rejects("is", "a**");
        rejects("notRegex", "(?<n>a)\\k<m>");
        rejects("is", "a", "i", "extra");
    }

    @Test
    void unknownVersionsLocalesAndProvidersAreRejected() {
        rejects("isUUID", 9);
        rejects("isUUID", "v4");
        rejects("isUUID", Map.of("version", 4));
        rejects("isIP", 5);
        rejects("isIP", true);
        rejects("isIP", (Object) null);
        rejects("isAlpha", "xx-XX");
        rejects("isAlphanumeric", (Object) null);
        rejects("isAlpha", "en-US", Map.of("ignore", 5));
        rejects("isNumeric", Map.of("locale", "xx"));
        rejects("isFloat", Map.of("locale", "xx"));
        rejects("isCreditCard", Map.of("provider", "diners"));
        rejects("isCreditCard", (Object) null);
    }

    @Test
    void boundsMustBeNumbers() {
        rejects("min");
        rejects("max", "abc");
        rejects("max", List.of(1));
        rejects("min", 1, 2);
        rejects("len", (Object) null);
        rejects("len", List.of(2, 10));
        rejects("len", 2, "ten");
        rejects("len", 2, null);
        rejects("isByteLength");
    }

    @Test
    void comparisonValuesMustHaveTheRightShape() {
        rejects("equals");
        rejects("equals", 5);
        rejects("contains");
        rejects("notContains", List.of("a"));
        rejects("isIn");
        rejects("isIn", 5);
        rejects("notIn", (Object) null);
        rejects("isAfter", "not a date");
        rejects("isBefore", 1320504480000L);
        rejects("isAfter", (Object) null);
        rejects("isEmail", Map.of(), Map.of());
        rejects("isInt", List.of(1));
        rejects("isEmail", Map.of("host_blacklist", "gmail.com"));
    }

    @Test
    void validatorsWithoutParametersIgnoreWhatSequelizePassesThem() {
        // notEmpty: true, isIPv4: true, isUrl: {args: {...}} all reach the validator as one argument.
        assertTrue(test("notEmpty", "a", true));
        assertTrue(test("isIPv4", "1.2.3.4", true));
        assertTrue(test("isUrl", "example.com", Map.of("require_protocol", true)));
        assertFalse(test("isURL", "example.com", Map.of("require_protocol", true)));
        assertTrue(test("isDecimal", "1.5", Map.of("msg", "not a decimal")));
        assertTrue(test("isInt", "5", true));
        assertTrue(test("isEmail", "x@x.au", Map.of()));
    }

    // ---- results checked with Node -------------------------------------------------------------

    @Test
    void optionsFollowJavaScriptComparisons() {
        assertTrue(test("isEmail", "Name <a@b.com>", Map.of("allow_display_name", true)));
        assertFalse(test("isEmail", "Name <a@b.com>"));
        // A string bound compares as a string in JavaScript: "9" >= "10".
        assertTrue(test("isInt", "9", Map.of("min", "10")));
        assertFalse(test("isInt", "9", Map.of("min", 10)));
        assertTrue(test("isFloat", "1,5", Map.of("locale", "de-DE")));
        assertFalse(test("isFloat", "1,5"));
        assertFalse(test("isIP", "::ffff:1.2.3.4", Map.of("version", 4)));
        assertTrue(test("isIP", "fe80::1%eth0", 6));
        assertTrue(test("isUUID", "A987FBC9-4BED-7078-8F07-9141BA07C9F3", 7));
    }

    @Test
    void lengthsAndNumbersUseJavaScriptRules() {
        assertTrue(test("len", "\uD83D\uDE00\uD83D\uDE00", 2, 2));
        assertTrue(test("len", "\u2764\uFE0F", 1, 1));
        assertFalse(test("min", "23abc", 24));
        assertTrue(test("max", "abc", 0));
        assertTrue(test("isIn", "1.5", List.of(1.5)));
        assertTrue(test("isIn", "", Arrays.asList((Object) null)));
        assertTrue(test("isIn", "1e+21", List.of(1e21)));
        assertFalse(test("contains", "a0", 0));
        assertTrue(test("contains", "1e+21x", 1e21));
        assertFalse(test("notEmpty", "\u3000"));
        assertTrue(test("notEmpty", "\u200B"));
        assertTrue(test("isCreditCard", "5105 1051 0510 5100"));
        assertFalse(test("isCreditCard", "5100abc"));
    }

    @Test
    void datesAreReadLikeNodeDoes() {
        assertTrue(test("isDate", "Nov 5, 2011"));
        assertTrue(test("isDate", "\u00A091"));
        assertTrue(test("isDate", "2011-11-05T24:00"));
        assertFalse(test("isDate", "2011-13-01"));
        assertTrue(test("isAfter", "2011-11-05T00:00:01Z", "2011-11-05"));
        assertTrue(test("isBefore", "Nov 4, 2011 23:59:59 GMT", "2011-11-05"));
        assertTrue(test("isAfter", "2999-01-01"));
        assertEquals(1299024000000d, JsDate.parse("2011-02-30"));
        assertEquals(1320504480000d, JsDate.parse("Sat, 05 Nov 2011 14:48:00 GMT", ZoneOffset.ofHours(5)));
        assertTrue(Double.isNaN(JsDate.parse("2011-11-05T25:00:00")));
    }

    @Test
    void patternsKeepJavaScriptMeaning() {
        assertFalse(test("is", "\u017F", "s", "i"));
        assertTrue(test("is", "\u017F", "s", "iu"));
        assertFalse(test("is", "\uD83D\uDE00", "^.$"));
        assertTrue(test("is", "\uD83D\uDE00", "^.$", "u"));
        assertTrue(test("is", "\uD83D\uDE00", "^..$"));
        assertFalse(test("is", "a\n", "^a$"));
        assertTrue(test("is", "\u00A0", "^\\s$"));
        assertTrue(test("is", "{", "{"));
        assertTrue(test("is", "ab", "^(?<x>a)\\k<x>?b$"));
        assertFalse(test("not", "K", "k", "i"));
        assertTrue(test("is", "ABC", Pattern.compile("^[a-z]+$", Pattern.CASE_INSENSITIVE)));
        assertTrue(test("not", "123", JsRegExp.of("[a-z]", "i")));
    }

    @Test
    void localesFoldCaseLikeJavaScript() {
        assertTrue(test("isAlpha", "Stra\u00DFe", "de-DE"));
        assertFalse(test("isAlpha", "\u1E9E", "de-DE"));
        assertFalse(test("isAlpha", "\u0131"));
        assertTrue(test("isAlpha", "\u0131", "tr-TR"));
        assertFalse(test("isAlpha", "\u017F"));
        assertTrue(test("isAlpha", "a b", "en-US", Map.of("ignore", " ")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0.30000000000000004", "1e+21", "1.5e-7", "123456789012345680000", "-0.000001"})
    void numbersBecomeTheirJavaScriptStrings(String expected) {
        assertEquals(expected, JsValues.toJsString(Double.parseDouble(expected)));
    }

    @Test
    void otherValuesBecomeTheirJavaScriptStrings() {
        assertEquals("0", JsValues.toJsString(-0.0));
        assertEquals("0.30000000000000004", JsValues.toJsString(0.1 + 0.2));
        assertEquals("true", JsValues.toJsString(true));
        assertEquals("null", JsValues.toJsString(null));
        assertEquals("1,,a", JsValues.toJsString(Arrays.asList(1, null, "a")));
        assertEquals("[object Object]", JsValues.toJsString(Map.of("a", 1)));
        assertEquals(5.0, JsValues.parseFloat("  .5e1x"));
        assertTrue(Double.isNaN(JsValues.parseFloat("x1")));
    }
}
