package org.sequelize4j.sql;

/**
 * What a database's SQL text looks like to the raw-query scanner ({@link RawSql}): which strings take
 * backslash escapes, which comments exist, and which parameter markers the database or its driver would
 * take for itself if they reached it.
 *
 * @param backslashEscapes backslash escapes quotes in every string literal (MySQL/MariaDB by default);
 *                         PostgreSQL's {@code E'…'} strings are recognised regardless
 * @param hashComments {@code #} starts a comment running to the end of the line (MySQL/MariaDB)
 * @param nativeNamedParameters the database binds {@code :name}, {@code @name}, {@code $name} and
 *                              {@code ?NNN} itself, as NULL when nothing is bound (SQLite)
 * @param doubledQuestionMark {@code ??} is the driver's escape for a literal {@code ?} operator
 *                            (PostgreSQL's JDBC driver, for the jsonb {@code ?} operators)
 */
public record RawSyntax(boolean backslashEscapes, boolean hashComments, boolean nativeNamedParameters,
                        boolean doubledQuestionMark) {

    /** Standard SQL: quotes doubled, {@code --} and {@code /* *}{@code /} comments only. */
    public static final RawSyntax STANDARD = new RawSyntax(false, false, false, false);
}
