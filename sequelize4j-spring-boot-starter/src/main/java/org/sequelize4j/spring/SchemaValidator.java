package org.sequelize4j.spring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.queryinterface.TableName;

/**
 * {@code sequelize4j.sync=validate}: compares each model with its live table, without changing anything.
 * It checks what would make the application fail at run time: the table exists, every stored attribute
 * has its column, and no NOT NULL column without a default belongs to an attribute the model lets be
 * empty. Column types are not compared: each database spells them its own way, and a wider column is
 * no error.
 */
final class SchemaValidator {

    private SchemaValidator() {
    }

    /** @throws SchemaMismatchException listing every mismatch found */
    static void validate(Sequelize sequelize) {
        Set<String> tables = new HashSet<>();
        for (TableName table : sequelize.getQueryInterface().showAllTables()) {
            tables.add(table.tableName().toLowerCase(Locale.ROOT));
        }
        List<String> mismatches = new ArrayList<>();
        for (ModelStatic<?> model : sequelize.models().values()) {
            String table = model.tableName();
            if (!tables.contains(table.toLowerCase(Locale.ROOT))) {
                mismatches.add("model " + model.name() + ": table \"" + table + "\" does not exist");
                continue;
            }
            Map<String, ColumnDescription> columns = sequelize.getQueryInterface().describeTable(table);
            for (AttributeDefinition attribute : model.attributes().values()) {
                if (attribute.isVirtual()) {
                    continue;
                }
                ColumnDescription column = columns.get(attribute.field());
                if (column == null) {
                    mismatches.add("model " + model.name() + ": attribute " + attribute.name() + " has no column \""
                            + attribute.field() + "\" in table \"" + table + "\" (its columns are " + columns.keySet() + ")");
                } else if (!column.allowNull() && attribute.allowNull() && column.defaultValue() == null
                        && !column.autoIncrement()) {
                    mismatches.add("model " + model.name() + ": attribute " + attribute.name() + " allows null, but column"
                            + " \"" + table + "\".\"" + attribute.field() + "\" is NOT NULL without a default");
                }
            }
        }
        if (!mismatches.isEmpty()) {
            throw new SchemaMismatchException(mismatches);
        }
    }
}
