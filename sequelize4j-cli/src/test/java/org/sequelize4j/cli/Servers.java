package org.sequelize4j.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL and MariaDB test databases, as the core's test harness has them: used when they
 * answer, skipped when not, and required (a failure) when {@code SEQUELIZE4J_CI} is set or
 * {@code sequelize4j.test.require=true}.
 */
enum Servers {
    POSTGRES("postgres://postgres@127.0.0.1:5432/", "jdbc:postgresql://127.0.0.1:5432/%s?user=postgres"),
    MARIADB("mariadb://root@127.0.0.1:3306/", "jdbc:mariadb://127.0.0.1:3306/%s?user=root");

    private final String url;
    private final String jdbcUrl;

    Servers(String url, String jdbcUrl) {
        this.url = url;
        this.jdbcUrl = jdbcUrl;
    }

    static String database() {
        return System.getProperty("sequelize4j.test.database", "test");
    }

    /** The Sequelize URI of the test database. */
    String url() {
        return url + database();
    }

    /** Skips the test when the server is down, unless servers are required; then empties the database. */
    void prepare() {
        boolean required = System.getenv("SEQUELIZE4J_CI") != null || Boolean.getBoolean("sequelize4j.test.require");
        try (Connection c = DriverManager.getConnection(jdbcUrl.formatted(database()))) {
            clean(c);
        } catch (SQLException e) {
            if (required) {
                throw new IllegalStateException(this + " is required but not reachable: " + e.getMessage(), e);
            }
            Assumptions.abort(this + " is not reachable: " + e.getMessage());
        }
    }

    private void clean(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            if (this == POSTGRES) {
                st.execute("DROP SCHEMA IF EXISTS public CASCADE");
                st.execute("CREATE SCHEMA public");
                return;
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            st.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : tables) {
                st.execute("DROP TABLE IF EXISTS `" + table.replace("`", "``") + "`");
            }
            st.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
    }
}
