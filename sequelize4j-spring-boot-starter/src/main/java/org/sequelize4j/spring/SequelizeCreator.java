package org.sequelize4j.spring;

import java.time.DateTimeException;
import java.util.List;
import javax.sql.DataSource;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SequelizeOptions;
import org.sequelize4j.SyncOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Makes the auto-configured Sequelize: options from the properties, the application's DataSource and
 * Spring's transactions, the customizers, the scanned models, then the start-up sync.
 */
final class SequelizeCreator {

    /** Where {@code sequelize4j.logging.sql=true} sends statements. */
    static final Logger SQL_LOG = LoggerFactory.getLogger("org.sequelize4j.spring.SQL");

    private SequelizeCreator() {
    }

    static Sequelize create(DataSource dataSource, Sequelize4jProperties properties, ScannedModels models,
                            List<SequelizeOptionsCustomizer> customizers) {
        SequelizeOptions options = SequelizeOptions.sequelizeOptions()
                .dialect(DialectDetector.dialect(properties.getDialect(), dataSource))
                .dataSource(dataSource)
                .transactionBinding(new SpringTransactionBinding(dataSource))
                .defaultTransactionNestMode(properties.getTransactions().getDefaultNestMode());
        if (properties.getTimezone() != null) {
            try {
                options.timezone(properties.getTimezone());
            } catch (DateTimeException e) {
                throw new InvalidConfigurationPropertyValueException("sequelize4j.timezone", properties.getTimezone(),
                        "expected an offset such as +00:00, -05:00 or UTC (" + e.getMessage() + ")");
            }
        }
        options.preloadClasses(properties.isPreloadClasses());
        options.define(defineDefaults(properties.getDefine()));
        Sequelize4jProperties.Logging logging = properties.getLogging();
        if (logging.isSql()) {
            options.loggingWithTime((sql, millis) -> SQL_LOG.info(millis == null ? sql : sql + " (" + millis + " ms)"));
        }
        options.benchmark(logging.isBenchmark()).logQueryParameters(logging.isQueryParameters());
        for (SequelizeOptionsCustomizer customizer : customizers) {
            customizer.customize(options);
        }
        Sequelize sequelize = new Sequelize(options);
        try {
            for (Class<? extends Model> modelClass : models.classes()) {
                sequelize.define(modelClass);
            }
            sync(sequelize, properties.getSync());
            return sequelize;
        } catch (RuntimeException e) {
            sequelize.close();
            throw e;
        }
    }

    private static ModelOptions defineDefaults(Sequelize4jProperties.Define define) {
        ModelOptions defaults = ModelOptions.options();
        if (define.getUnderscored() != null) {
            defaults.underscored(define.getUnderscored());
        }
        if (define.getTimestamps() != null) {
            defaults.timestamps(define.getTimestamps());
        }
        if (define.getParanoid() != null) {
            defaults.paranoid(define.getParanoid());
        }
        if (define.getFreezeTableName() != null) {
            defaults.freezeTableName(define.getFreezeTableName());
        }
        return defaults;
    }

    private static void sync(Sequelize sequelize, Sequelize4jProperties.SyncMode mode) {
        switch (mode) {
            case VALIDATE -> SchemaValidator.validate(sequelize);
            case CREATE -> sequelize.sync();
            case ALTER -> sequelize.sync(SyncOptions.syncOptions().alter(true));
            case OFF -> { }
            default -> throw new IllegalStateException("sequelize4j.sync: " + mode);
        }
    }
}
