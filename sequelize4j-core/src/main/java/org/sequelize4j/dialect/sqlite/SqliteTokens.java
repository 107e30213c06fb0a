package org.sequelize4j.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL as SQLite stores it in {@code sqlite_master} into tokens that keep their place in the text,
 * so that a table's definition can be taken apart and put back together without rewriting the parts
 * that stay: quoted identifiers ({@code "x"}, {@code `x`}, {@code [x]}), strings, numbers, words and
 * punctuation. Comments and white space are skipped.
 */
final class SqliteTokens {

    /** The kinds of tokens. */
    enum Kind { WORD, QUOTED, STRING, NUMBER, PUNCT }

    /**
     * One token.
     *
     * @param kind what it is
     * @param text its text as written
     * @param start its first character in the SQL
     * @param end the character after it
     */
    record Token(Kind kind, String text, int start, int end) {

        /** Whether this is an identifier: a bare word or a quoted name. */
        boolean isIdentifier() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }

        /** The identifier's name: unquoted, with doubled quotes undone. */
        String name() {
            if (kind != Kind.QUOTED) {
                return text;
            }
            char open = text.charAt(0);
            char close = open == '[' ? ']' : open;
            String inner = text.substring(1, text.length() - 1);
            return open == '[' ? inner : inner.replace(String.valueOf(close) + close, String.valueOf(close));
        }

        /** Whether this is the keyword (a bare word, compared without regard to case). */
        boolean is(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        /** Whether this is the punctuation character. */
        boolean is(char c) {
            return kind == Kind.PUNCT && text.length() == 1 && text.charAt(0) == c;
        }

        /** Whether this identifier names {@code identifier} (SQLite compares names without regard to ASCII case). */
        boolean names(String identifier) {
            return isIdentifier() && name().toLowerCase(Locale.ROOT).equals(identifier.toLowerCase(Locale.ROOT));
        }
    }

    private SqliteTokens() {
    }

    /** The tokens of {@code sql}. */
    static List<Token> of(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == '"' || c == '`' || c == '\'') {
                int end = closing(sql, i, c);
                tokens.add(new Token(c == '\'' ? Kind.STRING : Kind.QUOTED, sql.substring(i, end), i, end));
                i = end;
            } else if (c == '[') {
                int close = sql.indexOf(']', i);
                int end = close < 0 ? n : close + 1;
                tokens.add(new Token(Kind.QUOTED, sql.substring(i, end), i, end));
                i = end;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.'
                        || (sql.charAt(i) == '+' || sql.charAt(i) == '-') && (sql.charAt(i - 1) == 'e' || sql.charAt(i - 1) == 'E'))) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, sql.substring(start, i), start, i));
            } else if (Character.isLetter(c) || c == '_' || c > 127) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$'
                        || sql.charAt(i) > 127)) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(start, i), start, i));
            } else {
                tokens.add(new Token(Kind.PUNCT, String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    /** The position after the quote closing the one at {@code start} (doubled quotes stay inside). */
    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    /** The index of the token closing the parenthesis opened at {@code open}. */
    static int closingParen(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is('(')) {
                depth++;
            } else if (tokens.get(i).is(')')) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return tokens.size() - 1;
    }

    /**
     * {@code sql} with every identifier token naming {@code from} (case-insensitively) replaced by
     * {@code replacement}, from token {@code fromToken} on.
     */
    static String replaceIdentifier(String sql, String from, String replacement, int fromToken) {
        List<Token> tokens = of(sql);
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int i = fromToken; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.names(from) && !(i > 0 && tokens.get(i - 1).is('.') && i >= 2 && !isRowAlias(tokens.get(i - 2)))) {
                sb.append(sql, at, t.start()).append(replacement);
                at = t.end();
            }
        }
        return sb.append(sql.substring(at)).toString();
    }

    /**
     * A trigger with a column of its table renamed where the trigger certainly means that column:
     * {@code NEW.col}, {@code OLD.col}, {@code table.col} and the {@code UPDATE OF} list. An unqualified
     * name in the trigger's statements may be another table's column, so it is left as it is.
     */
    static String renameInTrigger(String sql, String table, String from, String replacement) {
        List<Token> tokens = of(sql);
        StringBuilder sb = new StringBuilder();
        int at = 0;
        boolean updateOf = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("OF") && i > 0 && tokens.get(i - 1).is("UPDATE")) {
                updateOf = true;
                continue;
            }
            if (updateOf && t.is("ON")) {
                updateOf = false;
            }
            boolean qualified = i >= 2 && tokens.get(i - 1).is('.')
                    && (isRowAlias(tokens.get(i - 2)) || tokens.get(i - 2).names(table));
            if (t.names(from) && (updateOf || qualified)) {
                sb.append(sql, at, t.start()).append(replacement);
                at = t.end();
            }
        }
        return sb.append(sql.substring(at)).toString();
    }

    /** {@code NEW.col} and {@code OLD.col} in a trigger name the trigger's own row. */
    private static boolean isRowAlias(Token t) {
        return t.is("NEW") || t.is("OLD");
    }

    /** Whether any identifier token from {@code fromToken} on names {@code identifier}. */
    static boolean mentions(List<Token> tokens, int fromToken, String identifier) {
        for (int i = fromToken; i < tokens.size(); i++) {
            if (tokens.get(i).names(identifier)) {
                return true;
            }
        }
        return false;
    }
}
