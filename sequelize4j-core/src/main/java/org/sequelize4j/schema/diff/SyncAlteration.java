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
 * model declares another over the same columns, and undeclared columns are dropped only when the
 * caller asks. When a change cannot be made in place (SQLite: a column's type, null or default, a new
 * foreign key or check, a NOT NULL column without default), the table is rebuilt once into that whole
 * state ({@link AlterRebuild}), which makes every other change of the table too; only a dialect that
 * cannot rebuild tables logs such changes and leaves them for a migration.
 */
public final class SyncAlteration {

    private static final Logger LOG = LoggerFactory.getLogger(SyncAlteration.class);

    private final Engine engine;

    /** Alterations over an engine. */
    public SyncAlteration(Engine engine) {
        this.engine = engine;
    }

    /** What one read of the table found: the model and live states, and the changes between them. */
    private record Plan(TableState model, TableState live, List<SchemaChange> changes) {
    }

    /**
     * Brings the table of {@code model} up to date with it.
     *
     * @param drop whether the columns the model does not declare are dropped when the table is rebuilt
     *             anyway; otherwise the caller drops them, in place ({@link #rebuild} where it cannot)
     * @return the columns the table still has and the model does not declare
     */
    public List<String> alter(ModelDefinition model, boolean drop) {
        SchemaDiffer differ = new SchemaDiffer(engine);
        List<String> undeclared = new ArrayList<>();
        List<SchemaChange> rebuilt = new ArrayList<>();
        Plan[] plan = new Plan[1];
        List<List<String>> statements = engine.executor().withConnection(null, connection -> {
            plan[0] = plan(differ, connection, model);
            List<SchemaChange> changes = plan[0].changes();
            List<List<String>> planned = new ArrayList<>();
            for (SchemaChange change : changes) {
                if (change instanceof SchemaChange.DropColumn dropColumn) {
                    undeclared.add(dropColumn.column().name());
                    continue;
                }
                if (!wanted(change, changes)) {
                    continue;
                }
                List<String> sql = differ.inPlaceStatements(connection, change, changes);
                if (sql == null) {
                    rebuilt.add(change);
                } else if (!sql.isEmpty()) {
                    planned.add(sql);
                }
            }
            return planned;
        });
        AlterRebuild rebuild = new AlterRebuild(engine);
        if (rebuilt.isEmpty() || !rebuild.supported()) {
            for (SchemaChange change : rebuilt) {
                LOG.warn("{} of model '{}' needs the table rebuilt, which the {} dialect cannot do;"
                        + " generate a migration with sequelize.schemaDiff()", change.describe(), model.name(),
                        engine.dialect().name());
            }
            statements.forEach(sql -> engine.executor().execute(null, sql));
            return undeclared;
        }
        // One rebuild makes every change of the table, the in-place ones too: none of them is sent.
        rebuild.rebuild(model, plan[0].live(), AlterRebuild.target(plan[0].model(), plan[0].live(), drop));
        return drop ? List.of() : undeclared;
    }

    /**
     * Rebuilds the table of {@code model} into the state alter promises, dropping the undeclared columns
     * when {@code drop}: for drops the database cannot make in place, so that nothing else (indexes,
     * keys, checks) is lost with them.
     */
    public void rebuild(ModelDefinition model, boolean drop) {
        SchemaDiffer differ = new SchemaDiffer(engine);
        Plan plan = engine.executor().withConnection(null, connection -> plan(differ, connection, model));
        new AlterRebuild(engine).rebuild(model, plan.live(), AlterRebuild.target(plan.model(), plan.live(), drop));
    }

    private static Plan plan(SchemaDiffer differ, java.sql.Connection connection, ModelDefinition model)
            throws java.sql.SQLException {
        TableState state = differ.modelState(model);
        LiveTable live = differ.live(connection, state.spec().table());
        // Sequelize's alter drops and adds rather than asking about renames.
        List<SchemaChange> changes = differ.tableChanges(state, live,
                SchemaDiffOptions.schemaDiffOptions().allowDrops(true));
        return new Plan(state, AlterRebuild.liveState(state, live,
                differ.comparison()), changes);
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
