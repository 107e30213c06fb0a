package org.sequelize4j.observability;

import java.util.Locale;

/**
 * What kind of statement ran, read from its first keyword: the {@code type} of a {@link QueryEvent} and
 * the last part of the SLF4J logger a statement is logged to ({@code org.sequelize4j.sql.select}, …).
 */
public enum QueryType {
    /** {@code SELECT} (and {@code WITH …} queries). */
    SELECT,
    /** {@code INSERT}, also with an upsert clause. */
    INSERT,
    /** {@code UPDATE}. */
    UPDATE,
    /** {@code DELETE}. */
    DELETE,
    /** Schema changes: {@code CREATE}, {@code ALTER}, {@code DROP}, {@code TRUNCATE}, {@code COMMENT}. */
    DDL,
    /** Transaction control: {@code START TRANSACTION}, {@code COMMIT}, {@code ROLLBACK}, savepoints, session settings. */
    TRANSACTION,
    /** Anything else (raw statements such as {@code PRAGMA} or {@code SHOW}). */
    RAW;

    private final String loggerName = "org.sequelize4j.sql." + name().toLowerCase(Locale.ROOT);

    /** The SLF4J logger statements of this type go to. */
    public String loggerName() {
        return loggerName;
    }

    /** The type of a statement, from its first keyword (leading blanks and parentheses skipped). */
    public static QueryType of(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n && (Character.isWhitespace(sql.charAt(i)) || sql.charAt(i) == '(')) {
            i++;
        }
        int start = i;
        while (i < n && Character.isLetter(sql.charAt(i))) {
            i++;
        }
        switch (sql.substring(start, i).toUpperCase(Locale.ROOT)) {
            case "SELECT": case "WITH": case "VALUES": return SELECT;
            case "INSERT": case "REPLACE": case "MERGE": return INSERT;
            case "UPDATE": return UPDATE;
            case "DELETE": return DELETE;
            case "CREATE": case "ALTER": case "DROP": case "TRUNCATE": case "COMMENT": case "RENAME": return DDL;
            case "BEGIN": case "START": case "COMMIT": case "ROLLBACK": case "SAVEPOINT": case "RELEASE": case "SET":
                return TRANSACTION;
            default: return RAW;
        }
    }
}
