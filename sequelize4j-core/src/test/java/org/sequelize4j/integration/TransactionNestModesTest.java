package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.TransactionOptions.transactionOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.FindOrCreateOptions;
import org.sequelize4j.IsolationLevel;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.SaveOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Transaction;
import org.sequelize4j.TransactionOptions;
import org.sequelize4j.TransactionOptions.NestMode;
import org.sequelize4j.association.BelongsToManyAssociation;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.errors.IncompatibleTransactionError;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.testing.Concurrency;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/**
 * Sequelize v7's nesting: a nested {@code sequelize.transaction} reuses the running transaction unless
 * it asks for a savepoint or a separate transaction, and is refused when it asks for settings the running
 * transaction does not have. Operations that must be all or nothing ask for their savepoint by name.
 */
class TransactionNestModesTest {

    @TempDir
    Path tempDir;

    private static List<Object> names(ModelStatic<Model> accounts) {
        List<Object> names = new ArrayList<>();
        accounts.findAll(query().order(asc("name"))).forEach(a -> names.add(a.get("name")));
        return names;
    }

    @DialectTest
    void aNestedTransactionReusesTheRunningOneByDefault(Sequelize sequelize) {
        ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
        sequelize.transaction(outer -> {
            accounts.create(Map.of("name", "a"));
            assertThrows(IllegalStateException.class, () -> sequelize.transaction(inner -> {
                assertSame(outer, inner, "the same transaction, no savepoint");
                accounts.create(Map.of("name", "b"));
                throw new IllegalStateException("inner fails");
            }));
            assertTrue(outer.isActive(), "the reused transaction is not ended by its nested callback");
            assertEquals(Integer.valueOf(7), sequelize.transactionResult(inner -> 7));
        });
        assertEquals(List.of("a", "b"), names(accounts), "nothing undid b: it committed with the outer transaction");
    }

    @DialectTest
    void theInstanceDefaultCanBeSavepoints(TestDialect dialect) {
        try (Sequelize sequelize = dialect.open(o -> o.defaultTransactionNestMode(NestMode.SAVEPOINT))) {
            ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
            sequelize.transaction(outer -> {
                accounts.create(Map.of("name", "a"));
                assertThrows(IllegalStateException.class, () -> sequelize.transaction(inner -> {
                    assertSame(outer, inner.parent());
                    accounts.create(Map.of("name", "b"));
                    throw new IllegalStateException("inner fails");
                }));
            });
            assertEquals(List.of("a"), names(accounts));
        }
    }

    @DialectTest
    void settingsTheRunningTransactionLacksAreRefusedBeforeAnythingRuns(Sequelize sequelize) {
        ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
        int[] ran = new int[1];
        sequelize.transaction(outer -> {
            for (NestMode mode : List.of(NestMode.REUSE, NestMode.SAVEPOINT)) {
                IncompatibleTransactionError isolation = assertThrows(IncompatibleTransactionError.class,
                        () -> sequelize.transaction(transactionOptions().nestMode(mode)
                                .isolationLevel(IsolationLevel.SERIALIZABLE), t -> ran[0]++));
                assertEquals("isolationLevel", isolation.option());
                assertTrue(isolation.getMessage().contains("SERIALIZABLE") && isolation.getMessage().contains(mode.name()),
                        isolation.getMessage());
                assertEquals("readOnly", assertThrows(IncompatibleTransactionError.class,
                        () -> sequelize.transaction(transactionOptions().nestMode(mode).readOnly(true), t -> ran[0]++))
                        .option());
                assertEquals("type", assertThrows(IncompatibleTransactionError.class,
                        () -> sequelize.transaction(transactionOptions().nestMode(mode)
                                .type(TransactionOptions.Type.IMMEDIATE), t -> ran[0]++)).option());
                assertEquals("deferConstraints", assertThrows(IncompatibleTransactionError.class,
                        () -> sequelize.transaction(transactionOptions().nestMode(mode).deferConstraints(), t -> ran[0]++))
                        .option());
            }
            assertEquals("timeout", assertThrows(IncompatibleTransactionError.class,
                    () -> sequelize.transaction(transactionOptions().timeout(1_000), t -> ran[0]++)).option(),
                    "a reused transaction has no timeout of its own (a savepoint may)");
            assertEquals(0, ran[0], "no refused callback ran");
            assertTrue(outer.isActive(), "the refusal leaves the running transaction as it was");
            accounts.create(Map.of("name", "a"));
        });
        assertEquals(List.of("a"), names(accounts));
    }

    @DialectTest
    void matchingOrUnsetSettingsJoinTheRunningTransaction(Sequelize sequelize) {
        TransactionsTest.accounts(sequelize);
        TransactionOptions serializable = transactionOptions().isolationLevel(IsolationLevel.SERIALIZABLE);
        sequelize.transaction(serializable, outer -> {
            assertSame(outer, sequelize.transactionResult(transactionOptions().isolationLevel(IsolationLevel.SERIALIZABLE)
                    .readOnly(false).type(TransactionOptions.Type.DEFERRED), t -> t));
            assertSame(outer, sequelize.transactionResult(t -> t), "a call that asked for nothing joins it");
            assertSame(outer, sequelize.transactionResult(transactionOptions().nestMode(NestMode.SAVEPOINT)
                    .timeout(5_000), t -> t.parent()), "a savepoint may have its own timeout");
        });
        sequelize.transaction(transactionOptions().deferConstraints(), outer ->
                assertSame(outer, sequelize.transactionResult(transactionOptions().deferConstraints("any_fkey"), t -> t),
                        "every constraint deferred covers the named ones"));
    }

