package org.sequelize4j.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.Sequelize;
import org.sequelize4j.testing.Concurrency;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/**
 * Runners that find no lock table all try to create it at the same moment. On PostgreSQL the loser of
 * that race can be told the table's row type already exists, IF NOT EXISTS notwithstanding; every runner
 * must still get the lock in its turn, and only one may hold it at a time.
 */
class MigrationLockRaceTest {

    private static final int RUNNERS = 4;
    private static final int ROUNDS = 15;

    @TempDir
    Path dir;

    @DialectTest
    void runnersCreatingTheLockTableTogetherAllGetTheLock(Sequelize harness, TestDialect dialect) throws Exception {
        Concurrency.withMultiConnection(dialect, harness, dir, RUNNERS + 1, sequelize -> {
            AtomicInteger holding = new AtomicInteger();
            for (int round = 0; round < ROUNDS; round++) {
                sequelize.getQueryInterface().dropTable(MigrationLock.TABLE);
                List<Concurrency.Outcome<Integer>> outcomes = Concurrency.runTogether(RUNNERS, i -> {
                    MigrationLock lock = new MigrationLock(sequelize, Duration.ofSeconds(20));
                    lock.acquire();
                    try {
                        return holding.incrementAndGet();
                    } finally {
                        holding.decrementAndGet();
                        lock.release();
                    }
                });
                int r = round;
                for (Concurrency.Outcome<Integer> outcome : outcomes) {
                    assertTrue(outcome.ok(), () -> "round " + r + ": a runner failed: " + outcome.error());
                    assertEquals(1, outcome.value(), "one holder at a time");
                }
            }
        });
    }
}
