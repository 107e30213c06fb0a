package org.sequelize4j.runtime;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sequelize4j.DataType;
import org.sequelize4j.FindOptions;
import org.sequelize4j.HookType;
import org.sequelize4j.Model;
import org.sequelize4j.Op;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.dialect.StandardCodecs;
import org.sequelize4j.errors.EmptyResultError;
import org.sequelize4j.errors.QueryError;
import java.util.function.Consumer;
import org.sequelize4j.hydration.ColumnMapping;
import org.sequelize4j.hydration.GraphReader;
import org.sequelize4j.hydration.InstanceHydrator;
import org.sequelize4j.jdbc.ConnectionScope;
import org.sequelize4j.query.Condition;
import org.sequelize4j.query.JoinNode;
import org.sequelize4j.query.JoinedPlan;
import org.sequelize4j.query.SelectPlan;
import org.sequelize4j.sql.SqlStatement;
import org.sequelize4j.types.TypeMismatch;
import org.sequelize4j.types.ValueCodec;

/**
 * The finders: {@code findAll}, {@code findOne}, {@code findByPk}, raw rows, {@code count} and the
 * aggregates. Each plans its statement, runs it in the caller's transaction (or the pool) and hydrates
 * the rows.
 */
public final class Finder {

    private final ModelRuntime runtime;

    Finder(ModelRuntime runtime) {
        this.runtime = runtime;
    }

    private ConnectionScope scope(FindOptions options) {
        // Finds and counts are the reads replicas may serve.
        return runtime.engine().readScope(options);
    }

    /** Every matching row as an instance. */
    public List<Model> findAll(FindOptions options) {
        HookDispatcher hooks = runtime.hooks();
        if (hooks.has(HookType.BEFORE_FIND)) {
            hooks.run(HookCall.of(HookType.BEFORE_FIND, options));
        }
        ModelDefinition definition = runtime.definition();
        SelectPlan plan = runtime.engine().selects().find(definition, options);
        AllRows reader = allRows(definition, plan.columns());
        Integer limit = options.limit();
        if (limit != null && limit > 0 && limit <= AllRows.MAX_EXPECTED && limit != reader.expected) {
            // A page's rows fit the list as made: no copies while it grows (a plain object per call,
            // not a method reference).
            reader = new AllRows(reader.hydrator, limit);
        }
        List<Model> rows = runtime.engine().executor().query(scope(options), plan.statement(), runtime.errorContext(),
                reader);
        if (hooks.has(HookType.AFTER_FIND)) {
            Object result = hooks.run(HookCall.of(HookType.AFTER_FIND, options).withResult(rows));
            rows = toInstances(result);
        }
        if (rows.isEmpty() && options.isRejectOnEmpty()) {
            throw new EmptyResultError("No " + definition.name() + " matched the query");
        }
        return rows;
    }

