package org.sequelize4j.dialect.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.sequelize4j.dialect.ReplicaPositions;

/**
 * Streaming replication positions are WAL locations: {@code pg_current_wal_lsn()} on the primary,
 * {@code pg_last_wal_replay_lsn()} on a hot standby. PostgreSQL 15 has no server-side wait for a
 * location, so the wait asks again every quarter millisecond until the deadline.
 */
final class PostgresReplicaPositions implements ReplicaPositions {

    private static final long POLL_NANOS = TimeUnit.MICROSECONDS.toNanos(250);

    @Override
    public String primaryPosition(Connection primary) throws SQLException {
        try (Statement st = primary.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_current_wal_lsn()::text")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public boolean awaitPosition(Connection replica, String position, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (PreparedStatement ps = replica.prepareStatement(
                "SELECT COALESCE(pg_last_wal_replay_lsn() >= CAST(? AS pg_lsn), false)")) {
            ps.setString(1, position);
            while (true) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return true;
                    }
                }
                if (System.nanoTime() - deadline >= 0) {
                    return false;
                }
                LockSupport.parkNanos(POLL_NANOS);
            }
        }
    }

    @Override
    public Double lagSeconds(Connection replica) throws SQLException {
        // Everything received is replayed: no lag, however long ago the last transaction was (an idle primary).
        String sql = "SELECT CASE WHEN NOT pg_is_in_recovery() THEN NULL"
                + " WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0"
                + " ELSE EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp()) END";
        try (Statement st = replica.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            double lag = rs.getDouble(1);
            return rs.wasNull() ? null : lag;
        }
    }
}
