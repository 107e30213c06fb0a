package org.sequelize4j.validation;

import static org.sequelize4j.validation.NetworkValidators.FQDN_DEFAULTS;
import static org.sequelize4j.validation.NetworkValidators.count;
import static org.sequelize4j.validation.NetworkValidators.isAsciiDigit;
import static org.sequelize4j.validation.NetworkValidators.isAsciiLetter;
import static org.sequelize4j.validation.NetworkValidators.isFQDN;
import static org.sequelize4j.validation.NetworkValidators.isIP;
import static org.sequelize4j.validation.NetworkValidators.replaceFirstLiteral;
import static org.sequelize4j.validation.NetworkValidators.split;
import static org.sequelize4j.validation.NetworkValidators.utf8Length;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The implementation of {@link NetworkValidators#isEmail(String, Map)}, ported from validator.js
 * 13.15.35 step by step: optional display name, overall length, host lists, provider-specific
 * rules, per-part UTF-8 byte limits, the domain (FQDN or, if allowed, an IP literal), and the
 * local part (dot-separated atoms or a quoted string).
 */
final class EmailRules {

    /** {@code /^([^\x00-\x1F\x7F-\x9F\cX]+)</i}: a display name before the address. */
    private static final Pattern SPLIT_NAME_ADDRESS = Pattern.compile("([^\\x00-\\x1F\\x7F-\\x9F]+)<");
    private static final Pattern ANGLE_BRACKETS = Pattern.compile("^<|>\\z");
    private static final Pattern QUOTED_DISPLAY_NAME = Pattern.compile("\"([^\\n\\r\\u2028\\u2029]+)\"");
    private static final Pattern DISPLAY_NAME_ILLEGAL = Pattern.compile("[.\";<>]");
    private static final Pattern GMAIL_USER_PART = Pattern.compile("[a-z0-9]+");
    private static final int DEFAULT_MAX_EMAIL_LENGTH = 254;

    private static final ValidatorOptions EMAIL_DEFAULTS = ValidatorOptions.of(Map.of(
            "allow_display_name", false,
            "allow_underscores", false,
            "require_display_name", false,
            "allow_utf8_local_part", true,
            "require_tld", true,
            "blacklisted_chars", "",
            "ignore_max_length", false,
            "host_blacklist", List.of(),
            "host_whitelist", List.of()));

    private EmailRules() {
    }

    /** validator.js's isEmail with the caller's options over its defaults. */
    static boolean isEmail(String str, Map<String, ?> options) {
        ValidatorOptions o = ValidatorOptions.of(options, EMAIL_DEFAULTS);
        if (o.truthy("require_display_name") || o.truthy("allow_display_name")) {
            Matcher m = SPLIT_NAME_ADDRESS.matcher(str);
            if (m.lookingAt()) {
                String displayName = m.group(1);
                str = replaceFirstLiteral(str, displayName);
                str = ANGLE_BRACKETS.matcher(str).replaceAll("");
                if (displayName.endsWith(" ")) {
                    displayName = displayName.substring(0, displayName.length() - 1);
                }
                if (!validateDisplayName(displayName)) {
                    return false;
                }
            } else if (o.truthy("require_display_name")) {
                return false;
            }
        }
        if (!o.truthy("ignore_max_length") && str.length() > DEFAULT_MAX_EMAIL_LENGTH) {
            return false;
        }
        List<String> parts = split(str, '@');
        String domain = parts.remove(parts.size() - 1);
        String lowerDomain = domain.toLowerCase(Locale.ROOT);
        List<?> blacklist = o.list("isEmail", "host_blacklist");
        if (!blacklist.isEmpty() && ValidatorOptions.checkHost(lowerDomain, blacklist)) {
            return false;
        }
        List<?> whitelist = o.list("isEmail", "host_whitelist");
        if (!whitelist.isEmpty() && !ValidatorOptions.checkHost(lowerDomain, whitelist)) {
            return false;
        }
        String user = String.join("@", parts);
        if (o.truthy("domain_specific_validation")
                && (lowerDomain.equals("gmail.com") || lowerDomain.equals("googlemail.com"))) {
            user = user.toLowerCase(Locale.ROOT);
            String username = split(user, '+').get(0);
            int bytes = utf8Length(username.replace(".", ""));
            if (bytes < 0 || bytes < 6 || bytes > 30) {
                return false;
            }
            for (String part : split(username, '.')) {
                if (!GMAIL_USER_PART.matcher(part).matches()) {
                    return false;
                }
            }
        }
        if (o.isFalse("ignore_max_length")) {
            int userBytes = utf8Length(user);
            int domainBytes = utf8Length(domain);
            // A lone surrogate makes JavaScript's encodeURI throw, which fails the validation.
            if (userBytes < 0 || userBytes > 64 || domainBytes < 0 || domainBytes > 254) {
                return false;
            }
        }
        ValidatorOptions fqdn = ValidatorOptions.of(fqdnOptions(o), FQDN_DEFAULTS);
        if (!isFQDN(domain, fqdn)) {
            if (!o.truthy("allow_ip_domain")) {
                return false;
            }
            if (!isIP(domain)) {
                if (!domain.startsWith("[") || !domain.endsWith("]")) {
                    return false;
                }
                String bare = domain.length() >= 2 ? domain.substring(1, domain.length() - 1) : "";
                if (bare.isEmpty() || !isIP(bare)) {
                    return false;
                }
            }
        }
        if (o.truthy("blacklisted_chars")) {
            String chars = JsValues.toJsString(o.get("blacklisted_chars"));
            if (JsRegExp.of("[" + chars + "]+", "g").test(user)) {
                return false;
            }
        }
        if (!user.isEmpty() && user.charAt(0) == '"' && user.charAt(user.length() - 1) == '"') {
            String quoted = user.length() >= 2 ? user.substring(1, user.length() - 1) : "";
            return quotedLocalPart(quoted, o.truthy("allow_utf8_local_part"));
        }
        boolean utf8 = o.truthy("allow_utf8_local_part");
        for (String part : split(user, '.')) {
            if (!localPartAtom(part, utf8)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> fqdnOptions(ValidatorOptions o) {
        Map<String, Object> m = new HashMap<>();
        m.put("require_tld", o.get("require_tld"));
        m.put("ignore_max_length", o.get("ignore_max_length"));
        m.put("allow_underscores", o.get("allow_underscores"));
        return m;
    }

    /** validator.js's display-name rule (RFC 2822 phrase, quotes required around specials). */
    private static boolean validateDisplayName(String displayName) {
        Matcher quoted = QUOTED_DISPLAY_NAME.matcher(displayName);
        String unquoted = quoted.matches() ? quoted.group(1) : displayName;
        if (JsValues.trim(unquoted).isEmpty()) {
            return false;
        }
        if (DISPLAY_NAME_ILLEGAL.matcher(unquoted).find()) {
            if (unquoted.equals(displayName)) {
                return false;
            }
            // Every quote inside must be escaped with a backslash.
            if (count(unquoted, "\"") != count(unquoted, "\\\"")) {
                return false;
            }
        }
        return true;
    }

    /** An unquoted dot-separated piece of the local part, checked per UTF-16 unit. */
    private static boolean localPartAtom(String part, boolean utf8) {
        if (part.isEmpty()) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            boolean ok = isAsciiLetter(c) || isAsciiDigit(c) || "!#$%&'*+-/=?^_`{|}~".indexOf(c) >= 0
                    || (utf8 && isUtf8LocalChar(c, false));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The non-ASCII ranges validator.js allows in a local part (quoted ones also allow U+00A0). */
    private static boolean isUtf8LocalChar(char c, boolean quoted) {
        return (c >= (quoted ? 0xA0 : 0xA1) && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFEF);
    }

    /**
     * The body of a quoted local part: printable characters except {@code "} and {@code \},
     * white space, or a backslash followed by almost anything. A backslash can only start an
     * escape, so a single left-to-right pass decides it exactly as validator.js's regex does.
     */
    private static boolean quotedLocalPart(String s, boolean utf8) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                if (i + 1 >= n) {
                    return false;
                }
                char e = s.charAt(++i);
                boolean escapable = (e >= 0x01 && e <= 0x09) || e == 0x0B || e == 0x0C || (e >= 0x0D && e <= 0x7F)
                        || (utf8 && isUtf8LocalChar(e, true));
                if (!escapable) {
                    return false;
                }
                continue;
            }
            boolean plain = JsValues.isWhitespace(c) || (c >= 0x01 && c <= 0x08) || c == 0x0B || c == 0x0C
                    || (c >= 0x0E && c <= 0x1F) || c == 0x7F || c == 0x21 || (c >= 0x23 && c <= 0x5B)
                    || (c >= 0x5D && c <= 0x7E) || (utf8 && isUtf8LocalChar(c, true));
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
