package org.sequelize4j.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Transaction;
import org.sequelize4j.TransactionOptions;
import org.sequelize4j.errors.IncompatibleTransactionError;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.spring.testapp.LibraryConfiguration;
import org.sequelize4j.spring.testapp.models.Author;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sequelize's view of a Spring transaction: afterCommit and afterRollback callbacks run when Spring
 * ends it, Sequelize refuses to end it itself, and its read-only flag is what nested calls are checked
 * against.
 */
class SpringTransactionCallbacksTest {

    @TempDir
    Path dir;

    private ApplicationContextRunner runner(TestDatabase db) {
        return new ApplicationContextRunner()
                .withConfiguration(BootAutoConfigurations.withSequelize())
                .withUserConfiguration(LibraryConfiguration.class)
                .withPropertyValues("spring.datasource.url=" + db.freshUrl(dir),
                        "sequelize4j.model-packages=org.sequelize4j.spring.testapp.models", "sequelize4j.sync=create");
    }

    @ParameterizedTest
    @MethodSource(Sequelize4jAutoConfigurationTest.DATABASES)
    void callbacksRunWhenSpringEndsTheTransaction(TestDatabase db) {
        runner(db).run(context -> {
            Sequelize sequelize = context.getBean(Sequelize.class);
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            List<String> events = new ArrayList<>();
            tx.executeWithoutResult(status -> {
                Transaction t = sequelize.currentTransaction();
                sequelize.model(Author.class).create(Map.of("name", "Ada"));
                t.afterCommit(committed -> events.add("committed, rows seen after: "
                        + sequelize.model(Author.class).count()));
                t.afterRollback(() -> events.add("rolled back"));
                assertThrows(SequelizeException.class, t::commit, "Spring's to commit");
                assertEquals(List.of(), events);
            });
            assertEquals(List.of("committed, rows seen after: 1"), events,
                    "after Spring's commit, on a connection of its own");
            assertNull(sequelize.currentTransaction(), "nothing left bound to the thread");

            events.clear();
            tx.executeWithoutResult(status -> {
                sequelize.currentTransaction().afterCommit(() -> events.add("committed"))
                        .afterRollback(() -> events.add("rolled back"));
                status.setRollbackOnly();
            });
            assertEquals(List.of("rolled back"), events);
        });
    }

    @ParameterizedTest
    @MethodSource(Sequelize4jAutoConfigurationTest.DATABASES)
    void aReadOnlySpringTransactionIsReadOnlyForNestedCalls(TestDatabase db) {
        runner(db).run(context -> {
            Sequelize sequelize = context.getBean(Sequelize.class);
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            tx.setReadOnly(true);
            tx.executeWithoutResult(status -> {
                assertTrue(sequelize.currentTransaction().options().isReadOnly());
                IncompatibleTransactionError refused = assertThrows(IncompatibleTransactionError.class,
                        () -> sequelize.transaction(TransactionOptions.transactionOptions().readOnly(false), t -> { }));
                assertEquals("readOnly", refused.option());
                assertEquals(0L, sequelize.model(Author.class).count(), "reads run in it");
            });
        });
    }
}
