package org.sequelize4j;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sequelize4j.dialect.ConnectionConfig;
import org.sequelize4j.errors.ConnectionError;

/**
 * Reads Sequelize's connection URIs: {@code sqlite::memory:}, {@code sqlite:path/to.db},
 * {@code postgres://user:password@host:5432/database?param=value} (also {@code postgresql://}),
 * {@code mysql://…} and {@code mariadb://…}.
 */
final class ConnectionUri {

    private ConnectionUri() {
    }

    /** The configuration from a URI (or none) completed by explicit options, which take precedence. */
    static ConnectionConfig resolve(String uri, SequelizeOptions options) {
        String dialect = null;
        String host = null;
        Integer port = null;
        String database = null;
        String username = null;
        String password = null;
        String storage = null;
        Map<String, String> parameters = new LinkedHashMap<>();
        if (uri != null) {
            int colon = uri.indexOf(':');
            if (colon <= 0) {
                throw new ConnectionError("Cannot read connection URI \"" + redact(uri) + "\": it has no dialect", null);
            }
            dialect = normalizeDialect(uri.substring(0, colon));
            String rest = uri.substring(colon + 1);
            if (dialect.equals("sqlite")) {
                storage = rest.startsWith("//") ? rest.substring(2) : rest;
                if (storage.isEmpty() || storage.equals(":memory:") || storage.equals("memory")) {
                    storage = ":memory:";
                }
                int query = storage.indexOf('?');
                if (query >= 0) {
                    parseQuery(storage.substring(query + 1), parameters);
                    storage = storage.substring(0, query);
                }
            } else {
                if (!rest.startsWith("//")) {
                    throw new ConnectionError("Cannot read connection URI \"" + redact(uri)
                            + "\": expected " + dialect + "://host/database", null);
                }
                rest = rest.substring(2);
                int query = rest.indexOf('?');
                if (query >= 0) {
                    parseQuery(rest.substring(query + 1), parameters);
                    rest = rest.substring(0, query);
                }
                int at = rest.lastIndexOf('@');
                if (at >= 0) {
                    String credentials = rest.substring(0, at);
                    rest = rest.substring(at + 1);
                    int separator = credentials.indexOf(':');
                    username = decode(separator >= 0 ? credentials.substring(0, separator) : credentials);
                    password = separator >= 0 ? decode(credentials.substring(separator + 1)) : null;
                }
                int slash = rest.indexOf('/');
                String hostPort = slash >= 0 ? rest.substring(0, slash) : rest;
                database = slash >= 0 && slash + 1 < rest.length() ? decode(rest.substring(slash + 1)) : null;
                int portColon = hostPort.lastIndexOf(':');
                if (portColon >= 0 && !hostPort.endsWith("]")) {
                    try {
                        port = Integer.parseInt(hostPort.substring(portColon + 1));
                    } catch (NumberFormatException e) {
                        throw new ConnectionError("Cannot read the port of connection URI \"" + redact(uri) + "\"", e);
                    }
                    hostPort = hostPort.substring(0, portColon);
                }
                host = hostPort.isEmpty() ? null : hostPort;
            }
        }
        if (options.dialect() != null) {
            dialect = normalizeDialect(options.dialect());
        }
        if (dialect == null) {
            dialect = "sqlite";
        }
        parameters.putAll(options.dialectOptions());
        return new ConnectionConfig(dialect, first(options.host(), host), first(options.port(), port),
                first(options.database(), database), first(options.username(), username),
                first(options.password(), password), first(options.storage(), storage), parameters);
    }

    private static <T> T first(T explicit, T fromUri) {
        return explicit != null ? explicit : fromUri;
    }

    private static String normalizeDialect(String name) {
        String d = name.toLowerCase(Locale.ROOT);
        switch (d) {
            case "postgres": case "postgresql": case "pg":
                return "postgres";
            case "mysql":
                return "mysql";
            case "mariadb":
                return "mariadb";
            case "sqlite": case "sqlite3":
                return "sqlite";
            default:
                throw new ConnectionError("Unknown dialect '" + name + "'; Sequelize4j supports sqlite, postgres, mysql"
                        + " and mariadb", null);
        }
    }

    private static void parseQuery(String query, Map<String, String> parameters) {
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq >= 0 ? pair.substring(0, eq) : pair);
            String value = eq >= 0 ? decode(pair.substring(eq + 1)) : "true";
            parameters.put(key, value);
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The URI without its password, for messages. */
    static String redact(String uri) {
        return uri.replaceAll("(//[^:/@]*:)[^@]*@", "$1***@");
    }
}
