package org.sequelize4j.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.sequelize4j.FindOptions.query;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.ReplicationStats;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.ConnectionError;
import org.sequelize4j.testing.ReplicationClusters;
import org.sequelize4j.testing.ReplicationClusters.Cluster;

/** Replicas and primaries going away and coming back while the application runs. */
class ReplicaFailoverTest {

    private static void awaitTrue(String what, Duration bound, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail(what + " did not happen within " + bound);
            }
            Thread.sleep(20);
        }
    }

    private static ReplicationStats.Replica replica(Sequelize sequelize) {
        return sequelize.replicationStats().replicas().get(0);
    }

    @ParameterizedTest
    @EnumSource(Cluster.class)
    void readsFallBackWhileTheReplicaIsDownAndReturnToIt(Cluster cluster) throws Exception {
        try (Sequelize sequelize = cluster.connect(r -> { })) {
            ModelStatic<Model> items = ReplicationFixture.items(sequelize, "failover_item");
            items.create(Map.of("name", "kept"));
            items.count(query().readYourWrites(true));
            List<Throwable> errors = new CopyOnWriteArrayList<>();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong slowest = new AtomicLong();
            AtomicLong reads = new AtomicLong();
            Thread reader = new Thread(() -> {
                while (!stop.get()) {
                    long start = System.nanoTime();
                    try {
                        assertEquals(1, items.count());
                        reads.incrementAndGet();
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                    slowest.accumulateAndGet(System.nanoTime() - start, Math::max);
                }
            });
            reader.start();
            try {
                Thread.sleep(300);
                long beforeStop = reads.get();
                ReplicationClusters.script("stop-one", cluster.replicaName);
                long stoppedAt = System.nanoTime();
                awaitTrue("a read on the primary", Duration.ofSeconds(10), () -> sequelize.replicationStats().fallbackReads() > 0);
                long fallbackMillis = (System.nanoTime() - stoppedAt) / 1_000_000;
                long slowestWhileDown = slowest.get() / 1_000_000;
                Thread.sleep(500);
                long readsWhileDown = reads.get();
                ReplicationClusters.script("start-one", cluster.replicaName);
                long replicaReads = replica(sequelize).reads();
                awaitTrue("reads on the restarted replica", Duration.ofSeconds(20),
                        () -> replica(sequelize).reads() > replicaReads + 10);
                System.out.printf("replica down %s: first fallback read %d ms after the stop returned, slowest read %d ms,"
                        + " %d reads before the stop, %d by the restart, %d fallback reads; load %.2f%n", cluster,
                        fallbackMillis, slowestWhileDown, beforeStop, readsWhileDown, sequelize.replicationStats().fallbackReads(),
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                assertTrue(slowestWhileDown < 3_000, "a read took " + slowestWhileDown + " ms while the replica went away");
            } finally {
                stop.set(true);
                reader.join();
                ReplicationClusters.script("start-one", cluster.replicaName);
            }
            assertEquals(List.of(), errors, "no read failed while the replica was down");
            assertTrue(replica(sequelize).serving());
        }
    }

    @ParameterizedTest
    @EnumSource(Cluster.class)
    void aLaggingReplicaIsSkippedUntilItCatchesUp(Cluster cluster) throws Exception {
        try (Sequelize sequelize = cluster.connect(r -> r.maxReplicationLag(Duration.ofMillis(500))
                .lagCheckInterval(Duration.ofMillis(100)))) {
            ModelStatic<Model> items = ReplicationFixture.items(sequelize, "lag_item");
            awaitTrue("the replica serving", Duration.ofSeconds(5), () -> replica(sequelize).serving());
            ReplicationClusters.script("pause-replay", cluster.replicaName);
            try {
                items.create(Map.of("name", "behind"));
                awaitTrue("the replica marked lagging", Duration.ofSeconds(10), () -> replica(sequelize).lagging());
                long fallback = sequelize.replicationStats().fallbackReads();
                assertEquals(1, items.count(), "the primary answers while the replica lags");
                assertEquals(fallback + 1, sequelize.replicationStats().fallbackReads());
            } finally {
                ReplicationClusters.script("resume-replay", cluster.replicaName);
            }
            awaitTrue("the replica caught up", Duration.ofSeconds(10), () -> !replica(sequelize).lagging());
            long replicaReads = replica(sequelize).reads();
            assertEquals(1, items.count());
            assertEquals(replicaReads + 1, replica(sequelize).reads());
        }
    }

    @ParameterizedTest
    @EnumSource(Cluster.class)
    void writesFailWhileThePrimaryIsDownAndWorkWhenItReturns(Cluster cluster) throws Exception {
        try (Sequelize sequelize = cluster.connect(r -> { })) {
            ModelStatic<Model> items = ReplicationFixture.items(sequelize, "primary_down_item");
            items.create(Map.of("name", "before"));
            items.count(query().readYourWrites(true));
            ReplicationClusters.script("stop-one", cluster.primaryName);
            try {
                long start = System.nanoTime();
                assertThrows(ConnectionError.class, () -> items.create(Map.of("name", "lost")));
                long failMillis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(1, items.count(), "the replica still serves reads");
                assertThrows(ConnectionError.class, () -> items.count(query().useMaster(true)));
                System.out.printf("primary down %s: the write failed with ConnectionError after %d ms%n", cluster, failMillis);
            } finally {
                ReplicationClusters.script("start-one", cluster.primaryName);
            }
            // The pool recovers by itself: a write succeeds within a bound, each failure before it a ConnectionError
            // (the pool reports its latest failure to connect for a few seconds while it reconnects).
            long restarted = System.nanoTime();
            int failures = 0;
            while (true) {
                try {
                    items.create(Map.of("name", "after"));
                    break;
                } catch (ConnectionError e) {
                    failures++;
                    assertTrue(System.nanoTime() - restarted < Duration.ofSeconds(15).toNanos(), "no recovery: " + e);
                    Thread.sleep(100);
                }
            }
            System.out.printf("primary back %s: first write succeeded %d ms after the restart, %d ConnectionErrors before%n",
                    cluster, (System.nanoTime() - restarted) / 1_000_000, failures);
            assertEquals(2, items.count(query().useMaster(true)));
            assertEquals(2, items.count(query().readYourWrites(true)), "replication resumed");
        }
    }

    @ParameterizedTest
    @EnumSource(Cluster.class)
    void theReplicasPoolEvictsSessionsTheServerClosedAndTheReadIsRetriedThere(Cluster cluster) throws Exception {
        try (Sequelize sequelize = cluster.connect(r -> { })) {
            ModelStatic<Model> items = ReplicationFixture.items(sequelize, "evicted_item");
            for (int i = 0; i < 5; i++) {
                items.count();
            }
            assertTrue(ReplicationClusters.killReplicaSessions(cluster) > 0, "the pool held sessions on the replica");
            long replicaReads = replica(sequelize).reads();
            long primaryReads = sequelize.replicationStats().primaryReads();
            // The first read meets a dead connection: the replica's pool drops it (and its idle siblings) and
            // the read runs again on a fresh connection to the same replica.
            for (int i = 0; i < 5; i++) {
                assertEquals(0, items.count());
            }
            assertEquals(replicaReads + 5, replica(sequelize).reads());
            assertEquals(primaryReads, sequelize.replicationStats().primaryReads(), "no read needed the primary");
            assertTrue(replica(sequelize).serving());
        }
    }
}
