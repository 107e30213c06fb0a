package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.QueryOptions.queryOptions;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sequelize4j.BulkCreateOptions;
import org.sequelize4j.DestroyOptions;
import org.sequelize4j.FindOrCreateOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.SaveOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.UpsertOptions;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.SqlLog;
import org.sequelize4j.testing.TestDialect;

/** A call's own {@code logging} option takes that call's statements from the instance's callback. */
class PerCallLoggingTest {

    private static ModelStatic<Model> users(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING).unique(true)));
        sequelize.sync();
        return users;
    }

    @DialectTest
    void aCallsCallbackReceivesItsStatementsInsteadOfTheInstances(TestDialect dialect) {
        SqlLog instance = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging((Consumer<String>) instance))) {
            ModelStatic<Model> users = users(sequelize);
            int before = instance.size();
            SqlLog call = new SqlLog();
            users.create(Map.of("name", "Ada"), SaveOptions.saveOptions().logging((Consumer<String>) call));
            assertTrue(call.messages().get(0).startsWith("Executing (default): INSERT INTO "), call.messages().toString());
            users.findAll(query().where(eq("name", "Ada")).logging((Consumer<String>) call));
            sequelize.query("SELECT 1 AS one", queryOptions().logging((Consumer<String>) call));
            users.update(Map.of("name", "Bea"), UpdateOptions.where(eq("name", "Ada")).logging((Consumer<String>) call));
            users.upsert(Map.of("name", "Cy"), UpsertOptions.upsertOptions().logging((Consumer<String>) call));
            users.bulkCreate(List.of(Map.of("name", "Di")), BulkCreateOptions.bulkCreateOptions()
                    .logging((Consumer<String>) call));
            users.destroy(DestroyOptions.where(eq("name", "Di")).logging((Consumer<String>) call));
            users.findOrCreate(FindOrCreateOptions.where(eq("name", "Ed")).logging((Consumer<String>) call));
            assertEquals(List.of(), instance.since(before).stream()
                    .filter(m -> !m.contains("START TRANSACTION") && !m.contains("BEGIN") && !m.contains("COMMIT")
                            && !m.contains("SAVEPOINT"))
                    .toList(), "statements of calls with their own callback");
            for (String verb : List.of("INSERT INTO", "SELECT", "SELECT 1 AS one", "UPDATE", "DELETE FROM")) {
                assertTrue(call.messages().stream().anyMatch(m -> m.contains(verb)), verb + " in " + call.messages());
            }
            assertEquals(3L, users.count(), "Bea, Cy and Ed");
            assertTrue(instance.since(before).stream().anyMatch(m -> m.contains("count")),
                    "a later call without the option logs to the instance again: " + instance.since(before));
        }
    }

    @DialectTest
    void loggingFalseSilencesOneCall(TestDialect dialect) {
        SqlLog instance = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging((Consumer<String>) instance))) {
            ModelStatic<Model> users = users(sequelize);
            users.create(Map.of("name", "Ada"));
            int before = instance.size();
            assertEquals(1, users.findAll(query().logging(false)).size());
            assertEquals(1, sequelize.query("SELECT 1 AS one", queryOptions().logging(false)).rows().size());
            users.create(Map.of("name", "Bea"), SaveOptions.saveOptions().logging(false));
            assertEquals(List.of(), instance.since(before));
            users.findAll(query().logging(true));
            assertEquals(1, instance.since(before).size(), "logging(true) keeps the instance's callback");
        }
    }

    @DialectTest
    void aCallsCallbackFollowsItIntoATransaction(TestDialect dialect, Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        SqlLog call = new SqlLog();
        sequelize.transaction(t -> {
            users.findAll(query().transaction(t).logging((Consumer<String>) call));
        });
        assertEquals(1, call.size(), call.messages().toString());
        assertTrue(call.messages().get(0).startsWith("Executing ("), call.messages().get(0));
        assertTrue(!call.messages().get(0).startsWith("Executing (default)"), "labelled with the transaction: "
                + call.messages().get(0));
    }

    @DialectTest
    void aCallsCallbackReceivesTheQueriesOfItsIncludes(TestDialect dialect) {
        SqlLog instance = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging((Consumer<String>) instance))) {
            ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING)));
            ModelStatic<Model> posts = sequelize.define("post", List.of(attribute("title", STRING)));
            users.hasMany(posts, org.sequelize4j.association.HasManyOptions.hasMany().as("posts"));
            sequelize.sync();
            Model ada = users.create(Map.of("name", "Ada"));
            posts.create(Map.of("title", "t", "userId", ada.get("id")));
            int before = instance.size();
            SqlLog call = new SqlLog();
            users.findAll(query().include(org.sequelize4j.association.IncludeOptions.include("posts"))
                    .logging((Consumer<String>) call));
            assertEquals(2, call.size(), "the parents' query and the posts' batch: " + call.messages());
            assertEquals(List.of(), instance.since(before));
        }
    }
}
