package org.sequelize4j.spi;

import java.sql.Connection;
import java.util.function.Consumer;
import org.sequelize4j.IsolationLevel;

/**
 * A transaction that a framework runs on a connection of the application's data source, as a
 * {@link TransactionBinding} reports it. Sequelize runs statements on {@link #connection()} and leaves
 * its commit, rollback and closing to the framework.
 */
public interface BoundTransaction {

    /**
     * The transaction's connection; the same object for as long as the transaction runs, since
     * Sequelize recognises the transaction by it.
     */
    Connection connection();

    /** Whether the transaction was begun read-only; false by default. */
    default boolean readOnly() {
        return false;
    }

    /** The isolation level the transaction was begun with, or null for the database's default. */
    default IsolationLevel isolationLevel() {
        return null;
    }

    /**
     * Registers {@code callback} to run once, after the transaction has ended, with {@code true} when
     * it committed and {@code false} when it rolled back; Sequelize's {@code afterCommit},
     * {@code afterRollback} and {@code afterTransaction} callbacks run from it.
     *
     * @return false when the framework cannot report the end (those callbacks then never run)
     */
    boolean onCompletion(Consumer<Boolean> callback);
}
