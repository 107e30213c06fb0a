package org.sequelize4j.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.FindOptions.query;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.ReadYourWrites;
import org.sequelize4j.ReplicationStats;
import org.sequelize4j.Sequelize;
import org.sequelize4j.testing.ReplicationClusters.Cluster;

/**
 * Reading a row right after creating it, through the replica: 1,000 trials without read-your-writes
 * (misses counted and reported, not asserted: they depend on the machine's load) and 1,000 with it
 * (never a miss).
 */
class ReadYourWritesTest {

    private static final int TRIALS = 1_000;

    /** Creates a row then reads it back by key with {@code read}; returns how many reads found nothing. */
    private static int misses(ModelStatic<Model> items, FindOptions read) {
        int missed = 0;
        for (int i = 0; i < TRIALS; i++) {
            Model created = items.create(Map.of("name", "row " + i));
            if (items.findByPk(created.get("id"), read.copy()) == null) {
                missed++;
            }
        }
        return missed;
    }

    @ParameterizedTest
    @EnumSource(Cluster.class)
    void waitingForTheReplicaNeverMissesAWrite(Cluster cluster) {
        try (Sequelize sequelize = cluster.connect(r -> r.readYourWrites(ReadYourWrites.WAIT)
                .replicaWaitTimeout(Duration.ofSeconds(2)))) {
            ModelStatic<Model> items = ReplicationFixture.items(sequelize, "ryw_item");
            ReplicationStats before = sequelize.replicationStats();
            long start = System.nanoTime();
            int withoutMisses = misses(items, query().readYourWrites(false));
            long withoutNanos = System.nanoTime() - start;
            start = System.nanoTime();
            int withMisses = misses(items, query());
            long withNanos = System.nanoTime() - start;
            ReplicationStats after = sequelize.replicationStats();
            System.out.printf("read-your-writes %s: %d/%d reads missed the row without it (%.2f ms per write+read),"
                    + " %d/%d with WAIT (%.2f ms; %d waits, %d timed out, %d reads on the primary); load %.2f%n",
                    cluster, withoutMisses, TRIALS, withoutNanos / 1e6 / TRIALS, withMisses, TRIALS, withNanos / 1e6 / TRIALS,
                    after.replicaWaits() - before.replicaWaits(), after.replicaWaitTimeouts() - before.replicaWaitTimeouts(),
                    after.primaryReads() - before.primaryReads(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            assertEquals(0, withMisses, "with read-your-writes no read may miss its write");
            assertEquals(2L * TRIALS, after.replicaReads() - before.replicaReads() + after.primaryReads() - before.primaryReads());
            assertTrue(after.replicaWaits() - before.replicaWaits() >= TRIALS, "every read after a write waited");
        }
    }

    @ParameterizedTest
    @EnumSource(Cluster.class)
    void primaryModeSendsReadsAfterAWriteToThePrimaryForTheWindow(Cluster cluster) throws InterruptedException {
        try (Sequelize sequelize = cluster.connect(r -> r.readYourWrites(ReadYourWrites.PRIMARY)
                .readYourWritesWindow(Duration.ofMillis(300)))) {
            ModelStatic<Model> items = ReplicationFixture.items(sequelize, "ryw_window_item");
            Thread.sleep(350);
            long replicaBefore = sequelize.replicationStats().replicaReads();
            items.count();
            assertEquals(replicaBefore + 1, sequelize.replicationStats().replicaReads(), "no recent write: the replica");
            Model created = items.create(Map.of("name", "fresh"));
            long primaryBefore = sequelize.replicationStats().readsOnPrimaryAfterWrite();
            assertEquals("fresh", items.findByPk(created.get("id")).get("name"));
            assertEquals(primaryBefore + 1, sequelize.replicationStats().readsOnPrimaryAfterWrite());
            // Another thread did not write: its reads may use the replica.
            long[] replicaReads = new long[1];
            Thread other = new Thread(() -> {
                long b = sequelize.replicationStats().replicaReads();
                items.count();
                replicaReads[0] = sequelize.replicationStats().replicaReads() - b;
            });
            other.start();
            other.join();
            assertEquals(1, replicaReads[0], "read-your-writes is per thread");
            // A read may opt out.
            long replicaNow = sequelize.replicationStats().replicaReads();
            items.count(query().readYourWrites(false));
            assertEquals(replicaNow + 1, sequelize.replicationStats().replicaReads());
            Thread.sleep(350);
            items.count();
            assertEquals(replicaNow + 2, sequelize.replicationStats().replicaReads(), "after the window: the replica again");
        }
    }

    @ParameterizedTest
    @EnumSource(Cluster.class)
    void aReadMayAskForItsWritesWhenTheInstanceDoesNot(Cluster cluster) {
        try (Sequelize sequelize = cluster.connect(r -> { })) {
            ModelStatic<Model> items = ReplicationFixture.items(sequelize, "ryw_request_item");
            for (int i = 0; i < 50; i++) {
                Model created = items.create(Map.of("name", "asked " + i));
                assertEquals("asked " + i, items.findByPk(created.get("id"), query().readYourWrites(true)).get("name"));
            }
            assertTrue(sequelize.replicationStats().replicaWaits() >= 50);
        }
    }
}
