package org.sequelize4j;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Options of a {@link Sequelize} instance: where to connect (dialect, host, port, database, username,
 * password, storage, driver parameters), the pool, logging ({@code logging}, {@code benchmark},
 * {@code logQueryParameters}), {@code define} defaults for every model, {@code timezone}, and
 * {@code models} to register at construction. Values given in a connection URI are overridden by
 * options set explicitly.
 *
 * <p>Instead of connecting by itself, an instance can run on a data source the application owns
 * ({@link #dataSource}), and join the transactions a framework runs on it ({@link #transactionBinding}).
 */
public final class SequelizeOptions {

    private String dialect;
    private String host;
    private Integer port;
    private String database;
    private String username;
    private String password;
    private String storage;
    private final Map<String, String> dialectOptions = new LinkedHashMap<>();
    private final PoolOptions pool = new PoolOptions();
    private BiConsumer<String, Long> logging;
    private boolean benchmark;
    private boolean preloadClasses = true;
    private boolean logQueryParameters;
    private ModelOptions define;
    private ZoneOffset timezone = ZoneOffset.UTC;
    private final List<Class<? extends Model>> models = new ArrayList<>();
    private final List<org.sequelize4j.observability.QueryListener> queryListeners = new java.util.ArrayList<>();
    private TransactionOptions.NestMode defaultTransactionNestMode = TransactionOptions.NestMode.REUSE;
    private javax.sql.DataSource dataSource;
    private org.sequelize4j.spi.TransactionBinding transactionBinding;
    private boolean poolConfigured;

    /** Fresh options. */
    public static SequelizeOptions sequelizeOptions() {
        return new SequelizeOptions();
    }

    /** The dialect: {@code sqlite}, {@code postgres}, {@code mysql} or {@code mariadb}. */
    public SequelizeOptions dialect(String name) {
        this.dialect = name;
        return this;
    }

    /** The server host. */
    public SequelizeOptions host(String value) {
        this.host = value;
        return this;
    }

    /** The server port. */
    public SequelizeOptions port(int value) {
        this.port = value;
        return this;
    }

    /** The database name. */
    public SequelizeOptions database(String value) {
        this.database = value;
        return this;
    }

    /** The user name. */
    public SequelizeOptions username(String value) {
        this.username = value;
        return this;
    }

    /** The password. */
    public SequelizeOptions password(String value) {
        this.password = value;
        return this;
    }

    /** SQLite's database file, or {@code ":memory:"}. */
    public SequelizeOptions storage(String path) {
        this.storage = path;
        return this;
    }

    /** A driver parameter (e.g. {@code sslmode}); also taken from the URI's query string. */
    public SequelizeOptions dialectOption(String key, String value) {
        this.dialectOptions.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
        return this;
    }

    private int nPlusOneCalls;
    private Consumer<String> nPlusOneWarning;

    /** Pool settings. */
    public SequelizeOptions pool(Consumer<PoolOptions> configure) {
        poolConfigured = true;
        configure.accept(pool);
        return this;
    }

    private ReplicationOptions replication;

    /**
     * Read replicas (Sequelize's {@code replication: {read, write}}): reads outside transactions go to the
     * read servers, everything else to the write server; see {@link ReplicationOptions}.
     */
    public SequelizeOptions replication(Consumer<ReplicationOptions> configure) {
        ReplicationOptions options = new ReplicationOptions();
        configure.accept(options);
        this.replication = options;
        return this;
    }

    ReplicationOptions replication() {
        return replication;
    }

    /** Sends every SQL statement to a callback (in addition to SLF4J at DEBUG). */
    public SequelizeOptions logging(Consumer<String> callback) {
        this.logging = callback == null ? null : (message, elapsed) -> callback.accept(message);
        return this;
    }

    /**
     * Sends every SQL statement and, with {@link #benchmark}, its time in milliseconds (else null) to a
     * callback, as Sequelize's {@code logging: (sql, timing) => …}.
     */
    public SequelizeOptions loggingWithTime(BiConsumer<String, Long> callback) {
        this.logging = callback;
        return this;
    }

    /** {@code false} turns the logging callback off (SLF4J still receives statements at DEBUG). */
    public SequelizeOptions logging(boolean enabled) {
        if (!enabled) {
            this.logging = null;
        }
        return this;
    }

    /**
     * Development aid: when one association's {@code get} reads single parents {@code calls} times within
     * a second on one thread — the N+1 pattern of a loop — report it once, naming the association and
     * suggesting {@code include} or the batch {@code get}. Reported at WARN through SLF4J; 0 (the
     * default) turns it off.
     */
    public SequelizeOptions warnOnNPlusOne(int calls) {
        return warnOnNPlusOne(calls, null);
    }

    /** {@link #warnOnNPlusOne(int)} reporting to {@code warning} instead of SLF4J. */
    public SequelizeOptions warnOnNPlusOne(int calls, Consumer<String> warning) {
        if (calls < 0) {
            throw new IllegalArgumentException("warnOnNPlusOne takes a number of calls >= 0, got " + calls);
        }
        this.nPlusOneCalls = calls;
        this.nPlusOneWarning = warning;
        return this;
    }

    /** Time each statement and report the elapsed time to the logging callback. */
    public SequelizeOptions benchmark(boolean value) {
        this.benchmark = value;
        return this;
    }

    /**
     * Whether the library loads the classes of its common statements on a background thread as the
     * instance is created (default {@code true}), so that an application's first find, update or create
     * does not wait for them to be read from the class path one by one. Loading them takes a few tens of
     * milliseconds of one core's time while the application starts, work its first statements would
     * otherwise do; classes are loaded and linked, never initialised, on that thread. Turn it off where
     * no extra thread is wanted, or where the classes come from a CDS archive or a native image already.
     */
    public SequelizeOptions preloadClasses(boolean value) {
        this.preloadClasses = value;
        return this;
    }

    /**
     * Tells a listener of every statement after it ran or failed (type, model, SQL, duration, rows,
     * error), for metrics and tracing; several listeners are called in the order added. See
     * {@link org.sequelize4j.observability.QueryListener} and the sequelize4j-micrometer module.
     */
    public SequelizeOptions queryListener(org.sequelize4j.observability.QueryListener listener) {
        if (listener == null) {
            throw new IllegalArgumentException("queryListener: the listener is null");
        }
        queryListeners.add(listener);
        return this;
    }

    /** Include bound values in log lines and query events (off by default: they may be personal data). */
    public SequelizeOptions logQueryParameters(boolean value) {
        this.logQueryParameters = value;
        return this;
    }

    /** Default model options applied to every model. */
    public SequelizeOptions define(ModelOptions defaults) {
        this.define = defaults;
        return this;
    }

    /**
     * The offset date-times are written in where the database has no time zone (MySQL DATETIME, SQLite
     * text): {@code "+00:00"} by default, as in Sequelize.
     */
    public SequelizeOptions timezone(String offset) {
        this.timezone = ZoneOffset.of(offset.equals("UTC") ? "Z" : offset);
        return this;
    }

    /**
     * What {@code sequelize.transaction(...)} does inside a running transaction when its options name no
     * nest mode: {@code REUSE} by default, as in Sequelize v7; {@code SAVEPOINT} gives each nested call a
     * savepoint, as Sequelize v6 did for a transaction given a parent.
     */
    public SequelizeOptions defaultTransactionNestMode(TransactionOptions.NestMode mode) {
        this.defaultTransactionNestMode = java.util.Objects.requireNonNull(mode, "defaultTransactionNestMode");
        return this;
    }

    /**
     * Runs on a data source the application owns (its HikariCP pool, say) instead of a pool of
     * Sequelize's own. {@link #dialect} must be given too; host, port, credentials, storage, driver
     * parameters and pool settings must not (the data source has them), or creating the instance fails
     * with an {@link org.sequelize4j.errors.OptionsError} naming the option.
     *
     * <p>{@code sequelize.close()} leaves the data source open: it is the application's to close. Each
     * physical connection gets the dialect's session set-up the first time Sequelize uses it (SQLite:
     * {@code PRAGMA foreign_keys = ON}, {@code case_sensitive_like}, {@code busy_timeout} and its
     * functions; PostgreSQL: {@code standard_conforming_strings}; MySQL/MariaDB: {@code SET NAMES
     * utf8mb4}, the session {@code time_zone} from {@link #timezone} and a {@code sql_mode} without
     * {@code NO_BACKSLASH_ESCAPES}); those settings then apply to the application's own use of that
     * connection as well.
     */
    public SequelizeOptions dataSource(javax.sql.DataSource value) {
        this.dataSource = java.util.Objects.requireNonNull(value, "dataSource");
        return this;
    }

    /**
     * With {@link #dataSource}: how to find the transaction a framework runs on the calling thread,
     * which Sequelize then joins (see {@link org.sequelize4j.spi.TransactionBinding}).
     */
    public SequelizeOptions transactionBinding(org.sequelize4j.spi.TransactionBinding binding) {
        this.transactionBinding = java.util.Objects.requireNonNull(binding, "transactionBinding");
        return this;
    }

    /** Annotated model classes to define when the instance is created. */
    @SafeVarargs
    public final SequelizeOptions models(Class<? extends Model>... classes) {
        this.models.addAll(List.of(classes));
        return this;
    }

    String dialect() {
        return dialect;
    }

    String host() {
        return host;
    }

    Integer port() {
        return port;
    }

    String database() {
        return database;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    String storage() {
        return storage;
    }

    Map<String, String> dialectOptions() {
        return dialectOptions;
    }

    PoolOptions pool() {
        return pool;
    }

    BiConsumer<String, Long> logging() {
        return logging;
    }

    boolean benchmark() {
        return benchmark;
    }

    boolean preloadClasses() {
        return preloadClasses;
    }

    boolean logQueryParameters() {
        return logQueryParameters;
    }

    List<org.sequelize4j.observability.QueryListener> queryListeners() {
        return queryListeners;
    }

    ModelOptions defineDefaults() {
        return define;
    }

    ZoneOffset timezone() {
        return timezone;
    }

    int nPlusOneCalls() {
        return nPlusOneCalls;
    }

    Consumer<String> nPlusOneWarning() {
        return nPlusOneWarning;
    }

    TransactionOptions.NestMode defaultTransactionNestMode() {
        return defaultTransactionNestMode;
    }

    javax.sql.DataSource dataSource() {
        return dataSource;
    }

    org.sequelize4j.spi.TransactionBinding transactionBinding() {
        return transactionBinding;
    }

    boolean isPoolConfigured() {
        return poolConfigured;
    }

    List<Class<? extends Model>> models() {
        return models;
    }
}
