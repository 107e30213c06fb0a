package org.sequelize4j.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;

/** Per-class test instances and nested classes get the run's database, and their tests are isolated too. */
class ExtensionLifecycleTest {

    @SampleUserTest
    @Sequelize4jTest(models = Book.class)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerClassInstance {
        ModelStatic<Book> books;

        @Test
        @Order(1)
        void first() {
            assertNotNull(books);
            books.create(Map.of("title", "one"));
            assertEquals(1, books.count());
        }

        @Test
        @Order(2)
        void second() {
            assertEquals(0, books.count());
        }
    }

    @Test
    void aPerClassInstanceIsInjectedOnceAndItsTestsAreStillRolledBack() {
        EngineExecutionResults results = EngineRuns.run(PerClassInstance.class);
        results.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    }

    @SampleUserTest
    @Sequelize4jTest(models = Book.class)
    static class Outer {
        static Sequelize outerSequelize;
        Sequelize sequelize;
        ModelStatic<Book> books;

        @Test
        void outerTest() {
            outerSequelize = sequelize;
            books.create(Map.of("title", "outer"));
            assertEquals(1, books.count());
        }

        @Nested
        @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
        class Inner {
            ModelStatic<Book> innerBooks;

            @Test
            @Order(1)
            void sharesTheDatabase(Sequelize parameter) {
                assertSame(books, innerBooks);
                assertSame(sequelize, parameter);
                innerBooks.create(Map.of("title", "inner"));
                assertEquals(1, innerBooks.count());
            }

            @Test
            @Order(2)
            void isIsolatedToo() {
                assertEquals(0, innerBooks.count());
                assertSame(outerSequelize, sequelize);
            }
        }
    }

    @Test
    void aNestedClassSharesItsEnclosingRunsDatabase() {
        EngineExecutionResults results = EngineRuns.run(Outer.class);
        results.testEvents().assertStatistics(s -> s.started(3).succeeded(3));
        results.containerEvents().assertStatistics(s -> s.failed(0));
    }
}
