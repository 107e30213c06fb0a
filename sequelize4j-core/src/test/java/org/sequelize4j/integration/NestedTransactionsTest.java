package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Transaction;
import org.sequelize4j.TransactionOptions;
import org.sequelize4j.TransactionOptions.NestMode;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.testing.Concurrency;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/** Transactions inside transactions (SAVEPOINT, REUSE, SEPARATE) and commit/rollback callbacks. */
class NestedTransactionsTest {

    @TempDir
    Path tempDir;

    /** Savepoints are asked for by name: a nested call joins the running transaction by default. */
    private static final TransactionOptions SAVEPOINT = TransactionOptions.transactionOptions().nestMode(NestMode.SAVEPOINT);

    private static List<Object> names(ModelStatic<Model> accounts) {
        List<Object> names = new ArrayList<>();
        accounts.findAll(query().order(asc("name"))).forEach(a -> names.add(a.get("name")));
        return names;
    }

    @DialectTest
    void aSavepointRollsBackOnlyItsOwnWork(Sequelize sequelize) {
        ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
        sequelize.transaction(outer -> {
            accounts.create(Map.of("name", "a"));
            assertThrows(IllegalStateException.class, () -> sequelize.transaction(SAVEPOINT, inner -> {
                assertSame(outer, inner.parent());
                assertSame(inner, sequelize.currentTransaction());
                accounts.create(Map.of("name", "b"));
                assertEquals(2, accounts.count(), "the savepoint sees the outer transaction's work");
                throw new IllegalStateException("inner fails");
            }));
            assertSame(outer, sequelize.currentTransaction(), "the outer transaction is current again");
            assertEquals(1, accounts.count());
            accounts.create(Map.of("name", "c"));
        });
        assertEquals(List.of("a", "c"), names(accounts));
    }

    @DialectTest
    void aDatabaseErrorInsideASavepointLeavesTheOuterTransactionUsable(Sequelize sequelize) {
        ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
        sequelize.transaction(outer -> {
            accounts.create(Map.of("name", "a"));
            // PostgreSQL aborts the whole transaction on an error unless it is rolled back to a savepoint.
            assertThrows(UniqueConstraintError.class, () -> sequelize.transaction(SAVEPOINT, inner -> {
                accounts.create(Map.of("name", "b"));
                accounts.create(Map.of("name", "a"));
            }));
            accounts.create(Map.of("name", "c"));
        });
        assertEquals(List.of("a", "c"), names(accounts));
    }

    @DialectTest
    void aCommittedSavepointIsUndoneWhenTheOuterTransactionRollsBack(Sequelize sequelize) {
        ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
        assertThrows(IllegalStateException.class, () -> sequelize.transaction(outer -> {
            sequelize.transaction(SAVEPOINT, inner -> {
                accounts.create(Map.of("name", "b"));
            });
            throw new IllegalStateException("outer fails");
        }));
        assertEquals(0, accounts.count());
    }

    @DialectTest
    void savepointsNestSeveralLevelsDeep(Sequelize sequelize) {
        ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        sequelize.transaction(level1 -> {
            accounts.create(Map.of("name", "1"));
            assertThrows(IllegalStateException.class, () -> sequelize.transaction(SAVEPOINT, level2 -> {
                accounts.create(Map.of("name", "2"));
                sequelize.transaction(SAVEPOINT, level3 -> {
                    assertSame(level2, level3.parent());
                    accounts.create(Map.of("name", "3"));
                    level3.afterRollback(() -> events.add("3 undone"));
                    level3.afterCommit(() -> events.add("3 committed"));
                });
                assertThrows(IllegalStateException.class, () -> sequelize.transaction(SAVEPOINT, level3 -> {
                    accounts.create(Map.of("name", "3b"));
                    throw new IllegalStateException("level 3b fails");
                }));
                assertEquals(3, accounts.count());
                throw new IllegalStateException("level 2 fails, taking its committed level 3 along");
            }));
            accounts.create(Map.of("name", "1b"));
        });
        assertEquals(List.of("1", "1b"), names(accounts));
        assertEquals(List.of("3 undone"), events);
    }

