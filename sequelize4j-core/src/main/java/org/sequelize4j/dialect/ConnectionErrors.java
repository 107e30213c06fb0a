package org.sequelize4j.dialect;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.sequelize4j.errors.AccessDeniedError;
import org.sequelize4j.errors.ConnectionAcquireTimeoutError;
import org.sequelize4j.errors.ConnectionError;
import org.sequelize4j.errors.ConnectionRefusedError;
import org.sequelize4j.errors.HostNotFoundError;

/**
 * Recognises failures to reach or keep a database connection, the same way for every server dialect:
 * SQLSTATE class 08, PostgreSQL's administrator shutdown codes, the pool's acquire timeout, and the
 * network exceptions found among the causes.
 */
public final class ConnectionErrors {

    private ConnectionErrors() {
    }

    /** Whether the exception means the connection is gone or could not be made. */
    public static boolean isConnectionFailure(SQLException error) {
        String state = error.getSQLState();
        if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"))) {
            return true;
        }
        return error instanceof SQLTransientConnectionException || causedBy(error, ConnectException.class)
                || causedBy(error, UnknownHostException.class) || causedBy(error, java.io.EOFException.class)
                || causedBy(error, java.net.SocketException.class);
    }

    /** The typed connection error for such a failure. */
    public static ConnectionError translate(SQLException error, String dialect) {
        String message = String.valueOf(error.getMessage());
        if (error instanceof SQLTransientConnectionException && message.contains("timed out")) {
            return new ConnectionAcquireTimeoutError("No " + dialect + " connection became free in time: " + message,
                    error);
        }
        if (causedBy(error, UnknownHostException.class)) {
            return new HostNotFoundError("Cannot resolve the " + dialect + " host: " + message, error);
        }
        if (causedBy(error, ConnectException.class) || message.contains("refused")) {
            return new ConnectionRefusedError("The " + dialect + " server refused the connection: " + message, error);
        }
        return new ConnectionError("The " + dialect + " connection failed: " + message, error);
    }

    /** An access-denied error. */
    public static ConnectionError accessDenied(SQLException error, String dialect) {
        return new AccessDeniedError("The " + dialect + " server denied access: " + error.getMessage(), error);
    }

    /** Whether {@code type} appears in the cause chain. */
    public static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
