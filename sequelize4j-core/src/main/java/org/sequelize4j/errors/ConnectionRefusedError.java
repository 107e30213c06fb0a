package org.sequelize4j.errors;

/** Nothing accepted the connection at the configured host and port. */
public class ConnectionRefusedError extends ConnectionError {

    private static final long serialVersionUID = 1L;

    /** Wraps the driver's or pool's exception. */
    public ConnectionRefusedError(String message, Throwable cause) {
        super(message, cause);
    }
}
