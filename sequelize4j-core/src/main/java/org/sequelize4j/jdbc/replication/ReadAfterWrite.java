package org.sequelize4j.jdbc.replication;

import java.sql.SQLException;
import java.util.concurrent.atomic.LongAdder;
import org.sequelize4j.dialect.ReplicaPositions;
import org.sequelize4j.jdbc.ConnectionPool;

/**
 * Read-your-writes per thread. A write only notes the time on the thread (no query); the first read
 * after it that should see it asks the primary for its current position, which is at or past the write
 * once the write has committed, and then waits on the chosen replica until it has replayed that far
 * (bounded by {@code waitTimeout}; then the read goes to the primary). Replicas that reached the position
 * are remembered, so later reads in the window do not wait again. Taking the position lazily, at the
 * read, keeps writes free of an extra round trip and covers writes committed later by a transaction.
 */
final class ReadAfterWrite {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReplicaSet.class);

    /** A thread's latest write and what is known of its position. */
    static final class Pending {
        long writeNanos;
        String position;
        /** Replicas (by index, up to 64) known to have replayed {@link #position}. */
        long caughtUp;
    }

    private final ConnectionPool primary;
    private final ReplicaPositions positions;
    private final ReplicationSettings settings;
    private final long windowNanos;
    private final ThreadLocal<Pending> latest = new ThreadLocal<>();
    final LongAdder waits = new LongAdder();
    final LongAdder waitTimeouts = new LongAdder();
    final LongAdder sentToPrimary = new LongAdder();

    ReadAfterWrite(ConnectionPool primary, ReplicaPositions positions, ReplicationSettings settings) {
        this.primary = primary;
        this.positions = positions;
        this.settings = settings;
        this.windowNanos = settings.window().toNanos();
    }

    void wrote() {
        Pending pending = latest.get();
        if (pending == null) {
            pending = new Pending();
            latest.set(pending);
        }
        pending.writeNanos = System.nanoTime();
        pending.position = null;
        pending.caughtUp = 0;
    }

    /** Whether reads wait for replicas (rather than go to the primary) after a write. */
    boolean canWait() {
        return positions != null && settings.readYourWrites() != ReplicationSettings.ReadAfterWrite.PRIMARY;
    }

    /**
     * The calling thread's write a read must see, or null: no write within the window, or read-your-writes
     * off for this read ({@code asked} false, or null and the instance's setting off).
     */
    Pending pending(Boolean asked) {
        boolean on = asked != null ? asked : settings.readYourWrites() != ReplicationSettings.ReadAfterWrite.OFF;
        if (!on) {
            return null;
        }
        Pending pending = latest.get();
        if (pending == null || pending.writeNanos == 0) {
            return null;
        }
        if (System.nanoTime() - pending.writeNanos > windowNanos) {
            pending.writeNanos = 0;
            return null;
        }
        return pending;
    }

    /**
     * Whether {@code replica} has replayed the pending write, waiting for it within the bound.
     *
     * @throws org.sequelize4j.errors.ConnectionError if the replica cannot be reached (it is then skipped)
     */
    boolean caughtUp(Replica replica, Pending pending) {
        long bit = replica.index < 64 ? 1L << replica.index : 0;
        if ((pending.caughtUp & bit) != 0) {
            return true;
        }
        if (pending.position == null) {
            try {
                pending.position = primary.run(positions::primaryPosition);
            } catch (SQLException | RuntimeException e) {
                // Without the primary there is no better server to read from: the replica serves as it can.
                LOG.debug("Cannot read the primary's position for read-your-writes: {}", e.getMessage());
                return true;
            }
        }
        waits.increment();
        boolean reached;
        try {
            reached = replica.pool.run(c -> positions.awaitPosition(c, pending.position, settings.waitTimeout()));
        } catch (SQLException e) {
            throw new org.sequelize4j.errors.ConnectionError("Read replica " + replica.name + " did not answer: "
                    + e.getMessage(), e);
        }
        if (reached) {
            pending.caughtUp |= bit;
        } else {
            waitTimeouts.increment();
        }
        return reached;
    }
}
