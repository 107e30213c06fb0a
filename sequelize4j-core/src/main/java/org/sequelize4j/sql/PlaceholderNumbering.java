package org.sequelize4j.sql;

/**
 * Rewrites the JDBC {@code ?} placeholders of a statement as PostgreSQL's {@code $1}, {@code $2}, …, for
 * log lines that read as Sequelize's do. Question marks inside string literals (including {@code E'…'}
 * and dollar-quoted strings), quoted identifiers and comments are left alone, and the driver's
 * {@code ??} escape (a literal {@code ?} operator) is shown as the {@code ?} the server receives.
 * Only for display: the statement sent to the driver keeps its {@code ?}.
 */
public final class PlaceholderNumbering {

    private PlaceholderNumbering() {
    }

    /** The statement with its placeholders numbered {@code $1}, {@code $2}, … in order. */
    public static String dollarNumbered(String sql) {
        if (sql.indexOf('?') < 0) {
            return sql;
        }
        int n = sql.length();
        StringBuilder out = new StringBuilder(n + 16);
        int number = 0;
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            char next = i + 1 < n ? sql.charAt(i + 1) : 0;
            int end;
            if (c == '-' && next == '-') {
                end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (c == '/' && next == '*') {
                end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (c == '\'' || c == '"') {
                end = quotedEnd(sql, i, c == '\'' && isEscapeStringPrefix(sql, i));
            } else if (c == '$' && dollarTagEnd(sql, i) > 0) {
                int tagEnd = dollarTagEnd(sql, i);
                String tag = sql.substring(i, tagEnd + 1);
                int close = sql.indexOf(tag, tagEnd + 1);
                end = close < 0 ? n : close + tag.length();
            } else if (c == '?' && next == '?') {
                out.append('?');
                i += 2;
                continue;
            } else if (c == '?') {
                out.append('$').append(++number);
                i++;
                continue;
            } else {
                end = i + 1;
            }
            out.append(sql, i, end);
            i = end;
        }
        return out.toString();
    }

    private static boolean isEscapeStringPrefix(String sql, int i) {
        return i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                && (i < 2 || !isNamePart(sql.charAt(i - 2)));
    }

    private static int quotedEnd(String sql, int start, boolean backslash) {
        int n = sql.length();
        int i = start + 1;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\\' && backslash) {
                i += 2;
            } else if (c == sql.charAt(start)) {
                if (i + 1 < n && sql.charAt(i + 1) == c) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return n;
    }

    /** The index of the closing {@code $} of a {@code $tag$} or {@code $$} opening at {@code i}, or -1. */
    private static int dollarTagEnd(String sql, int i) {
        if (i > 0 && isNamePart(sql.charAt(i - 1))) {
            return -1;
        }
        int j = i + 1;
        if (j < sql.length() && Character.isDigit(sql.charAt(j))) {
            return -1;
        }
        while (j < sql.length() && isNamePart(sql.charAt(j))) {
            j++;
        }
        return j < sql.length() && sql.charAt(j) == '$' ? j : -1;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
