package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.FindOptions.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.QueryOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Sql;
import org.sequelize4j.Transaction;
import org.sequelize4j.TransactionOptions;
import org.sequelize4j.errors.TimeoutError;
import org.sequelize4j.testing.DialectTest;

/**
 * The {@code timeout} option of finds, raw queries and transactions: a statement running past it is
 * cancelled with a TimeoutError within a bound, on every dialect, and the connection it ran on keeps
 * working.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class QueryTimeoutTest {

    /** Well under what the slow query takes (minutes), well over what cancelling takes. */
    private static final long BOUND_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final int ROWS = 1000;

    private static ModelStatic<Model> pads(Sequelize sequelize) {
        return seeded(sequelize, sequelize.define("pad", List.of(attribute("n", INTEGER)),
                org.sequelize4j.ModelOptions.options().timestamps(false)));
    }

    /** Syncs and fills the pads. */
    private static ModelStatic<Model> seeded(Sequelize sequelize, ModelStatic<Model> pads) {
        sequelize.sync();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(Map.of("n", i));
        }
        pads.bulkCreate(rows);
        return pads;
    }

    /**
     * A query every database takes minutes over: a filtered three-way cross join of {@value #ROWS} rows
     * (a billion combinations), in SQL all three accept.
     */
    private static String slowSql(Sequelize sequelize) {
        String t = sequelize.dialect().quoteIdentifier("pads");
        String n = sequelize.dialect().quoteIdentifier("n");
        return "SELECT COUNT(*) AS c FROM " + t + " a, " + t + " b, " + t + " c WHERE a." + n + " + b." + n
                + " * 3 <> c." + n + " * 7 + 1";
    }


    private static void assertUsable(Sequelize sequelize, ModelStatic<Model> pads) {
        for (int i = 0; i < 3; i++) {
            assertEquals(ROWS, pads.count(), "the connection works after the cancel");
        }
        assertNull(sequelize.currentTransaction());
    }

    @DialectTest
    void aRawQueryPastItsTimeoutIsCancelledWithATimeoutError(Sequelize sequelize) {
        ModelStatic<Model> pads = pads(sequelize);
        long start = System.nanoTime();
        TimeoutError error = assertThrows(TimeoutError.class,
                () -> sequelize.query(slowSql(sequelize), QueryOptions.queryOptions().timeout(200)));
        long took = System.nanoTime() - start;
        assertTrue(took < BOUND_NANOS, "cancelled in " + TimeUnit.NANOSECONDS.toMillis(took) + " ms");
        assertTrue(took >= TimeUnit.MILLISECONDS.toNanos(190), "not before its time");
        assertTrue(error.getMessage().contains("timeout of 200 ms"), error.getMessage());
        assertFalse(error.isDeadlock());
        assertEquals(slowSql(sequelize), error.sql());
        assertUsable(sequelize, pads);
    }

    /**
     * A timeout of a millisecond fires its cancel about when the statement is sent, often before the
     * server has started it, and PostgreSQL drops a cancel that finds its backend still waiting for the
     * query. The statement must be cancelled again while it runs on, every time (pgjdbc ignores a second
     * {@code cancel()} on the same statement, so this repeats the race a busy machine sets up rarely).
     */
    @DialectTest
    void aCancelThatCameTooEarlyIsSentAgain(Sequelize sequelize) {
        ModelStatic<Model> pads = pads(sequelize);
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            assertThrows(TimeoutError.class,
                    () -> sequelize.query(slowSql(sequelize), QueryOptions.queryOptions().timeout(1)));
            long took = System.nanoTime() - start;
            assertTrue(took < BOUND_NANOS, "round " + i + ": cancelled in " + TimeUnit.NANOSECONDS.toMillis(took) + " ms");
        }
        assertUsable(sequelize, pads);
    }

    @DialectTest
    void aFindPastItsTimeoutIsCancelled(Sequelize sequelize) {
        ModelStatic<Model> pads = pads(sequelize);
        long start = System.nanoTime();
        assertThrows(TimeoutError.class, () -> pads.findAll(query()
                .where(Op.raw(Sql.literal("(" + slowSql(sequelize) + ") > 0")))
                .timeout(200)));
        assertTrue(System.nanoTime() - start < BOUND_NANOS);
        assertUsable(sequelize, pads);
        // A quick find with a timeout is unaffected by it.
        assertEquals(ROWS, pads.findAll(query().timeout(5_000)).size());
    }

    @DialectTest
    void theTimeoutOfAFindHoldsTheQueriesOfItsIncludes(Sequelize sequelize) {
        ModelStatic<Model> pads = sequelize.define("pad", List.of(attribute("n", INTEGER)),
                org.sequelize4j.ModelOptions.options().timestamps(false));
        ModelStatic<Model> owners = sequelize.define("owner", List.of(attribute("n", INTEGER)));
        owners.hasMany(pads, org.sequelize4j.association.HasManyOptions.hasMany().as("pads").foreignKey("ownerId"));
        seeded(sequelize, pads);
        Model owner = owners.create(Map.of("n", 1));
        pads.update(Map.of("ownerId", owner.get("id")), org.sequelize4j.UpdateOptions.where(Op.and()));
        long start = System.nanoTime();
        assertThrows(TimeoutError.class, () -> owners.findAll(query()
                .include(org.sequelize4j.association.IncludeOptions.include("pads")
                        .where(Op.raw(Sql.literal("(" + slowSql(sequelize) + ") > 0"))).required(false))
                .timeout(200)));
        assertTrue(System.nanoTime() - start < BOUND_NANOS);
        assertUsable(sequelize, pads);
    }

    @DialectTest
    void aTransactionTimeoutCancelsItsRunningStatementAndRollsBack(Sequelize sequelize) {
        ModelStatic<Model> pads = pads(sequelize);
        long start = System.nanoTime();
        assertThrows(TimeoutError.class, () -> sequelize.transaction(TransactionOptions.transactionOptions().timeout(300),
                t -> {
                    pads.create(Map.of("n", -1));
                    sequelize.query(slowSql(sequelize));
                }));
        assertTrue(System.nanoTime() - start < BOUND_NANOS);
        assertEquals(0, pads.count(query().where(Op.eq("n", -1))), "rolled back");
        assertUsable(sequelize, pads);
    }

    @DialectTest
    void aTransactionPastItsTimeoutRefusesStatementsAndCannotCommit(Sequelize sequelize) throws Exception {
        ModelStatic<Model> pads = pads(sequelize);
        Transaction t = sequelize.startUnmanagedTransaction(TransactionOptions.transactionOptions().timeout(150));
        pads.create(Map.of("n", -1), org.sequelize4j.SaveOptions.saveOptions().transaction(t));
        Thread.sleep(300);
        TimeoutError refused = assertThrows(TimeoutError.class,
                () -> pads.create(Map.of("n", -2), org.sequelize4j.SaveOptions.saveOptions().transaction(t)));
        assertTrue(refused.getMessage().contains("timeout of 150 ms"), refused.getMessage());
        assertThrows(TimeoutError.class, t::commit);
        assertEquals(Transaction.State.ROLLED_BACK, t.state());
        assertEquals(0, pads.count(query().where(Op.lt("n", 0))));

        // Managed: the callback outlived the timeout, so its work is rolled back instead of committed.
        assertThrows(TimeoutError.class, () -> sequelize.transaction(TransactionOptions.transactionOptions().timeout(150),
                inner -> {
                    pads.create(Map.of("n", -3));
                    try {
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }));
        assertEquals(0, pads.count(query().where(Op.lt("n", 0))));
        assertUsable(sequelize, pads);
    }

    @DialectTest
    void aStatementCancelledInsideATransactionLeavesItAbleOnlyToRollBack(Sequelize sequelize) {
        ModelStatic<Model> pads = pads(sequelize);
        Transaction t = sequelize.startUnmanagedTransaction();
        pads.create(Map.of("n", -1), org.sequelize4j.SaveOptions.saveOptions().transaction(t));
        assertThrows(TimeoutError.class, () -> sequelize.query(slowSql(sequelize),
                QueryOptions.queryOptions().transaction(t).timeout(200)));
        // Every database would leave a different state behind (PostgreSQL aborts the transaction, SQLite
        // rolls back an interrupted write); the library makes them alike: nothing more, no commit.
        assertThrows(TimeoutError.class,
                () -> pads.create(Map.of("n", -2), org.sequelize4j.SaveOptions.saveOptions().transaction(t)));
        assertThrows(TimeoutError.class, t::commit);
        assertEquals(Transaction.State.ROLLED_BACK, t.state());
        assertEquals(0, pads.count(query().where(Op.lt("n", 0))));
        assertUsable(sequelize, pads);
    }

    @DialectTest
    void aSavepointWithAShorterTimeoutRefusesWorkButTheOuterTransactionCommits(Sequelize sequelize) {
        ModelStatic<Model> pads = pads(sequelize);
        sequelize.transaction(outer -> {
            pads.create(Map.of("n", -1));
            assertThrows(TimeoutError.class, () -> sequelize.transaction(TransactionOptions.transactionOptions()
                    .nestMode(TransactionOptions.NestMode.SAVEPOINT).timeout(50), inner -> {
                        pads.create(Map.of("n", -2));
                        try {
                            Thread.sleep(150);
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                        pads.create(Map.of("n", -3));
                    }));
        });
        assertEquals(1, pads.count(query().where(Op.lt("n", 0))), "only the savepoint's work was rolled back");
    }

    @DialectTest
    void aTimeoutMustBePositive(Sequelize sequelize) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> query().timeout(0));
        assertTrue(e.getMessage().contains("timeout"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TransactionOptions.transactionOptions().timeout(-5));
    }
}
