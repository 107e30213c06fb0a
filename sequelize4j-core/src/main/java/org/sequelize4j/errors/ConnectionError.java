package org.sequelize4j.errors;

/**
 * The database could not be reached, or the connection broke. The pool discards the broken
 * connection; the next operation gets a fresh one.
 */
public class ConnectionError extends SequelizeException {

    private static final long serialVersionUID = 1L;

    /** A connection error with its cause. */
    public ConnectionError(String message, Throwable cause) {
        super(message, cause);
    }
}
