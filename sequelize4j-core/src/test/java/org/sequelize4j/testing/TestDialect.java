package org.sequelize4j.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SequelizeOptions;

/**
 * The databases the integration tests run on. SQLite is embedded and always available; PostgreSQL and
 * MariaDB are used when reachable (URLs overridable with system properties) and required when
 * {@code sequelize4j.test.require=true}, as in CI.
 */
public enum TestDialect {
    // The booleans, in order: locksWholeDatabase, setsIsolationLevelPerTransaction,
    // detectsSerializationConflicts, setsReadOnlyPerTransaction.
    SQLITE("sqlite::memory:", null, true, false, false, false),
    POSTGRES("postgres://postgres@127.0.0.1:5432/" + database(), "jdbc:postgresql://127.0.0.1:5432/" + database()
            + "?user=postgres", false, true, true, true),
    MARIADB("mariadb://root@127.0.0.1:3306/" + database(), "jdbc:mariadb://127.0.0.1:3306/" + database() + "?user=root",
            false, true, false, true);

    /** The test database on the servers ({@code test} unless {@code sequelize4j.test.database} says otherwise). */
    static String database() {
        return System.getProperty("sequelize4j.test.database", "test");
    }

    private final String url;
    private final String jdbcUrl;
    private final boolean locksWholeDatabase;
    private final boolean setsIsolationLevelPerTransaction;
    private final boolean detectsSerializationConflicts;
    private final boolean setsReadOnlyPerTransaction;
    private volatile Boolean available;
    private volatile String unavailableReason;

    TestDialect(String url, String jdbcUrl, boolean locksWholeDatabase, boolean setsIsolationLevelPerTransaction,
                boolean detectsSerializationConflicts, boolean setsReadOnlyPerTransaction) {
        this.url = url;
        this.jdbcUrl = jdbcUrl;
        this.locksWholeDatabase = locksWholeDatabase;
        this.setsIsolationLevelPerTransaction = setsIsolationLevelPerTransaction;
        this.detectsSerializationConflicts = detectsSerializationConflicts;
        this.setsReadOnlyPerTransaction = setsReadOnlyPerTransaction;
    }

    /** The Sequelize URI. */
    public String url() {
        return url;
    }

    /** The plain JDBC URL of the server database, or null for an embedded database (no server, no sessions). */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /**
     * Whether the database isolates transactions by locking the whole database rather than rows (SQLite:
     * one writer at a time, a write lock taken at the first write or at BEGIN IMMEDIATE/EXCLUSIVE, and a
     * COMMIT that waits for every reader). Such a database has no row-level deadlocks and no snapshots
     * for concurrent transactions to read.
     */
    public boolean locksWholeDatabase() {
        return locksWholeDatabase;
    }

    /**
     * Whether a transaction can choose its own isolation level (READ COMMITTED, REPEATABLE READ, …), which
     * the server then reports and which ends with the transaction. False for SQLite, which has no levels
     * to choose: it isolates by locking the whole database ({@link #locksWholeDatabase()}).
     */
    public boolean setsIsolationLevelPerTransaction() {
        return setsIsolationLevelPerTransaction;
    }

    /**
     * Whether SERIALIZABLE detects read/write conflicts between concurrent transactions and fails one of
     * them with a serialization failure (SQLSTATE 40001), as PostgreSQL's serializable snapshot isolation
     * does, even at COMMIT (write skew). MariaDB's SERIALIZABLE locks what it reads instead, so the same
     * interleavings wait for locks; SQLite serializes by locking the whole database.
     */
    public boolean detectsSerializationConflicts() {
        return detectsSerializationConflicts;
    }

    /**
     * Whether a single transaction can be made read-only on a pooled connection. False for SQLite, which
     * fixes read-only when a connection opens.
     */
    public boolean setsReadOnlyPerTransaction() {
        return setsReadOnlyPerTransaction;
    }

    /** The lower-case name used in the {@code sequelize4j.test.dialects} property. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the server answers. */
    public boolean isAvailable() {
        if (available == null) {
            synchronized (this) {
                if (available == null) {
                    if (jdbcUrl == null) {
                        available = true;
                    } else {
                        try (Connection ignored = DriverManager.getConnection(jdbcUrl)) {
                            available = true;
                        } catch (SQLException e) {
                            unavailableReason = e.getMessage();
                            available = false;
                        }
                    }
                }
            }
        }
        return available;
    }

    /** Why the server could not be reached. */
    public String unavailableReason() {
        return unavailableReason;
    }

    /** The dialects selected by {@code sequelize4j.test.dialects}. */
    public static List<TestDialect> selected() {
        String property = System.getProperty("sequelize4j.test.dialects", "sqlite,postgres,mariadb");
        List<TestDialect> result = new ArrayList<>();
        for (String name : property.split(",")) {
            if (!name.isBlank()) {
                result.add(valueOf(name.trim().toUpperCase(Locale.ROOT)));
            }
        }
        return result;
    }

    /** Whether unreachable servers fail the build instead of skipping. */
    public static boolean required() {
        return Boolean.getBoolean("sequelize4j.test.require");
    }

    /**
     * Driver parameters under which every new session reads a backslash in a string literal the other
     * way from the server's default, as a server, database or user setting would make it: PostgreSQL
     * with {@code standard_conforming_strings} off (backslashes escape), MariaDB with
     * {@code NO_BACKSLASH_ESCAPES} (they do not). Empty for SQLite, which has no such setting.
     */
    public Map<String, String> contraryBackslashParameters() {
        switch (this) {
            case POSTGRES: return Map.of("options", "-c standard_conforming_strings=off");
            case MARIADB: return Map.of("sessionVariables", "sql_mode='NO_BACKSLASH_ESCAPES'");
            default: return Map.of();
        }
    }

    /** A statement switching the same setting for the current session only, or null for SQLite. */
    public String contraryBackslashSql() {
        switch (this) {
            case POSTGRES: return "SET standard_conforming_strings = off";
            case MARIADB: return "SET SESSION sql_mode = CONCAT(@@SESSION.sql_mode, ',NO_BACKSLASH_ESCAPES')";
            default: return null;
        }
    }

    /** A fresh Sequelize instance on this database, which starts empty. */
    public Sequelize open(Consumer<SequelizeOptions> configure) {
        cleanDatabase();
        return new Sequelize(url, configure);
    }

    /** Drops everything the tests created, so each test starts from an empty database. */
    public void cleanDatabase() {
        if (jdbcUrl == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement st = c.createStatement()) {
            if (this == POSTGRES) {
                st.execute("DROP SCHEMA IF EXISTS public CASCADE");
                st.execute("CREATE SCHEMA public");
                try (ResultSet rs = st.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 's4j_%'")) {
                    List<String> schemas = new ArrayList<>();
                    while (rs.next()) {
                        schemas.add(rs.getString(1));
                    }
                    for (String schema : schemas) {
                        st.execute("DROP SCHEMA \"" + schema + "\" CASCADE");
                    }
                }
            } else {
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
                st.execute("DROP DATABASE IF EXISTS s4j_other");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot clean the " + this + " test database: " + e.getMessage(), e);
        }
    }
}