    @DialectTest
    void reuseJoinsTheRunningTransaction(Sequelize sequelize) {
        ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
        TransactionOptions reuse = TransactionOptions.transactionOptions().nestMode(NestMode.REUSE);
        sequelize.transaction(outer -> {
            accounts.create(Map.of("name", "a"));
            assertThrows(IllegalStateException.class, () -> sequelize.transaction(reuse, inner -> {
                assertSame(outer, inner, "no savepoint: the same transaction");
                accounts.create(Map.of("name", "b"));
                throw new IllegalStateException("inner fails");
            }));
            assertTrue(outer.isActive(), "a failing REUSE callback does not end the transaction it joined");
            assertSame(outer, sequelize.currentTransaction());
        });
        // Without a savepoint nothing undid b: it commits with the outer transaction.
        assertEquals(List.of("a", "b"), names(accounts));

        // Outside any transaction REUSE simply starts one.
        assertThrows(IllegalStateException.class, () -> sequelize.transaction(reuse, t -> {
            assertNull(t.parent());
            accounts.create(Map.of("name", "c"));
            throw new IllegalStateException("roll back");
        }));
        assertEquals(2, accounts.count());
    }

    @DialectTest
    void separateRunsAnIndependentTransactionOnAnotherConnection(TestDialect dialect, Sequelize harness) {
        Concurrency.withMultiConnection(dialect, harness, tempDir, 4, sequelize -> {
            ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
            TransactionOptions separate = TransactionOptions.transactionOptions().nestMode(NestMode.SEPARATE);
            assertThrows(IllegalStateException.class, () -> sequelize.transaction(outer -> {
                if (dialect != TestDialect.SQLITE) {
                    // (SQLite allows one writer at a time: the outer one must not have written yet.)
                    accounts.create(Map.of("name", "outer-first"));
                }
                sequelize.transaction(separate, inner -> {
                    assertNull(inner.parent());
                    assertNotSame(outer, inner);
                    assertSame(inner, sequelize.currentTransaction());
                    assertEquals(0, accounts.count(query().where(eq("name", "outer-first"))),
                            "the separate transaction does not see the outer one's uncommitted work");
                    accounts.create(Map.of("name", "separate"));
                });
                assertSame(outer, sequelize.currentTransaction());
                accounts.create(Map.of("name", "outer"));
                throw new IllegalStateException("outer fails");
            }));
            assertEquals(List.of("separate"), names(accounts), "the separate transaction committed on its own");
        });
    }

    @DialectTest
    void afterCommitRunsOnlyAfterTheOutermostCommit(Sequelize sequelize) {
        ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        sequelize.transaction(outer -> {
            outer.afterCommit(() -> events.add("outer committed, rows=" + accounts.count()));
            sequelize.transaction(SAVEPOINT, inner -> {
                accounts.create(Map.of("name", "a"));
                inner.afterCommit(() -> events.add("inner committed"));
            });
            assertEquals(List.of(), events, "releasing a savepoint is not a commit");
            events.add("outer body done");
        });
        // The callbacks ran after the commit: the row counted from outside the transaction is there.
        assertEquals(List.of("outer body done", "outer committed, rows=1", "inner committed"), events);
    }

    @DialectTest
    void rollbackRunsAfterRollbackCallbacksAndNoAfterCommitOnes(Sequelize sequelize) {
        ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        assertThrows(IllegalStateException.class, () -> sequelize.transaction(outer -> {
            outer.afterCommit(() -> events.add("outer committed"));
            outer.afterRollback(() -> events.add("outer rolled back"));
            sequelize.transaction(SAVEPOINT, inner -> {
                accounts.create(Map.of("name", "a"));
                inner.afterCommit(() -> events.add("inner committed"));
                inner.afterRollback(() -> events.add("inner undone"));
            });
            throw new IllegalStateException("fail");
        }));
        assertEquals(List.of("outer rolled back", "inner undone"), events);

        // A savepoint rolled back on its own: its afterRollback runs at once, its afterCommit never.
        events.clear();
        sequelize.transaction(outer -> {
            outer.afterCommit(() -> events.add("outer committed"));
            assertThrows(IllegalStateException.class, () -> sequelize.transaction(SAVEPOINT, inner -> {
                inner.afterCommit(() -> events.add("inner committed"));
                inner.afterRollback(() -> events.add("inner rolled back"));
                throw new IllegalStateException("inner fails");
            }));
            events.add("outer continues");
        });
        assertEquals(List.of("inner rolled back", "outer continues", "outer committed"), events);
    }

    @DialectTest
    void unmanagedTransactionsRunTheirCallbacksToo(Sequelize sequelize) {
        TransactionsTest.accounts(sequelize);
        List<String> events = new ArrayList<>();
        Transaction committed = sequelize.startUnmanagedTransaction();
        committed.afterCommit(() -> events.add("committed"));
        committed.afterRollback(() -> events.add("wrong"));
        committed.commit();
        Transaction rolledBack = sequelize.startUnmanagedTransaction();
        rolledBack.afterCommit(() -> events.add("wrong"));
        rolledBack.afterRollback(() -> events.add("rolled back"));
        rolledBack.rollback();
        assertEquals(List.of("committed", "rolled back"), events);
    }
}
