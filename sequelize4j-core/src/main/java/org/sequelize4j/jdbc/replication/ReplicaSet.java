package org.sequelize4j.jdbc.replication;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.sequelize4j.dialect.ReplicaPositions;
import org.sequelize4j.errors.ConnectionError;
import org.sequelize4j.jdbc.ConnectionPool;
import org.sequelize4j.jdbc.ReadRoute;
import org.sequelize4j.jdbc.ReadRouting;

/**
 * A primary and its read replicas: reads outside transactions go to the replicas in turn, skipping those
 * that are unreachable (for {@code retryAfter}) or lag beyond {@code maxLag}, and to the primary when none
 * is left. Read-your-writes, when asked for, holds a thread's reads after its writes to the primary's
 * position (see {@link ReadAfterWrite}).
 *
 * <p>Only connection failures move a read to another server: any other error (a {@code ReadOnlyError}
 * for a write declared a read, a syntax error) is the caller's, so nothing is run twice.
 *
 * <p>Thread-safe.
 */
public final class ReplicaSet implements ReadRouting, AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReplicaSet.class);

    private final ConnectionPool primary;
    private final List<Replica> replicas;
    private final ReplicationSettings settings;
    private final ReadAfterWrite afterWrite;
    private final AtomicInteger next = new AtomicInteger();
    private final LongAdder primaryReads = new LongAdder();
    private final LongAdder fallbackReads = new LongAdder();
    /** Whether the current spell of "no replica can serve" has been logged; reset when a replica serves again. */
    private final AtomicBoolean fallbackLogged = new AtomicBoolean();
    private final ScheduledExecutorService lagChecks;
    private final long retryNanos;

    /**
     * A replica set over pools already opened; it closes the replicas' pools when closed, never the primary's.
     *
     * @param names the replicas' names for log lines and statistics, in the order of {@code replicaPools}
     * @param positions the dialect's replication positions, or null when it cannot tell them
     */
    public ReplicaSet(ConnectionPool primary, List<ConnectionPool> replicaPools, List<String> names,
                      ReplicaPositions positions, ReplicationSettings settings) {
        if (replicaPools.isEmpty()) {
            throw new IllegalArgumentException("a replica set needs at least one replica");
        }
        this.primary = primary;
        this.settings = settings;
        List<Replica> list = new ArrayList<>();
        for (int i = 0; i < replicaPools.size(); i++) {
            list.add(new Replica(i, names.get(i), replicaPools.get(i)));
        }
        this.replicas = List.copyOf(list);
        this.retryNanos = settings.retryAfter().toNanos();
        this.afterWrite = new ReadAfterWrite(primary, positions, settings);
        if (settings.maxLag() != null && positions != null) {
            lagChecks = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "sequelize4j-replica-lag");
                t.setDaemon(true);
                return t;
            });
            long every = settings.lagCheckInterval().toMillis();
            lagChecks.scheduleWithFixedDelay(() -> checkLag(positions), 0, every, TimeUnit.MILLISECONDS);
        } else {
            lagChecks = null;
        }
    }

    @Override
    public <T> T read(ReadRoute route, Function<ConnectionPool, T> attempt) {
        if (route.useMaster()) {
            return onPrimary(attempt);
        }
        ReadAfterWrite.Pending pending = afterWrite.pending(route.readYourWrites());
        if (pending != null && !afterWrite.canWait()) {
            afterWrite.sentToPrimary.increment();
            return onPrimary(attempt);
        }
        for (int tries = 0; tries < replicas.size(); tries++) {
            Replica replica = pick();
            if (replica == null) {
                break;
            }
            try {
                if (pending != null && !afterWrite.caughtUp(replica, pending)) {
                    // The replica has not replayed the write within the bound: the primary has it.
                    afterWrite.sentToPrimary.increment();
                    return onPrimary(attempt);
                }
                T result = attempt.apply(replica.pool);
                replica.reads.increment();
                replica.answered();
                fallbackLogged.set(false);
                return result;
            } catch (ConnectionError e) {
                replica.failed(e, retryNanos);
            }
        }
        fallbackReads.increment();
        if (fallbackLogged.compareAndSet(false, true)) {
            LOG.warn("No read replica can serve reads now; they go to the primary until one can");
        }
        return onPrimary(attempt);
    }

    private <T> T onPrimary(Function<ConnectionPool, T> attempt) {
        T result = attempt.apply(primary);
        primaryReads.increment();
        return result;
    }

    /** The next replica in turn that may serve reads now, or null if none may. */
    private Replica pick() {
        long now = System.nanoTime();
        int n = replicas.size();
        int start = Math.floorMod(next.getAndIncrement(), n);
        for (int i = 0; i < n; i++) {
            Replica candidate = replicas.get((start + i) % n);
            if (candidate.available(now)) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    public ConnectionPool transactionPool(boolean readOnly) {
        if (!readOnly || afterWrite.pending(null) != null) {
            return primary;
        }
        Replica replica = pick();
        return replica == null ? primary : replica.pool;
    }

    @Override
    public void transactionFailed(ConnectionPool pool, RuntimeException cause) {
        for (Replica replica : replicas) {
            if (replica.pool == pool) {
                replica.failed(cause, retryNanos);
            }
        }
    }

    @Override
    public void wrote() {
        afterWrite.wrote();
    }

    private void checkLag(ReplicaPositions positions) {
        double max = settings.maxLag().toNanos() / 1e9;
        for (Replica replica : replicas) {
            try {
                Double lag = replica.pool.run(positions::lagSeconds);
                replica.answered();
                replica.lag(lag, max);
            } catch (SQLException | RuntimeException e) {
                replica.failed(e, retryNanos);
            }
        }
    }

    /** Counts and states, for statistics. */
    public Snapshot snapshot() {
        List<ReplicaState> states = new ArrayList<>();
        long now = System.nanoTime();
        for (Replica replica : replicas) {
            states.add(new ReplicaState(replica.name, replica.reads.sum(), replica.available(now) && !replica.isDown(),
                    replica.isDown(), replica.isLagging()));
        }
        return new Snapshot(primaryReads.sum(), fallbackReads.sum(), afterWrite.waits.sum(), afterWrite.waitTimeouts.sum(),
                afterWrite.sentToPrimary.sum(), states);
    }

    /**
     * Routing counts since the set was opened.
     *
     * @param primaryReads reads the primary served (useMaster, read-your-writes, fallback)
     * @param fallbackReads of those, reads sent there because no replica could serve
     * @param waits reads that waited for a replica to replay the thread's write
     * @param waitTimeouts waits that ran out of time (the read then went to the primary)
     * @param sentToPrimaryAfterWrite reads sent to the primary for read-your-writes
     * @param replicas each replica's state
     */
    public record Snapshot(long primaryReads, long fallbackReads, long waits, long waitTimeouts,
                           long sentToPrimaryAfterWrite, List<ReplicaState> replicas) {
    }

    /**
     * One replica's state.
     *
     * @param name its name ({@code host:port})
     * @param reads reads it served
     * @param serving whether reads go to it now
     * @param down whether it was unreachable at its last use
     * @param lagging whether it lags beyond the bound
     */
    public record ReplicaState(String name, long reads, boolean serving, boolean down, boolean lagging) {
    }

    @Override
    public void close() {
        if (lagChecks != null) {
            lagChecks.shutdownNow();
        }
        for (Replica replica : replicas) {
            replica.pool.close();
        }
    }
}
