package org.sequelize4j.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Kills a test database's server sessions from a plain JDBC connection of its own, as a database
 * restart would: every pooled connection of every Sequelize instance on the database is dead afterwards,
 * while the pools still hold them. Which SQL lists and kills sessions is asked of the server itself
 * (its product name), not of the dialect under test.
 */
public final class ServerSessions {

    private ServerSessions() {
    }

    /** Whether the dialect's database has server sessions to kill (an embedded database has none). */
    public static boolean killable(TestDialect dialect) {
        return dialect.jdbcUrl() != null;
    }

    /**
     * Kills every session on the test database except the killer's own and waits until the server no
     * longer lists them.
     *
     * @return how many sessions were killed
     */
    public static int killAll(TestDialect dialect) throws SQLException, InterruptedException {
        try (Connection killer = DriverManager.getConnection(dialect.jdbcUrl()); Statement st = killer.createStatement()) {
            boolean postgres = killer.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            List<Long> ids = others(st, postgres);
            for (long id : ids) {
                if (postgres) {
                    st.execute("SELECT pg_terminate_backend(" + id + ")");
                } else {
                    try {
                        st.execute("KILL " + id);
                    } catch (SQLException gone) {
                        // 1094 "Unknown thread id": it ended by itself meanwhile.
                    }
                }
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!others(st, postgres).isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("killed sessions still listed: " + others(st, postgres));
                }
                Thread.sleep(10);
            }
            return ids.size();
        }
    }

    /** The ids of the other sessions on the killer's database. */
    private static List<Long> others(Statement st, boolean postgres) throws SQLException {
        String sql = postgres
                ? "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
                : "SELECT id FROM information_schema.processlist WHERE db = DATABASE() AND id <> CONNECTION_ID()";
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
