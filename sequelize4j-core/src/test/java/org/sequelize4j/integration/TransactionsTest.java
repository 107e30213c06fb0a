package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.BulkCreateOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.QueryOptions;
import org.sequelize4j.SaveOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Transaction;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.testing.Concurrency;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/** Managed and unmanaged transactions: commit, rollback, implicit propagation, ended transactions, atomicity. */
class TransactionsTest {

    @TempDir
    Path tempDir;

    static ModelStatic<Model> accounts(Sequelize sequelize) {
        ModelStatic<Model> accounts = sequelize.define("account", List.of(
                attribute("name", STRING).allowNull(false).unique(true),
                attribute("balance", INTEGER).defaultValue(0)));
        sequelize.sync();
        return accounts;
    }

    private static long rawCount(Sequelize sequelize, String table, QueryOptions options) {
        String quoted = sequelize.dialect().quoteIdentifier(table);
        Object n = sequelize.query("SELECT COUNT(*) AS n FROM " + quoted, options).first().get("n");
        return ((Number) n).longValue();
    }

    @DialectTest
    void managedTransactionCommitsWhenTheCallbackReturns(Sequelize sequelize) {
        ModelStatic<Model> accounts = accounts(sequelize);
        sequelize.transaction(t -> {
            accounts.create(Map.of("name", "ada", "balance", 10));
            accounts.create(Map.of("name", "bob", "balance", 20));
            assertTrue(t.isActive());
        });
        assertEquals(2, accounts.count());
        assertNull(sequelize.currentTransaction(), "no transaction is current after the callback");
    }

    @DialectTest
    void managedTransactionRollsBackOnAnyException(Sequelize sequelize) {
        ModelStatic<Model> accounts = accounts(sequelize);
        Transaction[] seen = new Transaction[1];
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> sequelize.transaction(t -> {
            seen[0] = t;
            accounts.create(Map.of("name", "ada"));
            throw new IllegalStateException("boom");
        }));
        assertEquals("boom", thrown.getMessage(), "the callback's own exception is rethrown");
        assertEquals(Transaction.State.ROLLED_BACK, seen[0].state());
        assertEquals(0, accounts.count());

