package org.sequelize4j.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.sequelize4j.ReplicationOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SequelizeOptions;

/**
 * The replication clusters of {@code scripts/replication.sh}: a PostgreSQL primary with a hot standby
 * (and pgbouncer in front of the primary), and a MariaDB primary with a GTID replica. The first test
 * that needs them starts them through the script (a fraction of a second when they already run). When
 * they cannot be started the tests are skipped, unless they are required (CI: {@code SEQUELIZE4J_CI}, or
 * {@code -Dsequelize4j.test.require=true}), when they fail.
 */
public final class ReplicationClusters {

    /** One primary and its replica. */
    public enum Cluster {
        POSTGRES("postgres://postgres@127.0.0.1:5433/s4j", "postgres://postgres@127.0.0.1:5434/s4j",
                "SELECT pg_is_in_recovery() AS replica", "pg-primary", "pg-standby",
                "jdbc:postgresql://127.0.0.1:5434/s4j?user=postgres",
                "SELECT pid FROM pg_stat_activity WHERE application_name = 'sequelize4j' AND pid <> pg_backend_pid()",
                "SELECT pg_terminate_backend(%d)"),
        MARIADB("mariadb://app:app@127.0.0.1:3307/s4j", "mariadb://app:app@127.0.0.1:3308/s4j",
                "SELECT @@server_id = 2 AS replica", "maria-primary", "maria-replica",
                "jdbc:mariadb://127.0.0.1:3308/s4j?user=app&password=app",
                "SELECT id FROM information_schema.processlist WHERE user = 'app' AND id <> CONNECTION_ID()"
                        + " AND command <> 'Killed'",
                "KILL %d");

        /** The primary's URI. */
        public final String primary;
        /** The replica's URI. */
        public final String replica;
        /**
         * A query whose one column {@code replica} is true on the replica and false on the primary: which
         * server served a statement. Test fixture data, like the ports: it names these clusters' servers.
         */
        public final String whichServer;
        /** The script's names for the servers. */
        public final String primaryName;
        public final String replicaName;

        /** Plain JDBC to the replica, and how to list and end the library's sessions there. */
        public final String replicaJdbc;
        public final String listSessions;
        public final String killSession;

        Cluster(String primary, String replica, String whichServer, String primaryName, String replicaName,
                String replicaJdbc, String listSessions, String killSession) {
            this.replicaJdbc = replicaJdbc;
            this.listSessions = listSessions;
            this.killSession = killSession;
            this.primary = primary;
            this.replica = replica;
            this.whichServer = whichServer;
            this.primaryName = primaryName;
            this.replicaName = replicaName;
        }

        /** An instance on the primary with the replica for reads, configured further by {@code configure}. */
        public Sequelize connect(Consumer<ReplicationOptions> configure) {
            return connect(configure, o -> { });
        }

        /** {@link #connect(Consumer)} with further instance options. */
        public Sequelize connect(Consumer<ReplicationOptions> configure, Consumer<SequelizeOptions> more) {
            ensureRunning();
            return new Sequelize(primary, o -> {
                o.logging(false).pool(p -> p.max(4).acquire(java.time.Duration.ofSeconds(5)));
                o.replication(r -> {
                    r.read(replica).replicaRetryAfter(java.time.Duration.ofMillis(200));
                    configure.accept(r);
                });
                more.accept(o);
            });
        }
    }

    /**
     * Ends the library's sessions on the replica, as a replica restart would, and waits until the server no
     * longer lists them; the pool still holds them.
     *
     * @return how many were ended
     */
    public static int killReplicaSessions(Cluster cluster) throws java.sql.SQLException, InterruptedException {
        try (java.sql.Connection killer = java.sql.DriverManager.getConnection(cluster.replicaJdbc);
             java.sql.Statement st = killer.createStatement()) {
            java.util.List<Long> ids = sessions(st, cluster);
            for (long id : ids) {
                st.execute(String.format(java.util.Locale.ROOT, cluster.killSession, id));
            }
            for (int i = 0; i < 100 && !sessions(st, cluster).isEmpty(); i++) {
                Thread.sleep(20);
            }
            return ids.size();
        }
    }

    private static java.util.List<Long> sessions(java.sql.Statement st, Cluster cluster) throws java.sql.SQLException {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        try (java.sql.ResultSet rs = st.executeQuery(cluster.listSessions)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static volatile Boolean running;
    private static String failure;

    private ReplicationClusters() {
    }

    /** Whether the clusters must run (CI), so that a failure to start them fails the tests. */
    public static boolean required() {
        return TestDialect.required() || System.getenv("SEQUELIZE4J_CI") != null;
    }

    /** Starts the clusters if they are not running; skips or fails the calling test when they cannot start. */
    public static synchronized void ensureRunning() {
        if (running == null) {
            try {
                script("start");
                running = true;
            } catch (IOException | RuntimeException e) {
                running = false;
                failure = e.getMessage();
            }
        }
        if (!running) {
            if (required()) {
                fail("The replication clusters are required but did not start: " + failure);
            }
            Assumptions.abort("The replication clusters are not available: " + failure);
        }
    }

    /** Runs {@code scripts/replication.sh} with arguments and waits for it (at most two minutes). */
    public static void script(String... arguments) throws IOException {
        Path script = locateScript();
        String[] command = new String[arguments.length + 1];
        command[0] = script.toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Path output = Files.createTempFile("replication", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within two minutes");
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed (exit " + process.exitValue() + "): "
                        + Files.readString(output, StandardCharsets.UTF_8).trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static Path locateScript() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("scripts").resolve("replication.sh");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IOException("scripts/replication.sh not found above " + Path.of("").toAbsolutePath());
    }
}
