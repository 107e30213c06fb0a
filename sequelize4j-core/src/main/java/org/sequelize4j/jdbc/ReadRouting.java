package org.sequelize4j.jdbc;

import java.util.function.Function;

/**
 * Where statements go when a {@code Sequelize} instance has read replicas (implemented in
 * {@code jdbc.replication}): reads outside transactions to a replica, everything else to the primary,
 * which is the executor's own pool. The executor and transactions call it; without replicas there is none.
 */
public interface ReadRouting {

    /**
     * Runs a read outside any transaction: {@code attempt} is given the pool to run on (a replica, or the
     * primary when none may serve it) and may be given another pool when a replica turns out unreachable.
     * Any other failure of the attempt is the caller's.
     */
    <T> T read(ReadRoute route, Function<ConnectionPool, T> attempt);

    /** The pool a new top-level transaction takes its connection from: a replica only when read-only. */
    ConnectionPool transactionPool(boolean readOnly);

    /**
     * A read-only transaction could not start on {@code replica}: it is skipped for a while, and the
     * caller starts the transaction on the primary instead.
     */
    void transactionFailed(ConnectionPool replica, RuntimeException cause);

    /** A statement that may write ran on the primary from the calling thread (for read-your-writes). */
    void wrote();

    /** Closes the replicas' pools (the primary's belongs to the instance). */
    void close();
}
