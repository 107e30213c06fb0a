package org.sequelize4j.replication;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;

import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.QueryOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SyncOptions;
import org.sequelize4j.testing.ReplicationClusters.Cluster;

/** A model on the replication clusters, and which server answered a query. */
final class ReplicationFixture {

    private ReplicationFixture() {
    }

    /**
     * Defines {@code table} (a name per test class, so that tests never read each other's rows), creates
     * it afresh on the primary and waits until the replica has it too.
     */
    static ModelStatic<Model> items(Sequelize sequelize, String table) {
        ModelStatic<Model> items = sequelize.define(table, List.of(attribute("name", STRING)));
        items.sync(SyncOptions.syncOptions().force(true));
        // The DDL is a write: a read that asks for read-your-writes waits until the replica replayed it.
        items.count(org.sequelize4j.FindOptions.query().readYourWrites(true));
        return items;
    }

    /** Whether a plain raw SELECT of this instance ran on the replica (true) or the primary (false). */
    static boolean servedByReplica(Sequelize sequelize, Cluster cluster, QueryOptions options) {
        Map<String, Object> row = sequelize.select(cluster.whichServer, options).get(0);
        return truthy(row.get("replica"));
    }

    static boolean truthy(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
