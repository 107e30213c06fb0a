package org.sequelize4j.schema;

import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sequelize4j.DataType;
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
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.ForeignKeySpec;
import org.sequelize4j.sql.IndexSpec;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.sql.TableSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates, alters and drops the tables of models ({@code sync}, {@code drop}, {@code truncate}).
 * Tables are created in foreign-key order (referenced tables first) and dropped in the reverse order;
 * references that form a cycle are added with ALTER TABLE once every table exists.
 */
public final class SchemaSync {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaSync.class);

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
        createMissingIndexes(model, table.table(), exists && options.isAlter());
    }

    private static String key(TableRef table) {
        return (table.schema() == null ? "" : table.schema() + ".") + table.name();
    }

    private void createMissingIndexes(ModelDefinition model, TableRef table, boolean includeUniqueKeys) {
        List<IndexSpec> indexes = new ArrayList<>(specs.indexes(model));
        List<IndexSpec> uniqueKeys = includeUniqueKeys ? specs.uniqueIndexes(model) : List.of();
        if (indexes.isEmpty() && uniqueKeys.isEmpty()) {
            return;
        }
        Map<String, SchemaInspector.Index> existing = inspector.indexes(null, table);
        for (IndexSpec index : indexes) {
            if (!existing.containsKey(index.name())) {
                engine.executor().execute(null, ddl().createIndex(index, engine.renderer()));
            }
        }
        for (IndexSpec key : uniqueKeys) {
            // A unique key counts as present when any unique index covers exactly its columns: SQLite names
            // the index of an inline UNIQUE constraint (tables of earlier versions) sqlite_autoindex_<table>_N.
            List<String> columns = key.fields().stream().map(IndexSpec.Field::column).toList();
            boolean present = existing.containsKey(key.name()) || existing.values().stream()
                    .anyMatch(i -> i.unique() && i.columns().equals(columns));
            if (!present) {
                engine.executor().execute(null, ddl().createIndex(key, engine.renderer()));
            }
        }
    }

    private void alter(ModelDefinition model, TableSpec table, SyncOptions options) {
        Map<String, SchemaInspector.Column> existing = inspector.columns(null, table.table());
        Map<String, ColumnSpec> wanted = new LinkedHashMap<>();
        for (ColumnSpec column : table.columns()) {
            wanted.put(column.name(), column);
        }
        Map<String, ForeignKeySpec> references = new LinkedHashMap<>();
        List<ForeignKeySpec> composite = new ArrayList<>();
        for (ForeignKeySpec fk : table.foreignKeys()) {
            if (fk.columns().size() == 1) {
                references.put(fk.columns().get(0), fk);
            } else {
                composite.add(fk);
            }
        }
        Set<String> referencing = references.isEmpty() ? Set.of() : inspector.referencingColumns(null, table.table());
        for (ColumnSpec column : table.columns()) {
            SchemaInspector.Column current = existing.get(column.name());
            ForeignKeySpec fk = references.get(column.name());
            if (current == null) {
                engine.executor().execute(null, ddl().addColumn(table, column, fk));
                continue;
            }
            if (fk != null && !referencing.contains(column.name())) {
                if (ddl().canAddForeignKeys()) {
                    engine.executor().execute(null, ddl().addForeignKey(table.table(), fk));
                } else {
                    LOG.warn("Column {}.{} now references {} but the {} dialect cannot add a foreign key to an existing"
                            + " column; use a migration", table.table().name(), column.name(), fk.target().name(),
                            engine.dialect().name());
                }
            }
            // The catalog query for enum values last, after the checks that need no I/O.
            if (differs(column, current) || ColumnDefaults.differs(column, current.defaultValue(), engine.dialect())
                    || lacksEnumValues(table, column)) {
                List<String> change = ddl().changeColumn(table, column);
                if (change.isEmpty()) {
                    LOG.warn("Column {}.{} differs from the model but the {} dialect cannot change it in place; "
                            + "use a migration", table.table().name(), column.name(), engine.dialect().name());
                } else {
                    engine.executor().execute(null, change);
                }
            }
        }
        addCompositeForeignKeys(table, composite);
        if (options.isAlterDrop()) {
            new ColumnDrops(engine, inspector).drop(table,
                    existing.keySet().stream().filter(name -> !wanted.containsKey(name)).toList());
        }
    }

    /** Adds the foreign keys over several columns whose columns do not all reference a table yet. */
    private void addCompositeForeignKeys(TableSpec table, List<ForeignKeySpec> composite) {
        if (composite.isEmpty()) {
            return;
        }
        Set<String> referencing = inspector.referencingColumns(null, table.table());
        for (ForeignKeySpec fk : composite) {
            if (referencing.containsAll(fk.columns())) {
                continue;
            }
            if (ddl().canAddForeignKeys()) {
                engine.executor().execute(null, ddl().addForeignKey(table.table(), fk));
            } else {
                LOG.warn("Columns {} of {} now reference {} but the {} dialect cannot add a foreign key to an existing"
                        + " table; use a migration", fk.columns(), table.table().name(), fk.target().name(),
                        engine.dialect().name());
            }
        }
    }

    /** Whether an existing ENUM column misses values the model declares (new values are only ever added). */
    private boolean lacksEnumValues(TableSpec table, ColumnSpec column) {
        if (column.type().kind() != DataType.Kind.ENUM) {
            return false;
        }
        List<String> existing = inspector.enumValues(null, table.table(), column.name());
        return existing != null && !existing.containsAll(column.type().values());
    }

    /** Whether an existing column differs from the model in nullability or in its family of types. */
    private static boolean differs(ColumnSpec column, SchemaInspector.Column current) {
        if (!column.primaryKey() && column.allowNull() != current.nullable()) {
            return true;
        }
        DataType type = column.type();
        int jdbc = current.jdbcType();
        switch (type.kind()) {
            case STRING: case CHAR:
                if (type.isBinary()) {
                    return false;
                }
                return !isText(jdbc) || current.size() > 0 && current.size() != type.effectiveLength();
            case TEXT:
                // A VARCHAR (or TEXT of 64 KB) left behind by an earlier STRING would refuse long values.
                return type.size() == null && (!isText(jdbc) || current.size() > 0 && current.size() < 65_536);
            case TINYINT: case SMALLINT: case MEDIUMINT: case INTEGER: case BIGINT:
                if (!(jdbc == Types.TINYINT || jdbc == Types.SMALLINT || jdbc == Types.INTEGER || jdbc == Types.BIGINT
                        || jdbc == Types.BIT || jdbc == Types.NUMERIC || jdbc == Types.DECIMAL)) {
                    return true;
                }
                // Only a column too narrow for the declared type is changed: dialects map small types to
                // wider columns (PostgreSQL has no TINYINT), so comparing exactly would alter on every sync.
                return integerBits(current.typeName(), jdbc) < type.kind().integerBits();
            case DECIMAL:
                if (!(jdbc == Types.DECIMAL || jdbc == Types.NUMERIC)) {
                    return !isText(jdbc) && jdbc != Types.REAL && jdbc != Types.DOUBLE && jdbc != Types.FLOAT;
                }
                return type.precision() != null && current.size() > 0 && (current.size() != type.precision()
                        || current.digits() != (type.scale() == null ? 0 : type.scale()));
            case FLOAT: case REAL: case DOUBLE:
                return !(jdbc == Types.REAL || jdbc == Types.FLOAT || jdbc == Types.DOUBLE || jdbc == Types.DECIMAL
                        || jdbc == Types.NUMERIC);
            default:
                return false;
        }
    }

    /** The width of an existing integer column: by its type name where that says (sqlite-jdbc reports BIGINT as INTEGER). */
    private static int integerBits(String typeName, int jdbc) {
        String name = typeName == null ? "" : typeName.toLowerCase(java.util.Locale.ROOT);
        if (name.contains("bigint") || name.equals("int8") || name.equals("bigserial")) {
            return 64;
        }
        if (name.contains("mediumint")) {
            return 24;
        }
        if (name.contains("smallint") || name.equals("int2") || name.equals("smallserial")) {
            return 16;
        }
        if (name.contains("tinyint")) {
            return 8;
        }
        switch (jdbc) {
            case Types.BIT: case Types.TINYINT: return 8;
            case Types.SMALLINT: return 16;
            case Types.INTEGER: return 32;
            case Types.BIGINT: return 64;
            default: return Integer.MAX_VALUE;
        }
    }

    private static boolean isText(int jdbc) {
        return jdbc == Types.VARCHAR || jdbc == Types.CHAR || jdbc == Types.NVARCHAR || jdbc == Types.NCHAR
                || jdbc == Types.LONGVARCHAR || jdbc == Types.LONGNVARCHAR || jdbc == Types.CLOB;
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
