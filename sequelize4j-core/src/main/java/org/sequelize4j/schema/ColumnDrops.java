package org.sequelize4j.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sequelize4j.dialect.DdlGenerator;
import org.sequelize4j.runtime.Engine;
import org.sequelize4j.sql.ColumnUse;
import org.sequelize4j.sql.TableSpec;

/**
 * Drops the columns a table has and its model no longer declares ({@code sync({alter})}), with what
 * depends on them, in place. Where the database cannot drop one of them in place, nothing is dropped
 * here: the caller rebuilds the table once without them ({@code SyncAlteration.rebuild}), which keeps
 * the table's other indexes, keys and checks.
 */
final class ColumnDrops {

    private final Engine engine;
    private final SchemaInspector inspector;

    ColumnDrops(Engine engine, SchemaInspector inspector) {
        this.engine = engine;
        this.inspector = inspector;
    }

    /**
     * Drops {@code undeclared} from the table {@code table} describes; every column of {@code table}
     * exists by now.
     *
     * @return false, having dropped nothing, when one of them can only be dropped by rebuilding the table
     */
    boolean dropInPlace(TableSpec table, List<String> undeclared) {
        if (undeclared.isEmpty()) {
            return true;
        }
        DdlGenerator ddl = engine.dialect().ddl();
        Map<String, SchemaInspector.Index> indexes = inspector.indexes(null, table.table());
        Map<String, List<String>> foreignKeys = inspector.foreignKeyNames(null, table.table());
        List<List<String>> inPlace = new ArrayList<>();
        for (String column : undeclared) {
            List<String> over = indexes.values().stream().filter(i -> i.columns().stream().anyMatch(column::equalsIgnoreCase))
                    .map(SchemaInspector.Index::name).toList();
            List<String> statements = ddl.removeColumn(table.table(),
                    new ColumnUse(column, over, foreignKeys.getOrDefault(column, List.of())));
            if (statements == null) {
                return false;
            }
            inPlace.add(statements);
        }
        inPlace.forEach(statements -> engine.executor().execute(null, statements));
        return true;
    }
}
