package org.sequelize4j.spring;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code sequelize4j.*} properties. Where to connect comes from {@code spring.datasource.*}: the
 * Sequelize bean runs on the application's DataSource.
 */
@ConfigurationProperties(prefix = "sequelize4j")
public class Sequelize4jProperties {

    /** What the auto-configured Sequelize does with the tables of the models at start-up. */
    public enum SyncMode {
        /** Nothing: the schema is managed elsewhere (migrations). */
        OFF,
        /** Checks that every model's table and columns exist, failing start-up with the list of mismatches. */
        VALIDATE,
        /** Creates the tables that do not exist (sequelize.sync()). */
        CREATE,
        /** Creates missing tables and changes existing ones to match the models (sync with alter); for development. */
        ALTER
    }

    /**
     * The dialect: sqlite, postgres, mysql or mariadb. Detected from the DataSource (its JDBC URL, else
     * its metadata) when not set.
     */
    private String dialect;

    /**
     * Packages scanned for model classes (concrete subclasses of Model), which are defined on the
     * Sequelize bean. Defaults to the application's package, as for @EntityScan.
     */
    private List<String> modelPackages = new ArrayList<>();

    /** What to do with the models' tables at start-up: off, validate, create or alter. */
    private SyncMode sync = SyncMode.OFF;

    /**
     * The offset date-times are written in where the database has no time zone (MySQL DATETIME, SQLite
     * text), such as +00:00 (the default) or +02:00.
     */
    private String timezone;

    /**
     * Whether the library loads the classes of its common statements on a background thread at start-up,
     * so that the first requests do not wait for them (SequelizeOptions.preloadClasses).
     */
    private boolean preloadClasses = true;

    /** Defaults applied to every model (Sequelize's define option). */
    private final Define define = new Define();

    /** SQL logging. */
    private final Logging logging = new Logging();

    /** Nesting of sequelize.transaction(...) calls inside a running transaction. */
    private final Transactions transactions = new Transactions();

    /** The value of {@code sequelize4j.dialect}. */
    public String getDialect() {
        return dialect;
    }

    /** Sets {@code sequelize4j.dialect}. */
    public void setDialect(String dialect) {
        this.dialect = dialect;
    }

    /** The value of {@code sequelize4j.model-packages}. */
    public List<String> getModelPackages() {
        return modelPackages;
    }

    /** Sets {@code sequelize4j.model-packages}. */
    public void setModelPackages(List<String> modelPackages) {
        this.modelPackages = modelPackages;
    }

    /** The value of {@code sequelize4j.sync}. */
    public SyncMode getSync() {
        return sync;
    }

    /** Sets {@code sequelize4j.sync}. */
    public void setSync(SyncMode sync) {
        this.sync = sync;
    }

    /** The value of {@code sequelize4j.timezone}. */
    public String getTimezone() {
        return timezone;
    }

    /** Sets {@code sequelize4j.timezone}. */
    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    /** The value of {@code sequelize4j.preload-classes}. */
    public boolean isPreloadClasses() {
        return preloadClasses;
    }

    /** Sets {@code sequelize4j.preload-classes}. */
    public void setPreloadClasses(boolean preloadClasses) {
        this.preloadClasses = preloadClasses;
    }

    /** The {@code sequelize4j.define.*} properties. */
    public Define getDefine() {
        return define;
    }

    /** The {@code sequelize4j.logging.*} properties. */
    public Logging getLogging() {
        return logging;
    }

    /** The {@code sequelize4j.transactions.*} properties. */
    public Transactions getTransactions() {
        return transactions;
    }

    /** Model defaults; each applies only when set, and a model's own option wins. */
    public static class Define {
        /** Column names in snake_case (createdAt becomes created_at, foreign keys user_id). */
        private Boolean underscored;
        /** Whether models get createdAt and updatedAt. */
        private Boolean timestamps;
        /** Whether destroy sets deletedAt instead of deleting (needs timestamps). */
        private Boolean paranoid;
        /** Whether table names are the model names as they are, instead of their plurals. */
        private Boolean freezeTableName;

        /** The value of {@code sequelize4j.define.underscored}. */
        public Boolean getUnderscored() {
            return underscored;
        }

        /** Sets {@code sequelize4j.define.underscored}. */
        public void setUnderscored(Boolean underscored) {
            this.underscored = underscored;
        }

        /** The value of {@code sequelize4j.define.timestamps}. */
        public Boolean getTimestamps() {
            return timestamps;
        }

        /** Sets {@code sequelize4j.define.timestamps}. */
        public void setTimestamps(Boolean timestamps) {
            this.timestamps = timestamps;
        }

        /** The value of {@code sequelize4j.define.paranoid}. */
        public Boolean getParanoid() {
            return paranoid;
        }

        /** Sets {@code sequelize4j.define.paranoid}. */
        public void setParanoid(Boolean paranoid) {
            this.paranoid = paranoid;
        }

        /** The value of {@code sequelize4j.define.freeze-table-name}. */
        public Boolean getFreezeTableName() {
            return freezeTableName;
        }

        /** Sets {@code sequelize4j.define.freeze-table-name}. */
        public void setFreezeTableName(Boolean freezeTableName) {
            this.freezeTableName = freezeTableName;
        }
    }

    /** SQL logging options. */
    public static class Logging {
        /**
         * Log every SQL statement at INFO to the logger org.sequelize4j.spring.SQL (statements always go
         * to org.sequelize4j at DEBUG).
         */
        private boolean sql;
        /** Add each statement's time in milliseconds to the log line. */
        private boolean benchmark;
        /** Include bound values in log lines (off by default: they may be personal data). */
        private boolean queryParameters;

        /** The value of {@code sequelize4j.logging.sql}. */
        public boolean isSql() {
            return sql;
        }

        /** Sets {@code sequelize4j.logging.sql}. */
        public void setSql(boolean sql) {
            this.sql = sql;
        }

        /** The value of {@code sequelize4j.logging.benchmark}. */
        public boolean isBenchmark() {
            return benchmark;
        }

        /** Sets {@code sequelize4j.logging.benchmark}. */
        public void setBenchmark(boolean benchmark) {
            this.benchmark = benchmark;
        }

        /** The value of {@code sequelize4j.logging.query-parameters}. */
        public boolean isQueryParameters() {
            return queryParameters;
        }

        /** Sets {@code sequelize4j.logging.query-parameters}. */
        public void setQueryParameters(boolean queryParameters) {
            this.queryParameters = queryParameters;
        }
    }

    /** Transaction options. */
    public static class Transactions {
        /**
         * What sequelize.transaction(...) does inside a running transaction (a Spring one included) when
         * its options name no nest mode: reuse (join it), savepoint, or separate.
         */
        private org.sequelize4j.TransactionOptions.NestMode defaultNestMode = org.sequelize4j.TransactionOptions.NestMode.REUSE;

        /** The value of {@code sequelize4j.transactions.default-nest-mode}. */
        public org.sequelize4j.TransactionOptions.NestMode getDefaultNestMode() {
            return defaultNestMode;
        }

        /** Sets {@code sequelize4j.transactions.default-nest-mode}. */
        public void setDefaultNestMode(org.sequelize4j.TransactionOptions.NestMode defaultNestMode) {
            this.defaultNestMode = defaultNestMode;
        }
    }
}
