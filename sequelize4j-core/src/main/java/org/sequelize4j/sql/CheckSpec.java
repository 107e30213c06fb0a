package org.sequelize4j.sql;

import java.util.Objects;

/**
 * A CHECK constraint of a table to create.
 *
 * @param name the constraint name; null only for an unnamed check a table already has and keeps through
 *             a rebuild (the model's checks are always named)
 * @param sql the condition as SQL text, columns quoted and constants written as the dialect's literals
 *            (DDL takes no parameters), or raw SQL given with {@code Sql.literal}
 */
public record CheckSpec(String name, String sql) {

    public CheckSpec {
        Objects.requireNonNull(sql, "sql");
    }
}
