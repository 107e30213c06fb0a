package org.sequelize4j.errors;

/**
 * Options of a {@code Sequelize} instance that are wrong or contradict each other, such as a data
 * source given together with a host, or without the dialect. Raised when the instance is created,
 * before any connection is made; {@link #option()} names the option at fault.
 */
public class OptionsError extends SequelizeException {

    private static final long serialVersionUID = 1L;

    private final String option;

    /** An error about {@code option}. */
    public OptionsError(String option, String message) {
        super(message);
        this.option = option;
    }

    /** The option at fault, as named on {@code SequelizeOptions} (e.g. {@code dialect}). */
    public String option() {
        return option;
    }
}
