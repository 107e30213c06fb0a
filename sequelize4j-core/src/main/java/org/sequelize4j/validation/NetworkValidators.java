package org.sequelize4j.validation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Email, URL, host name and IP address validators, ported from validator.js 13.15.35 as
 * Sequelize 6.37.8 uses them ({@code isEmail}, {@code isUrl}/{@code isURL}, {@code isIP},
 * {@code isIPv4}, {@code isIPv6}, plus {@code isFQDN}, which the others build on).
 *
 * <p>Options are passed as maps with validator.js's option names (for example
 * {@code Map.of("allow_display_name", true)}) and read with JavaScript truthiness, so a caller
 * can hand over the options object of a Sequelize model definition unchanged. All methods are
 * stateless and thread-safe.
 */
public final class NetworkValidators {

    private static final String IPV4_SEGMENT = "(?:[0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])";
    private static final String IPV4_ADDRESS = "(" + IPV4_SEGMENT + "[.]){3}" + IPV4_SEGMENT;
    private static final String IPV6_SEGMENT = "(?:[0-9a-fA-F]{1,4})";
    private static final Pattern IPV4 = Pattern.compile(IPV4_ADDRESS);
    // Same alternatives as validator.js, one per count of leading segments before "::".
    private static final Pattern IPV6 = Pattern.compile("("
            + "(?:" + IPV6_SEGMENT + ":){7}(?:" + IPV6_SEGMENT + "|:)|"
            + "(?:" + IPV6_SEGMENT + ":){6}(?:" + IPV4_ADDRESS + "|:" + IPV6_SEGMENT + "|:)|"
            + "(?:" + IPV6_SEGMENT + ":){5}(?::" + IPV4_ADDRESS + "|(:" + IPV6_SEGMENT + "){1,2}|:)|"
            + "(?:" + IPV6_SEGMENT + ":){4}(?:(:" + IPV6_SEGMENT + "){0,1}:" + IPV4_ADDRESS + "|(:" + IPV6_SEGMENT + "){1,3}|:)|"
            + "(?:" + IPV6_SEGMENT + ":){3}(?:(:" + IPV6_SEGMENT + "){0,2}:" + IPV4_ADDRESS + "|(:" + IPV6_SEGMENT + "){1,4}|:)|"
            + "(?:" + IPV6_SEGMENT + ":){2}(?:(:" + IPV6_SEGMENT + "){0,3}:" + IPV4_ADDRESS + "|(:" + IPV6_SEGMENT + "){1,5}|:)|"
            + "(?:" + IPV6_SEGMENT + ":){1}(?:(:" + IPV6_SEGMENT + "){0,4}:" + IPV4_ADDRESS + "|(:" + IPV6_SEGMENT + "){1,6}|:)|"
            + "(?::((?::" + IPV6_SEGMENT + "){0,5}:" + IPV4_ADDRESS + "|(?::" + IPV6_SEGMENT + "){1,7}|:))"
            + ")(%[0-9a-zA-Z.]{1,})?");

