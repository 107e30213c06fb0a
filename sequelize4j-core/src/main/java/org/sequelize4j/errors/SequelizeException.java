package org.sequelize4j.errors;

/**
 * The root of every exception Sequelize4j throws (Sequelize's {@code BaseError}). All are unchecked,
 * so that callers catch the specific subtype they can handle: {@link ValidationError},
 * {@link UniqueConstraintError}, {@link ForeignKeyConstraintError}, {@link OptimisticLockError},
 * {@link EmptyResultError}, {@link ConnectionError}, {@link TimeoutError}, {@link DatabaseError}, …
 */
public class SequelizeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message. */
    public SequelizeException(String message) {
        super(message);
    }

    /** An exception with a message and the exception that caused it. */
    public SequelizeException(String message, Throwable cause) {
        super(message, cause);
    }
}
