package org.sequelize4j.dialect.sqlite;

import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.dialect.SchemaComparison;
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.ForeignKeySpec;

/**
 * SQLite's ALTER TABLE adds, drops and renames columns but changes nothing else: other changes need
 * the table rebuilt. Its unique keys are named unique indexes (see {@code SqliteDdl}).
 */
final class SqliteSchemaComparison extends SchemaComparison {

    SqliteSchemaComparison(Dialect dialect) {
        super(dialect);
    }

    @Override
    public boolean altersInPlace(Alteration alteration, ColumnSpec column, ForeignKeySpec foreignKey) {
        switch (alteration) {
            case ADD_COLUMN:
                // ADD COLUMN refuses a key, NOT NULL without a default, defaults that are not constants, and
                // (with foreign keys on) a reference with a default; a reference is written inline.
                return !column.primaryKey() && !column.autoIncrement() && column.defaultExpression() == null
                        && (column.allowNull() || column.defaultValue() != null)
                        && (foreignKey == null || column.defaultValue() == null);
            case DROP_COLUMN:
                return true;
            default:
                return false;
        }
    }

    @Override
    public boolean uniqueKeysAsIndexes() {
        return true;
    }
}
