package org.sequelize4j.errors;

/** Every pooled connection stayed busy for longer than the pool's {@code acquire} timeout. Often a sign of transactions that are never ended. */
public class ConnectionAcquireTimeoutError extends ConnectionError {

    private static final long serialVersionUID = 1L;

    /** Wraps the driver's or pool's exception. */
    public ConnectionAcquireTimeoutError(String message, Throwable cause) {
        super(message, cause);
    }
}
