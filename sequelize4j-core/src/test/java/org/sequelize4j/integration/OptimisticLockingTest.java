package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.Op.eq;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.IncrementOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.annotations.Table;
import org.sequelize4j.annotations.Version;
import org.sequelize4j.errors.OptimisticLockError;
import org.sequelize4j.errors.TimeoutError;
import org.sequelize4j.testing.Concurrency;
import org.sequelize4j.testing.Concurrency.Outcome;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/** Optimistic locking: the version attribute, stale instances, and concurrent writers. */
class OptimisticLockingTest {

    @TempDir
    Path tempDir;

    /** An annotated model whose version counter is a primitive field. */
    @Table(modelName = "document")
    public static class Document extends Model {
        public String title;
        @Version
        public int rev;
    }

    private static ModelStatic<Model> accounts(Sequelize sequelize, Object version) {
        ModelOptions options = version instanceof String ? ModelOptions.options().version((String) version)
                : ModelOptions.options().version(true);
        ModelStatic<Model> accounts = sequelize.define("account", List.of(
                attribute("name", STRING).allowNull(false),
                attribute("balance", INTEGER).defaultValue(0)), options);
        sequelize.sync();
        return accounts;
    }

    private static int versionInDb(ModelStatic<? extends Model> model, Object id, String attribute) {
        return ((Number) model.findByPk(id).get(attribute)).intValue();
    }

    private static void assertVersionCountsEveryWrite(ModelStatic<Model> accounts, String version) {
        Model ada = accounts.create(Map.of("name", "ada"));
        Object id = ada.get("id");
        assertEquals(0, ada.get(version), "a new row starts at version 0");
        assertEquals(0, versionInDb(accounts, id, version));

        ada.set("balance", 10).save();
        assertEquals(1, ada.get(version));
        assertEquals(1, versionInDb(accounts, id, version));
        assertTrue(ada.changed().isEmpty(), "the new version is not an unsaved change");

        ada.save();
        assertEquals(1, versionInDb(accounts, id, version), "a save with nothing changed writes nothing");

        ada.update(Map.of("balance", 20));
        assertEquals(2, ada.get(version));
        ada.increment("balance", 5);
        assertEquals(3, ada.get(version));
        assertEquals(25, ada.get("balance"));
        ada.decrement("balance", 1);
        assertEquals(4, ada.get(version));
        assertEquals(4, versionInDb(accounts, id, version));

        accounts.increment(Map.of("balance", 1), IncrementOptions.where(eq("id", id)));
        assertEquals(5, versionInDb(accounts, id, version), "the static increment counts too");
        assertEquals(25, accounts.findByPk(id).get("balance"));
    }

    @DialectTest
    void theVersionStartsAtZeroAndCountsEverySaveUpdateAndIncrement(Sequelize sequelize) {
        ModelStatic<Model> accounts = accounts(sequelize, true);
        assertNotNull(accounts.attributes().get("version"));
        assertVersionCountsEveryWrite(accounts, "version");
    }

    @DialectTest
    void theVersionAttributeMayBeNamed(Sequelize sequelize) {
        ModelStatic<Model> accounts = accounts(sequelize, "rev");
        assertFalse(accounts.attributes().containsKey("version"));
        assertVersionCountsEveryWrite(accounts, "rev");
    }

    @DialectTest
    void anAnnotatedVersionFieldWorksTheSameWay(Sequelize sequelize) {
        ModelStatic<Document> documents = sequelize.define(Document.class);
        sequelize.sync();
        Document doc = documents.create(Map.of("title", "draft"));
        assertEquals(0, doc.rev);
        doc.title = "first";
        doc.save();
        assertEquals(1, doc.rev);
        assertEquals(1, documents.findByPk(doc.get("id")).rev);

        Document stale = documents.findByPk(doc.get("id"));
        doc.title = "second";
        doc.save();
        assertEquals(2, doc.rev);
        stale.title = "lost";
        assertThrows(OptimisticLockError.class, stale::save);
        Document stored = documents.findByPk(doc.get("id"));
        assertEquals("second", stored.title);
        assertEquals(2, stored.rev);
    }

