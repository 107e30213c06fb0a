package org.sequelize4j.validation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Translates one JavaScript pattern into java.util.regex syntax (see {@link JsRegExp} for the
 * differences it bridges). A recursive-descent parser over JavaScript's grammar, including
 * the Annex B extensions that apply without the {@code u} flag; it re-emits every construct
 * explicitly rather than passing text through, so nothing is left to Java's reading of it.
 *
 * <p>Without {@code u}, JavaScript works on UTF-16 units and Java on code points. The
 * translation therefore refers to a surrogate unit {@code s} as the private-use code point
 * {@code SURROGATE_BASE + s}, and {@link JsRegExp} rewrites the input the same way, so each
 * unit of an astral character is matched on its own exactly as JavaScript does.
 *
 * <p>Not thread-safe; an instance translates a single pattern once.
 */
final class JsRegExpTranslator extends JsRegExpLexer {
    private static final String ASCII_WORD_CLASS = "[A-Za-z0-9_]";
    private static final String WORD_BOUNDARY = "(?:(?<=" + ASCII_WORD_CLASS + ")(?!" + ASCII_WORD_CLASS
            + ")|(?<!" + ASCII_WORD_CLASS + ")(?=" + ASCII_WORD_CLASS + "))";
    private static final String NOT_WORD_BOUNDARY = "(?:(?<=" + ASCII_WORD_CLASS + ")(?=" + ASCII_WORD_CLASS
            + ")|(?<!" + ASCII_WORD_CLASS + ")(?!" + ASCII_WORD_CLASS + "))";
    private static final String LINE_TERMINATORS = "\\n\\r\\u2028\\u2029";
    private static final String ANY = "[\\x{0}-\\x{10FFFF}]";
    private static final String NEVER = "(?:(?!))";

    private final StringBuilder out = new StringBuilder();

    JsRegExpTranslator(String src, String flags, boolean ignoreCase, boolean multiline, boolean dotAll,
            boolean unicode) {
        super(src, flags, ignoreCase, multiline, dotAll, unicode);
    }

    String translate() {
        countGroups();
        disjunction();
        if (pos < src.length()) {
            throw error(src.charAt(pos) == ')' ? "unmatched ')'" : "unexpected character");
        }
        return out.toString();
    }

    private void disjunction() {
        alternative();
        while (more() && peek() == '|') {
            pos++;
            out.append('|');
            alternative();
        }
    }

    private void alternative() {
        while (more() && peek() != '|' && peek() != ')') {
            term();
        }
    }

    private void term() {
        char c = peek();
        int atomStart = out.length();
        boolean quantifiable = true;
        switch (c) {
            case '^':
                pos++;
                out.append(multiline ? "(?<![^" + LINE_TERMINATORS + "])" : "^");
                quantifiable = false;
                break;
            case '$':
                pos++;
                out.append(multiline ? "(?![^" + LINE_TERMINATORS + "])" : "(?![\\s\\S])");
                quantifiable = false;
                break;
            case '(':
                quantifiable = group();
                break;
            case '.':
                pos++;
                out.append(dotAll ? ANY : "[^" + LINE_TERMINATORS + "]");
                break;
            case '[':
                characterClass();
                break;
            case '*': case '+': case '?':
                throw error("nothing to repeat");
            case '{':
                if (unicode || quantifierEnd(pos) > 0) {
                    throw error("nothing to repeat");
                }
                pos++;
                literal('{');
                break;
            case ']': case '}':
                if (unicode) {
                    throw error("lone quantifier brackets");
                }
                pos++;
                literal(c);
                break;
            case '\\':
                quantifiable = atomEscape();
                break;
            default:
                if (unicode && Character.isHighSurrogate(c) && pos + 1 < src.length()
                        && Character.isLowSurrogate(src.charAt(pos + 1))) {
                    literal(src.codePointAt(pos));
                    pos += 2;
                } else {
                    pos++;
                    literal(c);
                }
        }
        quantifier(atomStart, quantifiable);
    }

    private void quantifier(int atomStart, boolean quantifiable) {
        if (!more()) {
            return;
        }
        char c = peek();
        String q;
        if (c == '*' || c == '+' || c == '?') {
            q = String.valueOf(c);
            pos++;
        } else if (c == '{') {
            int end = quantifierEnd(pos);
            if (end < 0) {
                if (unicode) {
                    throw error("incomplete quantifier");
                }
                return;
            }
            String body = src.substring(pos + 1, end - 1);
            pos = end;
            int comma = body.indexOf(',');
            long min = clampCount(comma < 0 ? body : body.substring(0, comma));
            if (comma < 0) {
                q = "{" + min + "}";
            } else if (comma == body.length() - 1) {
                q = "{" + min + ",}";
            } else {
                long max = clampCount(body.substring(comma + 1));
                if (max < min) {
                    throw error("numbers out of order in {} quantifier");
                }
                q = "{" + min + "," + max + "}";
            }
        } else {
            return;
        }
        if (!quantifiable) {
            throw error("nothing to repeat");
        }
        if (more() && peek() == '?') {
            pos++;
            q += "?";
        }
        // Wrap so the Java quantifier applies to exactly the translated atom.
        out.insert(atomStart, "(?:").append(')').append(q);
        if (more() && (peek() == '*' || peek() == '+' || peek() == '?' || quantifierEnd(pos) > 0)) {
            throw error("nothing to repeat");
        }
    }

