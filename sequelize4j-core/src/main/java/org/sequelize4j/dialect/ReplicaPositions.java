package org.sequelize4j.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * What a dialect can tell about streaming replication, for read replicas: the primary's position, a
 * bounded wait for a replica to replay past it (read-your-writes), and a replica's lag. Each dialect
 * with replication has one ({@link Dialect#replicaPositions()}); the SQL differs entirely between them.
 */
public interface ReplicaPositions {

    /**
     * The primary's current position, as text the replica's wait understands: taken after a write has
     * committed, it is at or past that write.
     */
    String primaryPosition(Connection primary) throws SQLException;

    /**
     * Waits until {@code replica} has applied everything up to {@code position}, at most {@code timeout}.
     *
     * @return true once it has, false if the time ran out first
     */
    boolean awaitPosition(Connection replica, String position, Duration timeout) throws SQLException;

    /** How many seconds {@code replica} is behind its primary, or null when it is not replicating. */
    Double lagSeconds(Connection replica) throws SQLException;
}