    @DialectTest
    void savingAStaleInstanceThrowsAndChangesNothing(Sequelize sequelize) {
        ModelStatic<Model> accounts = accounts(sequelize, true);
        Object id = accounts.create(Map.of("name", "ada")).get("id");
        Model first = accounts.findByPk(id);
        Model second = accounts.findByPk(id);
        first.set("balance", 1).save();
        Object savedUpdatedAt = accounts.findByPk(id).get("updatedAt");

        second.set("balance", 2);
        OptimisticLockError error = assertThrows(OptimisticLockError.class, second::save);
        assertEquals("account", error.model());
        assertEquals(id, error.where().get("id"));
        assertEquals(0, error.where().get("version"), "the error names the version the instance expected");
        assertThrows(OptimisticLockError.class, () -> second.update(Map.of("name", "bob")));

        Model stored = accounts.findByPk(id);
        assertEquals(1, stored.get("balance"));
        assertEquals("ada", stored.get("name"));
        assertEquals(1, stored.get("version"));
        assertEquals(savedUpdatedAt, stored.get("updatedAt"));

        // Reloaded, the instance is current again.
        second.reload();
        second.set("balance", 2).save();
        assertEquals(2, versionInDb(accounts, id, "version"));
    }

    @DialectTest
    void incrementingAStaleInstanceDoesNotMakeItLookCurrent(Sequelize sequelize) {
        ModelStatic<Model> accounts = accounts(sequelize, true);
        Object id = accounts.create(Map.of("name", "ada")).get("id");
        Model stale = accounts.findByPk(id);
        Model staleWithEdits = accounts.findByPk(id);
        staleWithEdits.set("name", "carl");
        accounts.findByPk(id).set("name", "bob").save();

        // The increment itself is atomic and allowed. The instance takes the row's new version only
        // together with the rest of that version: it now shows "bob".
        stale.increment("balance", 5);
        assertEquals(5, stale.get("balance"));
        assertEquals("bob", stale.get("name"));
        assertEquals(accounts.findByPk(id).get("version"), stale.get("version"));
        assertTrue(stale.changed().isEmpty());

        // An instance with unsaved changes keeps them, and its old version: they were made without
        // seeing "bob", so saving them must fail rather than overwrite it.
        staleWithEdits.increment("balance");
        assertEquals(6, staleWithEdits.get("balance"));
        assertEquals("carl", staleWithEdits.get("name"));
        assertThrows(OptimisticLockError.class, staleWithEdits::save);
        assertEquals("bob", accounts.findByPk(id).get("name"));

        // An instance that was current stays current through its own increments, unsaved changes or not.
        Model current = accounts.findByPk(id);
        current.increment("balance");
        current.set("name", "dora");
        current.decrement("balance", 2);
        current.save();
        Model stored = accounts.findByPk(id);
        assertEquals("dora", stored.get("name"));
        assertEquals(5, stored.get("balance"));
        assertEquals(stored.get("version"), current.get("version"));
    }

    @DialectTest
    void destroyingAStaleInstanceThrows(Sequelize sequelize) {
        ModelStatic<Model> accounts = accounts(sequelize, true);
        Object id = accounts.create(Map.of("name", "ada")).get("id");
        Model stale = accounts.findByPk(id);
        accounts.findByPk(id).set("balance", 3).save();
        assertThrows(OptimisticLockError.class, stale::destroy);
        assertEquals(1, accounts.count());
        stale.reload();
        stale.destroy();
        assertEquals(0, accounts.count());
    }

    @DialectTest
    void aStaleParanoidDestroyLeavesTheInstanceNotDeleted(Sequelize sequelize) {
        ModelStatic<Model> accounts = sequelize.define("account", List.of(attribute("name", STRING)),
                ModelOptions.options().version(true).paranoid(true));
        sequelize.sync();
        Object id = accounts.create(Map.of("name", "ada")).get("id");
        Model stale = accounts.findByPk(id);
        accounts.findByPk(id).set("name", "bob").save();
        assertThrows(OptimisticLockError.class, stale::destroy);
        assertFalse(stale.isSoftDeleted(), "nothing was deleted, so the instance must not say it was");
        assertEquals(null, stale.get("deletedAt"));
    }

    @DialectTest
    void softDeleteAndRestoreCheckTheVersionAndMoveItOn(Sequelize sequelize) {
        ModelStatic<Model> accounts = sequelize.define("account", List.of(attribute("name", STRING)),
                ModelOptions.options().version(true).paranoid(true));
        sequelize.sync();
        Model ada = accounts.create(Map.of("name", "ada"));
        Object id = ada.get("id");
        Model held = accounts.findByPk(id);

        ada.destroy();
        assertEquals(1, ada.get("version"), "a soft delete is a write");
        assertEquals(1, ((Number) accounts.findByPk(id, org.sequelize4j.FindOptions.query().paranoid(false))
                .get("version")).intValue());
        assertTrue(ada.changed().isEmpty());
        held.set("name", "bob");
        assertThrows(OptimisticLockError.class, held::save, "the held copy predates the soft delete");

        Model stale = accounts.findByPk(id, org.sequelize4j.FindOptions.query().paranoid(false));
        ada.restore();
        assertEquals(2, ada.get("version"), "a restore is a write too");
        assertFalse(ada.isSoftDeleted());
        stale.set("deletedAt", java.time.Instant.now());
        assertThrows(OptimisticLockError.class, stale::restore, "restoring a stale instance is refused");
        assertEquals(2, ((Number) accounts.findByPk(id).get("version")).intValue(), "and changed nothing");
    }

