package org.sequelize4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where to connect, resolved from the command line, the environment and the configuration file.
 *
 * <p>The URL comes from the first of: {@code --url}; the {@code DATABASE_URL} variable; the selected
 * environment's {@code url} in the configuration file (or, as in sequelize-cli's config.json, the
 * variable its {@code use_env_variable} names). The environment is {@code --env}, else
 * {@code SEQUELIZE4J_ENV}, else {@code development}.
 *
 * @param url the database URI
 * @param source where the URL came from, for messages
 */
public record Settings(String url, String source) {

    /** The default environment, as sequelize-cli's. */
    public static final String DEFAULT_ENV = "development";

    /**
     * Resolves the URL.
     *
     * @param options the command line's options
     * @param environment the process environment
     * @throws ConfigError when no URL can be found or the configuration file is unusable
     */
    public static Settings resolve(ConnectionOptions options, Map<String, String> environment) {
        if (options.url != null && !options.url.isBlank()) {
            return new Settings(options.url, "--url");
        }
        String fromEnv = environment.get("DATABASE_URL");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new Settings(fromEnv, "DATABASE_URL");
        }
        String env = options.env != null ? options.env : environment.getOrDefault("SEQUELIZE4J_ENV", DEFAULT_ENV);
        Path file = configFile(options.config);
        if (file == null) {
            throw new ConfigError("No database URL: pass --url, set DATABASE_URL, or write " + env
                    + ".url=... into sequelize4j.properties (or use --config FILE)");
        }
        String url = file.toString().endsWith(".json") ? fromJson(file, env, environment) : fromProperties(file, env);
        return new Settings(url, file + " [" + env + "]");
    }

    /**
     * A setting of the selected environment in the configuration file, such as sequelize-cli's
     * {@code seederStorage}: the JSON section's key, or {@code ENV.KEY} in a properties file. Null when
     * there is no file or the key is absent.
     */
    public static String setting(ConnectionOptions options, Map<String, String> environment, String key) {
        Path file = configFile(options.config);
        if (file == null) {
            return null;
        }
        String env = options.env != null ? options.env : environment.getOrDefault("SEQUELIZE4J_ENV", DEFAULT_ENV);
        if (file.toString().endsWith(".json")) {
            JsonNode root = readJson(file);
            JsonNode value = root == null || root.get(env) == null ? null : root.get(env).get(key);
            return value != null && value.isTextual() ? value.asText() : null;
        }
        String value = readProperties(file).getProperty(env + "." + key);
        return value == null ? null : value.strip();
    }

    /** The file given, which must exist, or the first default file present, or null. */
    private static Path configFile(Path given) {
        if (given != null) {
            if (!Files.isRegularFile(given)) {
                throw new ConfigError("Configuration file " + given + " does not exist");
            }
            return given;
        }
        for (Path candidate : new Path[] {Path.of("sequelize4j.properties"), Path.of("config", "config.json")}) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Properties readProperties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigError("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return properties;
    }

    private static JsonNode readJson(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new ConfigError("Cannot read " + file + " as JSON: " + e.getMessage(), e);
        }
    }

    private static String fromProperties(Path file, String env) {
        Properties properties = readProperties(file);
        String url = properties.getProperty(env + ".url");
        if (url == null || url.isBlank()) {
            throw new ConfigError(file + " has no " + env + ".url (environments found: "
                    + properties.stringPropertyNames().stream().filter(k -> k.endsWith(".url"))
                            .map(k -> k.substring(0, k.length() - 4)).sorted().toList() + ")");
        }
        return url.strip();
    }

    private static String fromJson(Path file, String env, Map<String, String> environment) {
        JsonNode root = readJson(file);
        JsonNode section = root == null ? null : root.get(env);
        if (section == null || !section.isObject()) {
            throw new ConfigError(file + " has no \"" + env + "\" section");
        }
        JsonNode variable = section.get("use_env_variable");
        if (variable != null && variable.isTextual()) {
            String value = environment.get(variable.asText());
            if (value == null || value.isBlank()) {
                throw new ConfigError(file + " [" + env + "] reads the URL from " + variable.asText()
                        + ", which is not set");
            }
            return value;
        }
        JsonNode url = section.get("url");
        if (url == null || !url.isTextual() || url.asText().isBlank()) {
            // sequelize-cli's host/username/database form is not read: say so rather than guess.
            throw new ConfigError(file + " [" + env + "] has no \"url\" (or \"use_env_variable\"); write the"
                    + " connection as one URI, e.g. \"url\": \"postgres://user@host:5432/db\"");
        }
        return url.asText();
    }
}
