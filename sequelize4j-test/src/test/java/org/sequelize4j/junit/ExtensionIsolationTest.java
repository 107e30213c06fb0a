package org.sequelize4j.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;

/**
 * Runs small user test classes through the Jupiter engine and checks what {@code @Sequelize4jTest} did
 * for them: each user test writes rows and counts them, so a test that saw another's rows fails.
 */
class ExtensionIsolationTest {

    /** Rows a user class counted in its {@code @AfterAll}-like last test, read by the assertions. */
    static volatile long lastCount = -1;

    /** Seeds one author before the first test: committed, so every test sees it. */
    public static class SeedOne implements Sequelize4jSetup {
        @Override
        public void seed(Sequelize sequelize) {
            sequelize.model(Author.class).create(Map.of("name", "Seeded"));
        }
    }

    @SampleUserTest
    @Sequelize4jTest(models = {Author.class, Book.class}, setup = SeedOne.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class RolledBack {
        static ModelStatic<Author> staticAuthors;
        ModelStatic<Author> authors;
        ModelStatic<Book> books;
        Sequelize sequelize;

        @BeforeEach
        void addOne() {
            authors.create(Map.of("name", "Before each"));
        }

        @Test
        @Order(1)
        void first() {
            Author ada = authors.create(Map.of("name", "Ada"));
            books.create(Map.of("title", "Notes", "authorId", ada.get("id")));
            assertEquals(3, authors.count());
            assertEquals(1, books.count());
        }

        @Test
        @Order(2)
        void second(ModelStatic<Author> injected, Sequelize parameter) {
            assertSame(authors, injected);
            assertSame(authors, staticAuthors);
            assertSame(sequelize, parameter);
            // A transaction callback joins the test's transaction, so it is rolled back too.
            sequelize.transaction(t -> authors.create(Map.of("name", "Inside a callback")));
            assertEquals(3, authors.count());
            assertEquals(0, books.count());
        }

        @Test
        @Order(3)
        void third() {
            lastCount = authors.count();
        }
    }

    @Test
    void rollbackUndoesEachTestIncludingItsBeforeEach() {
        lastCount = -1;
        EngineExecutionResults results = EngineRuns.run(RolledBack.class);
        results.testEvents().assertStatistics(s -> s.started(3).succeeded(3).failed(0));
        assertEquals(2, lastCount, "the seeded row and this test's @BeforeEach row");
    }

    @SampleUserTest
    @Sequelize4jTest(models = {Author.class, Book.class}, isolation = Isolation.NONE)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class NotIsolated {
        ModelStatic<Author> authors;

        @Test
        @Order(1)
        void first() {
            authors.create(Map.of("name", "Ada"));
            assertEquals(1, authors.count());
        }

        @Test
        @Order(2)
        void second() {
            authors.create(Map.of("name", "Grace"));
            assertEquals(1, authors.count(), "sees the first test's row");
        }
    }

    @Test
    void withoutIsolationTheSecondTestSeesTheFirstTestsRow() {
        EngineExecutionResults results = EngineRuns.run(NotIsolated.class);
        results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
        results.testEvents().assertThatEvents().haveExactly(1,
                event(test("second"), finishedWithFailure(message(m -> m.contains("sees the first test's row")))));
    }

    @SampleUserTest
    @Sequelize4jTest(models = {Author.class, Book.class}, isolation = Isolation.TRUNCATE,
            dialects = {TestDatabase.SQLITE, TestDatabase.POSTGRES, TestDatabase.MARIADB})
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Truncated {
        ModelStatic<Author> authors;
        ModelStatic<Book> books;

        @Test
        @Order(1)
        void first() {
            Author ada = authors.create(Map.of("name", "Ada"));
            books.create(Map.of("title", "Notes", "authorId", ada.get("id")));
            assertEquals(1, books.count());
        }

        @Test
        @Order(2)
        void second() {
            // Books reference authors: deleting authors first would have failed.
            assertEquals(0, authors.count());
            assertEquals(0, books.count());
            Author grace = authors.create(Map.of("name", "Grace"));
            assertNotNull(books.create(Map.of("title", "Compilers", "authorId", grace.get("id"))));
        }
    }

    @Test
    void truncateEmptiesEveryTableInForeignKeyOrderOnEachDatabase() {
        EngineExecutionResults results = EngineRuns.run(Truncated.class);
        results.testEvents().assertStatistics(s -> s.failed(0));
        results.containerEvents().assertStatistics(s -> s.failed(0));
        int reached = ServerAvailability.reachableCount(TestDatabase.SQLITE, TestDatabase.POSTGRES, TestDatabase.MARIADB);
        results.testEvents().assertStatistics(s -> s.succeeded(2L * reached));
    }
}