    @DialectTest
    void separateIsNeverRefused(TestDialect dialect, Sequelize harness) {
        Concurrency.withMultiConnection(dialect, harness, tempDir, 4, sequelize -> {
            TransactionsTest.accounts(sequelize);
            sequelize.transaction(outer -> {
                Transaction separate = sequelize.transactionResult(transactionOptions().nestMode(NestMode.SEPARATE)
                        .isolationLevel(IsolationLevel.SERIALIZABLE).readOnly(true), t -> t);
                assertTrue(separate != outer && separate.parent() == null);
                assertEquals(Transaction.State.COMMITTED, separate.state());
            });
        });
    }

    @DialectTest
    void aFailingAssociationWriteInsideARunningTransactionChangesNothing(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("User", List.of(attribute("name", STRING)), options().timestamps(false));
        ModelStatic<Model> roles = sequelize.define("Role", List.of(attribute("name", STRING)), options().timestamps(false));
        BelongsToManyAssociation<Model, Model> userRoles = users.belongsToMany(roles,
                org.sequelize4j.association.BelongsToManyOptions.belongsToMany().through("UserRoles").as("roles"));
        sequelize.sync();
        Model ada = users.create(Map.of("name", "Ada"));
        Model admin = roles.create(Map.of("name", "admin"));
        Model guest = roles.create(Map.of("name", "guest"));
        userRoles.add(ada, admin);
        sequelize.transaction(t -> {
            // set() deletes the stale link, then fails inserting one to a role that does not exist.
            assertThrows(ForeignKeyConstraintError.class, () -> userRoles.set(ada, List.of(guest.get("id"), 9999)));
            users.create(Map.of("name", "after the failure"));
        });
        assertEquals(List.of("admin"), userRoles.get(ada).stream().map(r -> r.get("name")).toList(),
                "set() ran in a savepoint of the running transaction: its delete was undone with it");
        assertEquals(2, users.count(), "and the running transaction went on and committed");
    }

    @DialectTest
    void aFailingNestedCreateInsideARunningTransactionLeavesNoRow(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("User", List.of(attribute("name", STRING)));
        ModelStatic<Model> posts = sequelize.define("Post", List.of(attribute("title", STRING).allowNull(false)));
        users.hasMany(posts, org.sequelize4j.association.HasManyOptions.hasMany().as("posts"));
        sequelize.sync();
        Map<String, Object> untitled = new HashMap<>();
        untitled.put("title", null);
        sequelize.transaction(t -> {
            assertThrows(ValidationError.class, () -> users.create(Map.of("name", "Bob",
                    "posts", List.of(Map.of("title", "fine"), untitled)), SaveOptions.saveOptions().include("posts")));
            users.create(Map.of("name", "Ann"));
        });
        assertEquals(List.of("Ann"), users.findAll().stream().map(u -> u.get("name")).toList());
        assertEquals(0, posts.count());
    }

    @DialectTest
    void findOrCreateOutsideTheRunningTransactionCommitsOnItsOwn(TestDialect dialect, Sequelize harness) {
        Concurrency.withMultiConnection(dialect, harness, tempDir, 4, sequelize -> {
            ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
            assertThrows(IllegalStateException.class, () -> sequelize.transaction(outer -> {
                accounts.findOrCreate(FindOrCreateOptions.where(eq("name", "own")).transaction(null));
                throw new IllegalStateException("the running transaction rolls back");
            }));
            assertEquals(List.of("own"), names(accounts), "transaction(null) kept it out of the running transaction");
        });
    }

    @DialectTest
    void callbacksReceiveTheirTransactionAndAfterTransactionRunsEitherWay(Sequelize sequelize) {
        TransactionsTest.accounts(sequelize);
        List<String> events = new ArrayList<>();
        Transaction[] seen = new Transaction[3];
        sequelize.transaction(t -> {
            seen[0] = t;
            t.afterCommit(c -> events.add("commit " + (c == seen[0])))
                    .afterRollback(r -> events.add("wrong"))
                    .afterTransaction(a -> events.add("after " + a.state()));
            sequelize.transaction(transactionOptions().nestMode(NestMode.SAVEPOINT), sp -> {
                seen[1] = sp;
                sp.afterCommit(c -> events.add("savepoint commit " + (c == seen[1])));
                sp.afterTransaction(a -> events.add("savepoint after " + (a == seen[1])));
            });
            assertThrows(IllegalStateException.class, () -> sequelize.transaction(
                    transactionOptions().nestMode(NestMode.SAVEPOINT), sp -> {
                        seen[2] = sp;
                        sp.afterRollback(r -> events.add("undone " + (r == seen[2]) + " " + r.state()));
                        sp.afterTransaction(a -> events.add("undone after"));
                        throw new IllegalStateException("savepoint fails");
                    }));
            events.add("body done");
        });
        assertEquals(List.of("undone true ROLLED_BACK", "undone after", "body done", "commit true",
                "savepoint commit true", "after COMMITTED", "savepoint after true"), events);

        events.clear();
        assertThrows(IllegalStateException.class, () -> sequelize.transaction(t -> {
            t.afterCommit(() -> events.add("wrong"));
            t.afterRollback(r -> events.add("rolled back " + r.state()));
            t.afterTransaction(() -> events.add("after"));
            throw new IllegalStateException("fails");
        }));
        assertEquals(List.of("rolled back ROLLED_BACK", "after"), events);

        events.clear();
        Transaction unmanaged = sequelize.startUnmanagedTransaction();
        unmanaged.afterTransaction(a -> events.add("unmanaged " + (a == unmanaged) + " " + a.state()));
        unmanaged.commit();
        assertEquals(List.of("unmanaged true COMMITTED"), events);
        assertFalse(unmanaged.isActive());
    }
}
