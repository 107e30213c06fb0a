package org.sequelize4j.dialect.postgres;

import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.dialect.SchemaComparison;
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.TableRef;

/** PostgreSQL keeps each ENUM column's values in a type of its own, {@code enum_[table]_[column]}. */
final class PostgresSchemaComparison extends SchemaComparison {

    PostgresSchemaComparison(Dialect dialect) {
        super(dialect);
    }

    @Override
    public TableRef asDeclared(TableRef live) {
        return "public".equals(live.schema()) ? new TableRef(null, live.name(), live.alias()) : live;
    }

    @Override
    public boolean enumValuesInOwnType() {
        return true;
    }

    @Override
    public TableRef enumType(TableRef table, ColumnSpec column) {
        String name = column.enumName() != null ? column.enumName() : PostgresDdl.enumTypeName(table, column.name());
        return new TableRef(table.schema(), name, null);
    }
}
