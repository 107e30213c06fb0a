package org.sequelize4j.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.TransactionOptions.transactionOptions;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.FindOrCreateOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Transaction;
import org.sequelize4j.TransactionOptions.NestMode;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/**
 * A {@code TransactionBinding}: inside a transaction a framework runs on the application's pool,
 * Sequelize works on that transaction's connection, joins it, nests savepoints in it, and leaves
 * committing and rolling back to the framework.
 */
class TransactionBindingTest {

    @TempDir
    Path dir;

    private interface Scenario {
        void run(Sequelize sequelize, ModelStatic<Model> accounts, ThreadBoundTransactions framework) throws Exception;
    }

    private void with(TestDialect dialect, Scenario scenario) throws Exception {
        try (HikariDataSource ds = AppDataSources.open(dialect, dir, Map.of())) {
            ThreadBoundTransactions framework = new ThreadBoundTransactions(ds);
            try (Sequelize sequelize = AppDataSources.sequelize(dialect, ds, o -> o.transactionBinding(framework))) {
                ModelStatic<Model> accounts = sequelize.define("account", List.of(
                        attribute("name", STRING).allowNull(false).unique(true), attribute("balance", INTEGER)));
                sequelize.sync();
                scenario.run(sequelize, accounts, framework);
            }
        }
    }

    private static List<Object> names(ModelStatic<Model> accounts) {
        List<Object> names = new ArrayList<>();
        accounts.findAll(query().order(asc("name"))).forEach(a -> names.add(a.get("name")));
        return names;
    }

    @DialectTest
    void operationsRunInTheFrameworksTransactionAndEndWithIt(TestDialect dialect) throws Exception {
        with(dialect, (sequelize, accounts, framework) -> {
            framework.inTransaction(false, () -> {
                accounts.create(Map.of("name", "a"));
                accounts.bulkCreate(List.of(Map.of("name", "b"), Map.of("name", "c")));
                assertEquals(List.of("a", "b", "c"), names(accounts), "the transaction sees its own rows");
                assertNotNull(sequelize.currentTransaction(), "the framework's transaction is the current one");
                assertEquals(0L, accounts.count(query().transaction(null)), "uncommitted: another connection sees none");
            });
            assertEquals(List.of(), names(accounts), "rolled back by the framework, with everything Sequelize wrote");
            assertNull(sequelize.currentTransaction());

            framework.inTransaction(true, () -> {
                accounts.create(Map.of("name", "kept"));
                accounts.findOrCreate(FindOrCreateOptions.where(eq("name", "found"))
                        .defaults(Map.of("balance", 1)));
            });
            assertEquals(List.of("found", "kept"), names(accounts), "committed by the framework");
        });
    }

    @DialectTest
    void aNestedTransactionJoinsAndCannotEndIt(TestDialect dialect) throws Exception {
        with(dialect, (sequelize, accounts, framework) -> {
            List<Boolean> ended = new ArrayList<>();
            framework.inTransaction(false, () -> {
                Transaction outer = sequelize.currentTransaction();
                sequelize.transaction(inner -> {
                    assertSame(outer, inner, "joined: the framework's transaction, no new one");
                    accounts.create(Map.of("name", "joined"));
                    inner.afterCommit(() -> ended.add(true)).afterRollback(() -> ended.add(false));
                    SequelizeException refused = assertThrows(SequelizeException.class, inner::commit);
                    assertTrue(refused.getMessage().contains("transaction manager"), refused.getMessage());
                });
                assertEquals(List.of(), ended, "nothing ended when the nested callback returned");
                assertEquals(List.of("joined"), names(accounts));
            });
            assertEquals(List.of(false), ended, "afterRollback ran when the framework rolled back");
            assertEquals(List.of(), names(accounts), "the joined work went with the framework's rollback");
        });
    }

    @DialectTest
    void aSavepointRollsBackOnlyItsOwnWork(TestDialect dialect) throws Exception {
        with(dialect, (sequelize, accounts, framework) -> {
            List<String> callbacks = new ArrayList<>();
            framework.inTransaction(true, () -> {
                accounts.create(Map.of("name", "outer"));
                assertThrows(IllegalStateException.class, () -> sequelize.transaction(
                        transactionOptions().nestMode(NestMode.SAVEPOINT), sp -> {
                            assertNotNull(sp.parent(), "a savepoint of the framework's transaction");
                            accounts.create(Map.of("name", "discarded"));
                            throw new IllegalStateException("changed my mind");
                        }));
                sequelize.transaction(transactionOptions().nestMode(NestMode.SAVEPOINT), sp -> {
                    accounts.create(Map.of("name", "released"));
                    sp.afterCommit(() -> callbacks.add("committed"));
                });
                assertEquals(List.of(), callbacks, "a released savepoint's afterCommit waits for the framework");
            });
            assertEquals(List.of("outer", "released"), names(accounts));
            assertEquals(List.of("committed"), callbacks);
        });
    }

    @DialectTest
    void aSeparateTransactionCommitsOnItsOwn(TestDialect dialect) throws Exception {
        with(dialect, (sequelize, accounts, framework) -> {
            framework.inTransaction(false, () -> {
                Transaction outer = sequelize.currentTransaction();
                sequelize.transaction(transactionOptions().nestMode(NestMode.SEPARATE), separate -> {
                    assertNotSame(outer, separate);
                    accounts.create(Map.of("name", "separate"));
                });
                accounts.create(Map.of("name", "undone"));
            });
            assertEquals(List.of("separate"), names(accounts), "the separate transaction outlived the rollback");
        });
    }
}
