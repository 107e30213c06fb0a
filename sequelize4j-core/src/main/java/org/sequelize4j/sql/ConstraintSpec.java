package org.sequelize4j.sql;

import java.util.List;
import java.util.Objects;

/** A constraint to add to an existing table ({@code queryInterface.addConstraint}), in dialect-neutral terms. */
public sealed interface ConstraintSpec {

    /** The constraint name. */
    String name();

    /** The columns it constrains (for a CHECK, the columns it was declared for, possibly none). */
    List<String> columns();

    /**
     * UNIQUE over columns.
     *
     * @param name the constraint name
     * @param columns the columns, in order
     */
    record Unique(String name, List<String> columns) implements ConstraintSpec {
        public Unique {
            Objects.requireNonNull(name, "name");
            columns = List.copyOf(columns);
        }
    }

    /**
     * PRIMARY KEY over columns.
     *
     * @param name the constraint name (MySQL/MariaDB always call it PRIMARY)
     * @param columns the columns, in order
     */
    record PrimaryKey(String name, List<String> columns) implements ConstraintSpec {
        public PrimaryKey {
            Objects.requireNonNull(name, "name");
            columns = List.copyOf(columns);
        }
    }

    /**
     * FOREIGN KEY … REFERENCES.
     *
     * @param foreignKey the key, named
     */
    record ForeignKey(ForeignKeySpec foreignKey) implements ConstraintSpec {
        public ForeignKey {
            Objects.requireNonNull(foreignKey.name(), "foreign key name");
        }

        @Override
        public String name() {
            return foreignKey.name();
        }

        @Override
        public List<String> columns() {
            return foreignKey.columns();
        }
    }

    /**
     * CHECK.
     *
     * @param check the condition, rendered for the dialect
     * @param columns the columns it was declared for (used for its default name only)
     */
    record Check(CheckSpec check, List<String> columns) implements ConstraintSpec {
        public Check {
            columns = List.copyOf(columns);
        }

        @Override
        public String name() {
            return check.name();
        }
    }
}
