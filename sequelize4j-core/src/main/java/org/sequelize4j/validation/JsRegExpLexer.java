package org.sequelize4j.validation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The lexical half of {@link JsRegExpTranslator}: a cursor over one JavaScript pattern and the
 * readers for everything written with a backslash (character escapes, legacy octal, backslash-u
 * forms, {@code \d}-style sets, Unicode properties) and for quantifier braces, each following
 * ECMAScript's grammar with or without the {@code u} flag.
 */
abstract class JsRegExpLexer {

    /** First of the private-use code points that stand for surrogate units without {@code u}. */
    static final int SURROGATE_BASE = 0x100000;
    static final int MAX_CODE_POINT = 0x10FFFF;

    /** JavaScript's {@code \s}; read-only once built. */
    private static final BitSet WHITE_SPACE = new BitSet();

    /** General category long names (as JavaScript accepts them) to the short names Java knows. */
    private static final Map<String, String> CATEGORY_ALIASES = new HashMap<>();

    static {
        for (int i = 0; i <= 0xFFFF; i++) {
            if (JsValues.isWhitespace((char) i)) {
                WHITE_SPACE.set(i);
            }
        }
        String[] aliases = {
            "Letter", "L", "Cased_Letter", "LC", "Uppercase_Letter", "Lu", "Lowercase_Letter", "Ll",
            "Titlecase_Letter", "Lt", "Modifier_Letter", "Lm", "Other_Letter", "Lo", "Mark", "M",
            "Combining_Mark", "M", "Nonspacing_Mark", "Mn", "Spacing_Mark", "Mc", "Enclosing_Mark", "Me",
            "Number", "N", "Decimal_Number", "Nd", "digit", "Nd", "Letter_Number", "Nl", "Other_Number", "No",
            "Punctuation", "P", "punct", "P", "Connector_Punctuation", "Pc", "Dash_Punctuation", "Pd",
            "Open_Punctuation", "Ps", "Close_Punctuation", "Pe", "Initial_Punctuation", "Pi",
            "Final_Punctuation", "Pf", "Other_Punctuation", "Po", "Symbol", "S", "Math_Symbol", "Sm",
            "Currency_Symbol", "Sc", "Modifier_Symbol", "Sk", "Other_Symbol", "So", "Separator", "Z",
            "Space_Separator", "Zs", "Line_Separator", "Zl", "Paragraph_Separator", "Zp", "Other", "C",
            "Control", "Cc", "cntrl", "Cc", "Format", "Cf", "Surrogate", "Cs", "Private_Use", "Co",
            "Unassigned", "Cn",
        };
        for (int i = 0; i < aliases.length; i += 2) {
            CATEGORY_ALIASES.put(aliases[i], aliases[i + 1]);
        }
    }

    final String src;
    final String flags;
    final boolean ignoreCase;
    final boolean multiline;
    final boolean dotAll;
    final boolean unicode;
    /** Capturing group names to their numbers, for {@code \k<name>}. */
    final Map<String, Integer> groupNames = new HashMap<>();
    int totalGroups;
    int pos;

    JsRegExpLexer(String src, String flags, boolean ignoreCase, boolean multiline, boolean dotAll, boolean unicode) {
        this.src = src;
        this.flags = flags;
        this.ignoreCase = ignoreCase;
        this.multiline = multiline;
        this.dotAll = dotAll;
        this.unicode = unicode;
    }

    IllegalArgumentException error(String what) {
        return syntax(src, flags, what);
    }

    static IllegalArgumentException syntax(String source, String flags, String what) {
        return new IllegalArgumentException("Invalid regular expression /" + source + "/" + flags + ": " + what);
    }

