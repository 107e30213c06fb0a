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

    /** Defaults applied to every model (Sequelize's define option). */
    private final Define define = new Define();

    /** SQL logging. */
    private final Logging logging = new Logging();

    /** Nesting of sequelize.transaction(...) calls inside a running transaction. */
    private final Transactions transactions = new Transactions();

    public String getDialect() {
        return dialect;
    }

    public void setDialect(String dialect) {
        this.dialect = dialect;
    }

    public List<String> getModelPackages() {
        return modelPackages;
    }

    public void setModelPackages(List<String> modelPackages) {
        this.modelPackages = modelPackages;
    }

    public SyncMode getSync() {
        return sync;
    }

    public void setSync(SyncMode sync) {
        this.sync = sync;
    }

    public String getTimezone() {
        return timezone;
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    public Define getDefine() {
        return define;
    }

    public Logging getLogging() {
        return logging;
    }

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

        public Boolean getUnderscored() {
            return underscored;
        }

        public void setUnderscored(Boolean underscored) {
            this.underscored = underscored;
        }

        public Boolean getTimestamps() {
            return timestamps;
        }

        public void setTimestamps(Boolean timestamps) {
            this.timestamps = timestamps;
        }

        public Boolean getParanoid() {
            return paranoid;
        }

        public void setParanoid(Boolean paranoid) {
            this.paranoid = paranoid;
        }

        public Boolean getFreezeTableName() {
            return freezeTableName;
        }

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

        public boolean isSql() {
            return sql;
        }

        public void setSql(boolean sql) {
            this.sql = sql;
        }

        public boolean isBenchmark() {
            return benchmark;
        }

        public void setBenchmark(boolean benchmark) {
            this.benchmark = benchmark;
        }

        public boolean isQueryParameters() {
            return queryParameters;
        }

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

        public org.sequelize4j.TransactionOptions.NestMode getDefaultNestMode() {
            return defaultNestMode;
        }

        public void setDefaultNestMode(org.sequelize4j.TransactionOptions.NestMode defaultNestMode) {
            this.defaultNestMode = defaultNestMode;
        }
    }
}
