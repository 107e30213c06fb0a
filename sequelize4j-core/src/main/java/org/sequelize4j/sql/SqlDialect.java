package org.sequelize4j.sql;

import java.util.List;
import org.sequelize4j.DataType;

/**
 * What {@link SqlRenderer} needs from a database's dialect: quoting, the spelling of clauses that
 * differ between databases, and the capabilities that decide between them. The dialect implements it,
 * so that {@code sql} depends on this interface only and never on the dialect package.
 */
public interface SqlDialect {

    /** The capabilities the renderer asks about. */
    SqlCapabilities capabilities();

    /** Quotes an identifier. */
    String quoteIdentifier(String identifier);

    /** Writes a table reference, without its alias. */
    void writeTableName(SqlWriter w, TableRef table);

    /** A constant as a SQL literal (for DDL, where parameters are not allowed); type may be null. */
    String literal(Object value, DataType type);

    /** Writes LIMIT/OFFSET after ORDER BY. */
    void writeLimitOffset(SqlWriter w, Integer limit, Integer offset);

    /** Writes a row-lock clause. */
    void writeLock(SqlWriter w, SelectSpec.LockClause lock);

    /** Writes a regular-expression comparison. */
    void writeRegexp(SqlWriter w, SqlRenderer renderer, SqlExpr left, Operator op, SqlExpr pattern);

    /**
     * Writes the ESCAPE clause of a LIKE pattern: {@code !} for patterns the library escaped itself
     * (startsWith, endsWith, substring); for the caller's own patterns backslash escapes {@code %},
     * {@code _} and itself on every dialect, which databases without that default must spell out.
     */
    void writeLikeEscape(SqlWriter w, SqlExpr.Like like);

    /**
     * Writes {@code left IN (items)} (or NOT IN) for a non-empty list; a dialect may write a long list of
     * values in a form that needs fewer parameters.
     */
    void writeInList(SqlWriter w, SqlRenderer renderer, SqlExpr.In in);

    /** Writes a case-insensitive LIKE where the database has no ILIKE. */
    void writeCaseInsensitiveLike(SqlWriter w, SqlRenderer renderer, SqlExpr.Like like);

    /** Writes a value extracted from a JSON column at a path. */
    void writeJsonPath(SqlWriter w, SqlRenderer renderer, SqlExpr.JsonPath path);

    /** Writes an array comparison operator. */
    void writeArrayOperator(SqlWriter w, SqlRenderer renderer, SqlExpr left, Operator op, SqlExpr right);

    /** Writes {@code ANY(...)}/{@code ALL(...)}. */
    void writeQuantified(SqlWriter w, SqlRenderer renderer, SqlExpr.Quantified quantified);

    /** The random function. */
    String randomFunction();

    /** Writes an INSERT of a row of defaults only. */
    void writeInsertDefaults(SqlWriter w);

    /** Writes the ON CONFLICT / ON DUPLICATE KEY clause of an insert. */
    void writeConflict(SqlWriter w, SqlRenderer renderer, InsertSpec insert);

    /** The start of an insert, up to and including INTO. */
    String insertKeyword(InsertSpec insert);

    /** Writes a RETURNING clause. */
    void writeReturning(SqlWriter w, List<String> columns);

    /** Checks a cast target type and maps it to the database's spelling. */
    String castType(String type);

    /** Checks a function name. */
    String functionName(String name);

    /** Throws a query error naming the feature when a capability is missing. */
    void requireCapability(boolean supported, String feature);

    /** A constant written into DDL text (a CHECK or partial-index condition), safe under every server setting. */
    String inlineLiteral(Object value);
}
