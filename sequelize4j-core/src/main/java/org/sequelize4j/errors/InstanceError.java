package org.sequelize4j.errors;

/** An operation that does not make sense for this instance, such as reloading one that was never saved. */
public class InstanceError extends SequelizeException {

    private static final long serialVersionUID = 1L;

    /** An instance error with a message. */
    public InstanceError(String message) {
        super(message);
    }
}
