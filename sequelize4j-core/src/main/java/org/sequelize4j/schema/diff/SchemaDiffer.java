package org.sequelize4j.schema.diff;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sequelize4j.DataType;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.dialect.SchemaComparison;
import org.sequelize4j.migrations.diff.SchemaChange;
import org.sequelize4j.migrations.diff.SchemaDiff;
import org.sequelize4j.migrations.diff.SchemaDiffOptions;
import org.sequelize4j.migrations.diff.Undecided;
import org.sequelize4j.runtime.Engine;
import org.sequelize4j.runtime.ModelRuntime;
import org.sequelize4j.schema.spec.TableSpecs;
import org.sequelize4j.sql.ForeignKeySpec;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.sql.TableSpec;

/**
 * Computes {@code sequelize.schemaDiff()}: reads every table of the database, compares each with the
 * model of that table, orders the changes so that every foreign key is valid when it is made (tables
 * created referenced first, dropped referencing first; foreign keys dropped before what they use and
 * added after it), and writes the up and down statements on the same connection.
 */
public final class SchemaDiffer {

    private final Engine engine;

    /** A differ over an engine's models and connections. */
    public SchemaDiffer(Engine engine) {
        this.engine = engine;
    }

    /** How the connected database's catalog is compared with models. */
    SchemaComparison comparison() {
        return dialect().schemaEditor().comparison();
    }

    private Dialect dialect() {
        return engine.dialect();
    }

    private String key(TableRef table) {
        return dialect().tableName(new TableRef(table.schema(), table.name(), null));
    }

    /** The diff between these models (later ones win a table two models share) and the database. */
    public SchemaDiff diff(List<ModelRuntime> models, SchemaDiffOptions options) {
        return engine.executor().withConnection(null, connection -> compute(connection, models, options));
    }

    /** The model tables, keyed by table, in foreign-key order (referenced tables first). */
    Map<String, TableState> modelStates(List<ModelDefinition> models) {
        TableSpecs specs = new TableSpecs(engine);
        Map<String, TableState> states = new LinkedHashMap<>();
        for (ModelDefinition model : models) {
            TableSpec spec = specs.tableSpec(model);
            states.remove(key(spec.table()));
            states.put(key(spec.table()), new TableState(spec, specs.indexes(model)));
        }
        return states;
    }

    private SchemaDiff compute(Connection connection, List<ModelRuntime> models, SchemaDiffOptions options)
            throws SQLException {
        SchemaComparison comparison = dialect().schemaEditor().comparison();
        Map<String, TableState> wanted = modelStates(models.stream().map(ModelRuntime::definition).toList());
        Map<String, LiveTable> live = new LinkedHashMap<>();
        String restore = dialect().standardizeSession(connection);
        try {
            for (TableRef listed : dialect().schemaEditor().tables(connection)) {
                TableRef table = comparison.asDeclared(listed);
                if (!options.ignores(table.name()) && !options.ignores(key(table))) {
                    live.put(key(table), LiveTable.read(dialect().schemaEditor(), connection, table));
                }
            }
        } finally {
            restoreSession(connection, restore);
        }
        List<SchemaChange> changes = new ArrayList<>();
        List<Undecided> undecided = new ArrayList<>();
        TableComparer comparer = new TableComparer(dialect(), options);
        Map<String, TableState> appeared = new LinkedHashMap<>();
        Map<String, LiveTable> vanished = new LinkedHashMap<>(live);
        Map<String, LiveTable> compared = new LinkedHashMap<>();
        wanted.forEach((k, state) -> {
            if (live.containsKey(k)) {
                vanished.remove(k);
                compared.put(k, live.get(k));
            } else {
                appeared.put(k, state);
            }
        });
        tableRenames(options, appeared, vanished, compared, changes, undecided);
        for (Map.Entry<String, LiveTable> e : compared.entrySet()) {
            comparer.compare(wanted.get(e.getKey()), e.getValue(), changes, undecided);
        }
        changes.addAll(creations(appeared, live.keySet()));
        if (options.isDropTables()) {
            changes.addAll(drops(vanished));
        }
        List<SchemaChange> ordered = order(changes);

        // What the renderer needs: each table's state after the changes and its columns before, both ways.
        Map<String, TableState> before = new HashMap<>();
        Map<String, Set<String>> columnsBefore = new HashMap<>();
        for (Map.Entry<String, LiveTable> e : compared.entrySet()) {
            TableState model = wanted.get(e.getKey());
            Map<String, DataType> types = new HashMap<>();
            model.spec().columns().forEach(c -> types.put(c.name(), c.type()));
            TableState state = e.getValue().state(types, comparison);
            before.put(e.getKey(), state);
            columnsBefore.put(e.getKey(), new LinkedHashSet<>(e.getValue().columns().keySet()));
        }
        Map<String, Set<String>> columnsAfter = new HashMap<>();
        wanted.forEach((k, state) -> columnsAfter.put(k, columnNames(state)));
        ChangeRenderer renderer = new ChangeRenderer(dialect(), engine.renderer(), connection);
        List<String> up = flatten(renderer.render(ordered, wanted, columnsBefore));
        List<SchemaChange> inverse = new ArrayList<>();
        for (SchemaChange change : ordered) {
            inverse.add(0, change.inverse());
        }
        List<String> down = flatten(renderer.render(inverse, before, columnsAfter));
        return new SchemaDiff(dialect().name(), ordered, undecided, up, down);
    }

