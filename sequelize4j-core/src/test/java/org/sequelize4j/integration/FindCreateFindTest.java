package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sequelize4j.FindOrCreateOptions;
import org.sequelize4j.HookType;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.SaveOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.FindOrCreateResult;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/**
 * {@code findCreateFind}: find, else create, and when the create loses a unique-key race to another
 * caller, find that caller's row again, as Sequelize's does.
 */
class FindCreateFindTest {

    private static ModelStatic<Model> tags(Sequelize sequelize) {
        ModelStatic<Model> tags = sequelize.define("tag", List.of(
                attribute("name", STRING).allowNull(false).unique(true), attribute("owner", INTEGER)));
        sequelize.sync();
        return tags;
    }

    /** Before the first create of {@code name}, another caller creates it (on its own connection, outside any transaction). */
    private static void loseTheRaceOnce(ModelStatic<Model> tags, String name) {
        AtomicBoolean raced = new AtomicBoolean();
        tags.addHook(HookType.BEFORE_CREATE, "race", e -> {
            if (raced.compareAndSet(false, true)) {
                tags.create(Map.of("name", name, "owner", 99), SaveOptions.saveOptions().transaction(null));
            }
        });
    }

    @DialectTest
    void findsCreatesAndFindsAgainAfterLosingARace(TestDialect dialect, Sequelize sequelize) {
        ModelStatic<Model> tags = tags(sequelize);
        FindOrCreateResult<Model> created = tags.findCreateFind(FindOrCreateOptions.where(eq("name", "new"))
                .defaults(Map.of("owner", 1)));
        assertTrue(created.created());
        assertEquals(1, created.instance().get("owner"));

        FindOrCreateResult<Model> found = tags.findCreateFind(FindOrCreateOptions.where(eq("name", "new"))
                .defaults(Map.of("owner", 2)));
        assertFalse(found.created());
        assertEquals(created.instance().get("id"), found.instance().get("id"));

        loseTheRaceOnce(tags, "raced");
        FindOrCreateResult<Model> raced = tags.findCreateFind(FindOrCreateOptions.where(eq("name", "raced"))
                .defaults(Map.of("owner", 3)));
        assertFalse(raced.created(), "the other caller's row");
        assertEquals(99, raced.instance().get("owner"));
        assertEquals(1L, tags.count(query().where(eq("name", "raced"))));
    }

    @DialectTest
    void runsInTheCallersTransaction(TestDialect dialect, Sequelize sequelize) {
        ModelStatic<Model> tags = tags(sequelize);
        AtomicBoolean createdInside = new AtomicBoolean();
        org.sequelize4j.Transaction t = sequelize.startUnmanagedTransaction();
        try {
            createdInside.set(tags.findCreateFind(FindOrCreateOptions.where(eq("name", "inside")).transaction(t)).created());
            FindOrCreateResult<Model> again = tags.findCreateFind(FindOrCreateOptions.where(eq("name", "inside"))
                    .transaction(t));
            assertFalse(again.created(), "the transaction sees its own row");
        } finally {
            t.rollback();
        }
        assertTrue(createdInside.get());
        assertEquals(0L, tags.count(query().where(eq("name", "inside"))), "rolled back with the caller's transaction");
    }
}
