package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.TransactionOptions.transactionOptions;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.FindOrCreateOptions;
import org.sequelize4j.IncrementOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.FindOrCreateResult;
import org.sequelize4j.UpsertResult;
import org.sequelize4j.Sequelize;
import org.sequelize4j.TransactionOptions;
import org.sequelize4j.testing.Concurrency;
import org.sequelize4j.testing.Concurrency.Outcome;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/**
 * Operations documented as safe under concurrent callers, run by several threads released together on
 * several connections: findOrCreate, increment and upsert.
 */
class ConcurrencyTest {

    private static final int CALLERS = 8;

    @TempDir
    Path tempDir;

    private static ModelStatic<Model> tags(Sequelize sequelize, boolean versioned) {
        ModelStatic<Model> tags = sequelize.define("tag", List.of(
                attribute("name", STRING).allowNull(false).unique(true),
                attribute("uses", INTEGER).defaultValue(0),
                attribute("owner", INTEGER)), ModelOptions.options().version(versioned));
        sequelize.sync();
        return tags;
    }

    private static <T> List<T> valuesOrFail(List<Outcome<T>> outcomes) {
        for (Outcome<T> outcome : outcomes) {
            if (!outcome.ok()) {
                throw new AssertionError("a concurrent caller failed: " + outcome.error(), outcome.error());
            }
        }
        return outcomes.stream().map(Outcome::value).toList();
    }

    private static void assertOneRowFoundByAll(ModelStatic<Model> tags, String name,
                                               List<FindOrCreateResult<Model>> results) {
        assertEquals(1, tags.count(query().where(eq("name", name))), "exactly one row for " + name);
        Object id = tags.findOne(query().where(eq("name", name))).get("id");
        Set<Object> ids = new HashSet<>();
        results.forEach(r -> ids.add(r.instance().get("id")));
        assertEquals(Set.of(id), ids, "every caller got the one row");
        assertEquals(1, results.stream().filter(FindOrCreateResult::created).count(), "exactly one caller created it");
        results.forEach(r -> assertEquals(name, r.instance().get("name")));
    }

    @DialectTest
    void findOrCreateFromConcurrentCallersMakesOneRow(TestDialect dialect, Sequelize harness) throws Exception {
        Concurrency.withMultiConnection(dialect, harness, tempDir, CALLERS, sequelize -> {
            ModelStatic<Model> tags = tags(sequelize, false);
            for (int round = 0; round < 3; round++) {
                String name = "tag" + round;
                List<FindOrCreateResult<Model>> results = valuesOrFail(Concurrency.runTogether(CALLERS,
                        i -> tags.findOrCreate(FindOrCreateOptions.where(eq("name", name))
                                .defaults(Map.of("owner", i)))));
                assertOneRowFoundByAll(tags, name, results);
                // The creator's defaults are the ones stored.
                int creator = results.indexOf(results.stream().filter(FindOrCreateResult::created).findFirst().get());
                assertEquals(creator, tags.findOne(query().where(eq("name", name))).get("owner"));
            }
        });
    }

    @DialectTest
    void findOrCreateInsideCallersTransactionsMakesOneRow(TestDialect dialect, Sequelize harness) throws Exception {
        Concurrency.withMultiConnection(dialect, harness, tempDir, CALLERS, sequelize -> {
            ModelStatic<Model> tags = tags(sequelize, false);
            // SQLite refuses to upgrade a reader to a writer while another connection writes (it would
            // deadlock), so callers there take the write lock at BEGIN.
            TransactionOptions options = dialect == TestDialect.SQLITE
                    ? transactionOptions().type(TransactionOptions.Type.IMMEDIATE) : transactionOptions();
            List<FindOrCreateResult<Model>> results = valuesOrFail(Concurrency.runTogether(CALLERS,
                    i -> sequelize.transactionResult(options, t -> {
                        tags.create(Map.of("name", "own" + i));
                        return tags.findOrCreate(FindOrCreateOptions.where(eq("name", "shared")));
                    })));
            assertOneRowFoundByAll(tags, "shared", results);
            assertEquals(CALLERS + 1, tags.count(), "each caller's own work committed alongside");
        });
    }

    @DialectTest
    void concurrentIncrementsLoseNothing(TestDialect dialect, Sequelize harness) throws Exception {
        Concurrency.withMultiConnection(dialect, harness, tempDir, CALLERS, sequelize -> {
            ModelStatic<Model> tags = tags(sequelize, false);
            Object id = tags.create(Map.of("name", "counter")).get("id");
            int perCaller = 15;
            valuesOrFail(Concurrency.runTogether(CALLERS, i -> {
                // Every caller holds its own instance, read before any increment: stale values must not matter.
                Model mine = tags.findByPk(id);
                for (int n = 0; n < perCaller; n++) {
                    if (n % 2 == 0) {
                        tags.increment(Map.of("uses", 2), IncrementOptions.where(eq("id", id)));
                    } else {
                        mine.increment("uses", 3);
                    }
                }
                return null;
            }));
            int evens = (perCaller + 1) / 2;
            int expected = CALLERS * (evens * 2 + (perCaller - evens) * 3);
            assertEquals(expected, tags.findByPk(id).get("uses"));
        });
    }

    @DialectTest
    void concurrentIncrementsOfAVersionedRowCountEveryOne(TestDialect dialect, Sequelize harness) throws Exception {
        Concurrency.withMultiConnection(dialect, harness, tempDir, CALLERS, sequelize -> {
            ModelStatic<Model> tags = tags(sequelize, true);
            Object id = tags.create(Map.of("name", "counter")).get("id");
            valuesOrFail(Concurrency.runTogether(CALLERS, i -> {
                for (int n = 0; n < 10; n++) {
                    tags.increment(Map.of("uses", 1), IncrementOptions.where(eq("id", id)));
                }
                return null;
            }));
            Model stored = tags.findByPk(id);
            assertEquals(CALLERS * 10, stored.get("uses"));
            assertEquals(CALLERS * 10, stored.get("version"), "each increment moved the version once");
        });
    }

    @DialectTest
    void upsertFromConcurrentCallersLeavesOneRow(TestDialect dialect, Sequelize harness) throws Exception {
        Concurrency.withMultiConnection(dialect, harness, tempDir, CALLERS, sequelize -> {
            ModelStatic<Model> tags = tags(sequelize, false);
            for (int round = 0; round < 3; round++) {
                String name = "up" + round;
                List<UpsertResult<Model>> results = valuesOrFail(Concurrency.runTogether(CALLERS,
                        i -> tags.upsert(Map.of("name", name, "owner", i))));
                assertEquals(1, tags.count(query().where(eq("name", name))));
                Model stored = tags.findOne(query().where(eq("name", name)));
                Set<Object> ids = new HashSet<>();
                results.forEach(r -> ids.add(r.instance().get("id")));
                assertEquals(Set.of(stored.get("id")), ids, "every caller got the same row back");
                int owner = (Integer) stored.get("owner");
                assertTrue(owner >= 0 && owner < CALLERS);
                if (dialect == TestDialect.MARIADB) {
                    assertEquals(1, results.stream().filter(r -> Boolean.TRUE.equals(r.created())).count());
                } else {
                    results.forEach(r -> assertNull(r.created(), "PostgreSQL and SQLite do not tell"));
                }
            }
        });
    }
}
