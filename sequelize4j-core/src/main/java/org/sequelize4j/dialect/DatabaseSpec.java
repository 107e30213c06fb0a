package org.sequelize4j.dialect;

/**
 * What a CREATE DATABASE may say beyond the name, as the QueryInterface checked it: each value is a
 * plain word (letters, digits, {@code _ . - @}) or null for the server's default. Which ones a
 * database reads is up to its dialect: PostgreSQL takes {@code encoding}, {@code collate},
 * {@code ctype} and {@code template}; MySQL/MariaDB take {@code charset} and {@code collate}.
 *
 * @param charset the character set (MySQL/MariaDB)
 * @param collate the collation (MySQL/MariaDB {@code COLLATE}, PostgreSQL {@code LC_COLLATE})
 * @param encoding the encoding (PostgreSQL)
 * @param ctype the character classification (PostgreSQL {@code LC_CTYPE})
 * @param template the template database (PostgreSQL)
 */
public record DatabaseSpec(String charset, String collate, String encoding, String ctype, String template) {

    /** No options: the server's defaults. */
    public static final DatabaseSpec DEFAULTS = new DatabaseSpec(null, null, null, null, null);
}
