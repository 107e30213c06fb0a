package org.sequelize4j.types;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Moves values of one data type between Java and one database's JDBC driver: binds a canonical Java
 * value as a statement parameter and reads a column back into the canonical Java type. Each dialect
 * supplies codecs for every type (SQLite keeps dates as text, MySQL booleans as integers, PostgreSQL
 * JSON as {@code json}); one codec instance is shared by every statement and thread.
 */
public interface ValueCodec {

    /** Binds a non-null canonical value at parameter {@code index} (1-based). */
    void bind(PreparedStatement statement, int index, Object value) throws SQLException;

    /** Binds SQL NULL at parameter {@code index}. */
    void bindNull(PreparedStatement statement, int index) throws SQLException;

    /** Reads column {@code index} (1-based) of the current row; null for SQL NULL. */
    Object read(ResultSet resultSet, int index) throws SQLException;

    /**
     * Whether this codec reads better with a {@link ReadMemo} of the result set being read (it converts
     * text that repeats, such as SQLite's dates); readers of many rows then call
     * {@link #read(ResultSet, int, ReadMemo)}.
     */
    default boolean usesReadMemo() {
        return false;
    }

    /** As {@link #read(ResultSet, int)}, remembering conversions in {@code memo}, which serves one read of one result set. */
    default Object read(ResultSet resultSet, int index, ReadMemo memo) throws SQLException {
        return read(resultSet, index);
    }

    /** Converts a value produced by the driver some other way (e.g. a generated key) to the canonical type. */
    default Object fromDriver(Object value) {
        return value;
    }
}
