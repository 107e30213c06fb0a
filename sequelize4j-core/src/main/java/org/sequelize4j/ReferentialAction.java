package org.sequelize4j;

/** What the database does to referencing rows when a referenced row is deleted or its key changes. */
public enum ReferentialAction {
    /** Delete or update the referencing rows too. */
    CASCADE("CASCADE"),
    /** Set the foreign key of referencing rows to NULL. */
    SET_NULL("SET NULL"),
    /** Set the foreign key of referencing rows to its column default. */
    SET_DEFAULT("SET DEFAULT"),
    /** Refuse the change at once. */
    RESTRICT("RESTRICT"),
    /** Refuse the change when the constraint is checked. */
    NO_ACTION("NO ACTION");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The SQL keyword(s). */
    public String sql() {
        return sql;
    }

    /** Reads Sequelize's spelling ({@code "SET NULL"}, {@code "cascade"}, {@code "NO ACTION"}). */
    public static ReferentialAction parse(String text) {
        String normalized = text.trim().toUpperCase(java.util.Locale.ROOT).replace('_', ' ');
        for (ReferentialAction action : values()) {
            if (action.sql.equals(normalized)) {
                return action;
            }
        }
        throw new IllegalArgumentException("Unknown referential action '" + text
                + "'; expected one of RESTRICT, CASCADE, NO ACTION, SET DEFAULT, SET NULL");
    }
}
