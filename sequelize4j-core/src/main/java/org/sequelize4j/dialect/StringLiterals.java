package org.sequelize4j.dialect;

/**
 * Reads SQL string literals back into the strings they denote, for comparing what a catalog reports
 * with what a model declares. Each method answers null when the text is not exactly one literal, so a
 * caller never mistakes an expression for a constant.
 */
public final class StringLiterals {

    private StringLiterals() {
    }

    /** A standard literal: {@code '…'} with quotes doubled, backslashes ordinary characters. */
    public static String standard(String sql) {
        if (sql == null || sql.length() < 2 || sql.charAt(0) != '\'' || sql.charAt(sql.length() - 1) != '\'') {
            return null;
        }
        StringBuilder out = new StringBuilder(sql.length());
        for (int i = 1; i < sql.length() - 1; i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                if (i + 1 >= sql.length() - 1 || sql.charAt(i + 1) != '\'') {
                    return null;
                }
                i++;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * A PostgreSQL escape-string literal {@code E'…'}: C-like backslash escapes (octal, hex and Unicode
     * included) and doubled quotes.
     */
    public static String postgresEscape(String sql) {
        if (sql == null || sql.length() < 3 || Character.toUpperCase(sql.charAt(0)) != 'E') {
            return null;
        }
        return backslashed(sql.substring(1), false);
    }

    /** A MySQL/MariaDB literal read with backslash escapes on (the default {@code sql_mode}). */
    public static String mysql(String sql) {
        return backslashed(sql, true);
    }

    private static String backslashed(String sql, boolean mysql) {
        if (sql.length() < 2 || sql.charAt(0) != '\'' || sql.charAt(sql.length() - 1) != '\'') {
            return null;
        }
        int end = sql.length() - 1;
        StringBuilder out = new StringBuilder(sql.length());
        for (int i = 1; i < end; i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                if (i + 1 >= end || sql.charAt(i + 1) != '\'') {
                    return null;
                }
                out.append('\'');
                i++;
            } else if (c == '\\') {
                if (i + 1 >= end) {
                    return null;
                }
                i = mysql ? mysqlEscape(sql, i + 1, out) : postgresEscape(sql, i + 1, end, out);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Appends the character an escape at {@code at} stands for; returns the index of its last character. */
    private static int mysqlEscape(String sql, int at, StringBuilder out) {
        char e = sql.charAt(at);
        switch (e) {
            case '0': out.append('\0'); break;
            case 'b': out.append('\b'); break;
            case 'n': out.append('\n'); break;
            case 'r': out.append('\r'); break;
            case 't': out.append('\t'); break;
            case 'Z': out.append('\u001a'); break;
            // LIKE's wildcards keep their backslash, so that the pattern still escapes them.
            case '%': case '_': out.append('\\').append(e); break;
            default: out.append(e);
        }
        return at;
    }

    private static int postgresEscape(String sql, int at, int end, StringBuilder out) {
        char e = sql.charAt(at);
        switch (e) {
            case 'b': out.append('\b'); return at;
            case 'f': out.append('\f'); return at;
            case 'n': out.append('\n'); return at;
            case 'r': out.append('\r'); return at;
            case 't': out.append('\t'); return at;
            case 'x': return number(sql, at + 1, end, 16, 2, out, at);
            case 'u': return number(sql, at + 1, end, 16, 4, out, at);
            case 'U': return number(sql, at + 1, end, 16, 8, out, at);
            default:
                if (e >= '0' && e <= '7') {
                    return number(sql, at, end, 8, 3, out, at);
                }
                out.append(e);
                return at;
        }
    }

    /**
     * Up to {@code max} digits in {@code radix} from {@code from}, as one character; with no digit, the escape
     * letter at {@code letter} stands for itself (a backslash and {@code x} is {@code x}).
     */
    private static int number(String sql, int from, int end, int radix, int max, StringBuilder out, int letter) {
        int i = from;
        int value = 0;
        while (i < end && i - from < max && Character.digit(sql.charAt(i), radix) >= 0) {
            value = value * radix + Character.digit(sql.charAt(i), radix);
            i++;
        }
        if (i == from) {
            out.append(sql.charAt(letter));
            return letter;
        }
        out.appendCodePoint(value);
        return i - 1;
    }
}
