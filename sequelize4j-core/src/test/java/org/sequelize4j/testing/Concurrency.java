package org.sequelize4j.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.sequelize4j.QueryOptions;
import org.sequelize4j.Sequelize;

/**
 * Helpers for tests that need several connections at once: a SQLite database every connection of a
 * pool can share (the harness's in-memory SQLite has a single connection), callers released together,
 * and waiting until the database reports a session blocked on a lock, so that tests order events by
 * what the server saw rather than by sleeping.
 */
public final class Concurrency {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private Concurrency() {
    }

    /**
     * A Sequelize that can run statements on several connections at once: the harness's own for the
     * server dialects, a file database with a pool of {@code poolMax} for SQLite. Close the result with
     * {@link #release}, which leaves the harness's instance open.
     */
    public static Sequelize multiConnection(TestDialect dialect, Sequelize harness, Path dir, int poolMax) {
        if (dialect != TestDialect.SQLITE) {
            return harness;
        }
        Path file = dir.resolve("concurrency-" + System.nanoTime() + ".db");
        return new Sequelize("sqlite:" + file, o -> o.pool(p -> p.max(poolMax)));
    }

    /** Closes what {@link #multiConnection} opened for SQLite. */
    public static void release(Sequelize multi, Sequelize harness) {
        if (multi != harness) {
            multi.close();
        }
    }

    /**
     * Runs {@code body} on a {@link #multiConnection} instance and {@link #release}s it afterwards, even
     * when the body fails.
     */
    public static <E extends Exception> void withMultiConnection(TestDialect dialect, Sequelize harness, Path dir,
                                                                 int poolMax, ThrowingConsumer<Sequelize, E> body)
            throws E {
        Sequelize multi = multiConnection(dialect, harness, dir, poolMax);
        try {
            body.accept(multi);
        } finally {
            release(multi, harness);
        }
    }

    /** Work on a value that may throw a checked exception. */
    @FunctionalInterface
    public interface ThrowingConsumer<T, E extends Exception> {
        /** Does the work. */
        void accept(T value) throws E;
    }

    /** What one concurrent caller ended with: its value or its exception. */
    public record Outcome<T>(T value, Throwable error) {
        /** Whether the caller returned normally. */
        public boolean ok() {
            return error == null;
        }
    }

    /**
     * Runs {@code callers} copies of {@code work} on their own threads, released together by a latch, and
     * returns each one's outcome (index = caller number).
     */
    public static <T> List<Outcome<T>> runTogether(int callers, IndexedWork<T> work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch ready = new CountDownLatch(callers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < callers; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return work.run(index);
                }));
            }
            if (!ready.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("callers did not start");
            }
            go.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(new Outcome<>(future.get(60, TimeUnit.SECONDS), null));
                } catch (java.util.concurrent.ExecutionException e) {
                    outcomes.add(new Outcome<>(null, e.getCause()));
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("a concurrent caller did not finish within 60 s", e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Work of one concurrent caller. */
    @FunctionalInterface
    public interface IndexedWork<T> {
        /** Does the work of caller {@code index}. */
        T run(int index) throws Exception;
    }

    /** Starts work on a new thread; the future gives its result or exception. */
    public static <T> Future<T> background(Callable<T> work) {
        ExecutorService single = Executors.newSingleThreadExecutor();
        try {
            return single.submit(work);
        } finally {
            single.shutdown();
        }
    }

    /** Polls every {@code intervalMillis} until the condition holds; fails after 20 s. */
    public static void await(String what, long intervalMillis, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(intervalMillis);
        }
    }

    /**
     * The number of sessions of the test database that the server reports waiting for a row or table
     * lock (PostgreSQL and MariaDB). The query runs outside any transaction.
     */
    public static long lockWaiters(Sequelize sequelize, TestDialect dialect) {
        String sql = switch (dialect) {
            case POSTGRES -> "SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND wait_event_type = 'Lock'";
            case MARIADB -> "SELECT COUNT(*) AS n FROM information_schema.innodb_trx t"
                    + " JOIN information_schema.processlist p ON p.id = t.trx_mysql_thread_id"
                    + " WHERE t.trx_state = 'LOCK WAIT' AND p.db = DATABASE()";
            case SQLITE -> throw new IllegalArgumentException("SQLite has no lock-wait view");
        };
        Object n = sequelize.query(sql, QueryOptions.queryOptions().transaction(null)).first().get("n");
        return ((Number) n).longValue();
    }

    /** Waits until {@code count} sessions are blocked on locks. */
    public static void awaitLockWaiters(Sequelize sequelize, TestDialect dialect, int count) throws InterruptedException {
        // InnoDB refreshes its information_schema transaction tables only when they have not been read
        // for 100 ms, so polling faster than that would keep reading the same stale snapshot.
        await(count + " session(s) wait for a lock", 150, () -> lockWaiters(sequelize, dialect) >= count);
    }
}
