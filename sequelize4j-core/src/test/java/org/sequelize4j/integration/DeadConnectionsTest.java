package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.association.IncludeOptions.include;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.association.HasManyOptions.hasMany;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.QueryOptions;
import org.sequelize4j.QueryType;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Transaction;
import org.sequelize4j.errors.ConnectionError;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.ServerSessions;
import org.sequelize4j.testing.TestDialect;

/**
 * Every pooled connection killed by the server at once, as a database restart does: reads outside a
 * transaction recover on a fresh connection, writes never run twice, statements inside a transaction
 * surface a ConnectionError, and the pool drops the connections the server closed.
 */
class DeadConnectionsTest {

    private static final int POOL = 4;

    private static Sequelize open(TestDialect dialect) {
        return dialect.open(o -> o.pool(p -> p.max(POOL)));
    }

    private static ModelStatic<Model> notes(Sequelize sequelize) {
        ModelStatic<Model> notes = sequelize.define("note", List.of(attribute("name", STRING)));
        sequelize.sync();
        return notes;
    }

    /** Opens every connection the pool may hold and gives them back idle, all alive. */
    private static void fillPool(Sequelize sequelize) {
        List<Transaction> open = new ArrayList<>();
        for (int i = 0; i < POOL; i++) {
            Transaction t = sequelize.startUnmanagedTransaction();
            sequelize.query("SELECT 1", QueryOptions.queryOptions().transaction(t));
            open.add(t);
        }
        open.forEach(Transaction::commit);
    }

    /** Rows named {@code name}, counted on a connection of its own outside the pool under test. */
    private static long stored(TestDialect dialect, String name) throws Exception {
        try (Sequelize other = new Sequelize(dialect.url())) {
            return ((Number) other.query("SELECT COUNT(*) AS n FROM notes WHERE name = ?",
                    QueryOptions.queryOptions().replacements(List.of(name))).first().get("n")).longValue();
        }
    }

    @DialectTest
    void everyReadAfterAllPooledSessionsWereKilledSucceeds(TestDialect dialect) throws Exception {
        assumeTrue(ServerSessions.killable(dialect), "an embedded database has no server sessions");
        try (Sequelize sequelize = open(dialect)) {
            ModelStatic<Model> notes = notes(sequelize);
            notes.create(Map.of("name", "kept"));
            fillPool(sequelize);
            assertTrue(ServerSessions.killAll(dialect) >= POOL, "the pool's sessions were killed");

            // The first read meets a dead connection and is retried once on a fresh one; the pool has
            // then let go of the other dead connections, so the following reads need no retry.
            for (int i = 0; i < POOL + 1; i++) {
                assertEquals(1, notes.findAll().size(), "read " + i);
            }
            // Writes too find live connections now: the dead ones were evicted.
            notes.create(Map.of("name", "after"));
            assertEquals(1, stored(dialect, "after"));
        }
    }

    @DialectTest
    void aFindWithIncludesHoldingOneConnectionRecoversFromAKilledSession(TestDialect dialect) throws Exception {
        assumeTrue(ServerSessions.killable(dialect));
        try (Sequelize sequelize = open(dialect)) {
            ModelStatic<Model> users = sequelize.define("User", List.of(attribute("name", STRING)));
            ModelStatic<Model> posts = sequelize.define("Post", List.of(attribute("title", STRING)));
            users.hasMany(posts, hasMany().as("posts"));
            sequelize.sync();
            Model ada = users.create(Map.of("name", "ada"));
            posts.create(Map.of("title", "t", "UserId", ada.get("id")));
            fillPool(sequelize);
            ServerSessions.killAll(dialect);

            List<Model> found = users.findAll(query().include(include("posts")));
            assertEquals(1, found.size());
            assertEquals(1, ((List<?>) found.get(0).get("posts")).size());
        }
    }

