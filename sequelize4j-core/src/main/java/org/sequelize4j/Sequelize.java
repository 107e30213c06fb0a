package org.sequelize4j;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sequelize4j.definition.AnnotationReader;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.definition.ModelSource;
import org.sequelize4j.dialect.ConnectionConfig;
import org.sequelize4j.dialect.ConnectionSettings;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.dialect.mysql.MariaDbDialect;
import org.sequelize4j.dialect.mysql.MySqlDialect;
import org.sequelize4j.dialect.postgres.PostgresDialect;
import org.sequelize4j.dialect.sqlite.SqliteDialect;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.jdbc.ConnectionPool;
import org.sequelize4j.jdbc.QueryLogger;
import org.sequelize4j.jdbc.SqlExecutor;
import org.sequelize4j.query.SelectPlanner;
import org.sequelize4j.query.WritePlanner;
import org.sequelize4j.runtime.Engine;
import org.sequelize4j.runtime.ModelRuntime;
import org.sequelize4j.runtime.TransactionRunner;
import org.sequelize4j.schema.SchemaSync;
import org.sequelize4j.sql.SqlRenderer;
import org.sequelize4j.types.TypeCoercion;

/**
 * The entry point: one connection pool to one database, the models defined on it, raw queries,
 * transactions and schema synchronisation.
 *
 * <pre>{@code
 * Sequelize sequelize = new Sequelize("sqlite::memory:");
 * Sequelize pg = new Sequelize("postgres://user:pw@localhost:5432/app", o -> o.pool(p -> p.max(10)));
 * ModelStatic<Model> Users = sequelize.define("user", List.of(attribute("name", STRING)));
 * sequelize.sync();
 * }</pre>
 *
 * <p>Thread-safe. Close it when done, to close its pool.
 */
public final class Sequelize implements AutoCloseable {

    private final ConnectionConfig config;
    private final SequelizeOptions options;
    private final Dialect dialect;
    private final ConnectionPool pool;
    /** The read replicas, or null without {@code replication}. */
    private final org.sequelize4j.jdbc.replication.ReplicaSet replicas;
    private final Engine engine;
    private final SchemaSync schema;
    private final org.sequelize4j.queryinterface.QueryInterface queryInterface;
    private final Transactions transactions;
    private final Map<String, ModelStatic<?>> modelsByName = new ConcurrentHashMap<>();
    private final Map<Class<?>, ModelStatic<?>> modelsByClass = new ConcurrentHashMap<>();
    private final List<ModelStatic<?>> definitionOrder = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ModelHooks globalHooks = new ModelHooks(null, null);
    private final ModelSources sources;
    private final org.sequelize4j.association.AssociationDeclarer associations;
    /** Annotated associations whose target class is not defined yet. */
    private final List<org.sequelize4j.association.AnnotatedAssociations.Pending> pendingAssociations = new ArrayList<>();

    /** Connects with a URI such as {@code sqlite::memory:}, {@code sqlite:app.db} or {@code postgres://u:p@host/db}. */
    public Sequelize(String uri) {
        this(uri, o -> { });
    }

    /** Connects with a URI and further options. */
    public Sequelize(String uri, Consumer<SequelizeOptions> configure) {
        this(uri, apply(configure));
    }

    /** Connects with options only ({@code dialect}, {@code host}, {@code database}, … or {@code storage}). */
    public Sequelize(SequelizeOptions options) {
        this(null, options);
    }

    private static SequelizeOptions apply(Consumer<SequelizeOptions> configure) {
        SequelizeOptions options = new SequelizeOptions();
        configure.accept(options);
        return options;
    }

