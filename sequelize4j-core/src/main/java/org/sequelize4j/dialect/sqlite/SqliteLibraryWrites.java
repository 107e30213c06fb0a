package org.sequelize4j.dialect.sqlite;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;

/**
 * The library's own INSERT, UPDATE and DELETE statements, run without sqlite-jdbc's generated-keys work.
 *
 * <p>With {@code jdbc.get_generated_keys} on (the driver's default, which the library keeps for plain
 * JDBC code on {@code sequelize.dataSource()}), sqlite-jdbc matches every {@code executeUpdate} against a
 * regular expression and, after an INSERT, runs {@code SELECT last_insert_rowid()} so that
 * {@code getGeneratedKeys()} could answer. The library reads its keys with RETURNING and never asks.
 * The setting belongs to the connection, so it is turned off for one statement and put back before the
 * statement returns or fails: a connection serves one caller at a time, and the next one finds the
 * setting as it was.
 */
final class SqliteLibraryWrites {

    private SqliteLibraryWrites() {
    }

    /** Runs {@code statement} (prepared by the library) and returns the count of rows it changed. */
    static int executeUpdate(PreparedStatement statement) throws SQLException {
        // Kept statements are prepared on the physical connection; others (a wrapping pool's) run as given.
        java.sql.Connection connection = statement.getConnection();
        if (!(connection instanceof SQLiteConnection)) {
            return statement.executeUpdate();
        }
        SQLiteConnectionConfig config = ((SQLiteConnection) connection).getConnectionConfig();
        if (!config.isGetGeneratedKeys()) {
            return statement.executeUpdate();
        }
        config.setGetGeneratedKeys(false);
        try {
            return statement.executeUpdate();
        } finally {
            config.setGetGeneratedKeys(true);
        }
    }
}
