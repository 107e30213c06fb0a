package org.sequelize4j.query;

import java.util.List;
import org.sequelize4j.hydration.ColumnMapping;
import org.sequelize4j.sql.SqlStatement;

/**
 * A planned SELECT: the statement and how each selected column is read back.
 *
 * @param statement the SQL and its parameters
 * @param columns one mapping per selected column, in order
 */
public record SelectPlan(SqlStatement statement, List<ColumnMapping> columns) {

    public SelectPlan {
        columns = List.copyOf(columns);
    }
}