    @DialectTest
    void aWriteAfterTheKillRunsAtMostOnce(TestDialect dialect) throws Exception {
        assumeTrue(ServerSessions.killable(dialect));
        try (Sequelize sequelize = open(dialect)) {
            ModelStatic<Model> notes = notes(sequelize);
            fillPool(sequelize);
            ServerSessions.killAll(dialect);

            // Nothing reached the server on the dead connection, but the library cannot know that once
            // the statement was sent: it either writes on a connection it checked first, or fails.
            try {
                notes.create(Map.of("name", "once"));
            } catch (ConnectionError acceptable) {
                // Not retried: a retry could write the row twice.
            }
            assertTrue(stored(dialect, "once") <= 1, "the create ran at most once");
            notes.create(Map.of("name", "later"));
            assertEquals(1, stored(dialect, "later"));
        }
    }

    @DialectTest
    void aTransactionStartedAfterTheKillCommitsOnceOrFailsAndTheNextOneCommits(TestDialect dialect) throws Exception {
        assumeTrue(ServerSessions.killable(dialect));
        try (Sequelize sequelize = open(dialect)) {
            ModelStatic<Model> notes = notes(sequelize);
            fillPool(sequelize);
            ServerSessions.killAll(dialect);

            // Starting is retried when the dead connection fails while the transaction is set up; a
            // driver that sends nothing until the first statement (pgjdbc) fails that statement instead.
            try {
                sequelize.transaction(t -> notes.create(Map.of("name", "first")));
            } catch (ConnectionError acceptable) {
                // The transaction was lost with its connection; nothing of it was committed.
            }
            assertTrue(stored(dialect, "first") <= 1);
            sequelize.transaction(t -> notes.create(Map.of("name", "second")));
            assertEquals(1, stored(dialect, "second"));
        }
    }

    @DialectTest
    void aRawQueryDeclaredASelectIsRetried(TestDialect dialect) throws Exception {
        assumeTrue(ServerSessions.killable(dialect));
        try (Sequelize sequelize = open(dialect)) {
            notes(sequelize);
            fillPool(sequelize);
            ServerSessions.killAll(dialect);
            assertEquals(0L, ((Number) sequelize.query("SELECT COUNT(*) AS n FROM notes",
                    QueryOptions.queryOptions().type(QueryType.SELECT)).first().get("n")).longValue());
        }
    }

    @DialectTest
    void anUndeclaredRawQueryIsNotRetried(TestDialect dialect) throws Exception {
        assumeTrue(ServerSessions.killable(dialect));
        try (Sequelize sequelize = open(dialect)) {
            notes(sequelize);
            fillPool(sequelize);
            long lastUse = System.nanoTime();
            ServerSessions.killAll(dialect);
            // The pool checks a connection before handing it out only when it has been idle for half a
            // second; on a machine too slow to kill the sessions sooner, the dead ones are never handed out.
            assumeTrue(System.nanoTime() - lastUse < 400_000_000L, "the sessions were killed quickly enough");
            // Undeclared, a statement may write (SELECT can call functions that do): never sent twice.
            assertThrows(ConnectionError.class, () -> sequelize.query("SELECT COUNT(*) AS n FROM notes"));
        }
    }

    @DialectTest
    void insideATransactionAKilledSessionIsAConnectionErrorAndNothingIsRetried(TestDialect dialect) throws Exception {
        assumeTrue(ServerSessions.killable(dialect));
        try (Sequelize sequelize = open(dialect)) {
            ModelStatic<Model> notes = notes(sequelize);
            int[] reads = new int[1];
            assertThrows(ConnectionError.class, () -> sequelize.transaction(t -> {
                notes.create(Map.of("name", "in"));
                try {
                    ServerSessions.killAll(dialect);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                reads[0]++;
                // On another connection this read would not see the transaction's row: it must fail.
                notes.findAll(query().where(eq("name", "in")));
            }));
            assertEquals(1, reads[0]);
            assertEquals(0, stored(dialect, "in"), "the killed transaction committed nothing");
            assertEquals(0, notes.count(), "the pool recovered");
        }
    }
}
