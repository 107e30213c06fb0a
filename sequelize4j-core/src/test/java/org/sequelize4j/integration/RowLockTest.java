package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.sequelize4j.Lock;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Transaction;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.errors.TimeoutError;
import org.sequelize4j.testing.Concurrency;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/**
 * Row locks taken by finders ({@code FOR UPDATE}, {@code FOR SHARE}, SKIP LOCKED, NOWAIT). Blocking is
 * established by asking the server which sessions wait for a lock, not by sleeping.
 */
class RowLockTest {

    private static ModelStatic<Model> seeded(Sequelize sequelize) {
        ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
        for (String name : List.of("a", "b", "c")) {
            accounts.create(Map.of("name", name));
        }
        return accounts;
    }

    /** In another thread and transaction: sets a's balance; returns when (System.nanoTime) it finished. */
    private static Future<Long> updateInBackground(Sequelize sequelize, ModelStatic<Model> accounts, int balance) {
        return Concurrency.background(() -> {
            sequelize.transaction(t -> accounts.update(Map.of("balance", balance), UpdateOptions.where(eq("name", "a"))));
            return System.nanoTime();
        });
    }

    /**
     * In another thread and transaction: locks a with {@code lock} NOWAIT; returns what that threw (null
     * when it succeeded).
     */
    private static Future<Throwable> noWaitLockOfAInBackground(Sequelize sequelize, ModelStatic<Model> accounts,
                                                               Lock lock) {
        return Concurrency.background(() -> {
            try {
                sequelize.transaction(t -> accounts.findAll(query().where(eq("name", "a")).lock(lock).noWait(true)));
                return null;
            } catch (Throwable e) {
                return e;
            }
        });
    }

    private static Object balanceOfA(ModelStatic<Model> accounts) {
        return accounts.findOne(query().where(eq("name", "a"))).get("balance");
    }

    @DialectTest
    void forUpdateBlocksAnotherTransactionsWriteUntilCommit(TestDialect dialect, Sequelize sequelize) throws Exception {
        assumeTrue(sequelize.dialect().capabilities().rowLocks(), "no row locks");
        ModelStatic<Model> accounts = seeded(sequelize);

        // Control: a plain read locks nothing.
        Transaction reader = sequelize.startUnmanagedTransaction();
        accounts.findAll(query().where(eq("name", "a")).transaction(reader));
        updateInBackground(sequelize, accounts, 5).get(20, TimeUnit.SECONDS);
        reader.commit();

        Transaction holder = sequelize.startUnmanagedTransaction();
        List<Model> locked = accounts.findAll(query().where(eq("name", "a")).lock(Lock.UPDATE).transaction(holder));
        assertEquals(1, locked.size());
        Future<Long> writer = updateInBackground(sequelize, accounts, 2);
        Concurrency.awaitLockWaiters(sequelize, dialect, 1);
        assertFalse(writer.isDone(), "the writer waits for the row lock");
        accounts.update(Map.of("balance", 1), UpdateOptions.where(eq("name", "a")).transaction(holder));
        long commitStarted = System.nanoTime();
        holder.commit();
        long writerDone = writer.get(20, TimeUnit.SECONDS);
        assertTrue(writerDone > commitStarted, "the writer finished only after the lock holder committed");
        assertEquals(2, balanceOfA(accounts), "the blocked write was applied after the holder's");
    }

    @DialectTest
    void forShareLetsOthersShareButNotWrite(TestDialect dialect, Sequelize sequelize) throws Exception {
        assumeTrue(sequelize.dialect().capabilities().rowLocks(), "no row locks");
        ModelStatic<Model> accounts = seeded(sequelize);
        Transaction holder = sequelize.startUnmanagedTransaction();
        accounts.findAll(query().where(eq("name", "a")).lock(Lock.SHARE).transaction(holder));

        Future<Integer> sharer = Concurrency.background(() -> sequelize.transactionResult(
                t -> accounts.findAll(query().where(eq("name", "a")).lock(Lock.SHARE)).size()));
        assertEquals(1, sharer.get(20, TimeUnit.SECONDS), "a second share lock is granted at once");

        Future<Long> writer = updateInBackground(sequelize, accounts, 3);
        Concurrency.awaitLockWaiters(sequelize, dialect, 1);
        assertFalse(writer.isDone());
        long commitStarted = System.nanoTime();
        holder.commit();
        assertTrue(writer.get(20, TimeUnit.SECONDS) > commitStarted);
        assertEquals(3, balanceOfA(accounts));
    }

    @DialectTest
    void skipLockedReturnsOnlyTheRowsNobodyHolds(TestDialect dialect, Sequelize sequelize) throws Exception {
        assumeTrue(sequelize.dialect().capabilities().skipLocked(), "no SKIP LOCKED");
        ModelStatic<Model> accounts = seeded(sequelize);
        Transaction holder = sequelize.startUnmanagedTransaction();
        try {
            accounts.findAll(query().where(eq("name", "a")).lock(Lock.UPDATE).transaction(holder));
            Future<List<Object>> worker = Concurrency.background(() -> sequelize.transactionResult(t ->
                    accounts.findAll(query().order(asc("name")).lock(Lock.UPDATE).skipLocked(true))
                            .stream().map(m -> m.get("name")).toList()));
            assertEquals(List.of("b", "c"), worker.get(20, TimeUnit.SECONDS));
        } finally {
            holder.commit();
        }
    }

