package org.sequelize4j.dialect;

import java.util.List;
import java.util.regex.Pattern;
import org.sequelize4j.DataType;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.sql.InsertSpec;
import org.sequelize4j.sql.Operator;
import org.sequelize4j.sql.SelectSpec;
import org.sequelize4j.sql.SqlDialect;
import org.sequelize4j.sql.SqlExpr;
import org.sequelize4j.sql.SqlRenderer;
import org.sequelize4j.sql.SqlWriter;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.types.TypeLimits;
import org.sequelize4j.types.ValueCodec;

/**
 * Everything that differs between databases: identifier quoting, type names, value codecs, the
 * spelling of LIMIT, RETURNING, upserts, locks and JSON paths, DDL, and how driver errors map to
 * Sequelize4j's typed errors. One subclass per database; nothing outside the dialect package asks
 * which database it is talking to, only what the dialect can do ({@link #capabilities()}).
 *
 * <p>Dialects are stateless and shared by every thread of a {@code Sequelize} instance.
 */
public abstract class Dialect implements SqlDialect {

    /** Type names that may appear in a cast: letters, spaces, optional (n) or (p,s), optional []. */
    private static final Pattern CAST_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_ ]*(\\(\\s*\\d+\\s*(,\\s*\\d+\\s*)?\\))?(\\[\\])?");
    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    /** The dialect's name as used in connection URIs: {@code sqlite}, {@code postgres}, {@code mysql}, {@code mariadb}. */
    public abstract String name();

    /** What this database can do. */
    public abstract Capabilities capabilities();

    /** The limits checked before values are written. */
    public abstract TypeLimits limits();

    /**
     * {@code sum} (a column plus an amount, as {@code increment} writes it) made to fail the statement
     * when the result leaves {@code type}'s range. Databases that enforce column types fail it
     * themselves (SQLSTATE 22003), so by default the sum is returned as it is.
     */
    public SqlExpr checkedSum(SqlExpr sum, DataType type) {
        return sum;
    }

    /** The codec for values of a type. */
    public abstract ValueCodec codec(DataType type);

    /**
     * The codec for reading back a value an insert just generated for an auto-increment attribute
     * (from {@code RETURNING}). The value's kind is known there, so a dialect may read it more cheaply
     * than a stored value of the type in general; by default it is the type's codec.
     */
    public ValueCodec generatedKeyCodec(DataType type) {
        return codec(type);
    }

    /**
     * Runs one of the library's own INSERT, UPDATE or DELETE statements, which never ask the driver
     * for generated keys (they read them with RETURNING, or through {@code RETURN_GENERATED_KEYS}
     * statements of their own). A dialect whose driver does work for {@code getGeneratedKeys()} on every
     * update may skip it here; by default the statement simply runs.
     *
     * @return the count of rows changed
     */
    public int executeLibraryUpdate(java.sql.PreparedStatement statement) throws java.sql.SQLException {
        return statement.executeUpdate();
    }

    /** The column type for a data type, as written in DDL and casts. */
    public abstract String typeSql(DataType type);

    /** The DDL generator. */
    public abstract DdlGenerator ddl();

    /** The error translator. */
    public abstract ErrorTranslator errors();

    /** Reads the live schema back and plans changes to existing tables, for the QueryInterface. */
    public abstract SchemaEditor schemaEditor();

    /**
     * Whether eager loading names more than one chunk of parents by a subquery over their condition
     * ({@code fk IN (SELECT key FROM parents WHERE …)}, one statement) rather than by their keys, one
     * statement per chunk. True unless the dialect's key lists are as cheap as the subquery: measured
     * on W4c, 10,000 users' top posts, MariaDB's window query over 1,000-key IN lists was 1.4x the
     * hand-written range query, and one subquery statement brought it to the hand-written time.
     */
    public boolean batchesManyParentsBySubquery() {
        return true;
    }

    /** Connection settings for a parsed configuration. */
    public abstract ConnectionSettings connectionSettings(ConnectionConfig config);

    /**
     * Prepares a new connection before the pool hands it out (SQLite registers its REGEXP function here).
     */
    public void initializeConnection(java.sql.Connection connection) throws java.sql.SQLException {
    }

    /**
     * The statements that give a connection of an application's own data source (one Sequelize did not
     * open, so its driver properties were not Sequelize's) the session Sequelize's own connections get:
     * by default the dialect's {@code initSql}. Run once per physical connection, before
     * {@link #initializeConnection}.
     */
    public java.util.List<String> externalSessionSql(ConnectionSettings settings) {
        return settings.initSql();
    }

    /**
     * Whether {@link #externalSessionSql} takes effect when run inside a transaction. SQLite ignores
     * {@code PRAGMA foreign_keys} there, so a connection first seen inside one is set up again when it
     * is next seen outside any.
     */
    public boolean externalSessionSqlWorksInTransaction() {
        return true;
    }

    /**
     * Whether an auto-incremented column's value must be read back with a separate query after an insert
     * (SQLite fills auto-incremented columns outside the primary key with a trigger, which RETURNING
     * does not see).
     */
    public boolean autoIncrementNeedsReload(boolean primaryKey) {
        return false;
    }

    /**
     * Refuses, before it is sent, a statement the server would not accept in one piece: by default one
     * with more bound parameters than {@link #maxBoundParameters()} (which the driver would refuse with an
     * error of its own); MySQL/MariaDB check the packet size instead.
     *
     * @throws QueryError when the statement has too many parameters
     * @throws org.sequelize4j.errors.ValidationError when its values are too large (MySQL/MariaDB)
     */
    public void checkStatementSize(org.sequelize4j.sql.SqlStatement statement) {
        int max = maxBoundParameters();
        if (statement.values().size() > max) {
            throw new QueryError("The statement has " + statement.values().size() + " bound parameters, more than "
                    + name() + " accepts in one statement (" + max + "); long IN lists in a find, update or destroy"
                    + " are sent in a compact form, but a raw query's list replacement is one parameter per value");
        }
    }

    /** The most parameters one statement may bind. */
    public int maxBoundParameters() {
        return capabilities().maxParameters();
    }

    /**
     * How raw SQL text reads on this database ({@code sequelize.query} and {@code Sql.literal}): string
     * escapes, comments, and the parameter markers the database would bind for itself.
     */
    public org.sequelize4j.sql.RawSyntax rawSyntax() {
        return org.sequelize4j.sql.RawSyntax.STANDARD;
    }

    /**
     * The statement as query logs show it: as sent, but with {@code $1}, {@code $2}, … for the
     * placeholders where the server numbers them ({@link Capabilities#numberedPlaceholders()}), as
     * Sequelize's logs do.
     */
    public String sqlForLog(String sql) {
        return capabilities().numberedPlaceholders() ? org.sequelize4j.sql.PlaceholderNumbering.dollarNumbered(sql) : sql;
    }

    /**
     * Cancels a statement again, when an earlier {@link java.sql.Statement#cancel()} did not end it (the
     * cancel reached the server before the statement did, or was lost): by default through JDBC once
     * more. A dialect whose driver ignores a second {@code cancel()} on the same statement overrides it.
     */
    public void cancelAgain(java.sql.Statement statement) throws java.sql.SQLException {
        statement.cancel();
    }

    /** Whether the data type can be used at all (e.g. JSONB only on PostgreSQL). */
    public boolean supportsType(DataType type) {
        return true;
    }

    // ---- identifiers ---------------------------------------------------------------------------

    /** Quotes an identifier, doubling any quote character inside it. */
    public String quoteIdentifier(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Writes a table reference (schema-qualified where the dialect has schemas), without its alias. */
    public void writeTableName(SqlWriter w, TableRef table) {
        if (table.schema() != null) {
            w.append(quoteIdentifier(table.schema())).append('.');
        }
        w.append(quoteIdentifier(table.name()));
    }

    /** The table reference as a string. */
    public String tableName(TableRef table) {
        SqlWriter w = new SqlWriter(64, 0);
        writeTableName(w, table);
        return w.text().toString();
    }

    /**
     * The catalog, schema and table name to give JDBC metadata calls for a table ({@code getColumns},
     * {@code getIndexInfo}); each database files tables differently.
     */
    public String[] metadataLocation(java.sql.Connection connection, TableRef table) throws java.sql.SQLException {
        return new String[] {null, table.schema(), table.name()};
    }

    /**
     * A string literal for DDL (where parameters cannot be used). Every literal DDL writes (defaults,
     * comments, ENUM values, constants in CHECK and index conditions) comes through here, so a dialect
     * whose servers read backslashes differently by setting must answer with a form that reads the
     * same under each setting.
     */
    public String stringLiteral(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }

    /**
     * The string a single string literal denotes, as this database writes literals in its catalog
     * (column defaults), or null when {@code sql} is not one string literal. The inverse of
     * {@link #stringLiteral}, so that a default can be compared by value, whatever form each side
     * took.
     */
    public String stringLiteralValue(String sql) {
        return StringLiterals.standard(sql);
    }

    /**
     * Brings the session back to the way this dialect's connections start reading string literals
     * (backslashes), when a raw statement changed it after the connection was opened; DDL literals and
     * the defaults the catalog reports are then read as {@link #stringLiteral} and
     * {@link #stringLiteralValue} mean them. Returns the statement that restores the session
     * afterwards, or null when nothing was changed.
     */
    public String standardizeSession(java.sql.Connection connection) throws java.sql.SQLException {
        return null;
    }

    /**
     * {@link #standardizeSession} before statements without parameters (DDL), when one of them has a
     * backslash: the only character that reads differently under the settings concerned.
     */
    public final String prepareSessionForDdl(java.sql.Connection connection, List<String> statements)
            throws java.sql.SQLException {
        return statements.stream().anyMatch(sql -> sql.indexOf('\\') >= 0) ? standardizeSession(connection) : null;
    }

    /**
     * A constant as a SQL literal, for DDL defaults and partial-index conditions, where parameters are
     * not allowed. Only numbers, booleans and strings (and values with an unambiguous text form) are
     * written this way.
     */
    public String literal(Object value, DataType type) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean) {
            return booleanLiteral((Boolean) value);
        }
        if (value instanceof Number) {
            String text = value instanceof java.math.BigDecimal ? ((java.math.BigDecimal) value).toPlainString()
                    : value.toString();
            if (!text.matches("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
                throw new QueryError("Cannot write " + text + " as a SQL literal");
            }
            return text;
        }
        return stringLiteral(literalText(value, type));
    }

    /**
     * A constant inside an expression written for DDL (a CHECK constraint, a partial-index condition),
     * where its type is not at hand: {@link #literal} unless the dialect needs a form that reads the
     * same under every server setting.
     */
    public String inlineLiteral(Object value) {
        return literal(value, null);
    }

    /** The text form of a non-numeric constant for {@link #literal}. */
    protected String literalText(Object value, DataType type) {
        return value.toString();
    }

    /** How TRUE/FALSE are written as constants. */
    public String booleanLiteral(boolean value) {
        return value ? "true" : "false";
    }

    // ---- query rendering hooks -------------------------------------------------------------

    /** Writes LIMIT/OFFSET after ORDER BY. */
    public void writeLimitOffset(SqlWriter w, Integer limit, Integer offset) {
        if (limit != null) {
            w.append(" LIMIT ").append(limit);
        }
        if (offset != null && offset > 0) {
            w.append(" OFFSET ").append(offset);
        }
    }

    /** Writes a row-lock clause; dialects without row locks ignore it. */
    public void writeLock(SqlWriter w, SelectSpec.LockClause lock) {
        if (!capabilities().rowLocks()) {
            return;
        }
        switch (lock.level()) {
            case SHARE: w.append(" FOR SHARE"); break;
            case KEY_SHARE: w.append(capabilities().keyLocks() ? " FOR KEY SHARE" : " FOR SHARE"); break;
            case NO_KEY_UPDATE: w.append(capabilities().keyLocks() ? " FOR NO KEY UPDATE" : " FOR UPDATE"); break;
            case UPDATE:
            default: w.append(" FOR UPDATE");
        }
        if (lock.skipLocked()) {
            requireCapability(capabilities().skipLocked(), "SKIP LOCKED");
            w.append(" SKIP LOCKED");
        } else if (lock.noWait()) {
            requireCapability(capabilities().noWait(), "NOWAIT");
            w.append(" NOWAIT");
        }
    }

    /** Writes a regular-expression comparison. */
    public void writeRegexp(SqlWriter w, SqlRenderer renderer, SqlExpr left, Operator op, SqlExpr pattern) {
        throw new QueryError("The " + name() + " dialect has no regular-expression operator (" + op + ")");
    }

    /** Writes a case-insensitive LIKE. */
    public void writeCaseInsensitiveLike(SqlWriter w, SqlRenderer renderer, SqlExpr.Like like) {
        w.append("LOWER(");
        renderer.writeExpr(w, like.left());
        w.append(like.not() ? ") NOT LIKE LOWER(" : ") LIKE LOWER(");
        renderer.writeExpr(w, like.pattern());
        w.append(')');
        writeLikeEscape(w, like);
    }

    /** The library's own patterns escape with '!'; the caller's use the database's default, backslash. */
    @Override
    public void writeLikeEscape(SqlWriter w, SqlExpr.Like like) {
        if (like.escaped()) {
            w.append(" ESCAPE '!'");
        }
    }

    @Override
    public void writeInList(SqlWriter w, SqlRenderer renderer, SqlExpr.In in) {
        renderer.writeExpr(w, in.left());
        w.append(in.not() ? " NOT IN (" : " IN (");
        renderer.writeList(w, in.items());
        w.append(')');
    }

    /** Writes a value extracted from a JSON column at a path. */
    public abstract void writeJsonPath(SqlWriter w, SqlRenderer renderer, SqlExpr.JsonPath path);

    /** Writes an array comparison operator (PostgreSQL only by default). */
    public void writeArrayOperator(SqlWriter w, SqlRenderer renderer, SqlExpr left, Operator op, SqlExpr right) {
        throw new QueryError("The " + name() + " dialect has no array operator " + op);
    }

    /** Writes {@code ANY(...)}/{@code ALL(...)} (PostgreSQL only by default). */
    public void writeQuantified(SqlWriter w, SqlRenderer renderer, SqlExpr.Quantified quantified) {
        throw new QueryError("The " + name() + " dialect has no ANY/ALL over arrays");
    }

    /** The random function. */
    public String randomFunction() {
        return "RANDOM()";
    }

    /** Writes an INSERT of a row of defaults only. */
    public void writeInsertDefaults(SqlWriter w) {
        w.append(" DEFAULT VALUES");
    }

    /** Writes the ON CONFLICT / ON DUPLICATE KEY clause of an insert. */
    public abstract void writeConflict(SqlWriter w, SqlRenderer renderer, InsertSpec insert);

    /** Writes the start of an insert that ignores duplicates, when the dialect puts it before INTO. */
    public String insertKeyword(InsertSpec insert) {
        return "INSERT INTO ";
    }

    /**
     * Whether an upsert inserted its row, judged from the statement's update count; null when the
     * database does not tell (PostgreSQL and SQLite count an insert and an update alike).
     */
    public Boolean upsertInserted(int updateCount) {
        return null;
    }

    /** Writes a RETURNING clause. */
    public void writeReturning(SqlWriter w, List<String> columns) {
        w.append(" RETURNING ");
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                w.append(", ");
            }
            w.append(columns.get(i).equals("*") ? "*" : quoteIdentifier(columns.get(i)));
        }
    }

    /** Checks a cast target type against a conservative pattern, then maps Sequelize type names. */
    public String castType(String type) {
        String trimmed = type.trim();
        if (!CAST_TYPE.matcher(trimmed).matches()) {
            throw new QueryError("Refusing to cast to '" + type + "': a cast type must be a plain SQL type name");
        }
        DataType parsed;
        try {
            parsed = DataType.parse(trimmed);
        } catch (IllegalArgumentException notSequelizeName) {
            return trimmed;
        }
        return castTypeSql(parsed);
    }

    /** The target of {@code CAST(… AS target)} for a data type; the column type unless the dialect's CAST differs. */
    protected String castTypeSql(DataType type) {
        return typeSql(type);
    }

    /** Checks a function name: identifiers only, optionally schema-qualified. */
    public String functionName(String name) {
        if (!FUNCTION_NAME.matcher(name).matches()) {
            throw new QueryError("Refusing to call function '" + name + "': function names must be plain identifiers");
        }
        return name;
    }

    /** Throws a {@link QueryError} naming the feature when a capability is missing. */
    public void requireCapability(boolean supported, String feature) {
        if (!supported) {
            throw new QueryError("The " + name() + " dialect does not support " + feature);
        }
    }

    /**
     * Whether Sequelize4j should keep prepared statements open per connection and re-execute them, as a
     * careful hand-written JDBC program does. Yes on every supported driver: sqlite-jdbc compiles each
     * statement from its text; pgjdbc finds its server-side statement again by text but still builds a
     * statement object, parses the text for placeholders and sets up per-statement state on every
     * {@code prepareStatement}; MariaDB Connector/J parses the text for its client-side placeholders
     * on every one. A dialect whose driver gains nothing may answer no.
     */
    public boolean cachesPreparedStatements() {
        return true;
    }

    // ---- cursors (streamed finds) ----------------------------------------------------------------

    /**
     * Whether the driver reads a result in pieces of the fetch size only inside a transaction. pgjdbc
     * does: in auto-commit mode it reads the whole result first, whatever the fetch size.
     */
    public boolean cursorNeedsTransaction() {
        return false;
    }

    /**
     * Whether other statements may run on a connection while a streamed result is open on it and keep
     * the result streamed. False where the driver then reads the rest of the open result into memory
     * (MariaDB Connector/J), so that a stream's include queries go to other connections.
     */
    public boolean cursorAllowsOtherStatements() {
        return true;
    }

    /**
     * How this database reports replication positions and lag, for read replicas; null when the dialect
     * cannot tell (reads after a write then go to the primary for a while instead of waiting).
     */
    public ReplicaPositions replicaPositions() {
        return null;
    }

    // ---- transactions ------------------------------------------------------------------------

    /**
     * Starts a transaction on a pooled connection: isolation level, read-only mode, then auto-commit off.
     * The pool restores the connection's settings when it is returned.
     */
    public void beginTransaction(java.sql.Connection connection, org.sequelize4j.TransactionOptions options)
            throws java.sql.SQLException {
        if (options.isolationLevel() != null) {
            connection.setTransactionIsolation(options.isolationLevel().jdbcLevel());
        }
        if (options.isReadOnly()) {
            connection.setReadOnly(true);
        }
        connection.setAutoCommit(false);
    }

    /**
     * Undoes per-transaction connection settings the pool does not reset itself. Called on the
     * transaction's connection right before its final COMMIT or ROLLBACK, since some drivers begin the
     * next transaction as part of ending one (sqlite-jdbc), and that one must not inherit them.
     */
    public void endTransaction(java.sql.Connection connection) throws java.sql.SQLException {
    }

    /**
     * Called on a top-level transaction's connection right before COMMIT; a failure here rolls the
     * transaction back instead. By default nothing (SQLite checks foreign keys of a schema change).
     */
    public void beforeCommit(java.sql.Connection connection, org.sequelize4j.TransactionOptions options)
            throws java.sql.SQLException {
    }

    /**
     * Called on a top-level transaction's connection after it ended and auto-commit is back on, before
     * the connection returns to the pool. By default nothing (SQLite switches foreign keys on again
     * after a schema change).
     */
    public void afterTransaction(java.sql.Connection connection, org.sequelize4j.TransactionOptions options)
            throws java.sql.SQLException {
    }

    /** Creates a savepoint. */
    public String savepointSql(String name) {
        return "SAVEPOINT " + quoteIdentifier(name);
    }

    /** Rolls back to a savepoint. */
    public String rollbackToSavepointSql(String name) {
        return "ROLLBACK TO SAVEPOINT " + quoteIdentifier(name);
    }

    /** Releases a savepoint. */
    public String releaseSavepointSql(String name) {
        return "RELEASE SAVEPOINT " + quoteIdentifier(name);
    }

    /** SQL that makes deferrable constraints deferred (or immediate) in the current transaction, or null. */
    public String setConstraintsSql(boolean deferred, List<String> constraintNames) {
        return null;
    }

    @Override
    public String toString() {
        return name();
    }
}