    private Sequelize(String uri, SequelizeOptions options) {
        ExternalDataSourceOptions.check(uri, options);
        this.options = options;
        this.config = ConnectionUri.resolve(uri, options);
        this.dialect = createDialect(config, options);
        if (options.preloadClasses()) {
            // Starts before the pool opens its first connection, so the two overlap.
            org.sequelize4j.warmup.ClassPreloader.start(dialect.getClass().getPackageName());
        }
        ReplicationSetup replication = options.replication() == null ? null
                : ReplicationSetup.open(dialect, config, options);
        this.replicas = replication == null ? null : replication.replicas();
        if (replication != null) {
            this.pool = replication.primary();
        } else {
            ConnectionSettings settings = dialect.connectionSettings(config);
            this.pool = options.dataSource() != null ? ConnectionPool.external(dialect, settings, options.dataSource())
                    : new ConnectionPool(dialect, settings, options.pool());
        }
        QueryLogger logger = new QueryLogger(options.logging(), options.benchmark(), options.logQueryParameters(),
                options.queryListeners());
        SqlExecutor executor = new SqlExecutor(dialect, pool, logger, replicas);
        SqlRenderer renderer = new SqlRenderer(dialect);
        TypeCoercion coercion = new TypeCoercion(dialect.limits(), options.timezone());
        this.transactions = new Transactions(executor, options.defaultTransactionNestMode(), options.transactionBinding());
        TransactionRunner runner = new TransactionRunner() {
            @Override
            public <T> T inNewTransaction(Function<org.sequelize4j.jdbc.ConnectionScope, T> work) {
                return transactions.inNewTransaction(work);
            }
        };
        this.engine = new Engine(dialect, renderer, new SelectPlanner(dialect, renderer, coercion),
                new WritePlanner(dialect, renderer, coercion), executor, coercion, transactions::current, this::runtimeOf,
                runner);
        this.schema = new SchemaSync(engine);
        this.queryInterface = new org.sequelize4j.queryinterface.QueryInterface(engine);
        this.sources = new ModelSources(dialect, coercion);
        this.associations = new org.sequelize4j.association.AssociationDeclarer(sources,
                new org.sequelize4j.association.NPlusOneDetector(options.nPlusOneCalls(), options.nPlusOneWarning()));
        for (Class<? extends Model> modelClass : options.models()) {
            define(modelClass);
        }
    }

    private static Dialect createDialect(ConnectionConfig config, SequelizeOptions options) {
        switch (config.dialect()) {
            case "postgres":
                return new PostgresDialect();
            case "mysql":
                return new MySqlDialect(options.timezone());
            case "mariadb":
                return new MariaDbDialect(options.timezone());
            case "sqlite":
            default:
                return new SqliteDialect(options.timezone());
        }
    }

    // ---- models ---------------------------------------------------------------------------------

    /**
     * Defines a model without a class; instances are plain {@link Model}s. Defining a model under a name
     * already in use replaces the earlier model, as in Sequelize.
     */
    public ModelStatic<Model> define(String modelName, List<AttributeOptions> attributes) {
        return define(modelName, attributes, ModelOptions.options());
    }

    /** Defines a model without a class, with model options. */
    public ModelStatic<Model> define(String modelName, List<AttributeOptions> attributes, ModelOptions modelOptions) {
        ModelOptions merged = modelOptions.withDefaults(options.defineDefaults());
        String name = modelOptions.modelName() != null ? modelOptions.modelName() : modelName;
        return register(new ModelSource(name, attributes, merged, Model.class, Map.of()), Model.class);
    }

    /**
     * Defines a model whose instances are of {@code modelClass}, with attributes given here (Sequelize's
     * {@code Model.init(attributes, options)}); the class may add methods and accessors, and fields named
     * like attributes hold their values.
     */
    public <M extends Model> ModelStatic<M> define(Class<M> modelClass, List<AttributeOptions> attributes,
                                                   ModelOptions modelOptions) {
        ModelOptions merged = modelOptions.withDefaults(options.defineDefaults());
        String name = modelOptions.modelName() != null ? modelOptions.modelName() : modelClass.getSimpleName();
        List<String> names = attributes.stream().map(AttributeOptions::name).toList();
        return register(new ModelSource(name, attributes, merged, modelClass,
                AnnotationReader.fieldsNamed(modelClass, names)), modelClass);
    }

    /** Defines a model from an annotated class (attributes from its fields, options from {@code @Table}). */
    public <M extends Model> ModelStatic<M> define(Class<M> modelClass) {
        ModelSource read = AnnotationReader.read(modelClass);
        ModelOptions merged = read.options().withDefaults(options.defineDefaults());
        ModelStatic<M> model = register(new ModelSource(read.modelName(), read.attributes(), merged, modelClass,
                read.fields()), modelClass);
        synchronized (pendingAssociations) {
            pendingAssociations.addAll(org.sequelize4j.association.AnnotatedAssociations.read(model));
            org.sequelize4j.association.AnnotatedAssociations.declareReady(pendingAssociations, modelsByClass::get,
                    associations);
        }
        return model;
    }

    /** Refuses to go on while annotated associations wait for target classes that were never defined. */
    private void requireAssociationsResolved() {
        synchronized (pendingAssociations) {
            if (!pendingAssociations.isEmpty()) {
                throw new DefinitionError(pendingAssociations.get(0).source().name(), null, "associations wait for"
                        + " model classes that are not defined: " + pendingAssociations.stream()
                        .map(org.sequelize4j.association.AnnotatedAssociations.Pending::describe).toList()
                        + "; define those classes too");
            }
        }
    }

