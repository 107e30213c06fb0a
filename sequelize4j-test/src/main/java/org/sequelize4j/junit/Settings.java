package org.sequelize4j.junit;

import java.util.Locale;

/** Reads the extension's settings: a system property, else the environment variable of the same name. */
final class Settings {

    private Settings() {
    }

    /**
     * The system property {@code name}, else the environment variable named after it in upper case with
     * dots as underscores ({@code sequelize4j.test.url} → {@code SEQUELIZE4J_TEST_URL}); null when
     * neither is set or both are blank.
     */
    static String get(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_'));
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Whether unreachable servers fail instead of being skipped ({@code sequelize4j.test.require}). */
    static boolean serversRequired() {
        return "true".equalsIgnoreCase(get("sequelize4j.test.require"));
    }
}
