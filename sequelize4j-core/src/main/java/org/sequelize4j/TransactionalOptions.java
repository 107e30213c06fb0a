package org.sequelize4j;

/**
 * What every operation's options share: the transaction to run in. Without one, an operation inside a
 * managed transaction's callback ({@code sequelize.transaction(t -> …)}) joins that transaction;
 * {@code transaction(null)} runs it outside any transaction, on its own connection.
 *
 * @param <S> the concrete options class, returned by the fluent setter
 */
public abstract class TransactionalOptions<S extends TransactionalOptions<S>> {

    private Transaction transaction;
    private boolean transactionGiven;

    /** For options classes of Sequelize4j's own packages. */
    protected TransactionalOptions() {
    }

    /**
     * Run in this transaction; {@code null} runs outside any transaction, even inside a managed
     * transaction's callback.
     */
    @SuppressWarnings("unchecked")
    public S transaction(Transaction value) {
        this.transaction = value;
        this.transactionGiven = true;
        return (S) this;
    }

    /** The explicit transaction; null means "none" only when {@link #isTransactionGiven()}. */
    public Transaction transaction() {
        return transaction;
    }

    /** Whether a transaction (possibly null) was given explicitly. */
    public boolean isTransactionGiven() {
        return transactionGiven;
    }

    /** Gives {@code target} this object's transaction setting (for copies). */
    void copyTransactionTo(TransactionalOptions<?> target) {
        target.transaction = transaction;
        target.transactionGiven = transactionGiven;
    }

    /**
     * Refuses a null where: silently dropping the filter would read, change or delete every row. A
     * condition that matches every row is written explicitly, {@code Op.and()}.
     */
    static void requireWhere(org.sequelize4j.query.Condition condition, String options) {
        if (condition == null) {
            throw new org.sequelize4j.errors.QueryError(options + ".where(null) would match every row; leave"
                    + " where out, or pass Op.and() to match every row on purpose");
        }
    }
}
