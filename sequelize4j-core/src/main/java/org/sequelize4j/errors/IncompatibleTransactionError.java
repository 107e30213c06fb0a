package org.sequelize4j.errors;

/**
 * {@code sequelize.transaction(options, …)} inside a running transaction asked for something the running
 * transaction cannot give: its nest mode ({@code REUSE} or {@code SAVEPOINT}) would run the callback
 * in that transaction, but the options request another isolation level, read-only mode, SQLite
 * transaction type, deferred constraints, or (for {@code REUSE}) a timeout of its own. Raised before
 * anything runs; {@link #option()} names the option.
 */
public class IncompatibleTransactionError extends SequelizeException {

    private static final long serialVersionUID = 1L;

    private final String option;

    /** An error about {@code option}, with a message saying what was requested and what is running. */
    public IncompatibleTransactionError(String option, String message) {
        super(message);
        this.option = option;
    }

    /** The option of {@code TransactionOptions} that does not fit, such as {@code isolationLevel}. */
    public String option() {
        return option;
    }
}
