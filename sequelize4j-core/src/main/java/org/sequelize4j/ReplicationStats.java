package org.sequelize4j;

import java.util.List;

/**
 * Where reads went since the instance was created, with read replicas ({@link Sequelize#replicationStats()}).
 *
 * @param primaryReads reads the primary served (useMaster, read-your-writes, and fallback)
 * @param fallbackReads of those, reads sent there because no replica could serve them
 * @param replicaWaits reads that waited for a replica to replay the thread's write
 * @param replicaWaitTimeouts of those, waits that ran out of time (the read then went to the primary)
 * @param readsOnPrimaryAfterWrite reads sent to the primary for read-your-writes
 * @param replicas each replica, in the order configured
 */
public record ReplicationStats(long primaryReads, long fallbackReads, long replicaWaits, long replicaWaitTimeouts,
                               long readsOnPrimaryAfterWrite, List<Replica> replicas) {

    /**
     * One replica.
     *
     * @param server its {@code host:port}
     * @param reads reads it served
     * @param serving whether reads go to it now
     * @param down whether it was unreachable when last used (it is tried again after {@code replicaRetryAfter})
     * @param lagging whether it lags beyond {@code maxReplicationLag}
     */
    public record Replica(String server, long reads, boolean serving, boolean down, boolean lagging) {
    }

    /** Reads all replicas served. */
    public long replicaReads() {
        return replicas.stream().mapToLong(Replica::reads).sum();
    }
}
