package org.sequelize4j.validation;

import java.util.regex.Pattern;

/**
 * Sequelize's regular-expression validators {@code is}/{@code regex} and
 * {@code not}/{@code notRegex}. Sequelize builds {@code new RegExp(pattern, flags)} and tests
 * {@code value.match(re)}, i.e. whether the pattern matches anywhere in the value unless it is
 * anchored. Pattern strings are JavaScript syntax and are translated by {@link JsRegExp}, so a
 * pattern copied from a Sequelize model behaves the same. Stateless and thread-safe.
 */
public final class PatternValidators {

    private PatternValidators() {
    }

    /**
     * Sequelize's {@code is}: the JavaScript pattern matches somewhere in the value.
     *
     * @param str the value string
     * @param pattern JavaScript regular expression source, e.g. {@code "^[a-z]+$"}
     * @param flags JavaScript flags, e.g. {@code "i"}, or {@code null} for none
     * @return whether it matches
     * @throws IllegalArgumentException if the pattern or flags are invalid JavaScript
     */
    public static boolean is(String str, String pattern, String flags) {
        return JsRegExp.of(pattern, flags).test(str);
    }

    /**
     * Sequelize's {@code is} with an already compiled JavaScript expression.
     *
     * @param str the value string
     * @param regExp the expression
     * @return whether it matches
     */
    public static boolean is(String str, JsRegExp regExp) {
        return regExp.test(str);
    }

    /**
     * Sequelize's {@code is} with a java.util.regex pattern (Java semantics, searched with
     * {@link java.util.regex.Matcher#find()}), the Java counterpart of passing a RegExp object.
     *
     * @param str the value string
     * @param pattern the pattern
     * @return whether it matches
     */
    public static boolean is(String str, Pattern pattern) {
        return pattern.matcher(str).find();
    }

    /**
     * Sequelize's {@code not}: the JavaScript pattern matches nowhere in the value.
     *
     * @param str the value string
     * @param pattern JavaScript regular expression source
     * @param flags JavaScript flags, or {@code null} for none
     * @return whether it does not match
     * @throws IllegalArgumentException if the pattern or flags are invalid JavaScript
     */
    public static boolean not(String str, String pattern, String flags) {
        return !is(str, pattern, flags);
    }

    /**
     * Sequelize's {@code not} with an already compiled JavaScript expression.
     *
     * @param str the value string
     * @param regExp the expression
     * @return whether it does not match
     */
    public static boolean not(String str, JsRegExp regExp) {
        return !regExp.test(str);
    }

    /**
     * Sequelize's {@code not} with a java.util.regex pattern.
     *
     * @param str the value string
     * @param pattern the pattern
     * @return whether it does not match
     */
    public static boolean not(String str, Pattern pattern) {
        return !is(str, pattern);
    }
}
