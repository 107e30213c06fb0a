package org.sequelize4j.queryinterface;

import org.sequelize4j.TransactionalOptions;

/**
 * Options of {@code createDatabase}, as Sequelize names them. Each database reads its own:
 * PostgreSQL {@link #encoding}, {@link #collate} ({@code LC_COLLATE}), {@link #ctype} and
 * {@link #template}; MySQL/MariaDB {@link #charset} and {@link #collate}. An option the database does
 * not read is an error rather than silently dropped. Values are plain words (letters, digits,
 * {@code _ . - @}), such as {@code UTF8}, {@code en_US.UTF-8}, {@code utf8mb4_bin} or
 * {@code template0}.
 *
 * <pre>{@code
 * qi.createDatabase("app_test", databaseOptions().encoding("UTF8").template("template0"));   // PostgreSQL
 * qi.createDatabase("app_test", databaseOptions().charset("utf8mb4").collate("utf8mb4_bin")); // MariaDB
 * }</pre>
 */
public final class DatabaseOptions extends TransactionalOptions<DatabaseOptions> {

    private String charset;
    private String collate;
    private String encoding;
    private String ctype;
    private String template;

    private DatabaseOptions() {
    }

    /** Options with every default: the server's own. */
    public static DatabaseOptions databaseOptions() {
        return new DatabaseOptions();
    }

    /** The default character set (MySQL/MariaDB {@code DEFAULT CHARACTER SET}). */
    public DatabaseOptions charset(String charset) {
        this.charset = charset;
        return this;
    }

    /** The default collation (MySQL/MariaDB {@code COLLATE}, PostgreSQL {@code LC_COLLATE}). */
    public DatabaseOptions collate(String collate) {
        this.collate = collate;
        return this;
    }

    /** The encoding (PostgreSQL {@code ENCODING}). */
    public DatabaseOptions encoding(String encoding) {
        this.encoding = encoding;
        return this;
    }

    /** The character classification (PostgreSQL {@code LC_CTYPE}). */
    public DatabaseOptions ctype(String ctype) {
        this.ctype = ctype;
        return this;
    }

    /** The database copied (PostgreSQL {@code TEMPLATE}); {@code template0} when the locale differs from template1's. */
    public DatabaseOptions template(String template) {
        this.template = template;
        return this;
    }

    /** The character set, or null. */
    public String charset() {
        return charset;
    }

    /** The collation, or null. */
    public String collate() {
        return collate;
    }

    /** The encoding, or null. */
    public String encoding() {
        return encoding;
    }

    /** The character classification, or null. */
    public String ctype() {
        return ctype;
    }

    /** The template database, or null. */
    public String template() {
        return template;
    }
}
