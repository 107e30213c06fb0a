package org.sequelize4j.spring;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Finds the Sequelize dialect of a DataSource: {@code sequelize4j.dialect} when set, else the JDBC URL
 * of a HikariCP pool (no connection needed), else the database product name the driver reports.
 */
final class DialectDetector {

    static final String PROPERTY = "sequelize4j.dialect";
    private static final Set<String> DIALECTS = Set.of("sqlite", "postgres", "mysql", "mariadb");

    private DialectDetector() {
    }

    /**
     * @throws InvalidConfigurationPropertyValueException naming {@code sequelize4j.dialect} when it is set
     *     to an unknown dialect, or when the database cannot be recognised and the property is not set
     */
    static String dialect(String configured, DataSource dataSource) {
        if (configured != null && !configured.isBlank()) {
            String name = normalise(configured);
            if (name == null) {
                throw new InvalidConfigurationPropertyValueException(PROPERTY, configured,
                        "Sequelize4j supports the dialects " + DIALECTS.stream().sorted().toList());
            }
            return name;
        }
        if (dataSource instanceof com.zaxxer.hikari.HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            String fromUrl = fromJdbcUrl(hikari.getJdbcUrl());
            if (fromUrl != null) {
                return fromUrl;
            }
        }
        String product;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String fromUrl = meta.getURL() == null ? null : fromJdbcUrl(meta.getURL());
            if (fromUrl != null) {
                return fromUrl;
            }
            product = meta.getDatabaseProductName();
        } catch (SQLException e) {
            throw new InvalidConfigurationPropertyValueException(PROPERTY, null, "the DataSource could not be asked"
                    + " which database it reaches (" + e.getMessage() + "); set " + PROPERTY);
        }
        String name = product == null ? null : normalise(product);
        if (name == null) {
            throw new InvalidConfigurationPropertyValueException(PROPERTY, null, "the DataSource reaches \"" + product
                    + "\", which is not a database Sequelize4j knows; set " + PROPERTY + " to one of "
                    + DIALECTS.stream().sorted().toList() + " if it is compatible");
        }
        return name;
    }

    /** The dialect of a JDBC URL ({@code jdbc:postgresql:…}), or null when the URL names another driver. */
    static String fromJdbcUrl(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:sqlite:")) {
            return "sqlite";
        }
        if (u.startsWith("jdbc:postgresql:")) {
            return "postgres";
        }
        if (u.startsWith("jdbc:mariadb:")) {
            return "mariadb";
        }
        if (u.startsWith("jdbc:mysql:")) {
            return "mysql";
        }
        return null;
    }

    private static String normalise(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "sqlite": case "sqlite3":
                return "sqlite";
            case "postgres": case "postgresql": case "pg":
                return "postgres";
            case "mysql":
                return "mysql";
            case "mariadb":
                return "mariadb";
            default:
                return null;
        }
    }
}
