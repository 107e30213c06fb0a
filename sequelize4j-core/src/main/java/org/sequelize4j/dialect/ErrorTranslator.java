package org.sequelize4j.dialect;

import java.sql.SQLException;
import java.util.List;
import org.sequelize4j.errors.SequelizeException;

/**
 * Turns a driver's {@link SQLException} into Sequelize4j's typed errors: unique and foreign-key
 * violations, timeouts and deadlocks, broken connections, and plain database errors carrying the SQL.
 * Unique violations name the violated columns where the database reports them;
 * {@link ErrorContext} lets the caller map columns and key names back to attribute names.
 */
public interface ErrorTranslator {

    /**
     * The typed error for a failed statement.
     *
     * @param error the driver's exception
     * @param sql the statement text (may be null for connection-level failures)
     * @param parameters the bound values
     * @param context what the caller knows about the table, or {@link ErrorContext#NONE}
     */
    SequelizeException translate(SQLException error, String sql, List<Object> parameters, ErrorContext context);

    /** Whether the exception means the connection is unusable (so a transaction on it is lost). */
    boolean isConnectionError(SQLException error);
}
