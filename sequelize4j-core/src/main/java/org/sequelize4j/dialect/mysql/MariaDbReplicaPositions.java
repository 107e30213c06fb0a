package org.sequelize4j.dialect.mysql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.sequelize4j.dialect.ReplicaPositions;

/**
 * MariaDB GTID replication: the primary's {@code @@gtid_binlog_pos} (every domain's last GTID), and
 * {@code MASTER_GTID_WAIT(pos, timeout)} on the replica, which blocks in the server until its
 * {@code gtid_slave_pos} reaches it. The lag is {@code SHOW SLAVE STATUS}'s Seconds_Behind_Master, which
 * needs the REPLICA MONITOR (or REPLICATION CLIENT) privilege.
 */
final class MariaDbReplicaPositions implements ReplicaPositions {

    @Override
    public String primaryPosition(Connection primary) throws SQLException {
        try (Statement st = primary.createStatement(); ResultSet rs = st.executeQuery("SELECT @@GLOBAL.gtid_binlog_pos")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public boolean awaitPosition(Connection replica, String position, Duration timeout) throws SQLException {
        try (PreparedStatement ps = replica.prepareStatement("SELECT MASTER_GTID_WAIT(?, ?)")) {
            ps.setString(1, position);
            ps.setDouble(2, timeout.toNanos() / 1e9);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                // 0: reached; -1: timed out; NULL: the position could not be read.
                return rs.getInt(1) == 0 && !rs.wasNull();
            }
        }
    }

    @Override
    public Double lagSeconds(Connection replica) throws SQLException {
        try (Statement st = replica.createStatement(); ResultSet rs = st.executeQuery("SHOW SLAVE STATUS")) {
            if (!rs.next()) {
                return null;
            }
            long seconds = rs.getLong("Seconds_Behind_Master");
            return rs.wasNull() ? null : (double) seconds;
        }
    }
}