    /**
     * Every matching row with the to-one includes of {@code nodes} joined into the same query. Each
     * row's instances (the root in slot 0, node {@code i}'s target or null in slot {@code i + 1}) go
     * to {@code attach} before the after-find hooks see the roots.
     */
    public List<Model> findAllJoined(FindOptions options, List<JoinNode> nodes, Consumer<List<Model[]>> attach) {
        HookDispatcher hooks = runtime.hooks();
        if (hooks.has(HookType.BEFORE_FIND)) {
            hooks.run(HookCall.of(HookType.BEFORE_FIND, options));
        }
        ModelDefinition definition = runtime.definition();
        JoinedPlan plan = runtime.engine().selects().joined(definition, options, nodes);
        List<GraphReader.Node> readers = new ArrayList<>(plan.nodes().size());
        for (JoinedPlan.Node node : plan.nodes()) {
            int[] keyColumns = new int[node.keyPositions().length];
            ValueCodec[] keyCodecs = new ValueCodec[keyColumns.length];
            for (int k = 0; k < keyColumns.length; k++) {
                keyColumns[k] = node.offset() + node.keyPositions()[k] + 1;
                keyCodecs[k] = node.columns().get(node.keyPositions()[k]).codec();
            }
            readers.add(new GraphReader.Node(new InstanceHydrator(node.node().target(),
                    node.columns(), node.offset()), keyColumns, keyCodecs));
        }
        GraphReader reader = new GraphReader(new InstanceHydrator(definition, plan.rootColumns()),
                readers);
        List<Model[]> graph = runtime.engine().executor().query(scope(options), plan.statement(),
                runtime.errorContext(), reader::readAll);
        attach.accept(graph);
        List<Model> rows = new ArrayList<>(graph.size());
        for (Model[] row : graph) {
            rows.add(row[0]);
        }
        if (hooks.has(HookType.AFTER_FIND)) {
            rows = toInstances(hooks.run(HookCall.of(HookType.AFTER_FIND, options).withResult(rows)));
        }
        if (rows.isEmpty() && options.isRejectOnEmpty()) {
            throw new EmptyResultError("No " + definition.name() + " matched the query");
        }
        return rows;
    }

    /**
     * The matching rows as a stream read from an open cursor (see {@link StreamedFind}); the caller
     * closes it.
     *
     * @param fetchSize rows fetched at a time, and the chunk size when {@code loadChunk} is given
     * @param loadChunk loads the includes of a chunk of instances, or null
     */
    public java.util.stream.Stream<Model> stream(FindOptions options, int fetchSize, Consumer<List<Model>> loadChunk) {
        return StreamedFind.open(runtime, options, fetchSize, loadChunk);
    }

    /**
     * The matching rows as instances, read on {@code scope} without find hooks: a read that is part of
     * another operation (the rows a static update changed, on a database without RETURNING).
     */
    List<Model> findAllIn(ConnectionScope scope, FindOptions options) {
        ModelDefinition definition = runtime.definition();
        SelectPlan plan = runtime.engine().selects().find(definition, options);
        return runtime.engine().executor().query(scope, plan.statement(), runtime.errorContext(),
                allRows(definition, plan.columns()));
    }

