package org.sequelize4j.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with a JDBC connection that the caller does not own. */
@FunctionalInterface
public interface ConnectionWork<T> {

    /** Does the work; the connection must not be closed, committed or rolled back. */
    T apply(Connection connection) throws SQLException;
}
