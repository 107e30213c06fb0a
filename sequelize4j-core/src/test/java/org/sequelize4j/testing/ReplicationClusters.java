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
                "SELECT pg_is_in_recovery() AS replica", "pg-primary", "pg-standby"),
        MARIADB("mariadb://app:app@127.0.0.1:3307/s4j", "mariadb://app:app@127.0.0.1:3308/s4j",
                "SELECT @@server_id = 2 AS replica", "maria-primary", "maria-replica");

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

        Cluster(String primary, String replica, String whichServer, String primaryName, String replicaName) {
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
