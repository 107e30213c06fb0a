package org.sequelize4j.queryinterface;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.ConstraintDescription;
import org.sequelize4j.dialect.DdlPlan;
import org.sequelize4j.dialect.SchemaEditor;
import org.sequelize4j.errors.SchemaChangeError;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.sql.TableSpec;

/** createTable, dropTable, dropAllTables, renameTable, showAllTables and describeTable. */
final class TableOperations {

    private final ChangeRunner runner;
    private final TableModels models;

    TableOperations(ChangeRunner runner, TableModels models) {
        this.runner = runner;
        this.models = models;
    }

    private SchemaEditor editor() {
        return runner.editor();
    }

    void createTable(String name, List<AttributeOptions> attributes, CreateTableOptions options) {
        TableRef table = new TableRef(options.schema(), name, null);
        TableSpec spec = models.createSpec(table, attributes, options);
        runner.run(options, connection -> {
            LiveTable.references(editor(), connection, "createTable", table, spec.columns(), spec.foreignKeys());
            return editor().createTable(connection, spec);
        });
    }

    void dropTable(String name, DropTableOptions options) {
        TableRef table = new TableRef(options.schema(), name, null);
        runner.run(options, connection -> {
            if (!options.isCascade() && editor().columns(connection, table).size() > 0) {
                Set<String> referencing = referencingTables(connection, table);
                if (!referencing.isEmpty() && runner.engine().dialect().ddl().dropRunsReferentialActions()) {
                    // SQLite would empty the table first, running the other tables' ON DELETE actions.
                    throw new SchemaChangeError("dropTable", LiveTable.name(table), null, "tables " + referencing
                            + " reference it, and dropping it would run their ON DELETE actions; drop them first, or"
                            + " drop with cascade(true) to leave their rows alone");
                }
            }
            return editor().dropTable(connection, table, options.isCascade());
        });
    }

    /** The other tables with a foreign key to {@code table}. */
    private Set<String> referencingTables(Connection connection, TableRef table) throws SQLException {
        Set<String> result = new LinkedHashSet<>();
        for (TableRef other : editor().tables(connection)) {
            if (other.name().equals(table.name())) {
                continue;
            }
            for (ConstraintDescription c : editor().constraints(connection, other)) {
                if (c.type() == ConstraintDescription.Type.FOREIGN_KEY && table.name().equals(c.referencedTable())) {
                    result.add(LiveTable.name(other));
                }
            }
        }
        return result;
    }

    void dropAllTables(DropTableOptions options) {
        runner.run(options, connection -> {
            List<TableRef> tables = new ArrayList<>();
            for (TableRef table : editor().tables(connection)) {
                if (!options.skip().contains(table.name())) {
                    tables.add(table);
                }
            }
            return editor().dropTables(connection, referencingFirst(connection, tables));
        });
    }

    /** The tables ordered so that a table comes before the tables it references. */
    private List<TableRef> referencingFirst(Connection connection, List<TableRef> tables) throws SQLException {
        Map<String, TableRef> byName = new LinkedHashMap<>();
        Map<String, Set<String>> references = new LinkedHashMap<>();
        for (TableRef table : tables) {
            byName.put(table.name(), table);
            Set<String> targets = new LinkedHashSet<>();
            for (ConstraintDescription c : editor().constraints(connection, table)) {
                if (c.type() == ConstraintDescription.Type.FOREIGN_KEY && !table.name().equals(c.referencedTable())) {
                    targets.add(c.referencedTable());
                }
            }
            references.put(table.name(), targets);
        }
        // Referenced tables first (a depth-first walk), then reversed.
        List<TableRef> ordered = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : byName.keySet()) {
            visit(name, byName, references, seen, ordered);
        }
        java.util.Collections.reverse(ordered);
        return ordered;
    }

    private static void visit(String name, Map<String, TableRef> byName, Map<String, Set<String>> references,
                              Set<String> seen, List<TableRef> ordered) {
        if (!byName.containsKey(name) || !seen.add(name)) {
            return;
        }
        for (String target : references.get(name)) {
            visit(target, byName, references, seen, ordered);
        }
        ordered.add(byName.get(name));
    }

    void changeTableComment(String name, String comment, QueryInterfaceOptions options) {
        TableRef table = new TableRef(options.schema(), name, null);
        runner.run(options, connection -> {
            List<String> statements = editor().changeTableComment(table, comment);
            LiveTable.columns(editor(), connection, "changeTableComment", table);
            return DdlPlan.of(statements);
        });
    }

    void renameTable(String before, String after, QueryInterfaceOptions options) {
        TableRef from = new TableRef(options.schema(), before, null);
        TableRef to = new TableRef(options.schema(), after, null);
        runner.run(options, connection -> {
            LiveTable.columns(editor(), connection, "renameTable", from);
            if (!editor().columns(connection, to).isEmpty()) {
                throw new SchemaChangeError("renameTable", LiveTable.name(from), after, "a table of that name exists already");
            }
            return editor().renameTable(connection, from, to);
        });
    }

    List<TableName> showAllTables(QueryInterfaceOptions options) {
        return runner.read(options, connection -> editor().tables(connection).stream()
                .map(t -> new TableName(t.schema(), t.name())).toList());
    }

    Map<String, ColumnDescription> describeTable(String name, QueryInterfaceOptions options) {
        TableRef table = new TableRef(options.schema(), name, null);
        return runner.read(options, connection -> {
            Map<String, ColumnDescription> result = new LinkedHashMap<>();
            for (ColumnDescription column : LiveTable.columns(editor(), connection, "describeTable", table)) {
                result.put(column.name(), column);
            }
            return java.util.Collections.unmodifiableMap(result);
        });
    }
}
