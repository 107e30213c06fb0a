package org.sequelize4j.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sequelize4j.HookType;
import org.sequelize4j.SyncOptions;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.dialect.DdlGenerator;
import org.sequelize4j.errors.DatabaseError;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.jdbc.ConnectionScope;
import org.sequelize4j.runtime.Engine;
import org.sequelize4j.runtime.HookCall;
import org.sequelize4j.runtime.ModelRuntime;
import org.sequelize4j.schema.diff.SyncAlteration;
import org.sequelize4j.schema.spec.TableSpecs;
import org.sequelize4j.sql.ForeignKeySpec;
import org.sequelize4j.sql.IndexSpec;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.sql.TableSpec;

/**
 * Creates, alters and drops the tables of models ({@code sync}, {@code drop}, {@code truncate}).
 * Tables are created in foreign-key order (referenced tables first) and dropped in the reverse order;
 * references that form a cycle are added with ALTER TABLE once every table exists.
 */
public final class SchemaSync {

    private final Engine engine;
    private final TableSpecs specs;
    private final SchemaInspector inspector;

    /** Schema operations over an engine. */
    public SchemaSync(Engine engine) {
        this.engine = engine;
        this.specs = new TableSpecs(engine);
        this.inspector = new SchemaInspector(engine.executor());
    }

    /** The inspector. */
    public SchemaInspector inspector() {
        return inspector;
    }

    private DdlGenerator ddl() {
        return engine.dialect().ddl();
    }

    /** Refuses to go on unless the database name matches {@code options.match()}. */
    public void checkMatch(SyncOptions options, String databaseName) {
        if (options.match() != null && (databaseName == null || !options.match().matcher(databaseName).find())) {
            throw new SequelizeException("Database \"" + databaseName + "\" does not match sync match parameter \""
                    + options.match().pattern() + "\"; refusing to sync");
        }
    }

    /** Syncs several models: drops them first with {@code force} (dependents first), then creates or alters them. */
    public void syncAll(List<ModelRuntime> models, SyncOptions options) {
        List<ModelRuntime> ordered = dependencyOrder(models);
        if (options.isForce()) {
            dropAll(ordered);
        }
        Set<ModelDefinition> created = new HashSet<>();
        List<Runnable> deferred = new ArrayList<>();
        for (ModelRuntime model : ordered) {
            hook(model, HookType.BEFORE_SYNC, options);
            syncOne(model.definition(), options, created, deferred, false);
            created.add(model.definition());
        }
        deferred.forEach(Runnable::run);
        for (ModelRuntime model : ordered) {
            hook(model, HookType.AFTER_SYNC, options);
        }
    }

    private static void hook(ModelRuntime model, HookType type, SyncOptions options) {
        if (options.isHooks() && model.hooks().has(type)) {
            model.hooks().run(HookCall.of(type, options));
        }
    }

    /** Syncs one model. */
    public void sync(ModelRuntime model, SyncOptions options) {
        if (options.isForce()) {
            // Without CASCADE, as Sequelize does: dropping a table others reference must fail rather than
            // silently remove their foreign keys.
            drop(model, false);
        }
        hook(model, HookType.BEFORE_SYNC, options);
        List<Runnable> deferred = new ArrayList<>();
        syncOne(model.definition(), options, null, deferred, true);
        deferred.forEach(Runnable::run);
        hook(model, HookType.AFTER_SYNC, options);
    }

    private void syncOne(ModelDefinition model, SyncOptions options, Set<ModelDefinition> created,
                         List<Runnable> deferred, boolean single) {
        model.markInUse();
        TableSpec table = specs.tableSpec(model);
        if (model.schema() != null && engine.dialect().capabilities().schemas()) {
            engine.executor().execute(null, ddl().createSchema(model.schema()));
        }
        boolean exists = inspector.tableExists(null, table.table());
        if (!exists) {
            TableSpec createNow = table;
            if (!ddl().allowsForwardReferences() && created != null) {
                // References to tables not created yet (cycles) are added afterwards.
                List<ForeignKeySpec> now = new ArrayList<>();
                List<ForeignKeySpec> later = new ArrayList<>();
                Set<String> createdTables = new HashSet<>();
                created.forEach(d -> createdTables.add(key(TableSpecs.table(d))));
                for (ForeignKeySpec fk : table.foreignKeys()) {
                    boolean ready = createdTables.contains(key(fk.target())) || key(fk.target()).equals(key(table.table()));
                    (ready ? now : later).add(fk);
                }
                createNow = new TableSpec(table.table(), table.columns(), table.primaryKey(), table.uniqueKeys(), now,
                        table.checks(), table.options());
                for (ForeignKeySpec fk : later) {
                    deferred.add(() -> engine.executor().execute(null, ddl().addForeignKey(table.table(), fk)));
                }
            }
            engine.executor().execute(null, ddl().createTable(createNow));
        } else if (options.isAlter()) {
            alter(model, table, options);
        }
        if (!exists || !options.isAlter()) {
            // alter creates the indexes and keys the table lacks itself.
            createMissingIndexes(model, table.table());
        }
    }

    private static String key(TableRef table) {
        return (table.schema() == null ? "" : table.schema() + ".") + table.name();
    }

