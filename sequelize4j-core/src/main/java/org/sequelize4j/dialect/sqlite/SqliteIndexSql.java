package org.sequelize4j.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.dialect.sqlite.SqliteTokens.Token;

/**
 * Reads a stored CREATE INDEX statement ({@code CREATE [UNIQUE] INDEX name ON table (keys) [WHERE …]}):
 * its keys and condition, and whether or how it uses a column, for table rebuilds.
 */
final class SqliteIndexSql {

    private SqliteIndexSql() {
    }

    /** The index of the token opening the key list (the first '(' after ON). */
    private static int keysOpen(List<Token> tokens) {
        boolean on = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("ON")) {
                on = true;
            } else if (on && tokens.get(i).is('(')) {
                return i;
            }
        }
        return tokens.size();
    }

    /** The text of each key, in order. */
    static List<String> keys(String sql) {
        List<Token> tokens = SqliteTokens.of(sql);
        int open = keysOpen(tokens);
        List<String> keys = new ArrayList<>();
        if (open == tokens.size()) {
            return keys;
        }
        int close = SqliteTokens.closingParen(tokens, open);
        int depth = 0;
        int start = open + 1;
        for (int i = open + 1; i <= close; i++) {
            Token t = tokens.get(i);
            if (t.is('(')) {
                depth++;
            } else if (t.is(')') && i < close) {
                depth--;
            } else if (depth == 0 && (t.is(',') || i == close) && i > start) {
                keys.add(sql.substring(tokens.get(start).start(), tokens.get(i - 1).end()));
                start = i + 1;
            }
        }
        return keys;
    }

    /** The condition of a partial index, or null. */
    static String where(String sql) {
        List<Token> tokens = SqliteTokens.of(sql);
        int open = keysOpen(tokens);
        if (open == tokens.size()) {
            return null;
        }
        int close = SqliteTokens.closingParen(tokens, open);
        if (close + 1 < tokens.size() && tokens.get(close + 1).is("WHERE") && close + 2 < tokens.size()) {
            return sql.substring(tokens.get(close + 2).start()).trim();
        }
        return null;
    }

    /** Whether the index's keys or condition use a column. */
    static boolean mentions(String sql, String column) {
        List<Token> tokens = SqliteTokens.of(sql);
        return SqliteTokens.mentions(tokens, keysOpen(tokens), column);
    }

    /** The statement with a column renamed in its keys and condition. */
    static String renameColumn(String sql, String from, String quotedTo) {
        return SqliteTokens.replaceIdentifier(sql, from, quotedTo, keysOpen(SqliteTokens.of(sql)));
    }
}