    @DialectTest
    void savingAnInstanceLoadedWithoutItsVersionIsRefusedClearly(Sequelize sequelize) {
        ModelStatic<Model> accounts = accounts(sequelize, true);
        Model ada = accounts.create(Map.of("name", "ada"));
        ada.update(Map.of("balance", 1));
        List<String> hooks = new java.util.ArrayList<>();
        for (org.sequelize4j.HookType type : List.of(org.sequelize4j.HookType.BEFORE_UPDATE,
                org.sequelize4j.HookType.BEFORE_SAVE, org.sequelize4j.HookType.BEFORE_DESTROY)) {
            accounts.addHook(type, e -> hooks.add(type.name()));
        }
        Model partial = accounts.findByPk(ada.get("id"), org.sequelize4j.FindOptions.query().attributes("id", "balance"));
        partial.set("balance", 2);
        // Not an OptimisticLockError: nothing changed the row; the instance just cannot be checked.
        assertThrows(org.sequelize4j.errors.InstanceError.class, partial::save);
        assertThrows(org.sequelize4j.errors.InstanceError.class, partial::destroy);
        assertEquals(List.of(), hooks, "refused before any hook ran");
        assertEquals(1, accounts.count());
    }

    @DialectTest
    void writesByUpsertAndStaticUpdateMakeHeldInstancesStale(Sequelize sequelize) {
        ModelStatic<Model> accounts = accounts(sequelize, true);
        Object id = accounts.create(Map.of("name", "ada")).get("id");
        Model held = accounts.findByPk(id);
        accounts.upsert(Map.of("id", id, "name", "theirs"));
        held.set("name", "mine");
        assertThrows(OptimisticLockError.class, held::save, "the upsert's name would be lost");
        Model again = accounts.findByPk(id);
        accounts.update(Map.of("name", "theirs again"), org.sequelize4j.UpdateOptions.where(eq("id", id)));
        again.set("name", "mine");
        assertThrows(OptimisticLockError.class, again::save, "the static update's name would be lost");
    }

    @DialectTest
    void ofTwoConcurrentWritersOfOneVersionExactlyOneWins(TestDialect dialect, Sequelize harness) throws Exception {
        Concurrency.withMultiConnection(dialect, harness, tempDir, 4, sequelize -> {
            ModelStatic<Model> accounts = accounts(sequelize, true);
            Object id = accounts.create(Map.of("name", "ada")).get("id");
            for (int round = 0; round < 5; round++) {
                // Values differ from every earlier round's: saving an unchanged value writes nothing.
                int base = 100 * (round + 1);
                int before = versionInDb(accounts, id, "version");
                CyclicBarrier bothRead = new CyclicBarrier(2);
                List<Outcome<Integer>> outcomes = Concurrency.runTogether(2, i -> sequelize.transactionResult(t -> {
                    Model mine = accounts.findByPk(id);
                    try {
                        // Neither writes before both have read version `before`.
                        bothRead.await(20, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    mine.set("balance", base + i).save();
                    return i;
                }));
                List<Integer> winners = outcomes.stream().filter(Outcome::ok).map(Outcome::value).toList();
                assertEquals(1, winners.size(), "exactly one writer succeeds: " + outcomes);
                Throwable loser = outcomes.get(1 - winners.get(0)).error();
                // SQLite refuses the second writer's lock outright (SQLITE_BUSY) instead of letting it
                // wait and find the version changed; either way it does not overwrite.
                boolean expected = loser instanceof OptimisticLockError
                        || dialect == TestDialect.SQLITE && loser instanceof TimeoutError;
                assertTrue(expected, "the loser's error: " + loser);
                Model stored = accounts.findByPk(id);
                assertEquals(base + winners.get(0), stored.get("balance"), "the winner's value is kept");
                assertEquals(before + 1, stored.get("version"));
            }
        });
    }
}
