package org.sequelize4j;

/**
 * When PostgreSQL checks a foreign-key constraint (Sequelize's {@code Deferrable}).
 * Other dialects check every constraint immediately and ignore this setting.
 */
public enum Deferrable {
    /** Checked at the end of each transaction, unless a transaction asks otherwise. */
    INITIALLY_DEFERRED("DEFERRABLE INITIALLY DEFERRED"),
    /** Checked after each statement, but a transaction may defer it. */
    INITIALLY_IMMEDIATE("DEFERRABLE INITIALLY IMMEDIATE"),
    /** Never deferrable: PostgreSQL's default, which no transaction can change. */
    NOT("NOT DEFERRABLE");

    private final String sql;

    Deferrable(String sql) {
        this.sql = sql;
    }

    /** The constraint clause PostgreSQL understands. */
    public String sql() {
        return sql;
    }
}
