package org.sequelize4j.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.QueryOptions.queryOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.QueryType;
import org.sequelize4j.Sequelize;
import org.sequelize4j.testing.ReplicationClusters;
import org.sequelize4j.testing.ReplicationClusters.Cluster;

/**
 * pgbouncer in transaction mode in front of the PostgreSQL primary: each transaction (and each statement
 * outside one) may run on another server connection, so nothing may rely on session state, server-side
 * prepared statements included. pgjdbc prepares a statement on the server from its fifth run
 * ({@code prepareThreshold=5}); behind pgbouncer that is turned off with {@code prepareThreshold=0}.
 */
class PgBouncerTest {

    private static final String BOUNCER = "postgres://postgres@127.0.0.1:6432/s4j?prepareThreshold=0";

    /** Runs the same statements many times from several threads, in and out of transactions. */
    private static void hammer(Sequelize sequelize, ModelStatic<Model> items) throws InterruptedException {
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            threads.add(new Thread(() -> {
                try {
                    for (int i = 0; i < 60; i++) {
                        String name = "t" + thread + "-" + i;
                        Model created = sequelize.transactionResult(tx -> {
                            Model row = items.create(Map.of("name", name));
                            assertEquals(name, items.findByPk(row.get("id")).get("name"));
                            return row;
                        });
                        assertEquals(1, items.count(query().where(eq("name", name)).useMaster(true)));
                        assertEquals(name, items.findOne(query().where(eq("id", created.get("id"))).useMaster(true))
                                .get("name"));
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), errors);
        assertEquals(240, items.count(query().useMaster(true)));
    }

    @Test
    void theLibraryWorksBehindPgBouncerInTransactionMode() throws InterruptedException {
        ReplicationClusters.ensureRunning();
        try (Sequelize sequelize = new Sequelize(BOUNCER, o -> o.logging(false).pool(p -> p.max(6)))) {
            ModelStatic<Model> items = sequelize.define("bouncer_item", List.of(
                    org.sequelize4j.AttributeOptions.attribute("name", org.sequelize4j.DataTypes.STRING)));
            items.sync(org.sequelize4j.SyncOptions.syncOptions().force(true));
            hammer(sequelize, items);
            // Served by the primary behind pgbouncer.
            assertEquals(5433, ((Number) sequelize.select("SELECT inet_server_port() AS port", queryOptions())
                    .get(0).get("port")).intValue());
        }
    }

    @Test
    void replicationWithThePrimaryBehindPgBouncer() throws InterruptedException {
        ReplicationClusters.ensureRunning();
        try (Sequelize sequelize = new Sequelize(Cluster.POSTGRES.primary, o -> o.logging(false)
                .pool(p -> p.max(6))
                .replication(r -> r.write(w -> w.port(6432).dialectOption("prepareThreshold", "0"))
                        .read(Cluster.POSTGRES.replica)))) {
            ModelStatic<Model> items = ReplicationFixture.items(sequelize, "bouncer_routed_item");
            hammer(sequelize, items);
            assertTrue(ReplicationFixture.servedByReplica(sequelize, Cluster.POSTGRES, queryOptions().type(QueryType.SELECT)));
            assertFalse(ReplicationFixture.servedByReplica(sequelize, Cluster.POSTGRES,
                    queryOptions().type(QueryType.SELECT).useMaster(true)));
        }
    }
}
