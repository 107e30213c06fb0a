package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.QueryOptions.queryOptions;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.SqlLog;
import org.sequelize4j.testing.TestDialect;

/**
 * Query logs show placeholders as the server numbers them ({@code $1}, {@code $2}, … on PostgreSQL, as
 * Sequelize's logs do), never touching a {@code ?} inside a string literal, a quoted identifier or a
 * comment; the statement the driver receives is unchanged.
 */
class LoggingPlaceholdersTest {

    private static String placeholder(Sequelize sequelize, int n) {
        return sequelize.dialect().capabilities().numberedPlaceholders() ? "$" + n : "?";
    }

    @DialectTest
    void findLogsShowTheServersPlaceholders(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging((Consumer<String>) log))) {
            ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING),
                    attribute("age", INTEGER)));
            sequelize.sync();
            users.create(Map.of("name", "Ada", "age", 36));
            int before = log.size();
            Model found = users.findOne(query().where(Map.of("name", "Ada", "age", 36)));
            assertEquals("Ada", found.get("name"), "the statement as sent still binds its values");
            String line = log.since(before).get(0);
            String first = placeholder(sequelize, 1);
            String second = placeholder(sequelize, 2);
            assertTrue(line.contains(" = " + first) && line.contains(" = " + second), line);
            if (sequelize.dialect().capabilities().numberedPlaceholders()) {
                assertTrue(line.indexOf("$1") < line.indexOf("$2"), "numbered in order: " + line);
                assertFalse(line.contains("?") || line.contains("$3"), "one number per value: " + line);
            } else {
                assertFalse(line.contains("$1"), line);
            }
        }
    }

    @DialectTest
    void questionMarksInLiteralsIdentifiersAndCommentsAreNotRenumbered(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging((Consumer<String>) log))) {
            String quoted = sequelize.dialect().quoteIdentifier("why?");
            int before = log.size();
            var rows = sequelize.query("SELECT 'it''s ?' AS " + quoted + ", ? AS v /* ? */ -- ?\n",
                    queryOptions().replacements(List.of(7))).rows();
            assertEquals("it's ?", rows.get(0).get("why?"));
            assertEquals(7, ((Number) rows.get(0).get("v")).intValue());
            String line = log.since(before).get(0);
            assertTrue(line.contains("SELECT 'it''s ?' AS " + quoted + ", " + placeholder(sequelize, 1)
                    + " AS v /* ? */ -- ?"), line);
        }
    }
}