        // An Error (not only a RuntimeException) rolls back too.
        assertThrows(AssertionError.class, () -> sequelize.transaction(t -> {
            accounts.create(Map.of("name", "bob"));
            throw new AssertionError("failed check");
        }));
        assertEquals(0, accounts.count());
        assertNull(sequelize.currentTransaction());
    }

    @DialectTest
    void transactionResultReturnsTheCallbacksValue(Sequelize sequelize) {
        ModelStatic<Model> accounts = accounts(sequelize);
        Object id = sequelize.transactionResult(t -> accounts.create(Map.of("name", "ada", "balance", 5)).get("id"));
        assertNotNull(id);
        assertEquals(5, accounts.findByPk(id).get("balance"));
        assertEquals("x", sequelize.transactionResult(t -> "x"));
    }

    @DialectTest
    void operationsInsideTheCallbackUseTheTransactionWithoutBeingPassedIt(TestDialect dialect, Sequelize harness) {
        Concurrency.withMultiConnection(dialect, harness, tempDir, 4, sequelize -> {
            ModelStatic<Model> accounts = accounts(sequelize);
            sequelize.transaction(t -> {
                assertSame(t, sequelize.currentTransaction());
                accounts.create(Map.of("name", "ada"));
                accounts.update(Map.of("balance", 7), UpdateOptions.where(eq("name", "ada")));
                // Inside: the uncommitted row is visible to finders, counts and raw queries alike.
                assertEquals(1, accounts.count());
                assertEquals(7, accounts.findOne(query().where(eq("name", "ada"))).get("balance"));
                assertEquals(1, rawCount(sequelize, "accounts", QueryOptions.queryOptions()));
                // Another connection does not see it before the commit.
                assertEquals(0, accounts.count(query().transaction(null)));
                assertEquals(0, rawCount(sequelize, "accounts", QueryOptions.queryOptions().transaction(null)));
            });
            assertEquals(1, accounts.count());
        });
    }

    @DialectTest
    void anExplicitNullTransactionOptsOut(TestDialect dialect, Sequelize harness) {
        Concurrency.withMultiConnection(dialect, harness, tempDir, 4, sequelize -> {
            ModelStatic<Model> accounts = accounts(sequelize);
            assertThrows(IllegalStateException.class, () -> sequelize.transaction(t -> {
                // Written first: on SQLite the transaction holds no write lock yet, so another
                // connection may write.
                accounts.create(Map.of("name", "outside"), SaveOptions.saveOptions().transaction(null));
                accounts.create(Map.of("name", "inside"));
                throw new IllegalStateException("roll back");
            }));
            List<Object> names = new ArrayList<>();
            accounts.findAll().forEach(a -> names.add(a.get("name")));
            assertEquals(List.of("outside"), names);
        });
    }

    @DialectTest
    void unmanagedTransactionsCommitAndRollBackByHand(Sequelize sequelize) {
        ModelStatic<Model> accounts = accounts(sequelize);
        Transaction t = sequelize.startUnmanagedTransaction();
        assertNull(sequelize.currentTransaction(), "an unmanaged transaction is not implicitly current");
        accounts.create(Map.of("name", "ada"), SaveOptions.saveOptions().transaction(t));
        assertEquals(1, accounts.count(query().transaction(t)));
        t.commit();
        assertEquals(Transaction.State.COMMITTED, t.state());
        assertFalse(t.isActive());
        assertEquals(1, accounts.count());

        Transaction u = sequelize.startUnmanagedTransaction();
        accounts.create(Map.of("name", "bob"), SaveOptions.saveOptions().transaction(u));
        u.rollback();
        assertEquals(Transaction.State.ROLLED_BACK, u.state());
        assertEquals(1, accounts.count());
    }

    @DialectTest
    void endingATransactionTwiceThrows(Sequelize sequelize) {
        accounts(sequelize);
        Transaction committed = sequelize.startUnmanagedTransaction();
        committed.commit();
        assertThrows(SequelizeException.class, committed::commit);
        assertThrows(SequelizeException.class, committed::rollback);
        assertEquals(Transaction.State.COMMITTED, committed.state());

        Transaction rolledBack = sequelize.startUnmanagedTransaction();
        rolledBack.rollback();
        assertThrows(SequelizeException.class, rolledBack::rollback);
        assertThrows(SequelizeException.class, rolledBack::commit);
        assertEquals(Transaction.State.ROLLED_BACK, rolledBack.state());

        // A managed transaction's callback may end it itself; the manager then leaves it alone.
        sequelize.transaction(Transaction::rollback);
        Transaction[] managed = new Transaction[1];
        sequelize.transaction(t -> managed[0] = t);
        assertThrows(SequelizeException.class, managed[0]::commit);
    }

    @DialectTest
    void statementsOnAnEndedTransactionThrow(Sequelize sequelize) {
        ModelStatic<Model> accounts = accounts(sequelize);
        Transaction t = sequelize.startUnmanagedTransaction();
        accounts.create(Map.of("name", "ada"), SaveOptions.saveOptions().transaction(t));
        t.commit();
        assertThrows(SequelizeException.class,
                () -> accounts.create(Map.of("name", "bob"), SaveOptions.saveOptions().transaction(t)));
        assertThrows(SequelizeException.class, () -> accounts.findAll(query().transaction(t)));
        assertThrows(SequelizeException.class, () -> sequelize.query("SELECT 1", QueryOptions.queryOptions().transaction(t)));

        Transaction[] leaked = new Transaction[1];
        sequelize.transaction(inner -> leaked[0] = inner);
        assertThrows(SequelizeException.class,
                () -> accounts.create(Map.of("name", "carl"), SaveOptions.saveOptions().transaction(leaked[0])));
        assertEquals(1, accounts.count(), "nothing was written through ended transactions");
    }

    @DialectTest
    void aCallbackThatEndsItsTransactionCannotKeepWritingOutsideIt(Sequelize sequelize) {
        ModelStatic<Model> accounts = accounts(sequelize);
        sequelize.transaction(t -> {
            accounts.create(Map.of("name", "ada"));
            t.rollback();
            // Not silently auto-committed on another connection: the transaction it belongs to is over.
            assertThrows(SequelizeException.class, () -> accounts.create(Map.of("name", "bob")));
            assertThrows(SequelizeException.class, () -> sequelize.transaction(inner -> { }));
        });
        assertEquals(0, accounts.count());
        assertNull(sequelize.currentTransaction());
        // Callbacks run after the transaction, outside it, and may use the database.
        sequelize.transaction(t -> t.afterCommit(() -> accounts.create(Map.of("name", "from afterCommit"))));
        assertThrows(IllegalStateException.class, () -> sequelize.transaction(t -> {
            t.afterRollback(() -> accounts.create(Map.of("name", "from afterRollback")));
            throw new IllegalStateException("roll back");
        }));
        assertEquals(2, accounts.count());
    }

    @DialectTest
    void statementsRacingARollbackNeverRunOutsideTheTransaction(Sequelize sequelize) throws Exception {
        ModelStatic<Model> accounts = accounts(sequelize);
        for (int round = 0; round < 20; round++) {
            Transaction t = sequelize.startUnmanagedTransaction();
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(3);
            String prefix = "r" + round + "-";
            java.util.concurrent.Future<Integer> writer = Concurrency.background(() -> {
                int n = 0;
                try {
                    while (true) {
                        accounts.create(Map.of("name", prefix + n++), SaveOptions.saveOptions().transaction(t));
                        started.countDown();
                    }
                } catch (SequelizeException ended) {
                    return n;
                }
            });
            started.await();
            t.rollback();
            writer.get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(0, accounts.count(), "round " + round + ": a write slipped past the rollback");
        }
    }

    @DialectTest
    void aConstraintViolationMidTransactionLeavesNoPartialRows(Sequelize sequelize) {
        ModelStatic<Model> accounts = accounts(sequelize);
        assertThrows(UniqueConstraintError.class, () -> sequelize.transaction(t -> {
            accounts.create(Map.of("name", "ada"));
            accounts.create(Map.of("name", "bob"));
            accounts.create(Map.of("name", "ada"));
        }));
        assertEquals(0, accounts.count());
        // The pool is usable afterwards.
        accounts.create(Map.of("name", "ada"));
        assertEquals(1, accounts.count());
    }

    @DialectTest
    void bulkCreateInSeveralStatementsIsAtomicWithoutATransaction(Sequelize sequelize) {
        ModelStatic<Model> accounts = accounts(sequelize);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            rows.add(Map.of("name", "n" + i));
        }
        rows.add(Map.of("name", "n0"));
        assertThrows(UniqueConstraintError.class,
                () -> accounts.bulkCreate(rows, BulkCreateOptions.bulkCreateOptions().batchSize(10)));
        assertEquals(0, accounts.count(), "the first statements' rows were rolled back with the last one");
    }

    @DialectTest
    void bulkCreateBeyondTheParameterLimitIsAtomic(Sequelize sequelize) {
        ModelStatic<Model> accounts = accounts(sequelize);
        // name, balance, createdAt, updatedAt: as many rows as fit one statement, one more, and a duplicate.
        int perStatement = sequelize.dialect().capabilities().maxParameters() / 4;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i <= perStatement; i++) {
            rows.add(Map.of("name", "n" + i));
        }
        rows.add(Map.of("name", "n" + perStatement));
        assertThrows(UniqueConstraintError.class, () -> accounts.bulkCreate(rows));
        assertEquals(0, accounts.count());
        rows.remove(rows.size() - 1);
        assertEquals(rows.size(), accounts.bulkCreate(rows).size());
        assertEquals(rows.size(), accounts.count());
    }
}