    /** Creates the model's declared indexes that the table lacks (by name); alter creates them from the diff. */
    private void createMissingIndexes(ModelDefinition model, TableRef table) {
        List<IndexSpec> indexes = specs.indexes(model);
        if (indexes.isEmpty()) {
            return;
        }
        Map<String, SchemaInspector.Index> existing = inspector.indexes(null, table);
        for (IndexSpec index : indexes) {
            if (!existing.containsKey(index.name())) {
                engine.executor().execute(null, ddl().createIndex(index, engine.renderer()));
            }
        }
    }

    private void alter(ModelDefinition model, TableSpec table, SyncOptions options) {
        SyncAlteration alteration = new SyncAlteration(engine);
        List<String> undeclared = alteration.alter(model, options.isAlterDrop());
        if (options.isAlterDrop() && !new ColumnDrops(engine, inspector).dropInPlace(table, undeclared)) {
            // The table is rebuilt without them, keeping its indexes, keys and checks.
            alteration.rebuild(model, true);
        }
    }

    /**
     * Drops one model's table. Without {@code cascade} a table other tables reference is not dropped:
     * the database refuses (PostgreSQL), or, where dropping would first delete the rows and so run the
     * referencing tables' ON DELETE actions (SQLite), Sequelize4j refuses before anything changes.
     */
    public void drop(ModelRuntime model, boolean cascade) {
        TableRef table = TableSpecs.table(model.definition());
        List<String> statements = ddl().dropTable(table, cascade);
        if (!cascade && ddl().dropRunsReferentialActions() && inspector.tableExists(null, table)) {
            Set<String> referencing = inspector.referencingTables(null, table);
            if (!referencing.isEmpty()) {
                throw new DatabaseError("Cannot drop table " + table.name() + " of model '" + model.definition().name()
                        + "': table(s) " + referencing + " reference it, and dropping it would run their ON DELETE"
                        + " actions; drop them first, or drop with cascade to keep their rows",
                        statements.get(statements.size() - 1), List.of(), null);
            }
        }
        engine.executor().execute(null, statements);
    }

    /**
     * Drops several tables, dependents first, on one connection. CASCADE is used only for a table that
     * another of these models, dropped after it, still references (a reference cycle), so tables
     * outside the models keep their foreign keys, or make the drop fail, as with Sequelize.
     */
    public void dropAll(List<ModelRuntime> models) {
        List<ModelRuntime> ordered = new ArrayList<>(dependencyOrder(models));
        java.util.Collections.reverse(ordered);
        List<String> statements = new ArrayList<>(ddl().beforeDropAll());
        // A dialect that switches foreign-key checks off for the whole drop (MySQL, SQLite) needs no CASCADE.
        boolean checksOn = statements.isEmpty();
        for (int i = 0; i < ordered.size(); i++) {
            ModelDefinition definition = ordered.get(i).definition();
            boolean referencedLater = false;
            for (ModelRuntime later : ordered.subList(i + 1, ordered.size())) {
                for (ModelRuntime target : referencedModels(later)) {
                    referencedLater |= target.definition() == definition;
                }
            }
            statements.addAll(ddl().dropTable(TableSpecs.table(definition), checksOn && referencedLater));
        }
        statements.addAll(ddl().afterDropAll());
        engine.executor().execute(null, statements);
    }

    /** The registered models a model's columns reference (itself included if it references itself). */
    private Set<ModelRuntime> referencedModels(ModelRuntime model) {
        Set<ModelRuntime> targets = new LinkedHashSet<>();
        for (AttributeDefinition a : model.definition().columns()) {
            if (a.references() != null && a.references().targetModel() != null) {
                ModelRuntime target = engine.models().apply(a.references().targetModel());
                if (target != null) {
                    targets.add(target);
                }
            }
        }
        for (var fk : model.definition().foreignKeys()) {
            ModelRuntime target = engine.models().apply(fk.targetModel());
            if (target != null) {
                targets.add(target);
            }
        }
        return targets;
    }

    /** Empties a model's table. */
    public void truncate(ModelRuntime model, ConnectionScope scope, boolean cascade, boolean restartIdentity) {
        engine.executor().execute(scope, ddl().truncate(TableSpecs.table(model.definition()), cascade, restartIdentity));
    }

    /** Models ordered so that every model comes after the models it references. */
    public List<ModelRuntime> dependencyOrder(List<ModelRuntime> models) {
        Map<ModelRuntime, Set<ModelRuntime>> dependsOn = new LinkedHashMap<>();
        for (ModelRuntime model : models) {
            Set<ModelRuntime> targets = referencedModels(model);
            targets.removeIf(target -> target == model || !models.contains(target));
            dependsOn.put(model, targets);
        }
        List<ModelRuntime> ordered = new ArrayList<>();
        Set<ModelRuntime> visiting = new HashSet<>();
        for (ModelRuntime model : models) {
            visit(model, dependsOn, visiting, ordered);
        }
        return ordered;
    }

    private static void visit(ModelRuntime model, Map<ModelRuntime, Set<ModelRuntime>> dependsOn,
                              Set<ModelRuntime> visiting, List<ModelRuntime> ordered) {
        if (ordered.contains(model) || !visiting.add(model)) {
            return;
        }
        for (ModelRuntime target : dependsOn.getOrDefault(model, Set.of())) {
            visit(target, dependsOn, visiting, ordered);
        }
        ordered.add(model);
    }
}
