package org.sequelize4j.queryinterface;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.ConstraintDescription;
import org.sequelize4j.IndexDescription;
import org.sequelize4j.IndexOptions;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.definition.naming.Identifiers;
import org.sequelize4j.definition.naming.Inflector;
import org.sequelize4j.dialect.DdlPlan;
import org.sequelize4j.dialect.SchemaEditor;
import org.sequelize4j.errors.SchemaChangeError;
import org.sequelize4j.sql.IndexSpec;
import org.sequelize4j.sql.SqlExpr;
import org.sequelize4j.sql.TableRef;

/** addIndex, removeIndex and showIndex. */
final class IndexOperations {

    private final ChangeRunner runner;
    private final TableModels models;

    IndexOperations(ChangeRunner runner, TableModels models) {
        this.runner = runner;
        this.models = models;
    }

    private SchemaEditor editor() {
        return runner.editor();
    }

    /** The name Sequelize gives an index without one: {@code [table]_[columns]}, underscored. */
    static String defaultName(String table, List<String> columns) {
        return Identifiers.shorten(Inflector.underscore(table + "_" + String.join("_", columns)));
    }

    void addIndex(String name, IndexOptions index, QueryInterfaceOptions options) {
        TableRef table = new TableRef(options.schema(), name, null);
        if (index.fields().isEmpty()) {
            throw new SchemaChangeError("addIndex", LiveTable.name(table), index.name(), "an index needs at least one column");
        }
        String problem = runner.engine().dialect().ddl().indexProblem(index.where() != null, index.using(), index.type());
        if (problem != null) {
            throw new SchemaChangeError("addIndex", LiveTable.name(table), index.name(), problem);
        }
        runner.run(options, connection -> {
            List<ColumnDescription> columns = LiveTable.columns(editor(), connection, "addIndex", table);
            List<IndexSpec.Field> fields = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (IndexOptions.Field f : index.fields()) {
                String column = LiveTable.column(columns, "addIndex", table, f.attribute()).name();
                names.add(column);
                fields.add(new IndexSpec.Field(column, f.isDescending(), f.isAscendingExplicit(), f.collate(), f.length(),
                        f.operator() != null ? f.operator() : index.operator()));
            }
            String indexName = index.name() != null ? index.name() : defaultName(name, names);
            for (IndexDescription existing : editor().indexes(connection, table)) {
                if (existing.name().equalsIgnoreCase(indexName)) {
                    throw new SchemaChangeError("addIndex", LiveTable.name(table), indexName,
                            "the table has an index of this name already");
                }
            }
            SqlExpr where = null;
            if (index.where() != null) {
                ModelDefinition model = models.live("addIndex", table, columns, Map.of());
                where = runner.engine().writes().resolver(model).condition(index.where(), "index '" + indexName + "' where");
            }
            IndexSpec spec = new IndexSpec(indexName, table, fields, index.isUnique(), index.using(), index.type(), where,
                    index.isConcurrently());
            return DdlPlan.of(runner.engine().dialect().ddl().createIndex(spec, runner.engine().renderer()));
        });
    }

    void removeIndex(String name, String index, QueryInterfaceOptions options) {
        TableRef table = new TableRef(options.schema(), name, null);
        runner.run(options, connection -> {
            LiveTable.columns(editor(), connection, "removeIndex", table);
            List<IndexDescription> indexes = editor().indexes(connection, table);
            IndexDescription found = indexes.stream().filter(i -> i.name().equals(index)).findFirst()
                    .orElse(indexes.stream().filter(i -> i.name().equalsIgnoreCase(index)).findFirst().orElse(null));
            if (found == null) {
                throw new SchemaChangeError("removeIndex", LiveTable.name(table), index, "the table has no index of this"
                        + " name; its indexes are " + indexes.stream().map(IndexDescription::name).toList());
            }
            if (found.primary()) {
                throw new SchemaChangeError("removeIndex", LiveTable.name(table), index, "the index belongs to the"
                        + " primary key; use removeConstraint");
            }
            if (found.name().startsWith("sqlite_autoindex_")) {
                throw new SchemaChangeError("removeIndex", LiveTable.name(table), index, "SQLite made this index for a"
                        + " UNIQUE constraint of the table; remove the constraint with removeConstraint");
            }
            for (ConstraintDescription c : editor().constraints(connection, table)) {
                if (found.name().equalsIgnoreCase(c.name()) && c.type() == ConstraintDescription.Type.UNIQUE) {
                    // PostgreSQL will not drop the index of a unique constraint; dropping the constraint drops both,
                    // which is what DROP INDEX does on the databases that do not tell the two apart.
                    return editor().removeConstraint(connection, table, c);
                }
            }
            return editor().removeIndex(connection, table, found.name());
        });
    }

    List<IndexDescription> showIndex(String name, QueryInterfaceOptions options) {
        TableRef table = new TableRef(options.schema(), name, null);
        return runner.read(options, connection -> {
            LiveTable.columns(editor(), connection, "showIndex", table);
            return editor().indexes(connection, table);
        });
    }
}
