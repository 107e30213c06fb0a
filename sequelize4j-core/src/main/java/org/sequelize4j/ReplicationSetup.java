package org.sequelize4j;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.dialect.ConnectionConfig;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.jdbc.ConnectionPool;
import org.sequelize4j.jdbc.replication.ReplicaSet;
import org.sequelize4j.jdbc.replication.ReplicationSettings;

/**
 * Opens the pools of a {@link ReplicationOptions} configuration: the write server's (the instance's pool)
 * and one per read server, each from the instance's connection settings overridden by the server's own.
 */
final class ReplicationSetup {

    private final ConnectionPool primary;
    private final ReplicaSet replicas;

    private ReplicationSetup(ConnectionPool primary, ReplicaSet replicas) {
        this.primary = primary;
        this.replicas = replicas;
    }

    ConnectionPool primary() {
        return primary;
    }

    ReplicaSet replicas() {
        return replicas;
    }

    /**
     * The pools for {@code options.replication()}.
     *
     * @throws IllegalArgumentException naming the option at fault: no read server, or a dialect without servers
     */
    static ReplicationSetup open(Dialect dialect, ConnectionConfig base, SequelizeOptions options) {
        ReplicationOptions replication = options.replication();
        if (base.storage() != null) {
            throw new IllegalArgumentException("replication needs database servers (postgres, mysql or mariadb);"
                    + " this instance opens a database file (storage " + base.storage() + "), which has no replicas");
        }
        if (replication.readServers().isEmpty()) {
            throw new IllegalArgumentException("replication.read: give at least one read server (a URI or"
                    + " read(s -> s.host(...)))");
        }
        ReplicationOptions.Server write = replication.writeServer();
        ConnectionConfig writeConfig = write == null ? base : resolve(write, base, "replication.write");
        PoolOptions writePool = write == null ? options.pool() : poolFor(write, options.pool());
        ConnectionPool primary = new ConnectionPool(dialect, dialect.connectionSettings(writeConfig), writePool);
        List<ConnectionPool> pools = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            int i = 0;
            for (ReplicationOptions.Server read : replication.readServers()) {
                ConnectionConfig config = resolve(read, base, "replication.read[" + i++ + "]");
                String name = config.host() + ":" + (config.port() == null ? "default" : config.port());
                pools.add(new ConnectionPool(dialect, dialect.connectionSettings(config), poolFor(read, options.pool()),
                        "read " + name));
                names.add(name);
            }
        } catch (RuntimeException e) {
            pools.forEach(ConnectionPool::close);
            primary.close();
            throw e;
        }
        ReplicationSettings settings = new ReplicationSettings(mode(replication.readYourWritesMode()),
                replication.window(), replication.waitTimeout(), replication.maxLag(), replication.lagInterval(),
                replication.retryAfter());
        return new ReplicationSetup(primary, new ReplicaSet(primary, pools, names, dialect.replicaPositions(), settings));
    }

    private static ReplicationSettings.ReadAfterWrite mode(ReadYourWrites mode) {
        switch (mode) {
            case PRIMARY:
                return ReplicationSettings.ReadAfterWrite.PRIMARY;
            case WAIT:
                return ReplicationSettings.ReadAfterWrite.WAIT;
            case OFF:
            default:
                return ReplicationSettings.ReadAfterWrite.OFF;
        }
    }

    private static PoolOptions poolFor(ReplicationOptions.Server server, PoolOptions instance) {
        PoolOptions pool = instance.copy();
        if (server.pool() != null) {
            server.pool().accept(pool);
        }
        return pool;
    }

    /** A server's connection: its URI or settings, completed by the instance's. */
    private static ConnectionConfig resolve(ReplicationOptions.Server server, ConnectionConfig base, String option) {
        ConnectionConfig own = server.uri() == null ? null : ConnectionUri.resolve(server.uri(), new SequelizeOptions());
        if (own != null && !own.dialect().equals(base.dialect())) {
            throw new IllegalArgumentException(option + ": " + own.dialect() + " server for a " + base.dialect()
                    + " instance; every replication server speaks the instance's dialect");
        }
        String host = pick(server.host(), own == null ? null : own.host(), base.host());
        if (host == null) {
            throw new IllegalArgumentException(option + ": no host; give a URI or host(...)");
        }
        Integer port = server.port() != null ? server.port() : own != null && own.port() != null ? own.port() : base.port();
        Map<String, String> parameters = new LinkedHashMap<>(base.parameters());
        if (own != null) {
            parameters.putAll(own.parameters());
        }
        parameters.putAll(server.dialectOptions());
        return new ConnectionConfig(base.dialect(), host, port,
                pick(server.database(), own == null ? null : own.database(), base.database()),
                pick(server.username(), own == null ? null : own.username(), base.username()),
                pick(server.password(), own == null ? null : own.password(), base.password()), null, parameters);
    }

    private static String pick(String first, String second, String third) {
        return first != null ? first : second != null ? second : third;
    }
}
