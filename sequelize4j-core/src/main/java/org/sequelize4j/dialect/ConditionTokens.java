package org.sequelize4j.dialect;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CHECK condition as tokens written one way, so that the condition a model renders and the one the
 * catalog returns can be compared although the database rewrites it: identifiers lose their quotes,
 * words are lower-cased, string literals are kept by their value, a minus sign joins the number it
 * negates, parentheses go (databases add and remove them freely), {@code !=} is {@code <>},
 * {@code x BETWEEN a AND b} is {@code x >= a AND x <= b}, and a string holding a time stamp is that
 * moment (PostgreSQL writes {@code '2020-01-02T03:04:05Z'} back as {@code '2020-01-02 03:04:05+00'}). Each dialect's {@link SchemaComparison}
 * rewrites further what its own database spells differently.
 */
public final class ConditionTokens {

    /** What a token is. */
    public enum Kind {
        /** A word or identifier, quoted or not (quoted ones keep their case, words are lower-cased). */
        NAME,
        /** A string literal, by its value. */
        STRING,
        /** A number. */
        NUMBER,
        /** An operator or punctuation. */
        SYMBOL
    }

    /**
     * One token.
     *
     * @param kind what it is
     * @param text its text as compared
     * @param quoted for a name, whether it was a quoted identifier (so not a keyword)
     */
    public record Token(Kind kind, String text, boolean quoted) {

        /** Whether this is the word or symbol {@code text}. */
        public boolean is(String text) {
            return !quoted && (kind == Kind.NAME || kind == Kind.SYMBOL) && this.text.equals(text);
        }
    }

