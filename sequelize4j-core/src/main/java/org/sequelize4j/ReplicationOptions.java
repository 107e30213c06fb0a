package org.sequelize4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Read replicas, as Sequelize's {@code replication: {read: [...], write: {...}}}: reads outside transactions
 * go to the {@code read} servers in turn, everything else to the {@code write} server (by default the
 * instance's own connection). Each server inherits what it does not set (port, database, username,
 * password, driver parameters) from the instance and has a pool of its own.
 *
 * <pre>{@code
 * new Sequelize("postgres://app@db-primary:5432/shop", o -> o.replication(r -> r
 *         .read("postgres://app@db-replica-1:5432/shop")
 *         .read(s -> s.host("db-replica-2").pool(p -> p.max(20)))
 *         .readYourWrites(ReadYourWrites.WAIT)
 *         .maxReplicationLag(Duration.ofSeconds(5))));
 * }</pre>
 *
 * <p>See docs/replication.md for the routing table and the consistency rule.
 */
public final class ReplicationOptions {

    private final List<Server> read = new ArrayList<>();
    private Server write;
    private ReadYourWrites readYourWrites = ReadYourWrites.OFF;
    private Duration readYourWritesWindow = Duration.ofSeconds(5);
    private Duration replicaWaitTimeout = Duration.ofSeconds(1);
    private Duration maxReplicationLag;
    private Duration lagCheckInterval = Duration.ofSeconds(1);
    private Duration replicaRetryAfter = Duration.ofSeconds(2);

    ReplicationOptions() {
    }

    /** A read replica given by a connection URI ({@code postgres://user@host:port/db}); may be repeated. */
    public ReplicationOptions read(String uri) {
        read.add(new Server(Objects.requireNonNull(uri, "replication.read(uri)")));
        return this;
    }

    /** A read replica given by its settings; may be repeated. */
    public ReplicationOptions read(Consumer<Server> configure) {
        Server server = new Server(null);
        configure.accept(server);
        read.add(server);
        return this;
    }

    /** The primary, given by a connection URI; by default the instance's own connection. */
    public ReplicationOptions write(String uri) {
        write = new Server(Objects.requireNonNull(uri, "replication.write(uri)"));
        return this;
    }

    /** The primary, given by its settings. */
    public ReplicationOptions write(Consumer<Server> configure) {
        Server server = new Server(null);
        configure.accept(server);
        write = server;
        return this;
    }

    /**
     * What a read does after the same thread wrote (within {@link #readYourWritesWindow}): nothing ({@code OFF},
     * the default, as in Sequelize: it may miss the write), go to the primary ({@code PRIMARY}), or wait for
     * the replica to replay the write ({@code WAIT}). Each find or raw query may say otherwise with its own
     * {@code readYourWrites(boolean)}.
     */
    public ReplicationOptions readYourWrites(ReadYourWrites mode) {
        this.readYourWrites = Objects.requireNonNull(mode, "replication.readYourWrites");
        return this;
    }

    /** How long after a thread's last write its reads are held to read-your-writes (default 5 s). */
    public ReplicationOptions readYourWritesWindow(Duration value) {
        this.readYourWritesWindow = positive(value, "replication.readYourWritesWindow");
        return this;
    }

    /**
     * With {@code WAIT}: how long a read waits for the replica to replay the write before it reads from the
     * primary instead (default 1 s).
     */
    public ReplicationOptions replicaWaitTimeout(Duration value) {
        this.replicaWaitTimeout = positive(value, "replication.replicaWaitTimeout");
        return this;
    }

    /**
     * Skip a replica that is further behind than this (or not replicating at all) until it catches up,
     * checked every {@link #lagCheckInterval}; by default lag is not checked.
     */
    public ReplicationOptions maxReplicationLag(Duration value) {
        this.maxReplicationLag = positive(value, "replication.maxReplicationLag");
        return this;
    }

    /** How often replicas' lag is checked when {@link #maxReplicationLag} is set (default 1 s). */
    public ReplicationOptions lagCheckInterval(Duration value) {
        this.lagCheckInterval = positive(value, "replication.lagCheckInterval");
        return this;
    }

    /** How long an unreachable replica is skipped before reads try it again (default 2 s). */
    public ReplicationOptions replicaRetryAfter(Duration value) {
        this.replicaRetryAfter = positive(value, "replication.replicaRetryAfter");
        return this;
    }

    private static Duration positive(Duration value, String option) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(option + " must be a positive duration, got " + value);
        }
        return value;
    }

    List<Server> readServers() {
        return read;
    }

    Server writeServer() {
        return write;
    }

    ReadYourWrites readYourWritesMode() {
        return readYourWrites;
    }

    Duration window() {
        return readYourWritesWindow;
    }

    Duration waitTimeout() {
        return replicaWaitTimeout;
    }

    Duration maxLag() {
        return maxReplicationLag;
    }

    Duration lagInterval() {
        return lagCheckInterval;
    }

    Duration retryAfter() {
        return replicaRetryAfter;
    }

    /**
     * One server of a replication set: a URI, or host and the settings that differ from the instance's.
     * Its pool starts from the instance's pool settings.
     */
    public static final class Server {
        private final String uri;
        private String host;
        private Integer port;
        private String database;
        private String username;
        private String password;
        private final Map<String, String> dialectOptions = new LinkedHashMap<>();
        private Consumer<PoolOptions> pool;

        private Server(String uri) {
            this.uri = uri;
        }

        /** The host. */
        public Server host(String value) {
            this.host = Objects.requireNonNull(value, "replication server host");
            return this;
        }

        /** The port. */
        public Server port(int value) {
            if (value < 1 || value > 65_535) {
                throw new IllegalArgumentException("replication server port must be 1-65535, got " + value);
            }
            this.port = value;
            return this;
        }

        /** The database name. */
        public Server database(String value) {
            this.database = value;
            return this;
        }

        /** The user name. */
        public Server username(String value) {
            this.username = value;
            return this;
        }

        /** The password. */
        public Server password(String value) {
            this.password = value;
            return this;
        }

        /**
         * A driver parameter for this server only, e.g. {@code prepareThreshold=0} for a PostgreSQL server
         * behind pgbouncer in transaction mode.
         */
        public Server dialectOption(String key, String value) {
            this.dialectOptions.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
            return this;
        }

        /** This server's pool settings, applied over the instance's. */
        public Server pool(Consumer<PoolOptions> configure) {
            this.pool = Objects.requireNonNull(configure, "replication server pool");
            return this;
        }

        String uri() {
            return uri;
        }

        String host() {
            return host;
        }

        Integer port() {
            return port;
        }

        String database() {
            return database;
        }

        String username() {
            return username;
        }

        String password() {
            return password;
        }

        Map<String, String> dialectOptions() {
            return dialectOptions;
        }

        Consumer<PoolOptions> pool() {
            return pool;
        }
    }
}
