package org.sequelize4j;

/**
 * The calling thread's use of a transaction it did not start with a callback, from
 * {@link Sequelize#bindTransaction(Transaction)} until {@link #close()}: while it is open, every
 * operation on that thread without an explicit {@code transaction} option runs in the bound
 * transaction, as it would inside {@code sequelize.transaction(t -> ...)}.
 *
 * <p>It exists for code that cannot wrap its work in a callback, such as a test framework that starts a
 * transaction before a test and rolls it back after. Closing restores the thread's previous current
 * transaction (or none); it neither commits nor rolls back. Close it on the thread that opened it.
 */
public final class BoundTransactionScope implements AutoCloseable {

    private final Runnable restore;
    private final Thread owner = Thread.currentThread();
    private boolean closed;

    BoundTransactionScope(Runnable restore) {
        this.restore = restore;
    }

    /**
     * Ends the binding: the thread's current transaction is again what it was before. Closing twice does
     * nothing.
     *
     * @throws IllegalStateException when called from another thread, whose current transaction this
     *     binding never changed
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("A transaction binding must be closed on the thread that opened it ("
                    + owner.getName() + "), not on " + Thread.currentThread().getName());
        }
        closed = true;
        restore.run();
    }
}
