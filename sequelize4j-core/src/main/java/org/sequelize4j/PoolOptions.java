package org.sequelize4j;

import java.time.Duration;

/**
 * Connection-pool settings (Sequelize's {@code pool: {max, min, idle, acquire, evict}}), applied to
 * HikariCP. Defaults follow Sequelize: at most 5 connections, none kept open when idle, idle ones
 * closed after 10 s, and 60 s to wait for a free connection before a
 * {@link org.sequelize4j.errors.ConnectionAcquireTimeoutError}.
 */
public final class PoolOptions {

    private Integer max;
    private int min;
    private Duration idle = Duration.ofSeconds(10);
    private Duration acquire = Duration.ofSeconds(60);
    private Duration maxLifetime = Duration.ofMinutes(30);
    private Duration leakDetection;

    /** The most connections open at once (default 5; 1 for in-memory SQLite). */
    public PoolOptions max(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("pool max must be at least 1, got " + value);
        }
        this.max = value;
        return this;
    }

    /** Connections kept open even when idle (default 0). */
    public PoolOptions min(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("pool min must not be negative, got " + value);
        }
        this.min = value;
        return this;
    }

    /** How long a connection may sit idle before it is closed (default 10 s; applies above {@code min}). */
    public PoolOptions idle(Duration value) {
        this.idle = value;
        return this;
    }

    /** How long to wait for a free connection (default 60 s; at least 250 ms). */
    public PoolOptions acquire(Duration value) {
        this.acquire = value;
        return this;
    }

    /** The longest a connection is used before it is replaced (default 30 min). */
    public PoolOptions maxLifetime(Duration value) {
        this.maxLifetime = value;
        return this;
    }

    /** Log a warning when a connection is held longer than this (e.g. a forgotten transaction). */
    public PoolOptions leakDetection(Duration value) {
        this.leakDetection = value;
        return this;
    }

    /** A copy, for a replication server's pool that starts from the instance's settings. */
    PoolOptions copy() {
        PoolOptions c = new PoolOptions();
        c.max = max;
        c.min = min;
        c.idle = idle;
        c.acquire = acquire;
        c.maxLifetime = maxLifetime;
        c.leakDetection = leakDetection;
        return c;
    }

    /** The configured maximum, or null for the dialect's default. */
    public Integer max() {
        return max;
    }

    /** The minimum idle connections. */
    public int min() {
        return min;
    }

    /** The idle timeout. */
    public Duration idle() {
        return idle;
    }

    /** The acquire timeout. */
    public Duration acquire() {
        return acquire;
    }

    /** The maximum connection lifetime. */
    public Duration maxLifetime() {
        return maxLifetime;
    }

    /** The leak-detection threshold, or null. */
    public Duration leakDetection() {
        return leakDetection;
    }
}