    private static final Pattern URL_PROTOCOL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+\\-.]*):");
    private static final Pattern URL_AUTH = Pattern.compile("[a-zA-Z0-9\\-_.%:]*");
    private static final Pattern PERCENT_ENCODED = Pattern.compile("%[0-9a-fA-F]{2}");
    private static final Pattern WRAPPED_IPV6 = Pattern.compile("\\[([^\\]]+)\\](?::([0-9]+))?");

    static final ValidatorOptions FQDN_DEFAULTS = ValidatorOptions.of(Map.of(
            "require_tld", true,
            "allow_underscores", false,
            "allow_trailing_dot", false,
            "allow_numeric_tld", false,
            "allow_wildcard", false,
            "ignore_max_length", false));

    private static final ValidatorOptions URL_DEFAULTS = ValidatorOptions.of(Map.ofEntries(
            Map.entry("protocols", List.of("http", "https", "ftp")),
            Map.entry("require_tld", true),
            Map.entry("require_protocol", false),
            Map.entry("require_host", true),
            Map.entry("require_port", false),
            Map.entry("require_valid_protocol", true),
            Map.entry("allow_underscores", false),
            Map.entry("allow_trailing_dot", false),
            Map.entry("allow_protocol_relative_urls", false),
            Map.entry("allow_fragments", true),
            Map.entry("allow_query_components", true),
            Map.entry("validate_length", true),
            Map.entry("max_allowed_length", 2084)));

    private NetworkValidators() {
    }

    // ---- IP ------------------------------------------------------------------------------------

    /**
     * Sequelize's {@code isIP} without a version: an IPv4 or IPv6 address. IPv4 must be dotted
     * decimal without leading zeros; IPv6 may embed IPv4 and carry a zone ({@code fe80::1%eth0}).
     *
     * @param str the value string
     * @return whether it is an address of either family
     */
    public static boolean isIP(String str) {
        return isIPv4(str) || isIPv6(str);
    }

    /**
     * Sequelize's {@code isIP} with a version.
     *
     * @param str the value string
     * @param version 4 or 6
     * @return whether it is an address of that family
     * @throws IllegalArgumentException for any other version
     */
    public static boolean isIP(String str, int version) {
        if (version == 4) {
            return isIPv4(str);
        }
        if (version == 6) {
            return isIPv6(str);
        }
        throw new IllegalArgumentException("isIP: version must be 4 or 6, got " + version);
    }

    /**
     * Sequelize's {@code isIPv4}: four decimal octets 0-255 without leading zeros.
     *
     * @param str the value string
     * @return whether it is an IPv4 address
     */
    public static boolean isIPv4(String str) {
        return IPV4.matcher(str).matches();
    }

    /**
     * Sequelize's {@code isIPv6}: any RFC 4291 text form, optionally with an embedded IPv4
     * address and a {@code %zone} suffix.
     *
     * @param str the value string
     * @return whether it is an IPv6 address
     */
    public static boolean isIPv6(String str) {
        return IPV6.matcher(str).matches();
    }

    // ---- FQDN ----------------------------------------------------------------------------------

    /**
     * validator.js's {@code isFQDN} with default options: dot-separated labels of letters,
     * digits, hyphens and non-ASCII characters, with a top-level domain of at least two letters
     * (or an {@code xn--} label).
     *
     * @param str the value string
     * @return whether it is a fully qualified domain name
     */
    public static boolean isFQDN(String str) {
        return isFQDN(str, FQDN_DEFAULTS);
    }

    /**
     * validator.js's {@code isFQDN}. Options: {@code require_tld}, {@code allow_underscores},
     * {@code allow_trailing_dot}, {@code allow_numeric_tld}, {@code allow_wildcard},
     * {@code ignore_max_length}.
     *
     * @param str the value string
     * @param options the options, or {@code null} for the defaults
     * @return whether it is a fully qualified domain name
     */
    public static boolean isFQDN(String str, Map<String, ?> options) {
        return isFQDN(str, ValidatorOptions.of(options, FQDN_DEFAULTS));
    }

    static boolean isFQDN(String str, ValidatorOptions options) {
        if (options.truthy("allow_trailing_dot") && str.endsWith(".")) {
            str = str.substring(0, str.length() - 1);
        }
        if (options.isTrue("allow_wildcard") && str.startsWith("*.")) {
            str = str.substring(2);
        }
        List<String> parts = split(str, '.');
        String tld = parts.get(parts.size() - 1);
        if (options.truthy("require_tld")) {
            if (parts.size() < 2) {
                return false;
            }
            if (!options.truthy("allow_numeric_tld") && !isTld(tld)) {
                return false;
            }
            for (int i = 0; i < tld.length(); i++) {
                if (JsValues.isWhitespace(tld.charAt(i))) {
                    return false;
                }
            }
        }
        if (!options.truthy("allow_numeric_tld") && !tld.isEmpty() && allAsciiDigits(tld)) {
            return false;
        }
        boolean ignoreMaxLength = options.truthy("ignore_max_length");
        boolean allowUnderscores = options.truthy("allow_underscores");
        for (String part : parts) {
            if (part.length() > 63 && !ignoreMaxLength) {
                return false;
            }
            if (!isLabel(part)) {
                return false;
            }
            if (part.startsWith("-") || part.endsWith("-")) {
                return false;
            }
            if (!allowUnderscores && part.indexOf('_') >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * validator.js's TLD rule: two or more letters (ASCII, or U+00A1-U+00A8, U+00AA-U+D7FF,
     * U+F900-U+FDCF, U+FDF0-U+FFEF), or {@code xn} followed by two or more of {@code [a-z0-9-]}.
     */
    private static boolean isTld(String tld) {
        int n = tld.length();
        boolean letters = n >= 2;
        for (int i = 0; i < n && letters; i++) {
            char c = tld.charAt(i);
            letters = isAsciiLetter(c) || (c >= 0xA1 && c <= 0xA8) || (c >= 0xAA && c <= 0xD7FF)
                    || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFEF);
        }
        if (letters) {
            return true;
        }
        if (n < 4 || (tld.charAt(0) | 0x20) != 'x' || (tld.charAt(1) | 0x20) != 'n') {
            return false;
        }
        for (int i = 2; i < n; i++) {
            char c = tld.charAt(i);
            if (!(isAsciiLetter(c) || isAsciiDigit(c) || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A label: ASCII letters, digits, {@code _}, {@code -} or any unit from U+00A1 up, but not the
     * full-width forms U+FF01 to U+FF5E.
     * Checked per UTF-16 unit, as JavaScript does, so astral characters pass as surrogates.
     */
    private static boolean isLabel(String part) {
        if (part.isEmpty()) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            boolean allowed = isAsciiLetter(c) || isAsciiDigit(c) || c == '_' || c == '-' || c >= 0xA1;
            if (!allowed || (c >= 0xFF01 && c <= 0xFF5E)) {
                return false;
            }
        }
        return true;
    }

    // ---- Email ---------------------------------------------------------------------------------

    /**
     * Sequelize's {@code isEmail} with default options: a local part (UTF-8 letters allowed, or a
     * quoted string) and a fully qualified domain, at most 254 characters, with a local part of
     * at most 64 and a domain of at most 254 UTF-8 bytes.
     *
     * @param str the value string
     * @return whether it is an email address
     */
    public static boolean isEmail(String str) {
        return isEmail(str, null);
    }

    /**
     * Sequelize's {@code isEmail}. Options (validator.js names): {@code allow_display_name},
     * {@code require_display_name}, {@code allow_utf8_local_part}, {@code require_tld},
     * {@code allow_underscores}, {@code allow_ip_domain}, {@code domain_specific_validation},
     * {@code blacklisted_chars} (the body of a JavaScript character class),
     * {@code ignore_max_length}, {@code host_blacklist} and {@code host_whitelist} (lists of
     * strings, {@link JsRegExp} or {@link Pattern}).
     *
     * @param str the value string
     * @param options the options, or {@code null} for the defaults
     * @return whether it is an email address
     * @throws IllegalArgumentException if {@code blacklisted_chars} is not a valid class body or a
     *     host list is not a list
     */
    public static boolean isEmail(String str, Map<String, ?> options) {
        return EmailRules.isEmail(str, options);
    }

    // ---- URL -----------------------------------------------------------------------------------

    /**
     * Sequelize's {@code isUrl}, which always calls validator.js's {@code isURL} with default
     * options (protocol optional, one of http, https or ftp; a host name with a TLD, an IPv4
     * address or a bracketed IPv6 address; at most 2084 characters). Sequelize ignores any
     * arguments given to {@code isUrl}; use {@link #isURL(String, Map)} for options.
     *
     * @param str the value string
     * @return whether it is a URL
     */
    public static boolean isUrl(String str) {
        return isURL(str, null);
    }

    /**
     * validator.js's {@code isURL} (Sequelize's {@code isURL} key). Options: {@code protocols},
     * {@code require_tld}, {@code require_protocol}, {@code require_host}, {@code require_port},
     * {@code require_valid_protocol}, {@code allow_underscores}, {@code allow_trailing_dot},
     * {@code allow_protocol_relative_urls}, {@code allow_fragments},
     * {@code allow_query_components}, {@code disallow_auth}, {@code validate_length},
     * {@code max_allowed_length}, {@code host_whitelist}, {@code host_blacklist}, and the isFQDN
     * options, which are passed through.
     *
     * @param str the value string
     * @param options the options, or {@code null} for the defaults
     * @return whether it is a URL
     */
    public static boolean isURL(String str, Map<String, ?> options) {
        String url = str;
        if (url.isEmpty()) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '<' || c == '>' || JsValues.isWhitespace(c)) {
                return false;
            }
        }
        if (url.startsWith("mailto:")) {
            return false;
        }
        ValidatorOptions o = ValidatorOptions.of(options, URL_DEFAULTS);
        if (o.truthy("validate_length") && url.length() > JsValues.toNumber(o.get("max_allowed_length"))) {
            return false;
        }
        if (!o.truthy("allow_fragments") && url.indexOf('#') >= 0) {
            return false;
        }
        if (!o.truthy("allow_query_components") && (url.indexOf('?') >= 0 || url.indexOf('&') >= 0)) {
            return false;
        }
        url = beforeFirst(url, '#');
        url = beforeFirst(url, '?');

        boolean explicitProtocol = false;
        Matcher protocolMatch = URL_PROTOCOL.matcher(url);
        if (protocolMatch.find()) {
            String afterColon = url.substring(protocolMatch.end());
            boolean consumeProtocol;
            if (afterColon.startsWith("//")) {
                consumeProtocol = true;
            } else {
                String beforeSlash = beforeFirst(afterColon, '/');
                int at = beforeSlash.indexOf('@');
                if (at >= 0) {
                    String beforeAt = beforeSlash.substring(0, at);
                    boolean looksLikeAuth = URL_AUTH.matcher(beforeAt).matches()
                            && !PERCENT_ENCODED.matcher(beforeAt).find();
                    if (looksLikeAuth && o.truthy("require_protocol")) {
                        return false;
                    }
                    consumeProtocol = !looksLikeAuth;
                } else {
                    boolean looksLikePort = !afterColon.isEmpty() && isAsciiDigit(afterColon.charAt(0));
                    if (looksLikePort && o.truthy("require_protocol")) {
                        return false;
                    }
                    consumeProtocol = !looksLikePort;
                }
            }
            if (consumeProtocol) {
                explicitProtocol = true;
                String protocol = protocolMatch.group(1).toLowerCase(Locale.ROOT);
                if (o.truthy("require_valid_protocol") && !o.list("isURL", "protocols").contains(protocol)) {
                    return false;
                }
                url = url.substring(protocolMatch.end());
            }
        } else if (o.truthy("require_protocol")) {
            return false;
        }

        if (url.startsWith("//")) {
            if (!explicitProtocol && !o.truthy("allow_protocol_relative_urls")) {
                return false;
            }
            url = url.substring(2);
        }
        if (url.isEmpty()) {
            return false;
        }
        url = beforeFirst(url, '/');
        if (url.isEmpty() && !o.truthy("require_host")) {
            return true;
        }
        List<String> split = split(url, '@');
        if (split.size() > 1) {
            if (o.truthy("disallow_auth")) {
                return false;
            }
            if (split.get(0).isEmpty()) {
                return false;
            }
            String auth = split.remove(0);
            List<String> credentials = split(auth, ':');
            if (credentials.size() > 2) {
                return false;
            }
            if (credentials.get(0).isEmpty() && credentials.size() > 1 && credentials.get(1).isEmpty()) {
                return false;
            }
        }
        String hostname = String.join("@", split);
        String host;
        String portStr = null;
        String ipv6 = null;
        Matcher wrapped = WRAPPED_IPV6.matcher(hostname);
        if (wrapped.matches()) {
            host = "";
            ipv6 = wrapped.group(1);
            portStr = wrapped.group(2) == null || wrapped.group(2).isEmpty() ? null : wrapped.group(2);
        } else {
            List<String> hostAndPort = split(hostname, ':');
            host = hostAndPort.remove(0);
            if (!hostAndPort.isEmpty()) {
                portStr = String.join(":", hostAndPort);
            }
        }
        if (portStr != null && !portStr.isEmpty()) {
            if (!allAsciiDigits(portStr)) {
                return false;
            }
            int first = 0;
            while (first < portStr.length() - 1 && portStr.charAt(first) == '0') {
                first++;
            }
            String digits = portStr.substring(first);
            // More than five significant digits is out of range anyway, and would overflow an int.
            int port = digits.length() > 5 ? Integer.MAX_VALUE : Integer.parseInt(digits);
            if (port <= 0 || port > 65535) {
                return false;
            }
        } else if (o.truthy("require_port")) {
            return false;
        }
        if (o.truthy("host_whitelist")) {
            return ValidatorOptions.checkHost(host, o.list("isURL", "host_whitelist"));
        }
        if (host.isEmpty() && !o.truthy("require_host")) {
            return true;
        }
        if (!isIP(host) && !isFQDN(host, o.withFallback(FQDN_DEFAULTS)) && (ipv6 == null || ipv6.isEmpty() || !isIPv6(ipv6))) {
            return false;
        }
        if (host.isEmpty()) {
            host = ipv6;
        }
        return !(o.truthy("host_blacklist") && ValidatorOptions.checkHost(host, o.list("isURL", "host_blacklist")));
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** JavaScript's {@code s.split(c)}: every piece, including empty ones at either end. */
    static List<String> split(String s, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = s.indexOf(separator); i >= 0; i = s.indexOf(separator, start)) {
            parts.add(s.substring(start, i));
            start = i + 1;
        }
        parts.add(s.substring(start));
        return parts;
    }

    static String beforeFirst(String s, char c) {
        int i = s.indexOf(c);
        return i < 0 ? s : s.substring(0, i);
    }

    /** {@code s.replace(literal, '')}: JavaScript replaces only the first occurrence. */
    static String replaceFirstLiteral(String s, String literal) {
        int i = s.indexOf(literal);
        return i < 0 ? s : s.substring(0, i) + s.substring(i + literal.length());
    }

    static int count(String s, String needle) {
        int count = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) {
            count++;
        }
        return count;
    }

    /**
     * The UTF-8 length validator.js's isByteLength measures through {@code encodeURI}, or -1 when
     * the string holds a lone surrogate (encodeURI throws).
     */
    static int utf8Length(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return -1;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return -1;
            }
        }
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean allAsciiDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