    /**
     * Puts back the session setting that {@code standardizeSession} changed: the catalog spells defaults
     * and enum values by the session's settings, so they are read as connections start.
     */
    private static void restoreSession(Connection connection, String restore) throws SQLException {
        if (restore != null) {
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute(restore);
            }
        }
    }

    private static Set<String> columnNames(TableState state) {
        Set<String> names = new LinkedHashSet<>();
        state.spec().columns().forEach(c -> names.add(c.name()));
        return names;
    }

    private static List<String> flatten(List<ChangeRenderer.Step> steps) {
        List<String> statements = new ArrayList<>();
        steps.forEach(s -> statements.addAll(s.statements()));
        return statements;
    }

    /**
     * Tables renamed as the caller said, and the pairs that could be renames: a table gone and one new
     * sharing at least half their columns. Those are neither dropped nor created unless drops are allowed.
     */
    private void tableRenames(SchemaDiffOptions options, Map<String, TableState> appeared,
                              Map<String, LiveTable> vanished, Map<String, LiveTable> compared,
                              List<SchemaChange> changes, List<Undecided> undecided) {
        for (Map.Entry<String, String> rename : options.renames().entrySet()) {
            if (rename.getKey().contains(".")) {
                continue;
            }
            String from = vanished.keySet().stream().filter(k -> vanished.get(k).table().name().equals(rename.getKey()))
                    .findFirst().orElse(null);
            String to = appeared.keySet().stream()
                    .filter(k -> appeared.get(k).spec().table().name().equals(rename.getValue())).findFirst().orElse(null);
            if (from != null && to != null) {
                LiveTable old = vanished.remove(from);
                TableRef target = appeared.remove(to).spec().table();
                changes.add(new SchemaChange.RenameTable(old.table(), target));
                compared.put(to, new LiveTable(target, old.columns(), old.indexes(), old.constraints(),
                        old.comment()));
            }
        }
        if (options.isAllowDrops()) {
            return;
        }
        for (String gone : List.copyOf(vanished.keySet())) {
            LiveTable old = vanished.get(gone);
            List<String> candidates = new ArrayList<>();
            for (Map.Entry<String, TableState> e : appeared.entrySet()) {
                Set<String> common = new HashSet<>(old.columns().keySet());
                Set<String> now = columnNames(e.getValue());
                common.retainAll(now);
                if (common.size() * 2 >= Math.max(old.columns().size(), now.size())) {
                    candidates.add(e.getKey());
                }
            }
            if (!candidates.isEmpty()) {
                List<String> names = candidates.stream().map(k -> appeared.get(k).spec().table().name()).toList();
                undecided.add(new Undecided(Undecided.Kind.POSSIBLE_TABLE_RENAME, old.table().name(), null, names,
                        "table " + old.table().name() + " is gone and " + names + " with mostly the same columns"
                        + " appeared; rename(\"" + old.table().name() + "\", …) to keep its rows, or allowDrops(true)"
                        + " to drop it"));
                vanished.remove(gone);
                candidates.forEach(appeared::remove);
            }
        }
    }

    /**
     * CREATE TABLE for the new tables, referenced ones first. Where the database checks references as
     * tables are created, a reference to a table created later (a cycle) is added afterwards.
     */
    private List<SchemaChange> creations(Map<String, TableState> appeared, Set<String> existing) {
        List<String> order = foreignKeyOrder(appeared);
        Set<String> ready = new HashSet<>(existing);
        List<SchemaChange> changes = new ArrayList<>();
        for (String k : order) {
            TableState state = appeared.get(k);
            TableSpec spec = state.spec();
            List<ForeignKeySpec> now = new ArrayList<>();
            List<ForeignKeySpec> later = new ArrayList<>();
            for (ForeignKeySpec fk : spec.foreignKeys()) {
                boolean resolvable = dialect().ddl().allowsForwardReferences() || ready.contains(key(fk.target()))
                        || key(fk.target()).equals(k);
                (resolvable ? now : later).add(fk);
            }
            changes.add(new SchemaChange.CreateTable(new TableSpec(spec.table(), spec.columns(), spec.primaryKey(),
                    spec.uniqueKeys(), now, spec.checks(), spec.options()), state.indexes()));
            for (ForeignKeySpec fk : later) {
                changes.add(new SchemaChange.AddForeignKey(spec.table(), TableComparer.named(spec.table(), fk)));
            }
            ready.add(k);
        }
        return changes;
    }

    /** DROP TABLE for the tables no model declares, referencing ones first. */
    private List<SchemaChange> drops(Map<String, LiveTable> vanished) {
        Map<String, TableState> states = new LinkedHashMap<>();
        SchemaComparison comparison = dialect().schemaEditor().comparison();
        vanished.forEach((k, t) -> states.put(k, t.state(Map.of(), comparison)));
        List<String> order = foreignKeyOrder(states);
        Collections.reverse(order);
        List<SchemaChange> changes = new ArrayList<>();
        for (String k : order) {
            changes.add(new SchemaChange.DropTable(states.get(k).spec(), states.get(k).indexes()));
        }
        return changes;
    }

    /** The tables ordered so that each comes after the tables (among these) it references. */
    private List<String> foreignKeyOrder(Map<String, TableState> tables) {
        List<String> ordered = new ArrayList<>();
        Set<String> visiting = new HashSet<>();
        for (String k : tables.keySet()) {
            visit(k, tables, visiting, ordered);
        }
        return ordered;
    }

    private void visit(String k, Map<String, TableState> tables, Set<String> visiting, List<String> ordered) {
        if (ordered.contains(k) || !visiting.add(k)) {
            return;
        }
        for (ForeignKeySpec fk : tables.get(k).spec().foreignKeys()) {
            String target = key(fk.target());
            if (tables.containsKey(target)) {
                visit(target, tables, visiting, ordered);
            }
        }
        ordered.add(k);
    }

    /** The phase of a change: the order in which every foreign key stays valid (see the class comment). */
    static int phase(SchemaChange change) {
        if (change instanceof SchemaChange.RenameTable) {
            return 0;
        }
        if (change instanceof SchemaChange.CreateTable) {
            return 1;
        }
        if (change instanceof SchemaChange.DropForeignKey) {
            return 2;
        }
        if (change instanceof SchemaChange.DropIndex || change instanceof SchemaChange.DropUnique
                || change instanceof SchemaChange.DropCheck) {
            return 3;
        }
        if (change instanceof SchemaChange.RenameColumn) {
            return 4;
        }
        if (change instanceof SchemaChange.AddEnumValues) {
            return 5;
        }
        if (change instanceof SchemaChange.AddColumn || change instanceof SchemaChange.ChangeColumn) {
            return 6;
        }
        if (change instanceof SchemaChange.AddIndex || change instanceof SchemaChange.AddUnique
                || change instanceof SchemaChange.AddCheck || change instanceof SchemaChange.ChangeCheck) {
            return 7;
        }
        if (change instanceof SchemaChange.AddForeignKey) {
            return 8;
        }
        if (change instanceof SchemaChange.DropColumn) {
            return 9;
        }
        return 10;
    }

    /** The changes sorted by phase; within a phase, in the order they were found (a stable sort). */
    static List<SchemaChange> order(List<SchemaChange> changes) {
        List<SchemaChange> ordered = new ArrayList<>(changes);
        ordered.sort(Comparator.comparingInt(SchemaDiffer::phase));
        return ordered;
    }

    /** The changes for one model's existing table, for {@code sync({alter})}. */
    public List<SchemaChange> tableChanges(Connection connection, ModelDefinition model, SchemaDiffOptions options)
            throws SQLException {
        TableState state = modelState(model);
        return tableChanges(state, live(connection, state.spec().table()), options);
    }

    /** The model's table as it declares it. */
    TableState modelState(ModelDefinition model) {
        return modelStates(List.of(model)).values().iterator().next();
    }

    /** A table as the database has it, read in the session settings the comparison expects. */
    LiveTable live(Connection connection, TableRef table) throws SQLException {
        String restore = dialect().standardizeSession(connection);
        try {
            return LiveTable.read(dialect().schemaEditor(), connection, table);
        } finally {
            restoreSession(connection, restore);
        }
    }

    /** The changes that make {@code live} into {@code state}. */
    List<SchemaChange> tableChanges(TableState state, LiveTable live, SchemaDiffOptions options) {
        List<SchemaChange> changes = new ArrayList<>();
        new TableComparer(dialect(), options).compare(state, live, changes, new ArrayList<>());
        return order(changes);
    }

    /** The in-place statements of one change ({@code sync({alter})}); null when the table would need a rebuild. */
    public List<String> inPlaceStatements(Connection connection, SchemaChange change, List<SchemaChange> all)
            throws SQLException {
        ChangeRenderer renderer = new ChangeRenderer(dialect(), engine.renderer(), connection);
        Map<SchemaChange.AddColumn, ForeignKeySpec> inline = renderer.inlineReferences(all);
        if (change instanceof SchemaChange.AddForeignKey fk && inline.containsValue(fk.foreignKey())) {
            return List.of();
        }
        if (!renderer.inPlace(change, inline)) {
            return null;
        }
        return renderer.statements(change, inline.get(change));
    }
}
