package org.sequelize4j.errors;

/**
 * Query options that cannot be turned into SQL: an unknown attribute in {@code where}, {@code order}
 * or {@code attributes}, an operator the dialect lacks, a malformed replacement. Raised before any SQL
 * is sent; the message names the model and the attribute or option at fault.
 */
public class QueryError extends SequelizeException {

    private static final long serialVersionUID = 1L;

    /** A query error with a message naming what is wrong. */
    public QueryError(String message) {
        super(message);
    }

    /** A query error with a cause. */
    public QueryError(String message, Throwable cause) {
        super(message, cause);
    }
}
