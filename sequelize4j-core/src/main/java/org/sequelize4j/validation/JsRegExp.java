package org.sequelize4j.validation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A JavaScript regular expression ({@code new RegExp(source, flags)}) that runs on
 * java.util.regex with JavaScript's results, for Sequelize's {@code is}, {@code not},
 * {@code regex} and {@code notRegex} validators and for the validator.js options that take
 * pattern text ({@code blacklisted_chars}, {@code ignore}).
 *
 * <p>The dialects differ in ways that change outcomes, so the source is parsed with JavaScript's
 * grammar (including the web-compatibility rules of Annex B when {@code u} is absent) and
 * re-emitted explicitly by {@link JsRegExpTranslator}:
 * <ul>
 *   <li>{@code $} means end of input (Java's also matches before a final line break);
 *       {@code .} excludes only line feed, carriage return, U+2028 and U+2029;</li>
 *   <li>{@code \s} is JavaScript's Unicode white space, {@code \b} and {@code \w} are ASCII,
 *       {@code \v} is one character, {@code \0} and legacy octal escapes are characters;</li>
 *   <li>{@code [} and {@code &&} inside a class are literal, {@code []} never matches and
 *       {@code [^]} matches anything, an opening brace that starts no quantifier is literal;</li>
 *   <li>{@code \8} and references to missing groups are literal or octal, forward references
 *       are allowed, named groups may use any identifier;</li>
 *   <li>{@code i} folds case as JavaScript does (without {@code u}, {@code ſ} is not
 *       {@code s} and {@code ı} is not {@code i}), by listing every case partner;</li>
 *   <li>without {@code u} an astral character counts as two units, so {@code /^.$/} rejects
 *       an emoji while {@code /^..$/} accepts it.</li>
 * </ul>
 * Flags {@code g} and {@code d} do not change a yes/no test; {@code y} anchors the match at the
 * start; {@code v} is rejected. Remaining differences are confined to rare constructs: a back
 * reference to a group that has not taken part fails in Java but matches empty in JavaScript,
 * back references and {@code \p} classes under {@code i} use Java's Unicode case folding, and
 * lookbehind must have a bounded length.
 *
 * <p>Instances are immutable and thread-safe; {@link #of(String, String)} caches translations.
 */
public final class JsRegExp {

    private static final int CACHE_LIMIT = 512;
    private static final Map<String, JsRegExp> CACHE = new ConcurrentHashMap<>();

    private final String source;
    private final String flags;
    private final Pattern pattern;
    private final boolean sticky;
    private final boolean global;
    private final boolean unicode;

    private JsRegExp(String source, String flags, Pattern pattern) {
        this.source = source;
        this.flags = flags;
        this.pattern = pattern;
        this.sticky = flags.indexOf('y') >= 0;
        this.global = flags.indexOf('g') >= 0;
        this.unicode = flags.indexOf('u') >= 0;
    }

    /**
     * Compiles {@code new RegExp(source, flags)}; repeated calls with the same arguments return
     * a cached instance.
     *
     * @param source the JavaScript pattern source (without slashes)
     * @param flags the flags, e.g. {@code "i"}, or {@code null} for none
     * @return the compiled expression
     * @throws IllegalArgumentException if JavaScript would throw a SyntaxError, or the pattern
     *     needs a construct java.util.regex cannot express
     */
    public static JsRegExp of(String source, String flags) {
        String f = flags == null ? "" : flags;
        String key = f + '/' + source;
        JsRegExp cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        JsRegExp compiled = compile(source, f);
        if (CACHE.size() >= CACHE_LIMIT) {
            // Patterns come from model definitions, so there are few; this only bounds memory
            // if a caller builds patterns from data.
            CACHE.clear();
        }
        CACHE.put(key, compiled);
        return compiled;
    }

    /**
     * Reports whether the expression matches somewhere in the input, which is what a truthy
     * {@code input.match(regexp)} means in JavaScript (at the very start only, for the {@code y}
     * flag).
     *
     * @param input the string to search
     * @return {@code true} on a match
     */
    public boolean test(String input) {
        Matcher m = pattern.matcher(javaInput(input));
        return sticky ? m.lookingAt() : m.find();
    }

    /**
     * JavaScript's {@code input.replace(regexp, '')}: removes the first match, or every match
     * with the {@code g} flag (with {@code y}, only matches that follow on from the start).
     */
    String removeMatches(String input) {
        String in = javaInput(input);
        Matcher m = pattern.matcher(in).useTransparentBounds(true).useAnchoringBounds(false);
        StringBuilder sb = new StringBuilder(in.length());
        int kept = 0;
        int lastIndex = 0;
        while (lastIndex <= in.length()) {
            boolean found;
            if (sticky) {
                m.region(lastIndex, in.length());
                found = m.lookingAt();
            } else {
                found = m.find(lastIndex);
            }
            if (!found) {
                break;
            }
            sb.append(in, kept, m.start());
            kept = m.end();
            if (!global) {
                break;
            }
            if (m.end() > m.start()) {
                lastIndex = m.end();
            } else {
                // After an empty match JavaScript steps one character on before searching again.
                lastIndex = m.end() + (m.end() < in.length() ? Character.charCount(in.codePointAt(m.end())) : 1);
            }
        }
        sb.append(in, kept, in.length());
        String result = sb.toString();
        return unicode ? result : unmapSurrogates(result);
    }

    private String javaInput(String input) {
        // Without 'u' the pattern refers to surrogate units through stand-ins (see the translator).
        return unicode ? input : mapSurrogates(input);
    }

    /**
     * Rewrites each surrogate unit of the input as its private-use stand-in, so that a pattern
     * translated without {@code u} sees the units one by one. Returns the input itself when it
     * holds no surrogates, which is the common case.
     */
    private static String mapSurrogates(String input) {
        int n = input.length();
        int i = 0;
        while (i < n && !Character.isSurrogate(input.charAt(i))) {
            i++;
        }
        if (i == n) {
            return input;
        }
        StringBuilder sb = new StringBuilder(n + 16).append(input, 0, i);
        for (; i < n; i++) {
            char c = input.charAt(i);
            if (Character.isSurrogate(c)) {
                sb.appendCodePoint(JsRegExpLexer.SURROGATE_BASE + c);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Reverses {@link #mapSurrogates(String)}. */
    private static String unmapSurrogates(String mapped) {
        StringBuilder sb = new StringBuilder(mapped.length());
        for (int i = 0; i < mapped.length(); ) {
            int cp = mapped.codePointAt(i);
            if (cp >= JsRegExpLexer.SURROGATE_BASE + 0xD800 && cp <= JsRegExpLexer.SURROGATE_BASE + 0xDFFF) {
                sb.append((char) (cp - JsRegExpLexer.SURROGATE_BASE));
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** @return the JavaScript source this expression was built from */
    public String source() {
        return source;
    }

    /** @return the JavaScript flags this expression was built with */
    public String flags() {
        return flags;
    }

    /** The JavaScript literal form, e.g. {@code /^[a-z]+$/i}. */
    @Override
    public String toString() {
        return "/" + source + "/" + flags;
    }

    private static JsRegExp compile(String source, String flags) {
        boolean ignoreCase = false;
        boolean multiline = false;
        boolean dotAll = false;
        boolean unicode = false;
        for (int i = 0; i < flags.length(); i++) {
            char c = flags.charAt(i);
            if (flags.indexOf(c, i + 1) >= 0) {
                throw JsRegExpLexer.syntax(source, flags, "duplicate flag '" + c + "'");
            }
            switch (c) {
                case 'g': case 'd': case 'y':
                    break;
                case 'i': ignoreCase = true; break;
                case 'm': multiline = true; break;
                case 's': dotAll = true; break;
                case 'u': unicode = true; break;
                case 'v':
                    throw new IllegalArgumentException("Regular expression /" + source + "/" + flags
                            + ": the 'v' flag (set notation) is not supported");
                default:
                    throw JsRegExpLexer.syntax(source, flags, "invalid flag '" + c + "'");
            }
        }
        String java = new JsRegExpTranslator(source, flags, ignoreCase, multiline, dotAll, unicode).translate();
        try {
            return new JsRegExp(source, flags, Pattern.compile(java));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Regular expression /" + source + "/" + flags
                    + " is valid JavaScript but cannot be run by java.util.regex: " + e.getDescription(), e);
        }
    }
}
