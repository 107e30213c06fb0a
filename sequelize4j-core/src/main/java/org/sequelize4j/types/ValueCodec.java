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

    /** Converts a value produced by the driver some other way (e.g. a generated key) to the canonical type. */
    default Object fromDriver(Object value) {
        return value;
    }
}
