package org.sequelize4j.queryinterface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.queryinterface.DatabaseOptions.databaseOptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.SchemaChangeError;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/** createDatabase and dropDatabase on real servers, and what SQLite says instead. */
class DatabasesTest {

    private static String uniqueName() {
        return "s4j_db_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @DialectTest
    void createsAUsableDatabaseAndDropsIt(Sequelize sequelize, TestDialect dialect) throws SQLException {
        QueryInterface qi = sequelize.getQueryInterface();
        String name = uniqueName();
        if (!sequelize.dialect().schemaEditor().databases()) {
            SchemaChangeError create = assertThrows(SchemaChangeError.class, () -> qi.createDatabase(name));
            assertTrue(create.getMessage().startsWith("createDatabase") && create.getMessage().contains(name)
                    && create.getMessage().contains("file"), create.getMessage());
            SchemaChangeError drop = assertThrows(SchemaChangeError.class, () -> qi.dropDatabase(name));
            assertTrue(drop.getMessage().startsWith("dropDatabase"), drop.getMessage());
            return;
        }
        try {
            qi.createDatabase(name);
            assertTrue(databases(dialect).contains(name));
            // It is a real database: a second instance works in it.
            String url = dialect.url().substring(0, dialect.url().lastIndexOf('/') + 1) + name;
            try (Sequelize other = new Sequelize(url)) {
                other.getQueryInterface().createTable("probe", List.of(
                        org.sequelize4j.AttributeOptions.attribute("id", org.sequelize4j.DataTypes.INTEGER)));
                assertEquals(1, other.getQueryInterface().showAllTables().size());
            }
        } finally {
            qi.dropDatabase(name);
        }
        assertTrue(!databases(dialect).contains(name));
        qi.dropDatabase(name);   // IF EXISTS: dropping it again is no error
    }

    @DialectTest
    void optionsReachTheServer(Sequelize sequelize, TestDialect dialect) throws SQLException {
        if (!sequelize.dialect().schemaEditor().databases()) {
            return;
        }
        QueryInterface qi = sequelize.getQueryInterface();
        String name = uniqueName();
        // Each server reads its own options; the other ones are refused, naming the option.
        boolean postgresOptions = readsOption(qi, databaseOptions().template("template0"));
        try {
            if (postgresOptions) {
                qi.createDatabase(name, databaseOptions().encoding("UTF8").collate("C").ctype("C").template("template0"));
                assertEquals(List.of("UTF8", "C", "C"), row(dialect, "SELECT pg_encoding_to_char(encoding), datcollate,"
                        + " datctype FROM pg_database WHERE datname = ?", name));
            } else {
                qi.createDatabase(name, databaseOptions().charset("latin1").collate("latin1_general_ci"));
                assertEquals(List.of("latin1", "latin1_general_ci"), row(dialect, "SELECT DEFAULT_CHARACTER_SET_NAME,"
                        + " DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?", name));
                qi.createDatabase(name);   // IF NOT EXISTS: left as it is
                assertEquals("latin1", row(dialect, "SELECT DEFAULT_CHARACTER_SET_NAME FROM information_schema.SCHEMATA"
                        + " WHERE SCHEMA_NAME = ?", name).get(0));
            }
        } finally {
            qi.dropDatabase(name);
        }
    }

    @DialectTest
    void badOptionsAreRefusedBeforeAnySql(Sequelize sequelize, TestDialect dialect) throws SQLException {
        if (!sequelize.dialect().schemaEditor().databases()) {
            return;
        }
        QueryInterface qi = sequelize.getQueryInterface();
        String name = uniqueName();
        SchemaChangeError bad = assertThrows(SchemaChangeError.class,
                () -> qi.createDatabase(name, databaseOptions().collate("x'; DROP DATABASE test --")));
        assertTrue(bad.getMessage().contains("collate") && bad.getMessage().contains(name), bad.getMessage());
        SchemaChangeError unread = assertThrows(SchemaChangeError.class, () -> qi.createDatabase(name,
                readsOption(qi, databaseOptions().template("template0"))
                        ? databaseOptions().charset("utf8") : databaseOptions().template("template0")));
        assertTrue(unread.getMessage().contains("no such option"), unread.getMessage());
        assertThrows(SchemaChangeError.class, () -> qi.createDatabase(" "));
        assertTrue(!databases(dialect).contains(name));
    }

    /** Whether the dialect reads this option, by whether it is refused (the name is never created). */
    private static boolean readsOption(QueryInterface qi, DatabaseOptions options) {
        try {
            qi.createDatabase("s4j_db_never", options.collate("not a word"));
            throw new AssertionError("an invalid collate was accepted");
        } catch (SchemaChangeError e) {
            return !e.getMessage().contains("no such option");   // unread options are reported before bad values
        }
    }

    private static List<String> databases(TestDialect dialect) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(dialect.jdbcUrl());
             ResultSet rs = c.getMetaData().getCatalogs()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static List<String> row(TestDialect dialect, String sql, String parameter) throws SQLException {
        try (Connection c = DriverManager.getConnection(dialect.jdbcUrl());
             PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, parameter);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "no row for " + parameter);
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    values.add(rs.getString(i));
                }
                return values;
            }
        }
    }
}