    /** Translates a group; returns whether a quantifier may follow it. */
    private boolean group() {
        pos++;
        boolean quantifiable = true;
        if (lookingAt("?:")) {
            pos += 2;
            out.append("(?:");
        } else if (lookingAt("?=") || lookingAt("?!")) {
            // Annex B lets a lookahead be quantified without 'u'.
            out.append("(?:(").append(src, pos, pos + 2);
            pos += 2;
            quantifiable = !unicode;
            disjunction();
            expect(')');
            out.append("))");
            return quantifiable;
        } else if (lookingAt("?<=") || lookingAt("?<!")) {
            out.append('(').append(src, pos, pos + 3);
            pos += 3;
            quantifiable = false;
        } else if (lookingAt("?<")) {
            int close = src.indexOf('>', pos + 2);
            if (close < 0) {
                throw error("invalid capture group name");
            }
            checkGroupName(src.substring(pos + 2, close));
            pos = close + 1;
            out.append('(');
        } else if (lookingAt("?")) {
            throw error("invalid group");
        } else {
            out.append('(');
        }
        disjunction();
        expect(')');
        out.append(')');
        return quantifiable;
    }

    /** Translates an escape outside a class; returns whether a quantifier may follow it. */
    private boolean atomEscape() {
        pos++;
        if (!more()) {
            throw error("\\ at end of pattern");
        }
        char c = peek();
        switch (c) {
            case 'b':
                pos++;
                out.append(WORD_BOUNDARY);
                return false;
            case 'B':
                pos++;
                out.append(NOT_WORD_BOUNDARY);
                return false;
            case 'd': case 'D': case 'w': case 'W': case 's': case 'S':
                pos++;
                emitSet(fold(classEscapeSet(c)), false);
                return true;
            case 'p': case 'P':
                if (unicode) {
                    String property = propertyEscape();
                    out.append(ignoreCase ? "(?iu:" + property + ")" : property);
                    return true;
                }
                break;
            case 'k':
                if (unicode || !groupNames.isEmpty()) {
                    int close = src.indexOf('>', pos);
                    if (pos + 1 >= src.length() || src.charAt(pos + 1) != '<' || close < 0) {
                        throw error("invalid named reference");
                    }
                    Integer index = groupNames.get(src.substring(pos + 2, close));
                    if (index == null) {
                        throw error("invalid named capture referenced");
                    }
                    pos = close + 1;
                    backReference(index);
                    return true;
                }
                pos++;
                literal('k');
                return true;
            default:
                break;
        }
        if (c >= '1' && c <= '9') {
            int start = pos;
            int end = start;
            while (end < src.length() && isDigit(src.charAt(end))) {
                end++;
            }
            String digits = src.substring(start, end);
            if (digits.length() <= 9 && Integer.parseInt(digits) <= totalGroups) {
                pos = end;
                backReference(Integer.parseInt(digits));
                return true;
            }
            if (unicode) {
                throw error("invalid escape");
            }
        }
        int cp = characterEscape(false);
        literal(cp);
        return true;
    }

    /**
     * A back reference. Under {@code i} it compares loosely; Java's Unicode case-insensitive
     * comparison stands in for JavaScript's folding here, the one place the translation cannot
     * list the alternatives.
     */
    private void backReference(int group) {
        out.append(ignoreCase ? "(?iu:\\" : "(?:\\").append(group).append(')');
    }

    /** Emits one literal character, expanded to its case partners under 'i'. */
    private void literal(int cp) {
        if (ignoreCase) {
            BitSet one = new BitSet();
            one.set(cp);
            BitSet closed = fold(one);
            if (closed.cardinality() > 1) {
                emitSet(closed, false);
                return;
            }
        }
        appendClassChar(out, javaCodePoint(cp));
    }

    /** Closes a set under JavaScript's case folding when the 'i' flag is set. */
    private BitSet fold(BitSet set) {
        return ignoreCase ? JsCaseFolding.closure(set, unicode) : set;
    }

    /** The code point the Java pattern uses for a JavaScript one (surrogate stand-ins without 'u'). */
    private int javaCodePoint(int cp) {
        return !unicode && cp >= 0xD800 && cp <= 0xDFFF ? SURROGATE_BASE + cp : cp;
    }

    // ---- character classes ------------------------------------------------------------

    /** One parsed class atom: a single code point, or a set such as \d (then cp is -1). */
    private static final class ClassAtom {
        final int cp;
        final BitSet set;
        final String property;

        ClassAtom(int cp, BitSet set, String property) {
            this.cp = cp;
            this.set = set;
            this.property = property;
        }
    }

