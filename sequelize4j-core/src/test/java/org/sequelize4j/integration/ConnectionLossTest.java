package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.sequelize4j.FindOptions.query;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.QueryOptions;
import org.sequelize4j.SaveOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Transaction;
import org.sequelize4j.errors.ConnectionAcquireTimeoutError;
import org.sequelize4j.errors.ConnectionError;
import org.sequelize4j.testing.Concurrency;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.ServerSessions;
import org.sequelize4j.testing.TestDialect;

/**
 * A transaction's connection killed by the server (a ConnectionError, nothing committed, the pool
 * recovers), and a pool exhausted by transactions holding its connections.
 */
class ConnectionLossTest {

    /** The server-side id of the connection the statement runs on (the transaction's, when given). */
    private static Object sessionId(Sequelize sequelize, TestDialect dialect, QueryOptions options) {
        String sql = dialect == TestDialect.POSTGRES ? "SELECT pg_backend_pid() AS id" : "SELECT CONNECTION_ID() AS id";
        return sequelize.query(sql, options).first().get("id");
    }

    /** Kills a session from another connection. */
    private static void kill(Sequelize sequelize, TestDialect dialect, Object id) {
        String sql = dialect == TestDialect.POSTGRES ? "SELECT pg_terminate_backend(" + id + ")" : "KILL " + id;
        sequelize.query(sql, QueryOptions.queryOptions().transaction(null));
    }

    @DialectTest
    void aKilledConnectionFailsTheManagedTransactionWithAConnectionError(TestDialect dialect, Sequelize sequelize) {
        assumeTrue(ServerSessions.killable(dialect), "an embedded database has no server to kill sessions");
        ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
        RuntimeException[] raisedInside = new RuntimeException[1];
        ConnectionError error = assertThrows(ConnectionError.class, () -> sequelize.transaction(t -> {
            accounts.create(Map.of("name", "a"));
            // Runs inside the transaction without being passed it, so this is the transaction's session.
            kill(sequelize, dialect, sessionId(sequelize, dialect, QueryOptions.queryOptions()));
            try {
                accounts.create(Map.of("name", "b"));
            } catch (RuntimeException e) {
                raisedInside[0] = e;
                throw e;
            }
        }));
        assertSame(raisedInside[0], error, "the failed rollback does not replace the statement's error");
        assertEquals(0, accounts.count(), "nothing of the killed transaction was committed");
        // The pool replaced the dead connection: the next operations work.
        for (int i = 0; i < 6; i++) {
            accounts.create(Map.of("name", "after" + i));
        }
        sequelize.transaction(t -> accounts.create(Map.of("name", "in a transaction")));
        assertEquals(7, accounts.count());
    }

    /** Kills the single connection of a one-connection pool, and waits until the server has let it go. */
    private static void killPooledConnection(Sequelize pool, Sequelize killer, TestDialect dialect) throws Exception {
        Object id = sessionId(pool, dialect, QueryOptions.queryOptions());
        kill(killer, dialect, id);
        String sql = dialect == TestDialect.POSTGRES ? "SELECT COUNT(*) AS n FROM pg_stat_activity WHERE pid = " + id
                : "SELECT COUNT(*) AS n FROM information_schema.processlist WHERE id = " + id;
        // Quickly: Hikari hands out a connection used in the last 500 ms without validating it, which is
        // what this test needs.
        Concurrency.await("the killed session is gone", 2, () -> ((Number) killer.query(sql,
                QueryOptions.queryOptions().transaction(null)).first().get("n")).longValue() == 0);
    }

    @DialectTest
    void outsideTransactionsOnlyReadsAreRetriedOnABrokenConnection(TestDialect dialect, Sequelize killer)
            throws Exception {
        assumeTrue(ServerSessions.killable(dialect), "an embedded database has no server to kill sessions");
        try (Sequelize sequelize = new Sequelize(dialect.url(), o -> o.pool(p -> p.max(1)))) {
            ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
            accounts.create(Map.of("name", "a"));

            killPooledConnection(sequelize, killer, dialect);
            assertEquals(1, accounts.count(), "a read is retried once on a fresh connection");

            // A write is not: had the server committed it before the connection broke, a retry would
            // write it twice.
            killPooledConnection(sequelize, killer, dialect);
            assertThrows(ConnectionError.class, () -> accounts.create(Map.of("name", "b")));
            killPooledConnection(sequelize, killer, dialect);
            Model a = accounts.findOne(query().where(org.sequelize4j.Op.eq("name", "a")));
            killPooledConnection(sequelize, killer, dialect);
            assertThrows(ConnectionError.class, () -> a.increment("balance"));

            assertEquals(0, accounts.findOne(query().where(org.sequelize4j.Op.eq("name", "a"))).get("balance"));
            assertEquals(1, accounts.count());
        }
    }

    @DialectTest
    void aTransactionHoldsItsConnectionAndAnExhaustedPoolTimesOut(TestDialect dialect) {
        try (Sequelize sequelize = dialect.open(o -> o.pool(p -> p.max(1).acquire(Duration.ofMillis(300))))) {
            ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
            Transaction holder = sequelize.startUnmanagedTransaction();
            long start = System.nanoTime();
            assertThrows(ConnectionAcquireTimeoutError.class, accounts::count);
            assertThrows(ConnectionAcquireTimeoutError.class, () -> sequelize.transaction(t -> accounts.count()));
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "bounded by the acquire timeout");
            accounts.create(Map.of("name", "a"), SaveOptions.saveOptions().transaction(holder));
            holder.commit();
            // Committing gave the connection back.
            assertEquals(1, accounts.count());
            sequelize.transaction(t -> accounts.create(Map.of("name", "b")));
            assertThrows(IllegalStateException.class, () -> sequelize.transaction(t -> {
                throw new IllegalStateException("so does rolling back");
            }));
            assertEquals(2, accounts.count());
        }
    }

    @DialectTest
    void aKilledConnectionUnderAnUnmanagedTransaction(TestDialect dialect, Sequelize sequelize) {
        assumeTrue(ServerSessions.killable(dialect), "an embedded database has no server to kill sessions");
        ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);

        Transaction committing = sequelize.startUnmanagedTransaction();
        accounts.create(Map.of("name", "a"), SaveOptions.saveOptions().transaction(committing));
        kill(sequelize, dialect, sessionId(sequelize, dialect, QueryOptions.queryOptions().transaction(committing)));
        assertThrows(ConnectionError.class, () -> accounts.count(query().transaction(committing)),
                "a read in a transaction is not retried on another connection");
        assertThrows(ConnectionError.class, committing::commit, "a broken transaction cannot commit");
        assertFalse(committing.isActive());

        Transaction rollingBack = sequelize.startUnmanagedTransaction();
        accounts.create(Map.of("name", "b"), SaveOptions.saveOptions().transaction(rollingBack));
        kill(sequelize, dialect, sessionId(sequelize, dialect, QueryOptions.queryOptions().transaction(rollingBack)));
        // The server already discarded the work; rolling back what is gone succeeds quietly.
        rollingBack.rollback();
        assertEquals(Transaction.State.ROLLED_BACK, rollingBack.state());

        assertEquals(0, accounts.count());
        accounts.create(Map.of("name", "c"));
        assertEquals(1, accounts.count());
    }
}
