package org.sequelize4j.errors;

/** The database rejected the credentials, or the user may not use the database. */
public class AccessDeniedError extends ConnectionError {

    private static final long serialVersionUID = 1L;

    /** Wraps the driver's or pool's exception. */
    public AccessDeniedError(String message, Throwable cause) {
        super(message, cause);
    }
}
