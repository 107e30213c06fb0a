package org.sequelize4j.errors;

/** The configured host name could not be resolved. */
public class HostNotFoundError extends ConnectionError {

    private static final long serialVersionUID = 1L;

    /** Wraps the driver's or pool's exception. */
    public HostNotFoundError(String message, Throwable cause) {
        super(message, cause);
    }
}
