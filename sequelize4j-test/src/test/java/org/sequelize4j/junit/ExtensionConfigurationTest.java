package org.sequelize4j.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.ConnectionError;

/** Where the database comes from, what gets injected, and the errors for configurations that cannot work. */
class ExtensionConfigurationTest {

    @SampleUserTest
    @Sequelize4jTest(url = "sqlite::memory:", dialects = TestDatabase.SQLITE)
    static class UrlAndDialects {
        @Test
        void never() {
        }
    }

    @Test
    void urlTogetherWithDialectsIsRefused() {
        EngineExecutionResults results = EngineRuns.run(UrlAndDialects.class);
        results.containerEvents().assertThatEvents().haveExactly(1, event(container(), finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class), message(m -> m.contains("UrlAndDialects")
                        && m.contains("either url or dialects")))));
        results.testEvents().assertStatistics(s -> s.started(0));
    }

    /** Needs an argument: the extension cannot make it. */
    public static class NeedsArgument implements Sequelize4jSetup {
        public NeedsArgument(String name) {
        }
    }

    @SampleUserTest
    @Sequelize4jTest(setup = NeedsArgument.class)
    static class BadSetup {
        @Test
        void never() {
        }
    }

    @Test
    void aSetupWithoutANoArgumentConstructorIsNamed() {
        EngineExecutionResults results = EngineRuns.run(BadSetup.class);
        results.containerEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message(m -> m.contains(NeedsArgument.class.getName()) && m.contains("no-argument constructor")))));
    }

    /** Defines a model without a class. */
    public static class Tags implements Sequelize4jSetup {
        @Override
        public void define(Sequelize sequelize) {
            sequelize.define("tag", List.of(attribute("label", STRING)));
        }
    }

    @SampleUserTest
    @Sequelize4jTest(setup = Tags.class)
    static class NamedModels {
        @ModelName("tag") ModelStatic<Model> tags;

        @Test
        void fieldByName() {
            tags.create(Map.of("label", "java"));
            assertEquals(1, tags.count());
        }

        @Test
        void parameterWithoutAName(ModelStatic<Model> unnamed) {
        }
    }

    @Test
    void modelsWithoutAClassAreInjectedByNameAndOtherwiseTheParameterIsNamed() {
        EngineExecutionResults results = EngineRuns.run(NamedModels.class);
        results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
        results.testEvents().assertThatEvents().haveExactly(1, event(test("parameterWithoutAName"), finishedWithFailure(
                instanceOf(ParameterResolutionException.class), message(m -> m.contains("@ModelName")))));
    }

    @SampleUserTest
    @Sequelize4jTest(models = Book.class)
    static class UndefinedModel {
        ModelStatic<Author> authors;

        @Test
        void never() {
        }
    }

    @SampleUserTest
    @Sequelize4jTest(models = Author.class)
    static class MissingAssociationTarget {
        @Test
        void never() {
        }
    }

    @Test
    void aModelWhoseAssociationTargetIsNotListedIsNamed() {
        EngineExecutionResults results = EngineRuns.run(MissingAssociationTarget.class);
        results.containerEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class), message(m -> m.contains("MissingAssociationTarget")
                        && m.contains("Book")))));
    }

    @Test
    void aFieldForAModelThatIsNotDefinedIsNamed() {
        EngineExecutionResults results = EngineRuns.run(UndefinedModel.class);
        results.allEvents().assertThatEvents().haveAtLeast(1, event(finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message(m -> m.contains("UndefinedModel.authors") && m.contains(Author.class.getName() + " is not defined")))));
    }

    @SampleUserTest
    @Sequelize4jTest(dialects = TestDatabase.POSTGRES, models = Book.class)
    static class OnPostgres {
        @Test
        void runs() {
        }
    }

    @Test
    void anUnreachableServerIsSkippedUnlessRequired() {
        String nowhere = "postgres://postgres@127.0.0.1:1/nowhere";
        EngineExecutionResults skipped = EngineRuns.run(OnPostgres.class,
                Map.of("sequelize4j.test.postgres.url", nowhere, "sequelize4j.test.require", "false"));
        skipped.containerEvents().assertStatistics(s -> s.aborted(1).failed(0));
        skipped.testEvents().assertStatistics(s -> s.started(0));

        EngineExecutionResults required = EngineRuns.run(OnPostgres.class,
                Map.of("sequelize4j.test.postgres.url", nowhere, "sequelize4j.test.require", "true"));
        required.containerEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(
                instanceOf(ConnectionError.class), message(m -> m.contains("postgres is not reachable")))));
    }

    @SampleUserTest
    @Sequelize4jTest(models = Book.class)
    static class FromProperty {
        static String databaseName;
        static boolean tableExisted;

        @Test
        void usesTheUrlOfTheProperty(Sequelize sequelize) {
            databaseName = sequelize.getDatabaseName();
            tableExisted = sequelize.getQueryInterface().showAllTables().stream().anyMatch(t -> t.tableName().equals("Books"));
        }
    }

    @Test
    void theUrlPropertyChoosesTheDatabaseAndTheTablesAreDroppedAfterwards(@TempDir Path dir) {
        Path file = dir.resolve("from-property.db");
        EngineExecutionResults results = EngineRuns.run(FromProperty.class,
                Map.of("sequelize4j.test.url", "sqlite:" + file));
        results.testEvents().assertStatistics(s -> s.succeeded(1));
        assertNotNull(FromProperty.databaseName);
        assertTrue(FromProperty.databaseName.endsWith("from-property.db"), FromProperty.databaseName);
        assertTrue(FromProperty.tableExisted);
        try (Sequelize after = new Sequelize("sqlite:" + file)) {
            assertFalse(after.getQueryInterface().showAllTables().stream().anyMatch(t -> t.tableName().equals("Books")));
        }
    }

    @SampleUserTest
    @Sequelize4jTest(dialects = {TestDatabase.SQLITE, TestDatabase.POSTGRES, TestDatabase.MARIADB}, models = Book.class)
    static class OnEachDatabase {
        static final java.util.Set<String> dialectsSeen = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Test
        void connectedToTheNamedDatabase(TestDatabase database, Sequelize sequelize) {
            assertEquals(database.key(), sequelize.getDialect());
            dialectsSeen.add(sequelize.getDialect());
        }
    }

    @Test
    void dialectsRunTheClassOncePerReachableDatabase() {
        OnEachDatabase.dialectsSeen.clear();
        EngineExecutionResults results = EngineRuns.run(OnEachDatabase.class);
        int reached = ServerAvailability.reachableCount(TestDatabase.SQLITE, TestDatabase.POSTGRES, TestDatabase.MARIADB);
        results.testEvents().assertStatistics(s -> s.started(reached).succeeded(reached));
        assertEquals(reached, OnEachDatabase.dialectsSeen.size());
        results.containerEvents().assertThatEvents().haveExactly(1, event(container(), displayName("[sqlite]"), finishedSuccessfully()));
    }
}