    private <M extends Model> ModelStatic<M> register(ModelSource source, Class<M> modelClass) {
        ModelDefinition definition = sources.build(source);
        ModelStatic<?> previous = modelsByName.get(definition.name());
        if (previous != null) {
            // As in Sequelize, defining a model again replaces the earlier definition.
            definitionOrder.remove(previous);
            modelsByClass.values().remove(previous);
            sources.forget(previous);
            ModelRegistry.unregister(previous);
        }
        ModelStatic<M> model = new ModelStatic<>(this, modelClass, m -> new ModelRuntime(engine, m, definition),
                globalHooks);
        modelsByName.put(definition.name(), model);
        sources.remember(model, source);
        if (modelClass != Model.class) {
            modelsByClass.put(modelClass, model);
            ModelRegistry.register(modelClass, model);
        }
        definitionOrder.add(model);
        return model;
    }

    /** Declares associations, extending models through this instance's registry. */
    org.sequelize4j.association.AssociationDeclarer associationDeclarer() {
        return associations;
    }

    /** The model with this name. */
    public ModelStatic<?> model(String name) {
        ModelStatic<?> model = modelsByName.get(name);
        if (model == null) {
            throw new SequelizeException("No model named '" + name + "' is defined; defined models are "
                    + modelsByName.keySet());
        }
        return model;
    }

    /** The model defined by this class. */
    @SuppressWarnings("unchecked")
    public <M extends Model> ModelStatic<M> model(Class<M> modelClass) {
        ModelStatic<?> model = modelsByClass.get(modelClass);
        if (model == null) {
            throw new SequelizeException("Class " + modelClass.getName() + " is not defined in this Sequelize instance");
        }
        return (ModelStatic<M>) model;
    }

    /** Whether a model with this name is defined. */
    public boolean isDefined(String name) {
        return modelsByName.containsKey(name);
    }

    /** Every defined model, by name, in definition order. */
    public Map<String, ModelStatic<?>> models() {
        Map<String, ModelStatic<?>> result = new LinkedHashMap<>();
        for (ModelStatic<?> model : definitionOrder) {
            result.put(model.name(), model);
        }
        return result;
    }

    private ModelRuntime runtimeOf(Object reference) {
        ModelStatic<?> model;
        if (reference instanceof ModelStatic) {
            model = (ModelStatic<?>) reference;
        } else if (reference instanceof Class) {
            model = modelsByClass.get(reference);
        } else {
            model = modelsByName.get(String.valueOf(reference));
        }
        return model == null ? null : model.runtime();
    }

    /** Adds a hook that runs for every model (after the model's own hooks). */
    public Sequelize addHook(HookType type, Hook<Model> hook) {
        globalHooks.add(type, null, hook);
        return this;
    }

    /** Adds a named global hook. */
    public Sequelize addHook(HookType type, String name, Hook<Model> hook) {
        globalHooks.add(type, java.util.Objects.requireNonNull(name), hook);
        return this;
    }

    /** Removes global hooks added under a name. */
    public boolean removeHook(HookType type, String name) {
        return globalHooks.remove(type, name);
    }

    // ---- schema ---------------------------------------------------------------------------------

    SchemaSync schema() {
        return schema;
    }

    /**
     * The QueryInterface: schema changes and row writes on tables named directly, as migrations make them
     * (Sequelize's {@code sequelize.getQueryInterface()}).
     */
    public org.sequelize4j.queryinterface.QueryInterface getQueryInterface() {
        return queryInterface;
    }

    /** Creates the tables of every model that does not have one. */
    public void sync() {
        sync(SyncOptions.syncOptions());
    }

    /** Creates ({@code force}: re-creates; {@code alter}: updates) the tables of every model, in foreign-key order. */
    public void sync(SyncOptions syncOptions) {
        requireAssociationsResolved();
        schema.checkMatch(syncOptions, getDatabaseName());
        List<ModelRuntime> runtimes = new ArrayList<>();
        for (ModelStatic<?> model : definitionOrder) {
            runtimes.add(model.runtime());
        }
        schema.syncAll(runtimes, syncOptions);
    }

    void syncModel(ModelStatic<?> model, SyncOptions syncOptions) {
        requireAssociationsResolved();
        schema.checkMatch(syncOptions, getDatabaseName());
        schema.sync(model.runtime(), syncOptions);
    }

