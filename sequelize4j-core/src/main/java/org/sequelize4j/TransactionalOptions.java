package org.sequelize4j;

/**
 * What every operation's options share: the transaction to run in, a logging callback of the call's own
 * ({@code logging}, as Sequelize's per-call option) and a statement {@code timeout}. Without a transaction, an operation inside a
 * managed transaction's callback ({@code sequelize.transaction(t -> …)}) joins that transaction;
 * {@code transaction(null)} runs it outside any transaction, on its own connection.
 *
 * @param <S> the concrete options class, returned by the fluent setter
 */
public abstract class TransactionalOptions<S extends TransactionalOptions<S>> {

    private Transaction transaction;
    private boolean transactionGiven;
    private java.util.function.BiConsumer<String, Long> logging;
    private boolean loggingGiven;
    private long timeout;
    private boolean useMaster;
    private Boolean readYourWrites;

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

    /**
     * Sends this call's statements to {@code callback} instead of the instance's {@code logging}
     * callback, as Sequelize's per-call {@code logging} option; {@code null} is {@code logging(false)}.
     */
    @SuppressWarnings("unchecked")
    public S logging(java.util.function.Consumer<String> callback) {
        this.logging = callback == null ? null : (message, elapsed) -> callback.accept(message);
        this.loggingGiven = true;
        return (S) this;
    }

    /** {@link #logging(java.util.function.Consumer)} with the elapsed milliseconds (null unless {@code benchmark}). */
    @SuppressWarnings("unchecked")
    public S loggingWithTime(java.util.function.BiConsumer<String, Long> callback) {
        this.logging = callback;
        this.loggingGiven = true;
        return (S) this;
    }

    /**
     * {@code false} silences the instance's logging callback for this call (SLF4J still receives the
     * statements at DEBUG); {@code true} keeps the instance's callback.
     */
    @SuppressWarnings("unchecked")
    public S logging(boolean enabled) {
        this.logging = null;
        this.loggingGiven = !enabled;
        return (S) this;
    }

    /** Whether this call has a logging callback of its own (see {@link #logging()}). */
    public boolean isLoggingGiven() {
        return loggingGiven;
    }

    /** This call's logging callback, or null when silenced; meaningful only when {@link #isLoggingGiven()}. */
    public java.util.function.BiConsumer<String, Long> logging() {
        return logging;
    }

    /**
     * Cancels each statement this call sends once it has run for {@code millis} milliseconds; the call
     * then fails with a {@link org.sequelize4j.errors.TimeoutError}. A find with includes sends several
     * statements, each bounded on its own. Inside a transaction, a cancelled statement leaves the
     * transaction able only to roll back.
     *
     * @throws IllegalArgumentException if {@code millis} is not positive
     */
    @SuppressWarnings("unchecked")
    public S timeout(long millis) {
        this.timeout = positiveTimeout(millis, "timeout");
        return (S) this;
    }

    /** {@link #timeout(long)} as a duration. */
    public S timeout(java.time.Duration duration) {
        return timeout(duration.toMillis());
    }

    /** The statement timeout in milliseconds, or 0 for none. */
    public long timeout() {
        return timeout;
    }

    /** Checks a timeout option: at least one millisecond. */
    static long positiveTimeout(long millis, String option) {
        if (millis <= 0) {
            throw new IllegalArgumentException(option + " must be at least 1 ms, got " + millis);
        }
        return millis;
    }

    /** Gives {@code target} this object's transaction, logging and timeout settings (for copies). */
    void copyTransactionTo(TransactionalOptions<?> target) {
        target.transaction = transaction;
        target.transactionGiven = transactionGiven;
        target.logging = logging;
        target.loggingGiven = loggingGiven;
        target.timeout = timeout;
        target.useMaster = useMaster;
        target.readYourWrites = readYourWrites;
    }

    /** For reads (finds, counts, raw SELECTs): see {@link FindOptions#useMaster(boolean)}. */
    void setUseMaster(boolean value) {
        this.useMaster = value;
    }

    /** For reads: see {@link FindOptions#readYourWrites(boolean)}. */
    void setReadYourWrites(boolean value) {
        this.readYourWrites = value;
    }

    /** Whether a read must run on the primary even with read replicas (Sequelize's {@code useMaster}). */
    public boolean isUseMaster() {
        return useMaster;
    }

    /** This read's read-your-writes setting: true or false, or null for the instance's. */
    public Boolean readYourWrites() {
        return readYourWrites;
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
