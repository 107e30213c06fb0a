package org.sequelize4j.dialect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a column default as a database reports it ({@code 'it''s'::character varying}, {@code (-5)},
 * {@code 'abc'}, {@code CURRENT_TIMESTAMP}) into the text {@code describeTable} shows: constants without
 * their quotes, casts and parentheses, expressions as written.
 */
public final class DefaultText {

    /** PostgreSQL appends casts to defaults: {@code 'red'::character varying}, {@code '{}'::jsonb}. */
    private static final Pattern CAST = Pattern.compile("(?s)^(.*)::\"?[a-zA-Z_][a-zA-Z0-9_ \"]*(\\(\\d+(,\\d+)?\\))?(\\[\\])?$");

    private DefaultText() {
    }

    /**
     * The constant a default is, or the expression unchanged.
     *
     * @param sql the default's SQL text, or null
     * @param backslashEscapes whether string literals escape with backslashes (MySQL/MariaDB)
     * @return null for no default or a NULL default
     */
    public static String constant(String sql, boolean backslashEscapes) {
        if (sql == null) {
            return null;
        }
        String s = sql.trim();
        boolean changed = true;
        while (changed) {
            changed = false;
            Matcher cast = CAST.matcher(s);
            if (cast.matches() && balancedQuotes(cast.group(1))) {
                s = cast.group(1).trim();
                changed = true;
            }
            if (s.length() >= 2 && s.startsWith("(") && s.endsWith(")") && wraps(s)) {
                s = s.substring(1, s.length() - 1).trim();
                changed = true;
            }
        }
        if (s.equalsIgnoreCase("NULL")) {
            return null;
        }
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'") && singleLiteral(s)) {
            return unquote(s, backslashEscapes);
        }
        return s;
    }

    /** Whether a default is a quoted string constant (after casts and parentheses). */
    public static boolean isQuoted(String sql) {
        if (sql == null) {
            return false;
        }
        String s = sql.trim();
        Matcher cast = CAST.matcher(s);
        if (cast.matches() && balancedQuotes(cast.group(1))) {
            s = cast.group(1).trim();
        }
        return s.length() >= 2 && s.startsWith("'") && s.endsWith("'") && singleLiteral(s);
    }

    private static boolean balancedQuotes(String s) {
        return s.chars().filter(c -> c == '\'').count() % 2 == 0;
    }

    /** Whether the outer parentheses of {@code s} enclose all of it, as in {@code (a + b)} but not {@code (a) + (b)}. */
    private static boolean wraps(String s) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
                if (depth == 0 && i < s.length() - 1) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    /** Whether {@code s}, starting and ending with a quote, is one literal rather than {@code 'a' || 'b'}. */
    private static boolean singleLiteral(String s) {
        for (int i = 1; i < s.length() - 1; i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '\'') {
                if (s.charAt(i + 1) != '\'') {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    private static String unquote(String s, boolean backslashEscapes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '\'' ) {
                i++;
                sb.append('\'');
            } else if (c == '\\' && backslashEscapes && i + 1 < s.length() - 1) {
                char next = s.charAt(++i);
                switch (next) {
                    case 'n': sb.append('\n'); break;
                    case 't': sb.append('\t'); break;
                    case 'r': sb.append('\r'); break;
                    case '0': sb.append('\0'); break;
                    default: sb.append(next);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Upper-cases a type's text outside quoted parts, so ENUM values keep their case. */
    public static String upperType(String type) {
        StringBuilder sb = new StringBuilder(type.length());
        boolean quoted = false;
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            sb.append(quoted ? c : Character.toUpperCase(c));
        }
        return sb.toString();
    }
}
