package org.sequelize4j.cli;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sequelize4j.Sequelize;
import org.sequelize4j.queryinterface.TableName;

/** Reads back what the tool did, through a Sequelize instance of the test's own. */
final class Schema {

    private Schema() {
    }

    /** The tables of the database, without sequelize4j's bookkeeping tables. */
    static Set<String> tables(String url) {
        try (Sequelize sequelize = new Sequelize(url)) {
            Set<String> names = new TreeSet<>();
            for (TableName table : sequelize.getQueryInterface().showAllTables()) {
                if (!table.tableName().startsWith("SequelizeMeta")) {
                    names.add(table.tableName());
                }
            }
            return names;
        }
    }

    /** The column names of a table. */
    static Set<String> columns(String url, String table) {
        try (Sequelize sequelize = new Sequelize(url)) {
            return new TreeSet<>(sequelize.getQueryInterface().describeTable(table).keySet());
        }
    }

    /** The names SequelizeMeta lists, in order. */
    static List<String> meta(String url) {
        try (Sequelize sequelize = new Sequelize(url)) {
            String quoted = sequelize.dialect().quoteIdentifier("SequelizeMeta");
            return sequelize.query("SELECT name FROM " + quoted + " ORDER BY name").rows().stream()
                    .map(row -> (String) row.get("name")).toList();
        }
    }
}
