package org.sequelize4j.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Consumes a result set (all of it, or as much as it needs) and produces a value. */
@FunctionalInterface
public interface ResultReader<T> {

    /** Reads the result; must not close it. */
    T read(ResultSet resultSet) throws SQLException;
}