    /** The words that are SQL rather than operands, for {@link #operands}. */
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "is", "null", "like", "ilike",
            "between", "any", "all", "array", "true", "false", "escape", "similar", "to", "collate", "glob", "regexp",
            "rlike", "case", "when", "then", "else", "end", "distinct", "from");

    private ConditionTokens() {
    }

    /**
     * Splits a condition into tokens.
     *
     * @param sql the condition
     * @param backslashEscapes whether a backslash escapes the next character in string literals (MySQL)
     */
    public static List<Token> tokenize(String sql, boolean backslashEscapes) {
        return tokenize(sql, backslashEscapes, false);
    }

    /**
     * Splits a condition into tokens.
     *
     * @param sql the condition
     * @param backslashEscapes whether a backslash escapes the next character in string literals (MySQL)
     * @param escapeStrings whether {@code E'…'} is a string in which backslashes escape (PostgreSQL)
     */
    public static List<Token> tokenize(String sql, boolean backslashEscapes, boolean escapeStrings) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            boolean escaped = backslashEscapes;
            if (escapeStrings && (c == 'E' || c == 'e') && i + 1 < n && sql.charAt(i + 1) == '\''
                    && (i == 0 || !Character.isLetterOrDigit(sql.charAt(i - 1)) && sql.charAt(i - 1) != '_')) {
                escaped = true;
                i++;
                c = '\'';
            }
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                StringBuilder value = new StringBuilder();
                i++;
                while (i < n) {
                    char d = sql.charAt(i);
                    if (escaped && d == '\\' && i + 1 < n) {
                        value.append(sql.charAt(i + 1));
                        i += 2;
                    } else if (d == '\'' && i + 1 < n && sql.charAt(i + 1) == '\'') {
                        value.append('\'');
                        i += 2;
                    } else if (d == '\'') {
                        i++;
                        break;
                    } else {
                        value.append(d);
                        i++;
                    }
                }
                tokens.add(new Token(Kind.STRING, value.toString(), false));
            } else if (c == '"' || c == '`') {
                int end = sql.indexOf(c, i + 1);
                while (end >= 0 && end + 1 < n && sql.charAt(end + 1) == c) {
                    end = sql.indexOf(c, end + 2);
                }
                end = end < 0 ? n : end;
                String name = sql.substring(i + 1, end).replace(String.valueOf(c) + c, String.valueOf(c));
                tokens.add(new Token(Kind.NAME, name, true));
                i = end + 1;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, sql.substring(start, i).toLowerCase(Locale.ROOT), false));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
                    i++;
                }
                tokens.add(new Token(Kind.NAME, sql.substring(start, i).toLowerCase(Locale.ROOT), false));
            } else {
                int start = i;
                if ("<>=!~*|&:^#@%+-/".indexOf(c) >= 0) {
                    while (i < n && "<>=!~*|&:^#@".indexOf(sql.charAt(i)) >= 0) {
                        i++;
                    }
                    if (i == start) {
                        i++;
                    }
                } else {
                    i++;
                }
                tokens.add(new Token(Kind.SYMBOL, sql.substring(start, i), false));
            }
        }
        return tokens;
    }

    /**
     * The rewrites every database is compared through (see the class comment), applied after the
     * dialect's own: parentheses dropped, {@code !=} as {@code <>}, negative numbers as one token,
     * BETWEEN spelt as two comparisons.
     */
    public static List<Token> canonical(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.is("(") || t.is(")")) {
                continue;
            }
            if (t.is("!=")) {
                t = new Token(Kind.SYMBOL, "<>", false);
            }
            if (t.kind() == Kind.STRING) {
                t = new Token(Kind.STRING, temporal(t.text()), false);
            }
            if (t.kind() == Kind.NUMBER && !out.isEmpty() && out.get(out.size() - 1).is("-")
                    && (out.size() == 1 || !operand(out.get(out.size() - 2)))) {
                out.remove(out.size() - 1);
                t = new Token(Kind.NUMBER, "-" + t.text(), false);
            }
            out.add(t);
        }
        return between(out);
    }

    /** {@code x [NOT] BETWEEN a AND b} as {@code x >= a AND x <= b} ({@code x < a OR x > b}), as PostgreSQL writes it. */
    private static List<Token> between(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("between") && !out.isEmpty() && i + 3 < tokens.size() && tokens.get(i + 2).is("and")) {
                boolean negated = out.get(out.size() - 1).is("not");
                if (negated) {
                    out.remove(out.size() - 1);
                }
                if (!out.isEmpty() && operand(out.get(out.size() - 1))) {
                    Token subject = out.get(out.size() - 1);
                    out.add(new Token(Kind.SYMBOL, negated ? "<" : ">=", false));
                    out.add(tokens.get(i + 1));
                    out.add(new Token(Kind.NAME, negated ? "or" : "and", false));
                    out.add(subject);
                    out.add(new Token(Kind.SYMBOL, negated ? ">" : "<=", false));
                    out.add(tokens.get(i + 3));
                    i += 3;
                    continue;
                }
                if (negated) {
                    out.add(new Token(Kind.NAME, "not", false));
                }
            }
            out.add(t);
        }
        return out;
    }

    /** Whether a token is a value or column rather than SQL. */
    public static boolean operand(Token t) {
        return t.kind() == Kind.STRING || t.kind() == Kind.NUMBER
                || t.kind() == Kind.NAME && (t.quoted() || !KEYWORDS.contains(t.text()));
    }

    /** The columns, functions and constants a condition uses, whatever the operators between them. */
    public static Set<String> operands(List<Token> tokens) {
        Set<String> operands = new LinkedHashSet<>();
        for (Token t : tokens) {
            if (operand(t)) {
                operands.add(t.kind() + ":" + t.text());
            }
        }
        return operands;
    }

    /** The tokens as one line, for messages and comparison. */
    public static String text(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.kind() == Kind.STRING ? "'" + t.text().replace("'", "''") + "'" : t.text());
        }
        return sb.toString();
    }

    /** The comparisons and connectives whose exchange changes a condition, where nothing else differs. */
    private static final Set<String> CONNECTIVES = Set.of("=", "<>", "<", "<=", ">", ">=", "and", "or");

    /**
     * Whether two conditions differ only in comparisons or AND/OR at the same places, token for token:
     * a change no database's rewriting makes.
     */
    public static boolean differInConnectivesOnly(List<Token> a, List<Token> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Token x = a.get(i);
            Token y = b.get(i);
            boolean same = x.kind() == y.kind() && x.text().equals(y.text());
            if (!same && !(connective(x) && connective(y))) {
                return false;
            }
        }
        return true;
    }

    private static boolean connective(Token t) {
        return !t.quoted() && (t.kind() == Kind.SYMBOL || t.kind() == Kind.NAME) && CONNECTIVES.contains(t.text());
    }

    private static final Pattern TEMPORAL = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");

    /** A time stamp written one way (the instant, where it has an offset), or the string as it is. */
    static String temporal(String value) {
        Matcher m = TEMPORAL.matcher(value.trim());
        if (!m.matches()) {
            return value;
        }
        try {
            LocalDateTime time = LocalDateTime.parse(m.group(1) + "T" + m.group(2));
            String offset = m.group(3);
            if (offset == null) {
                return time.toString();
            }
            if (!offset.equals("Z") && !offset.contains(":")) {
                offset = offset.length() == 3 ? offset + ":00" : offset.substring(0, 3) + ":" + offset.substring(3);
            }
            return time.atOffset(offset.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(offset)).toInstant().toString();
        } catch (DateTimeException e) {
            return value;
        }
    }
}
