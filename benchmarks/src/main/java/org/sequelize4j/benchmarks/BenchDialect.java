package org.sequelize4j.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.sequelize4j.Sequelize;

/**
 * The databases a benchmark run can target, as named on the command line. Each knows how to open a
 * {@link Sequelize} instance on its benchmark database (creating that database when it is missing) and
 * which SQL family its hand-written side uses.
 *
 * <p>The server URIs can be overridden with {@code -Dbench.postgres.uri=...} and
 * {@code -Dbench.mariadb.uri=...}. A database called {@code test} is refused: the test suite wipes it.
 */
public enum BenchDialect {

    /** SQLite in a file in a fresh temporary directory (journal mode as the driver sets it). */
    SQLITE("sqlite", Family.SQLITE),
    /** SQLite in memory (a shared-cache database kept alive by Sequelize4j's pool). */
    SQLITE_MEMORY("sqlite-memory", Family.SQLITE),
    /** PostgreSQL; default {@code postgres://postgres@127.0.0.1:5432/s4j_bench}. */
    POSTGRES("postgres", Family.POSTGRES),
    /** MariaDB; default {@code mariadb://root@127.0.0.1:3306/s4j_bench}. */
    MARIADB("mariadb", Family.MARIADB);

    /** The SQL family of the hand-written side. */
    public enum Family { SQLITE, POSTGRES, MARIADB }

    private final String argument;
    private final Family family;

    BenchDialect(String argument, Family family) {
        this.argument = argument;
        this.family = family;
    }

    /** The name used on the command line and in reports. */
    public String argument() {
        return argument;
    }

    /** The SQL family. */
    public Family family() {
        return family;
    }

    /** The dialect named by a command-line argument ({@code sqlite}, {@code sqlite-memory}, {@code postgres}, {@code mariadb}). */
    public static BenchDialect parse(String argument) {
        for (BenchDialect d : values()) {
            if (d.argument.equalsIgnoreCase(argument)) {
                return d;
            }
        }
        if (argument.equalsIgnoreCase("postgresql") || argument.equalsIgnoreCase("pg")) {
            return POSTGRES;
        }
        if (argument.equalsIgnoreCase("mysql")) {
            return MARIADB;
        }
        throw new IllegalArgumentException("Unknown database '" + argument
                + "'; use sqlite, sqlite-memory, postgres or mariadb");
    }

    /**
     * Opens Sequelize4j on this database with logging off.
     *
     * @param workDir a directory for SQLite files
     */
    public Sequelize open(Path workDir) {
        return open(workDir, options -> { });
    }

    /**
     * Opens Sequelize4j on this database with further options (the statement counter's logging
     * callback).
     *
     * @param workDir a directory for SQLite files
     */
    public Sequelize open(Path workDir, java.util.function.Consumer<org.sequelize4j.SequelizeOptions> configure) {
        switch (this) {
            case SQLITE:
                return new Sequelize("sqlite:" + workDir.resolve("bench.db").toAbsolutePath(), configure);
            case SQLITE_MEMORY:
                return new Sequelize("sqlite::memory:", configure);
            case POSTGRES: {
                String uri = System.getProperty("bench.postgres.uri", "postgres://postgres@127.0.0.1:5432/s4j_bench");
                ensureServerDatabase(uri);
                return new Sequelize(uri, configure);
            }
            case MARIADB: {
                String uri = System.getProperty("bench.mariadb.uri", "mariadb://root@127.0.0.1:3306/s4j_bench");
                ensureServerDatabase(uri);
                return new Sequelize(uri, configure);
            }
            default:
                throw new IllegalStateException(name());
        }
    }

    /**
     * Creates the benchmark database on a server when it does not exist yet, by connecting to the
     * server's maintenance database with plain JDBC.
     */
    private void ensureServerDatabase(String uri) {
        java.net.URI parsed = java.net.URI.create(uri);
        String database = parsed.getPath().replaceFirst("^/", "");
        if (database.isEmpty() || database.equalsIgnoreCase("test")) {
            throw new IllegalArgumentException("Refusing to benchmark on database '" + database
                    + "': the test suite owns 'test'; use a database of its own such as s4j_bench");
        }
        String userInfo = parsed.getUserInfo() == null ? "" : parsed.getUserInfo();
        String user = userInfo.contains(":") ? userInfo.substring(0, userInfo.indexOf(':')) : userInfo;
        String password = userInfo.contains(":") ? userInfo.substring(userInfo.indexOf(':') + 1) : "";
        int port = parsed.getPort();
        String url;
        String exists;
        if (family == Family.POSTGRES) {
            url = "jdbc:postgresql://" + parsed.getHost() + ":" + (port < 0 ? 5432 : port) + "/postgres";
            exists = "SELECT 1 FROM pg_database WHERE datname = '" + database + "'";
        } else {
            url = "jdbc:mariadb://" + parsed.getHost() + ":" + (port < 0 ? 3306 : port) + "/";
            exists = "SELECT 1 FROM information_schema.schemata WHERE schema_name = '" + database + "'";
        }
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            boolean found;
            try (ResultSet rs = st.executeQuery(exists)) {
                found = rs.next();
            }
            if (!found) {
                st.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach " + argument + " at " + url + " to check database '"
                    + database + "': " + e.getMessage(), e);
        }
    }

    /** A fresh temporary directory for SQLite files. */
    public static Path tempDir() {
        try {
            return Files.createTempDirectory("s4j-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a temporary directory and what is in it. */
    public static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Only temporary files are left behind.
        }
    }
}
