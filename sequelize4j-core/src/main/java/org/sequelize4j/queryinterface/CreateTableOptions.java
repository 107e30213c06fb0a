package org.sequelize4j.queryinterface;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sequelize4j.query.Condition;
import org.sequelize4j.query.Expression;

/**
 * Options of {@code createTable}: Sequelize's {@code uniqueKeys}, the MySQL/MariaDB table options
 * (engine, charset, collate, comment, first AUTO_INCREMENT value; PostgreSQL keeps the comment too),
 * and CHECK constraints written with the same conditions as a model's {@code check} option.
 *
 * <pre>{@code
 * queryInterface.createTable("memberships", attributes, createTableOptions()
 *         .uniqueKey("memberships_user_group", "userId", "groupId")
 *         .check("memberships_rank_positive", gt("rank", 0))
 *         .engine("InnoDB").charset("utf8mb4").comment("who belongs where"));
 * }</pre>
 */
public final class CreateTableOptions extends SchemaChangeOptions<CreateTableOptions> {

    private final Map<String, List<String>> uniqueKeys = new LinkedHashMap<>();
    private final List<Map.Entry<String, Condition>> checks = new ArrayList<>();
    private String engine;
    private String charset;
    private String collate;
    private String comment;
    private Long initialAutoIncrement;

    private CreateTableOptions() {
    }

    /** Options with every default. */
    public static CreateTableOptions createTableOptions() {
        return new CreateTableOptions();
    }

    /** A unique constraint over several columns, with its name (Sequelize's {@code uniqueKeys: {name: {fields}}}). */
    public CreateTableOptions uniqueKey(String name, String... columns) {
        Objects.requireNonNull(name, "unique key name");
        if (columns.length == 0) {
            throw new IllegalArgumentException("unique key '" + name + "' needs at least one column");
        }
        uniqueKeys.put(name, List.of(columns));
        return this;
    }

    /** A named CHECK constraint, its condition written with {@code Op}, naming the table's columns. */
    public CreateTableOptions check(String name, Condition condition) {
        checks.add(Map.entry(Objects.requireNonNull(name, "check name"), Objects.requireNonNull(condition, "condition")));
        return this;
    }

    /** A named CHECK constraint given as raw SQL ({@code Sql.literal("price > 0")}). */
    public CreateTableOptions check(String name, Expression.Literal sql) {
        return check(name, org.sequelize4j.Op.raw(Objects.requireNonNull(sql, "check sql")));
    }

    /** The MySQL/MariaDB storage engine (InnoDB by default). */
    public CreateTableOptions engine(String name) {
        this.engine = name;
        return this;
    }

    /** The MySQL/MariaDB default character set (utf8mb4 by default). */
    public CreateTableOptions charset(String name) {
        this.charset = name;
        return this;
    }

    /** The MySQL/MariaDB default collation. */
    public CreateTableOptions collate(String name) {
        this.collate = name;
        return this;
    }

    /** The table comment (MySQL/MariaDB and PostgreSQL). */
    public CreateTableOptions comment(String text) {
        this.comment = text;
        return this;
    }

    /** The first AUTO_INCREMENT value (MySQL/MariaDB). */
    public CreateTableOptions initialAutoIncrement(long value) {
        this.initialAutoIncrement = value;
        return this;
    }

    /** The unique keys, by name. */
    public Map<String, List<String>> uniqueKeys() {
        return java.util.Collections.unmodifiableMap(uniqueKeys);
    }

    /** The checks, in order. */
    public List<Map.Entry<String, Condition>> checks() {
        return List.copyOf(checks);
    }

    /** The engine, or null. */
    public String engine() {
        return engine;
    }

    /** The charset, or null. */
    public String charset() {
        return charset;
    }

    /** The collation, or null. */
    public String collate() {
        return collate;
    }

    /** The comment, or null. */
    public String comment() {
        return comment;
    }

    /** The first AUTO_INCREMENT value, or null. */
    public Long initialAutoIncrement() {
        return initialAutoIncrement;
    }
}
