package org.sequelize4j.schema.diff;

import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.migrations.diff.SchemaChange;
import org.sequelize4j.migrations.diff.SchemaDiffOptions;
import org.sequelize4j.runtime.Engine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code sync({alter: true})} for one existing table, on the schema diff: it makes the changes the diff
 * finds between the model and the table, so that a second alter finds none and sends no statement.
 * Only what the model declares is added or changed: indexes, unique keys and checks the table has
 * beyond the model stay (they may be someone's migration), a foreign key is replaced only when the
 * model declares another over the same columns, and undeclared columns are returned for the caller
 * to drop. Changes the database cannot make in place (SQLite) are logged and left for a migration.
 */
public final class SyncAlteration {

    private static final Logger LOG = LoggerFactory.getLogger(SyncAlteration.class);

    private final Engine engine;

    /** Alterations over an engine. */
    public SyncAlteration(Engine engine) {
        this.engine = engine;
    }

    /**
     * Brings the table of {@code model} up to date with it, except for dropping columns.
     *
     * @return the columns the table has and the model does not declare
     */
    public List<String> alter(ModelDefinition model) {
        SchemaDiffer differ = new SchemaDiffer(engine);
        List<String> undeclared = new ArrayList<>();
        List<List<String>> statements = engine.executor().withConnection(null, connection -> {
            // Sequelize's alter drops and adds rather than asking about renames.
            List<SchemaChange> changes = differ.tableChanges(connection, model,
                    SchemaDiffOptions.schemaDiffOptions().allowDrops(true));
            List<List<String>> planned = new ArrayList<>();
            for (SchemaChange change : changes) {
                if (change instanceof SchemaChange.DropColumn drop) {
                    undeclared.add(drop.column().name());
                    continue;
                }
                if (!wanted(change, changes)) {
                    continue;
                }
                List<String> sql = differ.inPlaceStatements(connection, change, changes);
                if (sql == null) {
                    LOG.warn("{} of model '{}' needs the table rebuilt, which the {} dialect does only in a migration;"
                            + " generate one with sequelize.schemaDiff()", change.describe(), model.name(),
                            engine.dialect().name());
                } else if (!sql.isEmpty()) {
                    planned.add(sql);
                }
            }
            return planned;
        });
        statements.forEach(sql -> engine.executor().execute(null, sql));
        return undeclared;
    }

    /** Whether alter makes this change: additions and changes, and drops that make room for a replacement. */
    private static boolean wanted(SchemaChange change, List<SchemaChange> all) {
        if (change instanceof SchemaChange.DropForeignKey drop) {
            return all.stream().anyMatch(c -> c instanceof SchemaChange.AddForeignKey add
                    && add.foreignKey().columns().equals(drop.foreignKey().columns()));
        }
        if (change instanceof SchemaChange.DropIndex drop) {
            return all.stream().anyMatch(c -> c instanceof SchemaChange.AddIndex add
                    && add.index().name().equalsIgnoreCase(drop.index().name()));
        }
        return !(change instanceof SchemaChange.DropUnique || change instanceof SchemaChange.DropCheck
                || change instanceof SchemaChange.DropTable || change instanceof SchemaChange.RenameColumn
                || change instanceof SchemaChange.RenameTable);
    }
}
