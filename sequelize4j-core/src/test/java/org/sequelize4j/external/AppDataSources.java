package org.sequelize4j.external;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SequelizeOptions;
import org.sequelize4j.testing.TestDialect;

/**
 * An application's own HikariCP pool on a test database, opened the way an application would open it:
 * with the driver's defaults, none of Sequelize's connection settings.
 */
final class AppDataSources {

    private AppDataSources() {
    }

    /** A pool on an emptied test database (SQLite: a file under {@code dir}), with extra driver properties. */
    static HikariDataSource open(TestDialect dialect, Path dir, Map<String, String> driverProperties) {
        dialect.cleanDatabase();
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(dialect.jdbcUrl() != null ? dialect.jdbcUrl() : "jdbc:sqlite:" + dir.resolve("app.db"));
        ds.setMaximumPoolSize(4);
        ds.setPoolName("app-" + dialect.key());
        driverProperties.forEach(ds::addDataSourceProperty);
        return ds;
    }

    /** A Sequelize on the application's pool. */
    static Sequelize sequelize(TestDialect dialect, HikariDataSource ds, Consumer<SequelizeOptions> more) {
        SequelizeOptions options = SequelizeOptions.sequelizeOptions().dialect(dialect.key()).dataSource(ds);
        more.accept(options);
        return new Sequelize(options);
    }
}
