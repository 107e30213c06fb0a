package org.sequelize4j.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.like;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.QueryOptions;
import org.sequelize4j.References;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SequelizeOptions;
import org.sequelize4j.errors.ConnectionError;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.errors.OptionsError;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/**
 * {@code SequelizeOptions.dataSource(...)}: Sequelize borrows the application's pool instead of opening
 * its own, gives each connection its session set-up, and leaves the pool open when it closes.
 */
class ExternalDataSourceTest {

    @TempDir
    Path dir;

    @DialectTest
    void runsOnTheApplicationsPoolAndLeavesItOpen(TestDialect dialect) throws Exception {
        try (HikariDataSource ds = AppDataSources.open(dialect, dir, Map.of())) {
            Sequelize sequelize = AppDataSources.sequelize(dialect, ds, o -> { });
            assertSame(ds, sequelize.dataSource(), "the application's data source, not a pool of Sequelize's own");
            ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING)));
            sequelize.sync();
            users.create(Map.of("name", "Ada"));
            sequelize.transaction(t -> {
                users.create(Map.of("name", "Grace"));
                assertEquals(1, ds.getHikariPoolMXBean().getActiveConnections(),
                        "the transaction holds a connection of the application's pool");
            });
            assertEquals(0, ds.getHikariPoolMXBean().getActiveConnections(), "every borrowed connection went back");
            assertEquals(2L, users.count());

            sequelize.close();
            assertTrue(sequelize.isClosed());
            assertFalse(ds.isClosed(), "closing Sequelize leaves the application's pool open");
            assertThrows(ConnectionError.class, users::count);
            try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM users")) {
                rs.next();
                assertEquals(2, rs.getInt(1), "the application still reads what Sequelize wrote");
            }
        }
    }

    @DialectTest
    void connectionsGetTheSessionSequelizesOwnPoolGives(TestDialect dialect) {
        // The application's pool opens sessions the contrary way where a dialect has a setting for it.
        Map<String, String> contrary = dialect.contraryBackslashParameters();
        String sql = "SELECT 'a\\\\b' AS v";
        Object own;
        try (Sequelize reference = dialect.open(o -> { })) {
            own = reference.select(sql, QueryOptions.queryOptions()).get(0).get("v");
        }
        try (HikariDataSource ds = AppDataSources.open(dialect, dir, contrary);
             Sequelize sequelize = AppDataSources.sequelize(dialect, ds, o -> { })) {
            assertEquals(own, sequelize.select(sql, QueryOptions.queryOptions()).get(0).get("v"),
                    "a raw literal reads as on Sequelize's own connections");

            ModelStatic<Model> owners = sequelize.define("owner", List.of(attribute("name", STRING)));
            ModelStatic<Model> pets = sequelize.define("pet", List.of(attribute("name", STRING),
                    attribute("ownerId", INTEGER).references(References.model("owner"))));
            sequelize.sync();
            Model ada = owners.create(Map.of("name", "Ada"));
            pets.create(Map.of("name", "Rex", "ownerId", ada.get("id")));
            assertThrows(ForeignKeyConstraintError.class, () -> pets.create(Map.of("name", "Stray", "ownerId", 999)),
                    "foreign keys are enforced on the application's connections (SQLite: PRAGMA foreign_keys)");
            assertEquals(0L, owners.count(query().where(like("name", "ADA"))), "LIKE is case-sensitive everywhere");
            assertEquals(1L, owners.count(query().where(like("name", "Ad%"))));
        }
    }

    @Test
    void optionsThatContradictADataSourceAreRefusedByName() {
        HikariDataSource ds = new HikariDataSource();
        try {
            OptionsError noDialect = assertThrows(OptionsError.class,
                    () -> new Sequelize(SequelizeOptions.sequelizeOptions().dataSource(ds)));
            assertEquals("dialect", noDialect.option());
            OptionsError host = assertThrows(OptionsError.class, () -> new Sequelize(SequelizeOptions.sequelizeOptions()
                    .dialect("postgres").dataSource(ds).host("db.example.com")));
            assertEquals("host", host.option());
            assertTrue(host.getMessage().contains("db.example.com"), host.getMessage());
            OptionsError password = assertThrows(OptionsError.class, () -> new Sequelize(SequelizeOptions
                    .sequelizeOptions().dialect("postgres").dataSource(ds).password("secret")));
            assertFalse(password.getMessage().contains("secret"), "never shows the password");
            OptionsError pool = assertThrows(OptionsError.class, () -> new Sequelize(SequelizeOptions.sequelizeOptions()
                    .dialect("sqlite").dataSource(ds).pool(p -> p.max(3))));
            assertEquals("pool", pool.option());
            OptionsError uri = assertThrows(OptionsError.class, () -> new Sequelize("sqlite::memory:", o -> o.dataSource(ds)));
            assertEquals("dataSource", uri.option());
            OptionsError binding = assertThrows(OptionsError.class,
                    () -> new Sequelize("sqlite::memory:", o -> o.transactionBinding(() -> null)));
            assertEquals("transactionBinding", binding.option());
        } finally {
            ds.close();
        }
    }
}
