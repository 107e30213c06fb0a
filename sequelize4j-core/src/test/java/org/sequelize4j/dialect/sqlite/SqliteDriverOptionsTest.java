package org.sequelize4j.dialect.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sqlite.SQLiteConnection;

/**
 * The driver's generated-keys work (getting-started.md, SQLite specifics): on by default, so plain JDBC
 * on the library's pool gets its keys, and turned off by a dialect option without the library's own
 * inserts losing theirs (they read them with RETURNING).
 */
class SqliteDriverOptionsTest {

    @Test
    void plainJdbcGetsGeneratedKeysByDefault() throws Exception {
        try (Sequelize sequelize = new Sequelize("sqlite::memory:", o -> o.logging(false))) {
            sequelize.query("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
            try (Connection c = sequelize.dataSource().getConnection()) {
                assertTrue(c.unwrap(SQLiteConnection.class).getConnectionConfig().isGetGeneratedKeys());
                assertEquals(1, generatedKey(c, "INSERT INTO notes (body) VALUES ('a')"));
            }
        }
    }

    /**
     * The library's own writes skip the driver's generated-keys work (SqliteLibraryWrites) by turning
     * the connection's setting off for the statement; it is back on for whoever borrows the connection
     * next, after a write that worked and after one that failed.
     */
    @Test
    void theLibrarysWritesLeaveTheSettingAsTheyFoundIt() throws Exception {
        try (Sequelize sequelize = new Sequelize("sqlite::memory:", o -> o.logging(false))) {
            ModelStatic<Model> notes = sequelize.define("note", List.of(attribute("body", STRING).allowNull(false)));
            notes.sync();
            Model first = notes.create(Map.of("body", "a"));
            assertEquals(1, notes.update(Map.of("body", "b"), org.sequelize4j.UpdateOptions.where(Map.of("id", first.get("id")))).count());
            notes.destroy(org.sequelize4j.DestroyOptions.where(Map.of("id", 999)));
            String stamp = "2026-01-01 00:00:00.000 +00:00";
            sequelize.getQueryInterface().bulkInsert("notes", List.of(Map.of("body", "c", "createdAt", stamp, "updatedAt", stamp)));
            org.junit.jupiter.api.Assertions.assertThrows(org.sequelize4j.errors.UniqueConstraintError.class, () -> sequelize
                    .getQueryInterface().bulkInsert("notes", List.of(Map.of("id", 1, "body", "duplicate key", "createdAt", stamp,
                            "updatedAt", stamp))));
            try (Connection c = sequelize.dataSource().getConnection()) {
                assertTrue(c.unwrap(SQLiteConnection.class).getConnectionConfig().isGetGeneratedKeys());
                assertEquals(3, generatedKey(c, "INSERT INTO notes (body, \"createdAt\", \"updatedAt\")"
                        + " VALUES ('d', '" + stamp + "', '" + stamp + "')"));
            }
        }
    }

    /** Runs an INSERT by plain JDBC asking for its generated key, and returns the key the driver reports. */
    private static long generatedKey(Connection c, String insert) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(insert, Statement.RETURN_GENERATED_KEYS)) {
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                assertTrue(keys.next(), "the driver reported no generated key");
                return keys.getLong(1);
            }
        }
    }

    @Test
    void theDialectOptionTurnsItOffAndTheLibraryStillReadsItsKeys() throws Exception {
        try (Sequelize sequelize = new Sequelize("sqlite::memory:", o -> o.logging(false)
                .dialectOption("jdbc.get_generated_keys", "false"))) {
            try (Connection c = sequelize.dataSource().getConnection()) {
                assertFalse(c.unwrap(SQLiteConnection.class).getConnectionConfig().isGetGeneratedKeys());
            }
            ModelStatic<Model> notes = sequelize.define("note", List.of(attribute("body", STRING)));
            notes.sync();
            assertEquals(1, ((Number) notes.create(Map.of("body", "a")).get("id")).intValue());
            List<Model> many = notes.bulkCreate(List.of(Map.of("body", "b"), Map.of("body", "c")));
            assertEquals(List.of(2, 3), many.stream().map(m -> ((Number) m.get("id")).intValue()).toList());
        }
    }
}
