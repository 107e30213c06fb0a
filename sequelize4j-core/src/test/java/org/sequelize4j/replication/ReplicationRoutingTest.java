package org.sequelize4j.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.QueryOptions.queryOptions;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.QueryType;
import org.sequelize4j.ReplicationStats;
import org.sequelize4j.Sequelize;
import org.sequelize4j.TransactionOptions;
import org.sequelize4j.errors.ReadOnlyError;
import org.sequelize4j.testing.ReplicationClusters.Cluster;

/** Which server each operation runs on, with one primary and one replica. */
class ReplicationRoutingTest {

    private static org.sequelize4j.QueryOptions select() {
        return queryOptions().type(QueryType.SELECT);
    }

    @ParameterizedTest
    @EnumSource(Cluster.class)
    void rawSelectsGoToTheReplicaAndUseMasterToThePrimary(Cluster cluster) {
        try (Sequelize sequelize = cluster.connect(r -> { })) {
            for (int i = 0; i < 5; i++) {
                assertTrue(ReplicationFixture.servedByReplica(sequelize, cluster, select()), "read " + i);
            }
            assertFalse(ReplicationFixture.servedByReplica(sequelize, cluster, select().useMaster(true)));
            // Raw SQL not declared a SELECT may write: the primary.
            Map<String, Object> row = sequelize.query(cluster.whichServer).rows().get(0);
            assertFalse(ReplicationFixture.truthy(row.get("replica")));
            ReplicationStats stats = sequelize.replicationStats();
            assertEquals(5, stats.replicaReads());
            assertEquals(1, stats.primaryReads());
            assertEquals(0, stats.fallbackReads());
        }
    }

    @ParameterizedTest
    @EnumSource(Cluster.class)
    void findsAndCountsReadTheReplicaWritesAndDdlThePrimary(Cluster cluster) {
        try (Sequelize sequelize = cluster.connect(r -> { })) {
            ModelStatic<Model> items = ReplicationFixture.items(sequelize, "routed_item");
            long before = sequelize.replicationStats().replicaReads();
            Model created = items.create(Map.of("name", "a"));       // would fail on the replica: read-only
            items.update(Map.of("name", "b"), org.sequelize4j.UpdateOptions.where(org.sequelize4j.Op.eq("id", created.get("id"))));
            assertEquals(before, sequelize.replicationStats().replicaReads(), "writes never touch the replica");
            assertEquals(1, items.count(query().useMaster(true)));
            assertEquals("b", items.findByPk(created.get("id"), query().useMaster(true)).get("name"));
            long primaryReads = sequelize.replicationStats().primaryReads();
            items.count(query().readYourWrites(true));
            items.findAll(query().readYourWrites(true));
            items.findOne(query().readYourWrites(true));
            assertEquals(before + 3, sequelize.replicationStats().replicaReads(), "count, findAll and findOne on the replica");
            assertEquals(primaryReads, sequelize.replicationStats().primaryReads());
        }
    }

    @ParameterizedTest
    @EnumSource(Cluster.class)
    void transactionsRunOnThePrimaryUnlessReadOnly(Cluster cluster) {
        try (Sequelize sequelize = cluster.connect(r -> { })) {
            boolean inTransaction = sequelize.transactionResult(t -> ReplicationFixture.servedByReplica(sequelize, cluster,
                    select()));
            assertFalse(inTransaction, "a read inside a transaction runs on its connection, on the primary");
            boolean readOnly = sequelize.transactionResult(TransactionOptions.transactionOptions().readOnly(true),
                    t -> ReplicationFixture.servedByReplica(sequelize, cluster, select()));
            assertTrue(readOnly, "a read-only transaction may run on the replica");
        }
    }

    @ParameterizedTest
    @EnumSource(Cluster.class)
    void aWriteDeclaredASelectIsRefusedByTheReplicaAndNotRetried(Cluster cluster) {
        try (Sequelize sequelize = cluster.connect(r -> { })) {
            ModelStatic<Model> items = ReplicationFixture.items(sequelize, "misdeclared_item");
            String insert = "INSERT INTO " + sequelize.dialect().quoteIdentifier(items.tableName())
                    + " (" + sequelize.dialect().quoteIdentifier("name") + ") VALUES ('x')";
            ReadOnlyError error = assertThrows(ReadOnlyError.class, () -> sequelize.query(insert, select()));
            assertTrue(error.sqlState().equals("25006") || error.original().getErrorCode() == 1290,
                    () -> "SQLSTATE " + error.sqlState() + ", code " + error.original().getErrorCode());
            assertEquals(0, items.count(query().useMaster(true)), "not run again on the primary");
        }
    }

    @ParameterizedTest
    @EnumSource(Cluster.class)
    void aReadOnlyTransactionRefusesWritesOnThePrimaryToo(Cluster cluster) {
        try (Sequelize sequelize = new Sequelize(cluster.primary, o -> o.logging(false))) {
            org.sequelize4j.testing.ReplicationClusters.ensureRunning();
            ModelStatic<Model> items = sequelize.define("ro_item", java.util.List.of(
                    org.sequelize4j.AttributeOptions.attribute("name", org.sequelize4j.DataTypes.STRING)));
            items.sync(org.sequelize4j.SyncOptions.syncOptions().force(true));
            ReadOnlyError error = assertThrows(ReadOnlyError.class, () -> sequelize.transaction(
                    TransactionOptions.transactionOptions().readOnly(true), t -> items.create(Map.of("name", "x"))));
            assertTrue(error.sqlState().equals("25006") || error.original().getErrorCode() == 1792,
                    () -> "SQLSTATE " + error.sqlState() + ", code " + error.original().getErrorCode());
            assertEquals(0, items.count());
        }
    }

    @ParameterizedTest
    @EnumSource(Cluster.class)
    void badReplicationOptionsNameTheOption(Cluster cluster) {
        IllegalArgumentException noRead = assertThrows(IllegalArgumentException.class,
                () -> new Sequelize(cluster.primary, o -> o.replication(r -> { })));
        assertTrue(noRead.getMessage().startsWith("replication.read"), noRead.getMessage());
        IllegalArgumentException wrongDialect = assertThrows(IllegalArgumentException.class,
                () -> new Sequelize(cluster.primary, o -> o.replication(r -> r.read("sqlite::memory:"))));
        assertTrue(wrongDialect.getMessage().startsWith("replication.read[0]"), wrongDialect.getMessage());
        IllegalArgumentException window = assertThrows(IllegalArgumentException.class,
                () -> new Sequelize(cluster.primary, o -> o.replication(r -> r.read(cluster.replica)
                        .replicaWaitTimeout(java.time.Duration.ZERO))));
        assertTrue(window.getMessage().startsWith("replication.replicaWaitTimeout"), window.getMessage());
        IllegalArgumentException sqlite = assertThrows(IllegalArgumentException.class,
                () -> new Sequelize("sqlite::memory:", o -> o.replication(r -> r.read(cluster.replica))));
        assertTrue(sqlite.getMessage().startsWith("replication needs database servers"), sqlite.getMessage());
    }
}
