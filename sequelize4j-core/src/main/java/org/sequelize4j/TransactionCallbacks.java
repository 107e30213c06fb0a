package org.sequelize4j;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code afterCommit}, {@code afterRollback} and {@code afterTransaction} callbacks of one
 * transaction or savepoint, each run with the transaction it was registered on. A released savepoint
 * hands its callbacks to the transaction around it, since only the outermost commit or rollback decides
 * whether its work lasts; a savepoint rolled back runs its rollback callbacks at once.
 */
final class TransactionCallbacks {

    /** A callback and the transaction it receives. */
    private record Entry(Transaction owner, Consumer<Transaction> action) {
        void run() {
            action.accept(owner);
        }
    }

    private final List<Entry> afterCommit = new ArrayList<>();
    private final List<Entry> afterRollback = new ArrayList<>();
    private final List<Entry> afterTransaction = new ArrayList<>();

    synchronized void afterCommit(Transaction owner, Consumer<Transaction> action) {
        afterCommit.add(new Entry(owner, java.util.Objects.requireNonNull(action, "afterCommit callback")));
    }

    synchronized void afterRollback(Transaction owner, Consumer<Transaction> action) {
        afterRollback.add(new Entry(owner, java.util.Objects.requireNonNull(action, "afterRollback callback")));
    }

    synchronized void afterTransaction(Transaction owner, Consumer<Transaction> action) {
        afterTransaction.add(new Entry(owner, java.util.Objects.requireNonNull(action, "afterTransaction callback")));
    }

    /** Moves every callback to {@code outer}, after its own. */
    void handOver(TransactionCallbacks outer) {
        List<Entry> commit;
        List<Entry> rollback;
        List<Entry> after;
        synchronized (this) {
            commit = drain(afterCommit);
            rollback = drain(afterRollback);
            after = drain(afterTransaction);
        }
        synchronized (outer) {
            outer.afterCommit.addAll(commit);
            outer.afterRollback.addAll(rollback);
            outer.afterTransaction.addAll(after);
        }
    }

    /** After a commit: the afterCommit callbacks, then the afterTransaction ones. */
    void committed() {
        run(afterCommit);
        run(afterTransaction);
    }

    /** After a rollback: the afterRollback callbacks, then the afterTransaction ones. */
    void rolledBack() {
        run(afterRollback);
        run(afterTransaction);
    }

    private void run(List<Entry> entries) {
        List<Entry> copy;
        synchronized (this) {
            copy = drain(entries);
        }
        for (Entry entry : copy) {
            entry.run();
        }
    }

    private static List<Entry> drain(List<Entry> entries) {
        List<Entry> copy = new ArrayList<>(entries);
        entries.clear();
        return copy;
    }
}