    /** Back references may point forward, so capturing groups are counted up front. */
    void countGroups() {
        int i = 0;
        int n = src.length();
        int index = 0;
        boolean inClass = false;
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                }
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                if (i + 1 < n && src.charAt(i + 1) == '?') {
                    if (i + 2 < n && src.charAt(i + 2) == '<' && i + 3 < n
                            && src.charAt(i + 3) != '=' && src.charAt(i + 3) != '!') {
                        index++;
                        int close = src.indexOf('>', i + 3);
                        if (close > 0) {
                            String name = src.substring(i + 3, close);
                            if (groupNames.put(name, index) != null) {
                                throw error("duplicate capture group name '" + name + "'");
                            }
                        }
                    }
                } else {
                    index++;
                }
            }
            i++;
        }
        totalGroups = index;
    }

    boolean more() {
        return pos < src.length();
    }

    char peek() {
        return src.charAt(pos);
    }

    boolean lookingAt(String s) {
        return src.startsWith(s, pos);
    }

    /** Returns the index just past a valid {@code {n}}, {@code {n,}} or {@code {n,m}} at i, or -1. */
    int quantifierEnd(int i) {
        int n = src.length();
        if (i >= n || src.charAt(i) != '{') {
            return -1;
        }
        int j = i + 1;
        int digits = j;
        while (j < n && isDigit(src.charAt(j))) {
            j++;
        }
        if (j == digits) {
            return -1;
        }
        if (j < n && src.charAt(j) == ',') {
            j++;
            while (j < n && isDigit(src.charAt(j))) {
                j++;
            }
        }
        return j < n && src.charAt(j) == '}' ? j + 1 : -1;
    }

    long clampCount(String digits) {
        // JavaScript accepts counts up to 2^53; Java needs an int, and no input is that long.
        if (digits.length() > 9) {
            return Integer.MAX_VALUE - 1;
        }
        return Math.min(Long.parseLong(digits), Integer.MAX_VALUE - 1);
    }

    void checkGroupName(String name) {
        if (name.isEmpty()) {
            throw error("invalid capture group name");
        }
        int first = name.codePointAt(0);
        if (!(first == '$' || first == '_' || Character.isUnicodeIdentifierStart(first))) {
            throw error("invalid capture group name");
        }
        for (int i = Character.charCount(first); i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (!(cp == '$' || cp == 0x200C || cp == 0x200D || Character.isUnicodeIdentifierPart(cp))
                    || Character.isIdentifierIgnorable(cp)) {
                throw error("invalid capture group name");
            }
            i += Character.charCount(cp);
        }
    }

    void expect(char c) {
        if (!more() || peek() != c) {
            throw error(c == ')' ? "unterminated group" : "expected '" + c + "'");
        }
        pos++;
    }

    /**
     * Reads a character escape (the part after the backslash) and returns its code point.
     * For the Annex B case where {@code \c} is not followed by a control letter the result is
     * a backslash and the {@code c} is left to be read as an ordinary character.
     */
    int characterEscape(boolean inClass) {
        char c = peek();
        switch (c) {
            case 'f': pos++; return '\f';
            case 'n': pos++; return '\n';
            case 'r': pos++; return '\r';
            case 't': pos++; return '\t';
            case 'v': pos++; return 0x0B;
            case 'c': {
                if (pos + 1 < src.length()) {
                    char l = src.charAt(pos + 1);
                    boolean letter = (l >= 'a' && l <= 'z') || (l >= 'A' && l <= 'Z');
                    boolean classExtra = inClass && !unicode && (isDigit(l) || l == '_');
                    if (letter || classExtra) {
                        pos += 2;
                        return l % 32;
                    }
                }
                if (unicode) {
                    throw error("invalid unicode escape");
                }
                // "\c" not followed by a control letter matches a backslash; the 'c' is
                // then read as an ordinary character.
                return '\\';
            }
            case '0':
                if (pos + 1 >= src.length() || !isDigit(src.charAt(pos + 1))) {
                    pos++;
                    return 0;
                }
                if (unicode) {
                    throw error("invalid decimal escape");
                }
                return octal();
            case 'x': {
                if (pos + 2 < src.length() && isHex(src.charAt(pos + 1)) && isHex(src.charAt(pos + 2))) {
                    int v = Integer.parseInt(src.substring(pos + 1, pos + 3), 16);
                    pos += 3;
                    return v;
                }
                if (unicode) {
                    throw error("invalid escape");
                }
                pos++;
                return 'x';
            }
            case 'u':
                return unicodeEscape();
            default:
                break;
        }
        if (c >= '1' && c <= '7' && !unicode) {
            return octal();
        }
        if (unicode) {
            boolean syntaxChar = "^$\\.*+?()[]{}|/".indexOf(c) >= 0 || (inClass && c == '-');
            if (!syntaxChar) {
                throw error("invalid escape");
            }
        }
        if (Character.isHighSurrogate(c) && pos + 1 < src.length() && Character.isLowSurrogate(src.charAt(pos + 1))
                && unicode) {
            int cp = src.codePointAt(pos);
            pos += 2;
            return cp;
        }
        pos++;
        return c;
    }

    int octal() {
        int value = src.charAt(pos) - '0';
        pos++;
        if (more() && isOctal(peek())) {
            value = value * 8 + (peek() - '0');
            pos++;
            if (value < 32 && more() && isOctal(peek())) {
                value = value * 8 + (peek() - '0');
                pos++;
            }
        }
        return value;
    }

    int unicodeEscape() {
        // pos is at 'u'
        if (unicode && pos + 1 < src.length() && src.charAt(pos + 1) == '{') {
            int close = src.indexOf('}', pos + 2);
            if (close < 0 || close == pos + 2) {
                throw error("invalid unicode escape");
            }
            String hex = src.substring(pos + 2, close);
            for (int i = 0; i < hex.length(); i++) {
                if (!isHex(hex.charAt(i))) {
                    throw error("invalid unicode escape");
                }
            }
            int first = 0;
            while (first < hex.length() - 1 && hex.charAt(first) == '0') {
                first++;
            }
            String digits = hex.substring(first);
            if (digits.length() > 6 || Integer.parseInt(digits, 16) > MAX_CODE_POINT) {
                throw error("invalid unicode escape");
            }
            pos = close + 1;
            return Integer.parseInt(digits, 16);
        }
        int v = hex4(pos + 1);
        if (v < 0) {
            if (unicode) {
                throw error("invalid unicode escape");
            }
            pos++;
            return 'u';
        }
        pos += 5;
        if (unicode && Character.isHighSurrogate((char) v) && lookingAt("\\u")) {
            int low = hex4(pos + 2);
            if (low >= 0 && Character.isLowSurrogate((char) low)) {
                pos += 6;
                return Character.toCodePoint((char) v, (char) low);
            }
        }
        return v;
    }

    int hex4(int i) {
        if (i + 4 > src.length()) {
            return -1;
        }
        for (int k = i; k < i + 4; k++) {
            if (!isHex(src.charAt(k))) {
                return -1;
            }
        }
        return Integer.parseInt(src.substring(i, i + 4), 16);
    }

    /** The code points of \d, \D, \w, \W, \s or \S in the current mode. */
    BitSet classEscapeSet(char c) {
        BitSet set = new BitSet();
        switch (Character.toLowerCase(c)) {
            case 'd':
                set.set('0', '9' + 1);
                break;
            case 'w':
                set.set('0', '9' + 1);
                set.set('A', 'Z' + 1);
                set.set('a', 'z' + 1);
                set.set('_');
                if (unicode && ignoreCase) {
                    // With u and i, JavaScript's \w also takes what case-folds into it.
                    set.set(0x017F);
                    set.set(0x212A);
                }
                break;
            default:
                set.or(WHITE_SPACE);
        }
        if (Character.isUpperCase(c)) {
            set.flip(0, universe());
        }
        return set;
    }

    int universe() {
        return unicode ? MAX_CODE_POINT + 1 : 0x10000;
    }

    String propertyEscape() {
        boolean negated = peek() == 'P';
        pos++;
        if (!more() || peek() != '{') {
            throw error("invalid property name");
        }
        int close = src.indexOf('}', pos);
        if (close < 0) {
            throw error("invalid property name");
        }
        String body = src.substring(pos + 1, close);
        pos = close + 1;
        String property = javaProperty(body);
        if (property == null) {
            throw new IllegalArgumentException("Regular expression /" + src + "/" + flags
                    + ": Unicode property \\p{" + body + "} is not supported by java.util.regex");
        }
        return (negated ? "\\P{" : "\\p{") + property + "}";
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * Maps a JavaScript Unicode property escape body ({@code L}, {@code Script=Greek},
     * {@code General_Category=Lu}, ...) to a java.util.regex property name, or returns
     * {@code null} if Java has no equivalent spelling.
     */
    static String javaProperty(String body) {
        int eq = body.indexOf('=');
        List<String> candidates = new ArrayList<>();
        if (eq >= 0) {
            String key = body.substring(0, eq);
            String value = body.substring(eq + 1);
            switch (key) {
                case "General_Category": case "gc":
                    candidates.add(CATEGORY_ALIASES.getOrDefault(value, value));
                    break;
                case "Script": case "sc":
                    candidates.add("sc=" + value);
                    break;
                default:
                    return null;
            }
        } else {
            candidates.add(CATEGORY_ALIASES.getOrDefault(body, body));
            candidates.add("Is" + body);
            candidates.add("Is" + body.replace("_", ""));
        }
        for (String candidate : candidates) {
            try {
                Pattern.compile("\\p{" + candidate + "}");
                return candidate;
            } catch (PatternSyntaxException e) {
                // try the next spelling
            }
        }
        return null;
    }
}