    private void characterClass() {
        pos++; // '['
        boolean negated = false;
        if (more() && peek() == '^') {
            negated = true;
            pos++;
        }
        BitSet members = new BitSet();
        List<String> properties = new ArrayList<>();
        while (true) {
            if (!more()) {
                throw error("unterminated character class");
            }
            if (peek() == ']') {
                pos++;
                break;
            }
            ClassAtom first = classAtom();
            if (more() && peek() == '-' && pos + 1 < src.length() && src.charAt(pos + 1) != ']') {
                pos++;
                ClassAtom second = classAtom();
                if (first.cp < 0 || second.cp < 0) {
                    if (unicode) {
                        throw error("invalid character class");
                    }
                    // Annex B: a set on either side makes the '-' literal.
                    addAtom(members, properties, first);
                    members.set('-');
                    addAtom(members, properties, second);
                    continue;
                }
                if (first.cp > second.cp) {
                    throw error("range out of order in character class");
                }
                members.set(first.cp, second.cp + 1);
                continue;
            }
            addAtom(members, properties, first);
        }
        members = fold(members);
        if (!properties.isEmpty()) {
            // Property classes (u only) cannot be expanded here; under 'i' Java's Unicode
            // folding is applied to them instead.
            StringBuilder sb = new StringBuilder(ignoreCase ? "(?iu:[" : "[");
            if (negated) {
                sb.append('^');
            }
            appendRanges(sb, members);
            for (String p : properties) {
                sb.append(p);
            }
            out.append(sb.append(ignoreCase ? "])" : "]"));
            return;
        }
        emitSet(members, negated);
    }

    private void addAtom(BitSet members, List<String> properties, ClassAtom atom) {
        if (atom.property != null) {
            properties.add(atom.property);
        } else if (atom.set != null) {
            members.or(atom.set);
        } else {
            members.set(atom.cp);
        }
    }

    private ClassAtom classAtom() {
        char c = peek();
        if (c != '\\') {
            if (unicode && Character.isHighSurrogate(c) && pos + 1 < src.length()
                    && Character.isLowSurrogate(src.charAt(pos + 1))) {
                int cp = src.codePointAt(pos);
                pos += 2;
                return new ClassAtom(cp, null, null);
            }
            pos++;
            return new ClassAtom(c, null, null);
        }
        pos++;
        if (!more()) {
            throw error("\\ at end of pattern");
        }
        c = peek();
        switch (c) {
            case 'b':
                pos++;
                return new ClassAtom('\b', null, null);
            case '-':
                pos++;
                return new ClassAtom('-', null, null);
            case 'd': case 'D': case 'w': case 'W': case 's': case 'S':
                pos++;
                return new ClassAtom(-1, classEscapeSet(c), null);
            case 'p': case 'P':
                if (unicode) {
                    return new ClassAtom(-1, null, propertyEscape());
                }
                break;
            case 'k':
                if (unicode || !groupNames.isEmpty()) {
                    throw error("invalid class escape");
                }
                break;
            default:
                break;
        }
        if (c == '8' || c == '9') {
            if (unicode) {
                throw error("invalid class escape");
            }
            pos++;
            return new ClassAtom(c, null, null);
        }
        return new ClassAtom(characterEscape(true), null, null);
    }

    /**
     * Emits a set as a Java class, or an atom that never matches when it is empty. With 'u' a
     * negated set keeps Java's {@code [^...]}; without it the complement is taken over the
     * UTF-16 units and surrogates are written as their stand-ins.
     */
    private void emitSet(BitSet members, boolean negated) {
        if (unicode) {
            if (members.isEmpty()) {
                out.append(negated ? ANY : NEVER);
                return;
            }
            StringBuilder sb = new StringBuilder(negated ? "[^" : "[");
            appendRanges(sb, members);
            out.append(sb.append(']'));
            return;
        }
        BitSet set = (BitSet) members.clone();
        set.clear(0x10000, MAX_CODE_POINT + 1);
        if (negated) {
            set.flip(0, 0x10000);
        }
        for (int u = set.nextSetBit(0xD800); u >= 0 && u <= 0xDFFF; u = set.nextSetBit(u + 1)) {
            set.clear(u);
            set.set(SURROGATE_BASE + u);
        }
        if (set.isEmpty()) {
            out.append(NEVER);
            return;
        }
        StringBuilder sb = new StringBuilder("[");
        appendRanges(sb, set);
        out.append(sb.append(']'));
    }

    private static void appendRanges(StringBuilder sb, BitSet set) {
        for (int start = set.nextSetBit(0); start >= 0; ) {
            int end = set.nextClearBit(start) - 1;
            appendClassChar(sb, start);
            if (end > start) {
                sb.append('-');
                appendClassChar(sb, end);
            }
            start = end + 1 > MAX_CODE_POINT ? -1 : set.nextSetBit(end + 1);
        }
    }

    private static void appendClassChar(StringBuilder sb, int cp) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) {
            sb.append((char) cp);
        } else {
            sb.append("\\x{").append(Integer.toHexString(cp)).append('}');
        }
    }
}
