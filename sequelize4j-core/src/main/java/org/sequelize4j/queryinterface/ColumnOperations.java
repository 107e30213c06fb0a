package org.sequelize4j.queryinterface;

import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.dialect.SchemaEditor;
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.ForeignKeySpec;
import org.sequelize4j.sql.TableRef;

/** addColumn, removeColumn, changeColumn and renameColumn. */
final class ColumnOperations {

    private final ChangeRunner runner;
    private final TableModels models;

    ColumnOperations(ChangeRunner runner, TableModels models) {
        this.runner = runner;
        this.models = models;
    }

    private SchemaEditor editor() {
        return runner.editor();
    }

    private static List<ForeignKeySpec> list(ForeignKeySpec fk) {
        return fk == null ? List.of() : List.of(fk);
    }

    void addColumn(String name, String column, AttributeOptions attribute, QueryInterfaceOptions options) {
        TableRef table = new TableRef(options.schema(), name, null);
        TableModels.ColumnParts parts = models.column("addColumn", table, column, attribute);
        runner.run(options, connection -> {
            List<ColumnDescription> columns = LiveTable.columns(editor(), connection, "addColumn", table);
            LiveTable.absent(columns, "addColumn", table, parts.column().name());
            List<ColumnSpec> own = new ArrayList<>();
            columns.forEach(c -> own.add(new ColumnSpec(c.name(), null, true, null, null, false, false, false, null, null)));
            own.add(parts.column());
            LiveTable.references(editor(), connection, "addColumn", table, own, list(parts.foreignKey()));
            return editor().addColumn(connection, parts.table(), parts.column(), parts.foreignKey(), parts.unique());
        });
    }

    void removeColumn(String name, String column, QueryInterfaceOptions options) {
        TableRef table = new TableRef(options.schema(), name, null);
        runner.run(options, connection -> {
            List<ColumnDescription> columns = LiveTable.columns(editor(), connection, "removeColumn", table);
            ColumnDescription existing = LiveTable.column(columns, "removeColumn", table, column);
            return editor().removeColumn(connection, table, existing.name());
        });
    }

    void changeColumn(String name, String column, AttributeOptions attribute, QueryInterfaceOptions options) {
        TableRef table = new TableRef(options.schema(), name, null);
        runner.run(options, connection -> {
            List<ColumnDescription> columns = LiveTable.columns(editor(), connection, "changeColumn", table);
            ColumnDescription existing = LiveTable.column(columns, "changeColumn", table, column);
            TableModels.ColumnParts parts = models.column("changeColumn", table, existing.name(), attribute);
            List<ColumnSpec> own = new ArrayList<>();
            columns.forEach(c -> own.add(new ColumnSpec(c.name(), null, true, null, null, false, false, false, null, null)));
            LiveTable.references(editor(), connection, "changeColumn", table, own, list(parts.foreignKey()));
            return editor().changeColumn(connection, parts.table(), parts.column(), parts.foreignKey(), parts.unique());
        });
    }

    void renameColumn(String name, String before, String after, QueryInterfaceOptions options) {
        TableRef table = new TableRef(options.schema(), name, null);
        runner.run(options, connection -> {
            List<ColumnDescription> columns = LiveTable.columns(editor(), connection, "renameColumn", table);
            ColumnDescription existing = LiveTable.column(columns, "renameColumn", table, before);
            if (!existing.name().equalsIgnoreCase(after)) {
                LiveTable.absent(columns, "renameColumn", table, after);
            }
            return editor().renameColumn(connection, table, existing.name(), after);
        });
    }
}
