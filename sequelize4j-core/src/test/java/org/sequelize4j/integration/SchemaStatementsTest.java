package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.DECIMAL;
import static org.sequelize4j.DataTypes.ENUM;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.IndexOptions.index;

import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.SchemaStatements;
import org.sequelize4j.Sequelize;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.SqlLog;
import org.sequelize4j.testing.TestDialect;

/** SchemaStatements gives, as text, exactly the DDL that sync() and drop() send, and it runs as given. */
class SchemaStatementsTest {

    private static ModelStatic<Model> define(Sequelize sequelize) {
        return sequelize.define("stockItem", List.of(
                attribute("sku", STRING(20)).allowNull(false).unique(true),
                attribute("state", ENUM("new", "sold")).defaultValue("new"),
                attribute("price", DECIMAL(10, 2)),
                attribute("shelf", INTEGER)),
                ModelOptions.options().underscored(true).indexes(index("shelf", "price")));
    }

    /** The messages that are the given statements (the log may add a prefix or bound values). */
    private static List<String> sent(SqlLog log, List<String> statements) {
        List<String> found = new ArrayList<>();
        for (String message : log.messages()) {
            for (String statement : statements) {
                if (message.contains(statement)) {
                    found.add(statement);
                }
            }
        }
        return found;
    }

    @DialectTest
    void createAndDropAreWhatSyncAndDropSend(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging(log))) {
            ModelStatic<Model> items = define(sequelize);
            List<String> create = SchemaStatements.createTable(items);
            assertTrue(create.stream().anyMatch(s -> s.startsWith("CREATE TABLE")), create::toString);
            assertTrue(create.stream().anyMatch(s -> s.contains("INDEX")), "the index too: " + create);
            items.sync();
            assertEquals(create, sent(log, create), "sync sent each statement, in this order");
            List<String> ddlSent = log.messages().stream().filter(m -> m.contains("CREATE ")).toList();
            assertEquals(create.stream().filter(s -> s.contains("CREATE ")).count(), ddlSent.size(),
                    "and no other CREATE: " + ddlSent);

            List<String> drop = SchemaStatements.dropTable(items);
            log.clear();
            items.drop();
            assertEquals(drop, sent(log, drop));
        }
    }

    @DialectTest
    void theStatementsBuildTheTableOnTheirOwn(TestDialect dialect) {
        try (Sequelize sequelize = dialect.open(o -> { })) {
            ModelStatic<Model> items = define(sequelize);
            SchemaStatements.createTable(items).forEach(sequelize::query);
            java.time.Instant now = java.time.Instant.now();
            // Written around the model, so that the state comes from the column's default, not from Java.
            sequelize.getQueryInterface().bulkInsert(items.tableName(),
                    List.of(java.util.Map.of("sku", "A-1", "created_at", now, "updated_at", now)));
            assertEquals("new", items.findAll().get(0).get("state"), "the column default is the model's");
            SchemaStatements.dropTable(items).forEach(sequelize::query);
            assertTrue(sequelize.getQueryInterface().showAllTables().isEmpty(), "dropped");
        }
    }
}