    @DialectTest
    void noWaitFailsAtOnceWithATimeoutError(TestDialect dialect, Sequelize sequelize) throws Exception {
        assumeTrue(sequelize.dialect().capabilities().noWait(), "no NOWAIT");
        ModelStatic<Model> accounts = seeded(sequelize);
        Transaction holder = sequelize.startUnmanagedTransaction();
        try {
            accounts.findAll(query().where(eq("name", "a")).lock(Lock.UPDATE).transaction(holder));
            Future<Throwable> attempt = noWaitLockOfAInBackground(sequelize, accounts, Lock.UPDATE);
            // Far shorter than any lock wait timeout (MariaDB's default is 50 s).
            Throwable error = attempt.get(10, TimeUnit.SECONDS);
            assertTrue(error instanceof TimeoutError, "expected a TimeoutError, got " + error);
            assertFalse(((TimeoutError) error).isDeadlock());
            // Rows nobody holds are locked normally.
            int unheld = sequelize.transactionResult(t -> accounts.findAll(
                    query().where(eq("name", "b")).lock(Lock.UPDATE).noWait(true)).size());
            assertEquals(1, unheld);
        } finally {
            holder.commit();
        }
    }

    @DialectTest
    void aDeadlockAbortsOneTransactionWithARetryableErrorAndTheOtherCommits(TestDialect dialect, Sequelize sequelize)
            throws Exception {
        assumeFalse(dialect.locksWholeDatabase(),
                "a database locked as a whole has one writer at a time, so no deadlocks");
        ModelStatic<Model> accounts = seeded(sequelize);
        java.util.concurrent.CountDownLatch bothHoldOne = new java.util.concurrent.CountDownLatch(2);
        List<Concurrency.Outcome<Object>> outcomes = Concurrency.runTogether(2, i -> {
            String mine = i == 0 ? "a" : "b";
            String theirs = i == 0 ? "b" : "a";
            sequelize.transaction(t -> {
                accounts.update(Map.of("balance", 10 + i), UpdateOptions.where(eq("name", mine)));
                bothHoldOne.countDown();
                try {
                    bothHoldOne.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                accounts.update(Map.of("balance", 10 + i), UpdateOptions.where(eq("name", theirs)));
            });
            return null;
        });
        List<Throwable> errors = outcomes.stream().map(Concurrency.Outcome::error).filter(e -> e != null).toList();
        assertEquals(1, errors.size(), "exactly one transaction is chosen as the deadlock victim: " + errors);
        assertTrue(errors.get(0) instanceof TimeoutError && ((TimeoutError) errors.get(0)).isDeadlock(),
                "the victim gets a retryable TimeoutError: " + errors.get(0));
        int survivor = outcomes.get(0).ok() ? 0 : 1;
        // The victim was rolled back entirely; the survivor's two updates are both there.
        for (String name : List.of("a", "b")) {
            assertEquals(10 + survivor, accounts.findOne(query().where(eq("name", name))).get("balance"));
        }
        assertEquals(0, accounts.findOne(query().where(eq("name", "c"))).get("balance"));
    }

    @DialectTest
    void keyShareDoesNotConflictWithNoKeyUpdate(TestDialect dialect, Sequelize sequelize) throws Exception {
        assumeTrue(sequelize.dialect().capabilities().keyLocks(), "no key-level locks");
        ModelStatic<Model> accounts = seeded(sequelize);
        Transaction holder = sequelize.startUnmanagedTransaction();
        try {
            accounts.findAll(query().where(eq("name", "a")).lock(Lock.NO_KEY_UPDATE).transaction(holder));
            Future<Integer> keyShare = Concurrency.background(() -> sequelize.transactionResult(
                    t -> accounts.findAll(query().where(eq("name", "a")).lock(Lock.KEY_SHARE)).size()));
            assertEquals(1, keyShare.get(20, TimeUnit.SECONDS));
            Future<Throwable> share = noWaitLockOfAInBackground(sequelize, accounts, Lock.SHARE);
            assertTrue(share.get(20, TimeUnit.SECONDS) instanceof TimeoutError, "FOR SHARE conflicts with it");
        } finally {
            holder.commit();
        }
    }

    @DialectTest
    void sqliteAcceptsAndIgnoresRowLocks(TestDialect dialect, Sequelize sequelize) {
        assumeFalse(sequelize.dialect().capabilities().rowLocks(),
                "where row locks exist they are taken, not ignored");
        ModelStatic<Model> accounts = seeded(sequelize);
        List<Model> rows = sequelize.transactionResult(t -> accounts.findAll(
                query().lock(Lock.UPDATE).skipLocked(true).order(asc("name"))));
        assertEquals(3, rows.size());
        int shared = sequelize.transactionResult(t -> accounts.findAll(query().lock(Lock.SHARE).noWait(true)).size());
        assertEquals(3, shared);
    }
}
