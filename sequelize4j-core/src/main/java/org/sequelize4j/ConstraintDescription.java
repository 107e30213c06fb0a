package org.sequelize4j;

import java.util.List;

/**
 * One constraint of an existing table as the database reports it ({@code queryInterface.showConstraint}).
 *
 * @param name the constraint name, or null where the database keeps none (unnamed SQLite constraints)
 * @param type what kind of constraint it is
 * @param table the table it belongs to
 * @param columns the constrained columns, in order (empty for a CHECK)
 * @param referencedTable for a foreign key, the referenced table; otherwise null
 * @param referencedColumns for a foreign key, the referenced columns in order; otherwise empty
 * @param onDelete for a foreign key, its ON DELETE action as the database reports it (when none was
 *                 declared PostgreSQL and SQLite say {@code NO_ACTION}, MySQL/MariaDB {@code RESTRICT},
 *                 which InnoDB treats alike)
 * @param onUpdate for a foreign key, its ON UPDATE action, likewise
 * @param definition for a CHECK, its condition as the database writes it; otherwise null
 * @param deferrable for a deferrable constraint (PostgreSQL), how it is deferred; otherwise null
 */
public record ConstraintDescription(String name, Type type, String table, List<String> columns, String referencedTable,
                                    List<String> referencedColumns, ReferentialAction onDelete,
                                    ReferentialAction onUpdate, String definition, Deferrable deferrable) {

    public ConstraintDescription {
        columns = List.copyOf(columns);
        referencedColumns = referencedColumns == null ? List.of() : List.copyOf(referencedColumns);
    }

    /** The kinds of constraints {@code showConstraint} reports. */
    public enum Type {
        /** PRIMARY KEY. */
        PRIMARY_KEY("PRIMARY KEY"),
        /** UNIQUE. */
        UNIQUE("UNIQUE"),
        /** FOREIGN KEY … REFERENCES. */
        FOREIGN_KEY("FOREIGN KEY"),
        /** CHECK. */
        CHECK("CHECK");

        private final String sql;

        Type(String sql) {
            this.sql = sql;
        }

        /** The SQL keywords, as Sequelize's {@code constraintType} spells them. */
        public String sql() {
            return sql;
        }
    }
}
