package org.sequelize4j.errors;

/** A finder asked to reject empty results ({@code rejectOnEmpty}) found nothing. */
public class EmptyResultError extends SequelizeException {

    private static final long serialVersionUID = 1L;

    /** An empty-result error naming what was searched for. */
    public EmptyResultError(String message) {
        super(message);
    }
}
