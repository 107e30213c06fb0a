package org.sequelize4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sequelize4j.validation.AttributeValidator;
import org.sequelize4j.validation.ValidatorSpec;

/**
 * Sequelize's built-in attribute validators, and custom ones, for {@code attribute(...).validate(...)}.
 * Each built-in agrees with Sequelize's own (validator.js) on the same input; append
 * {@code .msg("...")} to replace its message.
 *
 * <pre>{@code
 * attribute("email", STRING).validate(isEmail(), len(5, 100).msg("5 to 100 characters"))
 * attribute("lang", STRING).validate(isIn("en", "zh").msg("Must be English or Chinese"))
 * attribute("bar", INTEGER).validate(custom("isEven", (value, instance) -> {
 *     if (((Number) value).intValue() % 2 != 0) throw new IllegalArgumentException("Only even values are allowed!");
 * }))
 * }</pre>
 *
 * <p>Built-in validators are skipped for NULL values; custom ones still run (unless the attribute
 * does not allow NULL, which is reported on its own).
 */
public final class Validators {

    private Validators() {
    }

    private static ValidatorSpec builtin(String key, Object... args) {
        return ValidatorSpec.builtin(key, new ArrayList<>(Arrays.asList(args)));
    }

    /** Any validator.js or Sequelize validator by key, with Sequelize's argument list. */
    public static ValidatorSpec validator(String key, Object... args) {
        return builtin(key, args);
    }

    /** Matches a JavaScript-style regular expression. */
    public static ValidatorSpec is(String pattern) {
        return builtin("is", pattern);
    }

    /** Matches a regular expression with JavaScript flags ({@code "i"}, {@code "g"}, {@code "m"}, …). */
    public static ValidatorSpec is(String pattern, String flags) {
        return builtin("is", pattern, flags);
    }

    /** Matches a Java regular expression. */
    public static ValidatorSpec is(java.util.regex.Pattern pattern) {
        return builtin("is", pattern);
    }

    /** Does not match a regular expression. */
    public static ValidatorSpec not(String pattern) {
        return builtin("not", pattern);
    }

    /** Does not match a regular expression with JavaScript flags. */
    public static ValidatorSpec not(String pattern, String flags) {
        return builtin("not", pattern, flags);
    }

    /** An e-mail address. */
    public static ValidatorSpec isEmail() {
        return builtin("isEmail", Map.of());
    }

    /** An e-mail address, with validator.js options ({@code allow_display_name}, …). */
    public static ValidatorSpec isEmail(Map<String, ?> options) {
        return builtin("isEmail", options);
    }

    /** A URL. */
    public static ValidatorSpec isUrl() {
        return builtin("isUrl", Map.of());
    }

    /** An IPv4 or IPv6 address. */
    public static ValidatorSpec isIP() {
        return builtin("isIP");
    }

    /** An IPv4 address. */
    public static ValidatorSpec isIPv4() {
        return builtin("isIPv4");
    }

    /** An IPv6 address. */
    public static ValidatorSpec isIPv6() {
        return builtin("isIPv6");
    }

    /** Letters only. */
    public static ValidatorSpec isAlpha() {
        return builtin("isAlpha");
    }

    /** Letters and digits only. */
    public static ValidatorSpec isAlphanumeric() {
        return builtin("isAlphanumeric");
    }

    /** Digits only (with an optional sign). */
    public static ValidatorSpec isNumeric() {
        return builtin("isNumeric");
    }

    /** An integer. */
    public static ValidatorSpec isInt() {
        return builtin("isInt");
    }

    /** An integer with validator.js options ({@code min}, {@code max}, …). */
    public static ValidatorSpec isInt(Map<String, ?> options) {
        return builtin("isInt", options);
    }

    /** A floating-point number. */
    public static ValidatorSpec isFloat() {
        return builtin("isFloat");
    }

    /** Any number. */
    public static ValidatorSpec isDecimal() {
        return builtin("isDecimal");
    }

    /** Lower case only. */
    public static ValidatorSpec isLowercase() {
        return builtin("isLowercase");
    }

    /** Upper case only. */
    public static ValidatorSpec isUppercase() {
        return builtin("isUppercase");
    }

    /**
     * Not null: attributes that do not allow NULL always get this check; give it a message with
     * {@code notNull().msg("Please enter your name")}.
     */
    public static ValidatorSpec notNull() {
        return builtin("notNull", true);
    }

    /** Only null (or the empty string). */
    public static ValidatorSpec isNull() {
        return builtin("isNull");
    }

    /** Not empty or only spaces. */
    public static ValidatorSpec notEmpty() {
        return builtin("notEmpty", true);
    }

    /** Exactly this value. */
    public static ValidatorSpec equalTo(String value) {
        return builtin("equals", value);
    }

    /** Contains this text. */
    public static ValidatorSpec contains(String text) {
        return builtin("contains", text);
    }

    /** Does not contain this text. */
    public static ValidatorSpec notContains(String text) {
        return builtin("notContains", text);
    }

    /** One of these values. */
    public static ValidatorSpec isIn(Object... values) {
        return builtin("isIn", List.of(values));
    }

    /** None of these values. */
    public static ValidatorSpec notIn(Object... values) {
        return builtin("notIn", List.of(values));
    }

    /** Length between {@code min} and {@code max} characters. */
    public static ValidatorSpec len(int min, int max) {
        return builtin("len", min, max);
    }

    /** At least {@code min} characters. */
    public static ValidatorSpec len(int min) {
        return builtin("len", min);
    }

    /** A UUID of a version (3, 4, 5, … or "all"). */
    public static ValidatorSpec isUUID(Object version) {
        return builtin("isUUID", version);
    }

    /** A date. */
    public static ValidatorSpec isDate() {
        return builtin("isDate", true);
    }

    /** A date after this one. */
    public static ValidatorSpec isAfter(String date) {
        return builtin("isAfter", date);
    }

    /** A date before this one. */
    public static ValidatorSpec isBefore(String date) {
        return builtin("isBefore", date);
    }

    /** At most this number. */
    public static ValidatorSpec max(Number value) {
        return builtin("max", value);
    }

    /** At least this number. */
    public static ValidatorSpec min(Number value) {
        return builtin("min", value);
    }

    /** A credit-card number. */
    public static ValidatorSpec isCreditCard() {
        return builtin("isCreditCard");
    }

    /** A custom validator: throw to reject, with the exception's message as the error message. */
    public static <M extends Model> ValidatorSpec custom(String name, AttributeValidator<M> validator) {
        return ValidatorSpec.custom(name, validator);
    }
}
