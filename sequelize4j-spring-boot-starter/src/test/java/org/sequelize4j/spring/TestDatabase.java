package org.sequelize4j.spring;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the starter's tests run on, as the core's tests choose them: SQLite always (a file, so
 * that the application's pool can hold several connections to it), PostgreSQL and MariaDB when they
 * answer, required when {@code sequelize4j.test.require=true} (CI). {@code sequelize4j.test.database}
 * names the server database, {@code sequelize4j.test.dialects} selects dialects.
 */
enum TestDatabase {
    SQLITE("sqlite", null),
    POSTGRES("postgres", "jdbc:postgresql://127.0.0.1:5432/" + database() + "?user=postgres"),
    MARIADB("mariadb", "jdbc:mariadb://127.0.0.1:3306/" + database() + "?user=root");

    private final String dialect;
    private final String serverUrl;

    TestDatabase(String dialect, String serverUrl) {
        this.dialect = dialect;
        this.serverUrl = serverUrl;
    }

    static String database() {
        return System.getProperty("sequelize4j.test.database", "test");
    }

    /** The selected databases, for {@code @MethodSource}. */
    static Stream<TestDatabase> selected() {
        String property = System.getProperty("sequelize4j.test.dialects", "sqlite,postgres,mariadb");
        List<TestDatabase> result = new ArrayList<>();
        for (String name : property.split(",")) {
            if (!name.isBlank()) {
                result.add(valueOf(name.trim().toUpperCase(Locale.ROOT)));
            }
        }
        return result.stream();
    }

    /** The dialect Sequelize should detect. */
    String dialect() {
        return dialect;
    }

    /**
     * The {@code spring.datasource.url} of an emptied database (SQLite: a new file in {@code dir});
     * skips the test, or fails it when servers are required, if the server does not answer.
     */
    String freshUrl(Path dir) {
        if (serverUrl == null) {
            return "jdbc:sqlite:" + dir.resolve("app-" + System.nanoTime() + ".db");
        }
        try (Connection c = DriverManager.getConnection(serverUrl); Statement st = c.createStatement()) {
            clean(st);
        } catch (SQLException e) {
            if (Boolean.getBoolean("sequelize4j.test.require")) {
                throw new IllegalStateException(this + " is required but not reachable: " + e.getMessage(), e);
            }
            Assumptions.abort(this + " is not reachable: " + e.getMessage());
        }
        return serverUrl;
    }

    private void clean(Statement st) throws SQLException {
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
