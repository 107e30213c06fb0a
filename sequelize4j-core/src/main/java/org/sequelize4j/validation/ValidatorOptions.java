package org.sequelize4j.validation;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An options object as validator.js's {@code merge(options, defaults)} sees it: a key the caller
 * did not supply takes the default, while a key supplied as {@code null} stays {@code null}
 * (JavaScript {@code null} is not {@code undefined}). Defaults may themselves chain to further
 * defaults, as when isURL hands its options to isFQDN.
 */
final class ValidatorOptions {

    private static final ValidatorOptions EMPTY = new ValidatorOptions(Collections.emptyMap(), null);

    private final Map<String, ?> values;
    private final ValidatorOptions defaults;

    private ValidatorOptions(Map<String, ?> values, ValidatorOptions defaults) {
        this.values = values;
        this.defaults = defaults;
    }

    /** Options with no defaults. */
    static ValidatorOptions of(Map<String, ?> values) {
        return values == null ? EMPTY : new ValidatorOptions(values, null);
    }

    /** The caller's values over the given defaults. */
    static ValidatorOptions of(Map<String, ?> values, ValidatorOptions defaults) {
        return new ValidatorOptions(values == null ? Collections.emptyMap() : values, defaults);
    }

    /** These options, falling back to further defaults for keys neither level supplies. */
    ValidatorOptions withFallback(ValidatorOptions fallback) {
        ValidatorOptions chainedDefaults = defaults == null ? fallback : defaults.withFallback(fallback);
        return new ValidatorOptions(values, chainedDefaults);
    }

    Object get(String key) {
        if (values.containsKey(key)) {
            return values.get(key);
        }
        return defaults == null ? null : defaults.get(key);
    }

    /** Whether the caller supplied the key itself, like {@code options.hasOwnProperty(key)}. */
    boolean hasOwn(String key) {
        return values.containsKey(key);
    }

    boolean truthy(String key) {
        return JsValues.truthy(get(key));
    }

    /** {@code options[key] === false}: only an actual boolean false counts. */
    boolean isFalse(String key) {
        return Boolean.FALSE.equals(get(key));
    }

    /** {@code options[key] === true}. */
    boolean isTrue(String key) {
        return Boolean.TRUE.equals(get(key));
    }

    /** A list-valued option (host lists, protocols); an absent or null value is an empty list. */
    List<?> list(String validator, String key) {
        Object v = get(key);
        if (v == null) {
            return Collections.emptyList();
        }
        if (v instanceof List) {
            return (List<?>) v;
        }
        throw new IllegalArgumentException(validator + ": option '" + key + "' must be a list, got "
                + JsValues.describe(v));
    }

    /**
     * validator.js's {@code checkHost}: the host equals a string entry or matches a regular
     * expression entry ({@link JsRegExp} or {@link Pattern}).
     */
    static boolean checkHost(String host, List<?> matches) {
        for (Object match : matches) {
            if (match instanceof String && match.equals(host)) {
                return true;
            }
            if (match instanceof JsRegExp && ((JsRegExp) match).test(host)) {
                return true;
            }
            if (match instanceof Pattern && ((Pattern) match).matcher(host).find()) {
                return true;
            }
        }
        return false;
    }
}