    /**
     * The difference between every model and the live schema: the changes that would make the database
     * what the models declare, in a valid order, each with its inverse, plus what it would not decide
     * (possible renames); see {@link org.sequelize4j.migrations.diff.SchemaDiff} and
     * docs/migrations.md, "Generating migrations from models". Reads the schema; changes nothing.
     */
    public org.sequelize4j.migrations.diff.SchemaDiff schemaDiff() {
        return schemaDiff(org.sequelize4j.migrations.diff.SchemaDiffOptions.schemaDiffOptions());
    }

    /** {@link #schemaDiff()} with options: renames, whether possible renames may be dropped, tables to leave alone. */
    public org.sequelize4j.migrations.diff.SchemaDiff schemaDiff(org.sequelize4j.migrations.diff.SchemaDiffOptions options) {
        requireAssociationsResolved();
        List<ModelRuntime> runtimes = new ArrayList<>();
        for (ModelStatic<?> model : definitionOrder) {
            runtimes.add(model.runtime());
        }
        return new org.sequelize4j.schema.diff.SchemaDiffer(engine).diff(runtimes, options);
    }

    /** Drops the tables of every model, dependents first. */
    public void drop() {
        List<ModelRuntime> runtimes = new ArrayList<>();
        for (ModelStatic<?> model : definitionOrder) {
            runtimes.add(model.runtime());
        }
        schema.dropAll(runtimes);
    }

    /**
     * Deletes every row of every model, in one transaction, referencing tables before the tables they
     * reference (so that no foreign key is violated and no ON DELETE action has anything left to do).
     * Soft-deleting models lose their rows for real. Tables stay; see {@link #drop()} to remove them.
     */
    public void destroyAll() {
        List<ModelRuntime> runtimes = new ArrayList<>();
        for (ModelStatic<?> model : definitionOrder) {
            runtimes.add(model.runtime());
        }
        List<ModelRuntime> ordered = new ArrayList<>(schema.dependencyOrder(runtimes));
        java.util.Collections.reverse(ordered);
        // All or nothing, also inside a running transaction that would go on after a failure here.
        transaction(TransactionOptions.transactionOptions().nestMode(TransactionOptions.NestMode.SAVEPOINT), t -> {
            for (ModelRuntime runtime : ordered) {
                ((ModelStatic<?>) runtime.owner()).unscoped().destroy(
                        DestroyOptions.where(Op.and()).force(true).transaction(t));
            }
        });
    }

    /**
     * The database name (for SQLite, the storage path). On an application's data source without
     * {@code database(...)}, the connection's catalog (none for SQLite).
     */
    public String getDatabaseName() {
        if (config.database() != null) {
            return config.database();
        }
        if (pool.isExternal()) {
            String catalog = engine.executor().withConnection(null, java.sql.Connection::getCatalog);
            return catalog == null ? "" : catalog;
        }
        return config.storage() == null ? ":memory:" : config.storage();
    }

    // ---- raw queries ------------------------------------------------------------------------

    /** Runs raw SQL; see {@link #query(String, QueryOptions)}. */
    public QueryResult query(String sql) {
        return query(sql, QueryOptions.queryOptions());
    }

    /**
     * Runs raw SQL with replacements ({@code :name}, {@code ?}) or bind parameters ({@code $1},
     * {@code $name}), all sent as bound parameters. SELECTs (and statements with RETURNING) give rows as
     * maps of column label to value; other statements give the affected row count.
     */
    public QueryResult query(String sql, QueryOptions queryOptions) {
        return new RawQueries(engine).run(sql, queryOptions);
    }

    /** Runs a raw SELECT and returns its rows as maps. */
    public List<Map<String, Object>> select(String sql, QueryOptions queryOptions) {
        return query(sql, queryOptions.type(QueryType.SELECT)).rows();
    }

    /** Runs a raw SELECT and builds instances of a model from its rows (columns matched by name). */
    public <M extends Model> List<M> query(String sql, ModelStatic<M> model, QueryOptions queryOptions) {
        return new RawQueries(engine).runForModel(sql, model, queryOptions);
    }

    // ---- transactions -----------------------------------------------------------------------

    /**
     * Runs {@code work} in a transaction: committed when it returns, rolled back when it throws. Every
     * operation inside uses the transaction without being passed it. Inside a running transaction the
     * callback joins it by default ({@link TransactionOptions.NestMode#REUSE}, as in Sequelize v7); ask
     * for {@code SAVEPOINT} or {@code SEPARATE} with {@link #transaction(TransactionOptions, Consumer)}.
     */
    public void transaction(Consumer<Transaction> work) {
        transaction(TransactionOptions.transactionOptions(), work);
    }

    /** {@link #transaction(Consumer)} with options. */
    public void transaction(TransactionOptions transactionOptions, Consumer<Transaction> work) {
        transactions.managed(transactionOptions, Transactions.withoutResult(work));
    }

