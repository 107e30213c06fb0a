package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.TransactionOptions.transactionOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.Deferrable;
import org.sequelize4j.IsolationLevel;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.QueryOptions;
import org.sequelize4j.References;
import org.sequelize4j.SaveOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Transaction;
import org.sequelize4j.TransactionOptions;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.errors.DatabaseError;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.errors.TimeoutError;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/** Isolation levels, serialization failures, deferrable constraints and SQLite's transaction types. */
class IsolationTest {

    @TempDir
    Path tempDir;

    private static String isolationOf(Sequelize sequelize, TestDialect dialect, Transaction t) {
        String sql = dialect == TestDialect.POSTGRES ? "SHOW transaction_isolation" : "SELECT @@tx_isolation AS level";
        Object level = sequelize.query(sql, QueryOptions.queryOptions().transaction(t)).first().values().iterator().next();
        return level.toString().toLowerCase(Locale.ROOT).replace('-', ' ');
    }

    @DialectTest
    void readCommittedSeesOtherCommitsWhileRepeatableReadDoesNot(TestDialect dialect, Sequelize sequelize) {
        assumeTrue(dialect.setsIsolationLevelPerTransaction(),
                "no isolation levels to choose: the database isolates by locking the whole database");
        ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
        Transaction readCommitted = sequelize.startUnmanagedTransaction(
                transactionOptions().isolationLevel(IsolationLevel.READ_COMMITTED));
        Transaction repeatableRead = sequelize.startUnmanagedTransaction(
                transactionOptions().isolationLevel(IsolationLevel.REPEATABLE_READ));
        try {
            assertEquals("read committed", isolationOf(sequelize, dialect, readCommitted));
            assertEquals("repeatable read", isolationOf(sequelize, dialect, repeatableRead));
            assertEquals(0, accounts.count(query().transaction(readCommitted)));
            assertEquals(0, accounts.count(query().transaction(repeatableRead)));
            accounts.create(Map.of("name", "committed meanwhile"));
            assertEquals(1, accounts.count(query().transaction(readCommitted)));
            assertEquals(0, accounts.count(query().transaction(repeatableRead)),
                    "a repeatable-read transaction keeps seeing its first snapshot");
        } finally {
            readCommitted.commit();
            repeatableRead.commit();
        }
    }

