package org.sequelize4j.errors;

/** A scope that is not defined on the model, or that cannot be applied (Sequelize's {@code SequelizeScopeError}). */
public class ScopeError extends SequelizeException {

    private static final long serialVersionUID = 1L;

    /** A scope error with a message naming the model and scope. */
    public ScopeError(String message) {
        super(message);
    }
}