    /** Runs {@code work} in a transaction and returns its result. */
    public <T> T transactionResult(Function<Transaction, T> work) {
        return transactions.managed(TransactionOptions.transactionOptions(), work);
    }

    /** {@link #transactionResult(Function)} with options. */
    public <T> T transactionResult(TransactionOptions transactionOptions, Function<Transaction, T> work) {
        return transactions.managed(transactionOptions, work);
    }

    /** Starts a transaction that must be committed or rolled back by hand. */
    public Transaction startUnmanagedTransaction() {
        return startUnmanagedTransaction(TransactionOptions.transactionOptions());
    }

    /** {@link #startUnmanagedTransaction()} with options. */
    public Transaction startUnmanagedTransaction(TransactionOptions transactionOptions) {
        return transactions.unmanaged(transactionOptions);
    }

    /**
     * The managed transaction the calling thread is inside, or null outside any. Inside a callback that
     * ended its own transaction (with {@code t.commit()} or {@code t.rollback()}) it is that ended
     * transaction, so that further statements fail instead of running outside it.
     */
    public Transaction currentTransaction() {
        return transactions.current();
    }

    /**
     * Makes a running transaction (typically an unmanaged one) the calling thread's current transaction
     * until the returned binding is closed, so that operations without a {@code transaction} option use
     * it, as inside a {@link #transaction(Consumer)} callback. Managed callbacks started meanwhile nest in
     * it by their nest mode. The binding ends nothing: commit or roll back the transaction yourself.
     *
     * @throws IllegalArgumentException when {@code transaction} is null
     * @throws IllegalStateException when it has already ended
     */
    public BoundTransactionScope bindTransaction(Transaction transaction) {
        if (transaction == null) {
            throw new IllegalArgumentException("bindTransaction: the transaction is null");
        }
        if (!transaction.isActive()) {
            throw new IllegalStateException("bindTransaction: transaction " + transaction.id() + " has already ended ("
                    + transaction.state() + ")");
        }
        return transactions.bind(transaction);
    }

    // ---- lifecycle --------------------------------------------------------------------------

    /** Connects and runs a trivial query; throws a {@link org.sequelize4j.errors.ConnectionError} on failure. */
    public void authenticate() {
        engine.executor().authenticate();
    }

    /** The dialect name: {@code sqlite}, {@code postgres}, {@code mysql} or {@code mariadb}. */
    public String getDialect() {
        return dialect.name();
    }

    /** The dialect. */
    public Dialect dialect() {
        return dialect;
    }

    /**
     * Runs {@code work} with one pooled connection kept for all the statements it sends outside a
     * transaction (each still in auto-commit), rather than a borrow per statement — for a burst of
     * reads such as a find with includes. Inside a transaction it simply runs {@code work}.
     */
    public <T> T inOneConnection(java.util.function.Supplier<T> work) {
        // With replicas, reads go to a replica per statement; a held primary connection would sit idle.
        if (transactions.current() != null || replicas != null) {
            return work.get();
        }
        return pool.holding(work);
    }

    /**
     * The connection pool's data source, for code that needs plain JDBC next to Sequelize4j: the
     * application's own with {@link SequelizeOptions#dataSource}.
     */
    public javax.sql.DataSource dataSource() {
        return pool.dataSource();
    }

    /** Whether {@link #close()} has been called. */
    public boolean isClosed() {
        return pool.isClosed();
    }

    /**
     * Where reads went, with read replicas ({@link SequelizeOptions#replication}); null without them.
     */
    public ReplicationStats replicationStats() {
        if (replicas == null) {
            return null;
        }
        org.sequelize4j.jdbc.replication.ReplicaSet.Snapshot s = replicas.snapshot();
        return new ReplicationStats(s.primaryReads(), s.fallbackReads(), s.waits(), s.waitTimeouts(),
                s.sentToPrimaryAfterWrite(), s.replicas().stream().map(r -> new ReplicationStats.Replica(r.name(),
                        r.reads(), r.serving(), r.down(), r.lagging())).toList());
    }

    /** Closes the connection pools; an application's data source ({@link SequelizeOptions#dataSource}) stays open. */
    @Override
    public void close() {
        for (ModelStatic<?> model : definitionOrder) {
            ModelRegistry.unregister(model);
        }
        if (replicas != null) {
            replicas.close();
        }
        pool.close();
    }

    /** Every defined model. */
    Collection<ModelStatic<?>> definedModels() {
        return definitionOrder;
    }

    @Override
    public String toString() {
        return "Sequelize(" + config + ")";
    }
}
