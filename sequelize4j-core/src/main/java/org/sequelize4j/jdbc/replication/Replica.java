package org.sequelize4j.jdbc.replication;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.sequelize4j.jdbc.ConnectionPool;

/**
 * One replica's pool and what is known about it: when it failed (it is skipped until {@code retryAt}),
 * whether it lags too far, and how many reads it served. State changes are logged once each way, not
 * per read.
 */
final class Replica {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReplicaSet.class);

    final int index;
    final String name;
    final ConnectionPool pool;
    final LongAdder reads = new LongAdder();
    /** {@link System#nanoTime()} before which reads skip it; only meaningful while {@link #down}. */
    private volatile long retryAt;
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicBoolean lagging = new AtomicBoolean();

    Replica(int index, String name, ConnectionPool pool) {
        this.index = index;
        this.name = name;
        this.pool = pool;
    }

    /** Whether reads may use it now: up and not lagging, or down but due for another try. */
    boolean available(long now) {
        return !lagging.get() && (!down.get() || now - retryAt >= 0);
    }

    boolean isDown() {
        return down.get();
    }

    boolean isLagging() {
        return lagging.get();
    }

    /** A read or check could not reach it: skip it for {@code retryNanos}. */
    void failed(Throwable cause, long retryNanos) {
        retryAt = System.nanoTime() + retryNanos;
        if (down.compareAndSet(false, true)) {
            LOG.warn("Read replica {} is unreachable ({}); reads go to the other replicas or the primary, and it is"
                    + " tried again every {} ms", name, cause.getMessage(), retryNanos / 1_000_000);
        }
    }

    /** It answered: back in rotation if it was down. */
    void answered() {
        if (down.get() && down.compareAndSet(true, false)) {
            LOG.info("Read replica {} answers again; reads go to it", name);
        }
    }

    /** The latest lag check's verdict ({@code lagSeconds} null: not replicating). */
    void lag(Double lagSeconds, double maxSeconds) {
        boolean behind = lagSeconds == null || lagSeconds > maxSeconds;
        if (behind && lagging.compareAndSet(false, true)) {
            LOG.warn("Read replica {} is {} (bound {} s); reads skip it until it catches up", name,
                    lagSeconds == null ? "not replicating" : lagSeconds + " s behind", maxSeconds);
        } else if (!behind && lagging.compareAndSet(true, false)) {
            LOG.info("Read replica {} has caught up ({} s behind); reads go to it", name, lagSeconds);
        }
    }
}
