package org.sequelize4j.dialect;

import java.util.Map;

/**
 * Where and how to connect, parsed from a connection URI or options: the dialect-independent facts a
 * dialect turns into a JDBC URL.
 *
 * @param dialect dialect name
 * @param host host name or null
 * @param port port or null for the dialect default
 * @param database database name or null
 * @param username user or null
 * @param password password or null
 * @param storage SQLite file path, or {@code ":memory:"}
 * @param parameters extra driver parameters (from the URI query string or {@code dialectOptions})
 */
public record ConnectionConfig(String dialect, String host, Integer port, String database, String username,
                               String password, String storage, Map<String, String> parameters) {

    public ConnectionConfig {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /** Whether this is an in-memory SQLite database. */
    public boolean isMemory() {
        return storage == null || storage.isEmpty() || storage.equals(":memory:");
    }

    @Override
    public String toString() {
        // Never show the password.
        return dialect + "://" + (username == null ? "" : username + "@") + (host == null ? "" : host)
                + (port == null ? "" : ":" + port) + "/" + (database == null ? (storage == null ? "" : storage) : database);
    }
}