    @DialectTest
    void anIsolationLevelDoesNotLeakToTheConnectionsNextUser(TestDialect dialect, Sequelize sequelize) {
        assumeTrue(dialect.setsIsolationLevelPerTransaction(), "a transaction cannot choose its isolation level");
        TransactionsTest.accounts(sequelize);
        String defaultLevel = dialect == TestDialect.POSTGRES ? "read committed" : "repeatable read";
        for (int i = 0; i < 3; i++) {
            sequelize.transaction(transactionOptions().isolationLevel(IsolationLevel.SERIALIZABLE),
                    t -> assertEquals("serializable", isolationOf(sequelize, dialect, t)));
        }
        // Hold every pooled connection at once, so that each one is checked.
        List<Transaction> all = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                all.add(sequelize.startUnmanagedTransaction());
                assertEquals(defaultLevel, isolationOf(sequelize, dialect, all.get(i)));
            }
        } finally {
            all.forEach(Transaction::commit);
        }
    }

    @DialectTest
    void aSerializationConflictIsARetryableTimeoutError(TestDialect dialect, Sequelize sequelize) {
        assumeTrue(dialect.detectsSerializationConflicts(),
                "SERIALIZABLE does not detect these conflicts (it locks what it reads, or the whole database)");
        ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
        Object id = accounts.create(Map.of("name", "ada", "balance", 100)).get("id");
        TransactionOptions serializable = transactionOptions().isolationLevel(IsolationLevel.SERIALIZABLE);

        // Both read the row; the first writes and commits; the second's write then conflicts.
        Transaction first = sequelize.startUnmanagedTransaction(serializable);
        Transaction second = sequelize.startUnmanagedTransaction(serializable);
        accounts.findByPk(id, query().transaction(first));
        accounts.findByPk(id, query().transaction(second));
        accounts.update(Map.of("balance", 110), UpdateOptions.where(eq("id", id)).transaction(first));
        first.commit();
        TimeoutError conflict = assertThrows(TimeoutError.class,
                () -> accounts.update(Map.of("balance", 90), UpdateOptions.where(eq("id", id)).transaction(second)));
        assertTrue(conflict.isDeadlock(), "a serialization failure is reported as retryable");
        assertEquals("40001", conflict.sqlState());
        second.rollback();
        assertEquals(110, accounts.findByPk(id).get("balance"));

        // Write skew: each inserts after counting; the conflict surfaces at the second COMMIT.
        Transaction x = sequelize.startUnmanagedTransaction(serializable);
        Transaction y = sequelize.startUnmanagedTransaction(serializable);
        accounts.count(query().transaction(x));
        accounts.count(query().transaction(y));
        accounts.create(Map.of("name", "x"), SaveOptions.saveOptions().transaction(x));
        accounts.create(Map.of("name", "y"), SaveOptions.saveOptions().transaction(y));
        x.commit();
        TimeoutError atCommit = assertThrows(TimeoutError.class, y::commit);
        assertTrue(atCommit.isDeadlock());
        assertEquals(Transaction.State.ROLLED_BACK, y.state(), "a failed commit leaves the transaction rolled back");
        assertEquals(1, accounts.count(query().where(eq("name", "y"))) + accounts.count(query().where(eq("name", "x"))));
        assertEquals(0, accounts.count(query().where(eq("name", "y"))));
        // And a managed transaction reports the same error.
        Transaction blocker = sequelize.startUnmanagedTransaction(serializable);
        accounts.findByPk(id, query().transaction(blocker));
        TimeoutError managed = assertThrows(TimeoutError.class, () -> sequelize.transaction(serializable, t -> {
            accounts.findByPk(id);
            accounts.update(Map.of("balance", 1), UpdateOptions.where(eq("id", id)).transaction(blocker));
            blocker.commit();
            accounts.update(Map.of("balance", 2), UpdateOptions.where(eq("id", id)));
        }));
        assertTrue(managed.isDeadlock());
        assertEquals(1, accounts.findByPk(id).get("balance"));
    }

    private static ModelStatic<Model> child(Sequelize sequelize, String name, Deferrable deferrable) {
        return sequelize.define(name, List.of(attribute("parentId", INTEGER).allowNull(false)
                        .references(References.model("parent").key("id").deferrable(deferrable))),
                ModelOptions.options().timestamps(false));
    }

    @DialectTest
    void deferrableForeignKeysAreCheckedAtCommit(TestDialect dialect, Sequelize sequelize) {
        assumeTrue(sequelize.dialect().capabilities().deferrableConstraints(), "no deferrable constraints");
        ModelStatic<Model> parents = sequelize.define("parent", List.of(attribute("name", STRING)),
                ModelOptions.options().timestamps(false));
        ModelStatic<Model> deferred = child(sequelize, "deferredChild", Deferrable.INITIALLY_DEFERRED);
        ModelStatic<Model> immediate = child(sequelize, "immediateChild", Deferrable.INITIALLY_IMMEDIATE);
        ModelStatic<Model> never = child(sequelize, "notDeferrableChild", Deferrable.NOT);
        sequelize.sync();

        // INITIALLY DEFERRED: the child may come before its parent.
        sequelize.transaction(t -> {
            deferred.create(Map.of("parentId", 1));
            parents.create(Map.of("id", 1, "name", "p1"));
        });
        assertEquals(1, deferred.count());
        // ... and a child left without a parent fails at COMMIT, rolling everything back.
        ForeignKeyConstraintError atCommit = assertThrows(ForeignKeyConstraintError.class, () -> sequelize.transaction(t -> {
            parents.create(Map.of("id", 2, "name", "p2"));
            deferred.create(Map.of("parentId", 99));
        }));
        assertTrue(atCommit.getMessage().contains("deferredChild") || atCommit.getMessage().contains("foreign key"),
                atCommit.getMessage());
        assertEquals(1, parents.count());

        // INITIALLY IMMEDIATE: checked per statement, unless the transaction defers it.
        assertThrows(ForeignKeyConstraintError.class, () -> sequelize.transaction(t -> {
            immediate.create(Map.of("parentId", 3));
        }));
        sequelize.transaction(transactionOptions().deferConstraints(), t -> {
            immediate.create(Map.of("parentId", 3));
            parents.create(Map.of("id", 3, "name", "p3"));
        });
        assertEquals(1, immediate.count());

        // NOT DEFERRABLE: no transaction can defer it.
        assertThrows(ForeignKeyConstraintError.class, () -> sequelize.transaction(
                transactionOptions().deferConstraints(), t -> {
                    never.create(Map.of("parentId", 4));
                    parents.create(Map.of("id", 4, "name", "p4"));
                }));
        assertEquals(0, never.count());
        assertEquals(2, parents.count());
    }

    private Sequelize sqliteFile(String parameters) {
        Path file = tempDir.resolve("types-" + System.nanoTime() + ".db");
        return new Sequelize("sqlite:" + file + parameters, o -> o.pool(p -> p.max(3)));
    }

    @DialectTest
    void sqliteImmediateTakesTheWriteLockAtOnce(TestDialect dialect) {
        assumeTrue(dialect.locksWholeDatabase(), "only SQLite's whole-database lock is taken by the transaction type");
        try (Sequelize sequelize = sqliteFile("?busy_timeout=100")) {
            ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
            Transaction deferred = sequelize.startUnmanagedTransaction(
                    transactionOptions().type(TransactionOptions.Type.DEFERRED));
            accounts.create(Map.of("name", "written while a deferred transaction is open"));
            deferred.rollback();

            Transaction immediate = sequelize.startUnmanagedTransaction(
                    transactionOptions().type(TransactionOptions.Type.IMMEDIATE));
            assertEquals(1, accounts.count(), "others may still read");
            TimeoutError busy = assertThrows(TimeoutError.class, () -> accounts.create(Map.of("name", "blocked")));
            assertFalse(busy.isDeadlock());
            immediate.commit();
            // Committing released the lock (and did not take it again for the driver's next BEGIN).
            accounts.create(Map.of("name", "after"));
            assertEquals(2, accounts.count());

            Transaction exclusive = sequelize.startUnmanagedTransaction(
                    transactionOptions().type(TransactionOptions.Type.EXCLUSIVE));
            assertThrows(TimeoutError.class, accounts::count, "EXCLUSIVE keeps readers out too");
            exclusive.rollback();
            assertEquals(2, accounts.count());
            // The type does not stick to the pooled connection: a default transaction takes no lock.
            for (int i = 0; i < 3; i++) {
                Transaction plain = sequelize.startUnmanagedTransaction();
                accounts.create(Map.of("name", "plain " + i));
                plain.commit();
            }
        }
    }

    @DialectTest
    void sqliteBeginningWhileAnotherWriterHoldsTheLockIsATimeoutError(TestDialect dialect) {
        assumeTrue(dialect.locksWholeDatabase(), "only SQLite's BEGIN waits for a whole-database lock");
        try (Sequelize sequelize = sqliteFile("?busy_timeout=100")) {
            ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
            Transaction writer = sequelize.startUnmanagedTransaction(
                    transactionOptions().type(TransactionOptions.Type.IMMEDIATE));
            TimeoutError busy = assertThrows(TimeoutError.class, () -> sequelize.startUnmanagedTransaction(
                    transactionOptions().type(TransactionOptions.Type.IMMEDIATE)), "retryable, not a connection failure");
            assertFalse(busy.isDeadlock());
            writer.commit();
            // The connection whose BEGIN failed is not left half in a transaction: every pooled
            // connection still commits what it writes.
            for (int i = 0; i < 6; i++) {
                int n = i;
                sequelize.transaction(t -> accounts.create(Map.of("name", "n" + n)));
                accounts.create(Map.of("name", "auto" + n));
            }
            List<Transaction> open = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                open.add(sequelize.startUnmanagedTransaction());
            }
            open.forEach(Transaction::rollback);
            assertEquals(12, accounts.count());
        }
    }

    @DialectTest
    void sqliteACommitThatCannotFinishRollsBack(TestDialect dialect) {
        assumeTrue(dialect.locksWholeDatabase(), "only SQLite's COMMIT waits for every reader to go");
        try (Sequelize sequelize = sqliteFile("?busy_timeout=100")) {
            ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
            Transaction reader = sequelize.startUnmanagedTransaction();
            accounts.count(query().transaction(reader));
            Transaction writer = sequelize.startUnmanagedTransaction();
            accounts.create(Map.of("name", "ada"), SaveOptions.saveOptions().transaction(writer));
            // COMMIT needs every reader gone (rollback journal); the reader stays past the busy timeout.
            assertThrows(TimeoutError.class, writer::commit);
            assertEquals(Transaction.State.ROLLED_BACK, writer.state());
            reader.commit();
            assertEquals(0, accounts.count(), "the failed commit left nothing behind");
            accounts.create(Map.of("name", "bob"));
            assertEquals(1, accounts.count());
        }
    }

    @DialectTest
    void aReadOnlyTransactionRejectsWrites(TestDialect dialect, Sequelize sequelize) {
        assumeTrue(dialect.setsReadOnlyPerTransaction(), "read-only is fixed when a connection opens");
        ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
        assertThrows(DatabaseError.class, () -> sequelize.transaction(transactionOptions().readOnly(true),
                t -> accounts.create(Map.of("name", "ada"))));
        for (int i = 0; i < 5; i++) {
            sequelize.transaction(t -> accounts.create(Map.of("name", "n" + System.nanoTime())));
        }
        assertEquals(5, accounts.count());
    }
}