    @SuppressWarnings("unchecked")
    static List<Model> toInstances(Object result) {
        if (result == null) {
            return List.of();
        }
        if (result instanceof Model) {
            return List.of((Model) result);
        }
        return (List<Model>) result;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> toRows(Object result) {
        if (result == null) {
            return List.of();
        }
        if (result instanceof Map) {
            return List.of((Map<String, Object>) result);
        }
        if (result instanceof List && ((List<?>) result).stream().allMatch(r -> r instanceof Map)) {
            return (List<Map<String, Object>>) result;
        }
        throw new QueryError("An AFTER_FIND hook of model '" + runtime.definition().name()
                + "' replaced the rows of findAllRaw with " + result.getClass().getSimpleName()
                + "; raw finds need a List of Maps");
    }

    /** The first matching row, or null. */
    public Model findOne(FindOptions options) {
        FindOptions limited = options.copy();
        if (limited.limit() == null || limited.limit() > 1) {
            limited.limit(1);
        }
        List<Model> rows = findAll(limited);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * The row with this primary key: a single value, or, for a composite key, a map of attribute to value.
     */
    public Model findByPk(Object key, FindOptions options) {
        ModelDefinition definition = runtime.definition();
        if (key == null) {
            if (options.isRejectOnEmpty()) {
                throw new EmptyResultError("No " + definition.name() + " with primary key null");
            }
            return null;
        }
        if (isPlain(options) && definition.primaryKey() != null && !(key instanceof Map)
                && !runtime.hooks().has(HookType.BEFORE_FIND) && !runtime.hooks().has(HookType.AFTER_FIND)) {
            Model found = findByPrimaryKey(definition, key, options);
            if (found == null && options.isRejectOnEmpty()) {
                throw new EmptyResultError("No " + definition.name() + " with primary key " + key);
            }
            return found;
        }
        Condition condition = keyCondition(definition, key);
        FindOptions merged = options.copy();
        merged.where(options.where() == null ? condition : Op.and(condition, options.where()));
        Model found = findOne(merged);
        if (found == null && options.isRejectOnEmpty()) {
            throw new EmptyResultError("No " + definition.name() + " with primary key " + key);
        }
        return found;
    }

    /** Whether the options ask for nothing but the row (and maybe a transaction): the cached lookup serves them. */
    private static boolean isPlain(FindOptions options) {
        return options.where() == null && options.attributes() == null && options.excludedAttributes().isEmpty()
                && options.extraAttributes().isEmpty() && options.order().isEmpty() && options.group().isEmpty()
                && options.having() == null && options.limit() == null && options.offset() == null
                && options.lock() == null;
    }

    /** A primary-key lookup planned once per model: the statement text and the row mapper are reused. */
    private record KeyLookup(ModelDefinition definition, String sql, AttributeDefinition key, ValueCodec keyCodec,
                             org.sequelize4j.jdbc.ResultReader<Model> reader) {
    }

    /**
     * The planned look-ups, without and with the paranoid filter. Plain fields rather than a map keyed
     * by a record: a record's hashCode and equals go through method handles, which cost more than the
     * look-up itself in a JVM's first thousands of calls. A look-up is for the definition it was
     * planned for; a model redefined before first use plans again.
     */
    private volatile KeyLookup allRowsLookup;
    private volatile KeyLookup paranoidLookup;

    private KeyLookup keyLookup(ModelDefinition definition, boolean paranoid) {
        KeyLookup lookup = paranoid ? paranoidLookup : allRowsLookup;
        if (lookup != null && lookup.definition() == definition) {
            return lookup;
        }
        AttributeDefinition pk = definition.primaryKey();
        SelectPlan plan = runtime.engine().selects().keyLookup(definition, paranoid);
        // The reader is made here, once (see AllRows).
        lookup = new KeyLookup(definition, plan.statement().sql(), pk, runtime.engine().dialect().codec(pk.type()),
                new FirstRow(new InstanceHydrator(definition, plan.columns())));
        if (paranoid) {
            paranoidLookup = lookup;
        } else {
            allRowsLookup = lookup;
        }
        return lookup;
    }

    private Model findByPrimaryKey(ModelDefinition definition, Object key, FindOptions options) {
        KeyLookup lookup = keyLookup(definition, options.isParanoid());
        Object value;
        try {
            value = runtime.engine().coercion().coerce(lookup.key().type(), key);
        } catch (TypeMismatch e) {
            throw new QueryError("Invalid primary key for model '" + definition.name() + "': " + e.getMessage());
        }
        var statement = new SqlStatement(lookup.sql(), List.of(value), List.of(lookup.keyCodec()));
        return runtime.engine().executor().query(scope(options), statement, runtime.errorContext(), lookup.reader());
    }

    /** The row with the given key values (used by reload). */
    Model findByKey(Map<AttributeDefinition, Object> key, FindOptions options) {
        List<Condition> parts = new ArrayList<>();
        key.forEach((a, v) -> parts.add(Op.eq(a.name(), v)));
        FindOptions merged = options.copy();
        merged.where(options.where() == null ? Op.and(parts) : Op.and(Op.and(parts), options.where()));
        return findOne(merged);
    }

    /**
     * The reader of every row of a find, made once per hydrator: a method reference made per call is an
     * allocation through a method handle until the JIT has compiled the caller (500 of them in a cold
     * run of 500 paged finds), and a class rather than a lambda needs no class spun at run time.
     */
    private static final class AllRows implements org.sequelize4j.jdbc.ResultReader<List<Model>> {
        /** The largest limit the result list is sized for up front; past it, it grows as rows come. */
        static final int MAX_EXPECTED = 256;
        private final InstanceHydrator hydrator;
        private final int expected;

        AllRows(InstanceHydrator hydrator, int expected) {
            this.hydrator = hydrator;
            this.expected = expected;
        }

        @Override
        public List<Model> read(java.sql.ResultSet rs) throws java.sql.SQLException {
            return hydrator.readAll(rs, expected);
        }
    }

    /** The reader of a look-up's one row (see {@link AllRows}). */
    private static final class FirstRow implements org.sequelize4j.jdbc.ResultReader<Model> {
        private final InstanceHydrator hydrator;

        FirstRow(InstanceHydrator hydrator) {
            this.hydrator = hydrator;
        }

        @Override
        public Model read(java.sql.ResultSet rs) throws java.sql.SQLException {
            return hydrator.readFirst(rs);
        }
    }

    /** The row reader of the last column list seen, reused while the planner hands out the same list. */
    private record CachedHydrator(List<ColumnMapping> columns, AllRows allRows) {
    }

    private volatile CachedHydrator lastHydrator;

    /**
     * A reader of every row into instances, for these columns. The planner's list for a query without an
     * {@code attributes} option is one shared object per model, so comparing by identity finds it.
     */
    private AllRows allRows(ModelDefinition definition, List<ColumnMapping> columns) {
        CachedHydrator cached = lastHydrator;
        if (cached != null && cached.columns() == columns) {
            return cached.allRows();
        }
        AllRows reader = new AllRows(new InstanceHydrator(definition, columns), InstanceHydrator.DEFAULT_EXPECTED_ROWS);
        lastHydrator = new CachedHydrator(columns, reader);
        return reader;
    }

    /** The row whose attributes have these values (soft-deleted rows included), in a scope. */
    Model findByAttributes(Map<String, Object> values, ConnectionScope scope) {
        List<Condition> parts = new ArrayList<>();
        values.forEach((name, value) -> parts.add(Op.eq(name, value)));
        FindOptions options = FindOptions.query().where(Op.and(parts)).paranoid(false).limit(1);
        ModelDefinition definition = runtime.definition();
        SelectPlan plan = runtime.engine().selects().find(definition, options);
        List<Model> rows = runtime.engine().executor().query(scope, plan.statement(), runtime.errorContext(),
                allRows(definition, plan.columns()));
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static Condition keyCondition(ModelDefinition definition, Object key) {
        List<AttributeDefinition> keys = definition.primaryKeys();
        if (keys.isEmpty()) {
            throw new QueryError("Model '" + definition.name() + "' has no primary key, so findByPk cannot be used");
        }
        if (key instanceof Map) {
            Map<?, ?> values = (Map<?, ?>) key;
            List<Condition> parts = new ArrayList<>();
            for (AttributeDefinition a : keys) {
                if (!values.containsKey(a.name())) {
                    throw new QueryError("findByPk on model '" + definition.name() + "' needs a value for key attribute '"
                            + a.name() + "'");
                }
                parts.add(Op.eq(a.name(), values.get(a.name())));
            }
            return Op.and(parts);
        }
        if (keys.size() > 1) {
            throw new QueryError("Model '" + definition.name() + "' has a composite primary key; pass findByPk a map of "
                    + keys.stream().map(AttributeDefinition::name).toList());
        }
        return Op.eq(keys.get(0).name(), key);
    }

    /** Every matching row as a map of attribute name (or alias) to value; find hooks see the options. */
    public List<Map<String, Object>> findAllRaw(FindOptions options) {
        HookDispatcher hooks = runtime.hooks();
        if (hooks.has(HookType.BEFORE_FIND)) {
            hooks.run(HookCall.of(HookType.BEFORE_FIND, options));
        }
        SelectPlan plan = runtime.engine().selects().find(runtime.definition(), options);
        List<Map<String, Object>> rows = runtime.engine().executor().query(scope(options), plan.statement(),
                runtime.errorContext(), rs -> InstanceHydrator.readMaps(rs, plan.columns()));
        if (hooks.has(HookType.AFTER_FIND)) {
            // As in Sequelize, the hook sees the plain rows; it may replace them with other rows.
            rows = toRows(hooks.run(HookCall.of(HookType.AFTER_FIND, options).withResult(rows)));
        }
        if (rows.isEmpty() && options.isRejectOnEmpty()) {
            throw new EmptyResultError("No " + runtime.definition().name() + " matched the query");
        }
        return rows;
    }

    /** The number of matching rows (or non-null values of {@code col}, optionally distinct). */
    public long count(FindOptions options) {
        if (!options.group().isEmpty()) {
            throw new QueryError("count with group returns one count per group; use countGrouped");
        }
        if (runtime.hooks().has(HookType.BEFORE_COUNT)) {
            runtime.hooks().run(HookCall.of(HookType.BEFORE_COUNT, options));
        }
        SelectPlan plan = runtime.engine().selects().count(runtime.definition(), options);
        return runtime.engine().executor().query(scope(options), plan.statement(), runtime.errorContext(), rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    /** One row per group: the group attributes and {@code count}. */
    public List<Map<String, Object>> countGrouped(FindOptions options) {
        if (runtime.hooks().has(HookType.BEFORE_COUNT)) {
            runtime.hooks().run(HookCall.of(HookType.BEFORE_COUNT, options));
        }
        SelectPlan plan = runtime.engine().selects().count(runtime.definition(), options);
        return runtime.engine().executor().query(scope(options), plan.statement(), runtime.errorContext(),
                rs -> InstanceHydrator.readMaps(rs, plan.columns()));
    }

    /**
     * An aggregate of an attribute: MAX and MIN come back in the attribute's type; SUM as a Long for
     * integer attributes, a BigDecimal for decimals and a Double for floating point.
     */
    public Object aggregate(String function, String attribute, FindOptions options) {
        ModelDefinition definition = runtime.definition();
        AttributeDefinition a = definition.attribute(attribute);
        ValueCodec codec;
        if (a == null || a.isVirtual()) {
            codec = StandardCodecs.OBJECT;
        } else if (function.equals("SUM") || function.equals("AVG")) {
            codec = function.equals("AVG") ? StandardCodecs.DECIMAL : sumCodec(a.type());
        } else {
            codec = runtime.engine().dialect().codec(a.type());
        }
        SelectPlan plan = runtime.engine().selects().aggregate(definition, function, attribute, options, codec);
        Object value = runtime.engine().executor().query(scope(options), plan.statement(), runtime.errorContext(), rs -> {
            rs.next();
            return org.sequelize4j.hydration.InstanceHydrator.read(plan.columns().get(0).codec(), rs, 1, definition.name(),
                    attribute);
        });
        if (function.equals("SUM") && value instanceof BigDecimal && a != null && a.type().kind().isInteger()) {
            return ((BigDecimal) value).longValueExact();
        }
        if (function.equals("SUM") && value instanceof BigDecimal && a != null
                && a.type().kind() == DataType.Kind.DECIMAL && a.type().scale() != null) {
            // A sum of values of scale s has scale s; SQLite adds decimals as doubles (0.1 + 0.2 =
            // 0.30000000000000004), so round back to the declared scale, as the other dialects return it.
            return ((BigDecimal) value).setScale(a.type().scale(), java.math.RoundingMode.HALF_EVEN);
        }
        return value;
    }

    private static ValueCodec sumCodec(DataType type) {
        if (type.kind().isInteger()) {
            return StandardCodecs.DECIMAL;
        }
        if (type.kind() == DataType.Kind.DECIMAL) {
            return StandardCodecs.DECIMAL;
        }
        return StandardCodecs.DOUBLE;
    }
}
