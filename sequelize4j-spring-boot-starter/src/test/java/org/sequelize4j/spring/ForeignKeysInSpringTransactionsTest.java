package org.sequelize4j.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.spring.testapp.LibraryConfiguration;
import org.sequelize4j.spring.testapp.models.Book;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Foreign keys hold on connections Sequelize first meets inside a Spring transaction: on SQLite,
 * where {@code PRAGMA foreign_keys} does nothing inside a transaction, because the starter opens the
 * pool's connections with the driver property.
 */
class ForeignKeysInSpringTransactionsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource(Sequelize4jAutoConfigurationTest.DATABASES)
    void aDanglingForeignKeyFailsInTheFirstTransaction(TestDatabase db) {
        String url = db.freshUrl(dir);
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(BootAutoConfigurations.withSequelize())
                .withUserConfiguration(LibraryConfiguration.class)
                .withPropertyValues("spring.datasource.url=" + url,
                        "sequelize4j.model-packages=org.sequelize4j.spring.testapp.models");
        runner.withPropertyValues("sequelize4j.sync=create").run(context -> context.getBean(Sequelize.class));
        // A new pool whose connections Sequelize meets first inside the transaction below.
        runner.run(context -> {
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            Sequelize sequelize = context.getBean(Sequelize.class);
            assertThrows(ForeignKeyConstraintError.class, () -> tx.executeWithoutResult(status ->
                    sequelize.model(Book.class).create(Map.of("title", "Orphan", "authorId", 999))));
            assertEquals(0L, sequelize.model(Book.class).count());
        });
    }
}
