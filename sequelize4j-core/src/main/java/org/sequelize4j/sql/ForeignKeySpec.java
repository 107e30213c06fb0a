package org.sequelize4j.sql;

import java.util.List;
import org.sequelize4j.Deferrable;
import org.sequelize4j.ReferentialAction;

/**
 * A foreign-key constraint.
 *
 * @param name the constraint name, or null to let the database choose
 * @param columns referencing columns
 * @param target the referenced table
 * @param targetColumns referenced columns
 * @param onDelete ON DELETE action or null
 * @param onUpdate ON UPDATE action or null
 * @param deferrable deferrable mode or null
 */
public record ForeignKeySpec(String name, List<String> columns, TableRef target, List<String> targetColumns,
                             ReferentialAction onDelete, ReferentialAction onUpdate, Deferrable deferrable) {

    public ForeignKeySpec {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
    }
}
