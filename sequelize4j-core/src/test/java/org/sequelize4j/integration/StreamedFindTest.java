package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.desc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.Op.gt;
import static org.sequelize4j.association.BelongsToOptions.belongsTo;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.association.IncludeOptions.include;

import com.zaxxer.hikari.HikariPoolMXBean;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sequelize4j.HookType;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.EmptyResultError;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.SqlLog;
import org.sequelize4j.testing.TestDialect;

/**
 * {@code stream(options)}: rows become instances as they are consumed, from a cursor that holds its
 * connection until the stream is closed or read to its end; includes are loaded a chunk at a time.
 */
class StreamedFindTest {

    private static final int USERS = 2_500;

    private SqlLog log;
    private ModelStatic<Model> users;
    private ModelStatic<Model> posts;
    private ModelStatic<Model> teams;

    private Sequelize open(TestDialect dialect) {
        log = new SqlLog();
        Sequelize sequelize = dialect.open(o -> o.logging((Consumer<String>) log));
        teams = sequelize.define("team", List.of(attribute("name", STRING)), options().timestamps(false));
        users = sequelize.define("user", List.of(attribute("name", STRING), attribute("n", INTEGER)),
                options().timestamps(false));
        posts = sequelize.define("post", List.of(attribute("title", STRING)), options().timestamps(false));
        users.hasMany(posts, hasMany().as("posts"));
        users.belongsTo(teams, belongsTo().as("team"));
        sequelize.sync();
        Model red = teams.create(Map.of("name", "red"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= USERS; i++) {
            rows.add(i % 2 == 0 ? Map.of("name", "u" + i, "n", i, "teamId", red.get("id")) : Map.of("name", "u" + i, "n", i));
        }
        users.bulkCreate(rows);
        return sequelize;
    }

    /** How many statements read from {@code table} (quoted either way). */
    private static long reading(List<String> sent, String table) {
        return sent.stream().filter(q -> q.matches("(?s).*FROM [`\"]" + table + "[`\"].*")).count();
    }

    private static int active(Sequelize sequelize) throws Exception {
        return sequelize.dataSource().unwrap(HikariPoolMXBean.class).getActiveConnections();
    }

    @DialectTest
    void aStreamReadsWhatFindAllReadsInOrderAndGivesItsConnectionBackAtTheEnd(TestDialect dialect) throws Exception {
        try (Sequelize sequelize = open(dialect)) {
            List<Object> expected = users.findAll(query().where(gt("n", 100)).order(desc("n"))).stream()
                    .map(u -> u.get("name")).collect(Collectors.toList());
            List<Object> streamed;
            try (Stream<Model> rows = users.stream(query().where(gt("n", 100)).order(desc("n")), 64)) {
                streamed = rows.map(u -> u.get("name")).collect(Collectors.toList());
                assertEquals(0, active(sequelize), "read to its end, the stream has given its connection back");
            }
            assertEquals(USERS - 100, streamed.size());
            assertEquals(expected, streamed);
            Model first;
            try (Stream<Model> rows = users.stream(query().order(asc("n")))) {
                first = rows.findFirst().orElseThrow();
            }
            assertEquals("u1", first.get("name"));
            assertTrue(first.changed().isEmpty(), "a streamed instance starts unchanged");
            first.set("name", "renamed");
            first.save();
            assertEquals("renamed", users.findByPk(first.get("id")).get("name"), "a streamed instance saves as any other");
        }
    }

    @DialectTest
    void anOpenStreamHoldsItsConnectionUntilClosedAndDoesNotKeepTheInstancesItHandedOut(TestDialect dialect)
            throws Exception {
        try (Sequelize sequelize = open(dialect)) {
            WeakReference<Model> firstSeen;
            try (Stream<Model> rows = users.stream(query().order(asc("n")), 50)) {
                Iterator<Model> it = rows.iterator();
                firstSeen = new WeakReference<>(it.next());
                assertEquals(1, active(sequelize), "the cursor holds a connection while it is open");
                int read = 1;
                while (read < 1_000) {
                    assertNotNull(it.next().get("n"));
                    read++;
                }
                for (int i = 0; i < 20 && firstSeen.get() != null; i++) {
                    System.gc();
                    Thread.sleep(10);
                }
                assertNull(firstSeen.get(), "instances already handed out are not kept by the stream");
            }
            assertEquals(0, active(sequelize), "closing the stream early gives the connection back");
            assertEquals(USERS, users.count(), "other statements run normally after it");
        }
    }

    @DialectTest
    void includesAreLoadedAChunkAtATimeByOneBatchQueryPerInclude(TestDialect dialect) {
        try (Sequelize sequelize = open(dialect)) {
            List<Model> firstFive = users.findAll(query().order(asc("n")).limit(5));
            for (Model u : firstFive) {
                for (int p = 0; p < 3; p++) {
                    posts.create(Map.of("title", u.get("name") + "-" + p, "userId", u.get("id")));
                }
            }
            int before = log.size();
            List<Model> streamed;
            try (Stream<Model> rows = users.stream(query().where(org.sequelize4j.Op.lte("n", 5)).order(asc("n"))
                    .include(include("posts").order(asc("id")), include("team")), 2)) {
                streamed = rows.collect(Collectors.toList());
            }
            List<String> sent = log.since(before);
            // One query for the users, then per chunk of 2 (3 chunks) one for posts, and one for teams
            // except for the last chunk (user 5 alone, who has no team, so there is no key to look up).
            assertEquals(1, reading(sent, "users"), String.join("\n", sent));
            assertEquals(3, reading(sent, "posts"), String.join("\n", sent));
            assertEquals(2, reading(sent, "teams"), String.join("\n", sent));
            assertEquals(6, sent.size(), String.join("\n", sent));
            assertEquals(5, streamed.size());
            for (Model u : streamed) {
                @SuppressWarnings("unchecked")
                List<Model> ps = (List<Model>) u.get("posts");
                assertEquals(3, ps.size(), "user " + u.get("name"));
                assertEquals(u.get("name") + "-0", ps.get(0).get("title"));
                int n = ((Number) u.get("n")).intValue();
                Model team = (Model) u.get("team");
                if (n % 2 == 0) {
                    assertEquals("red", team.get("name"));
                } else {
                    assertNull(team);
                }
            }
            List<Object> required;
            try (Stream<Model> rows = users.stream(query().include(include("posts").required(true)).order(asc("n")))) {
                required = rows.map(u -> u.get("n")).collect(Collectors.toList());
            }
            assertEquals(List.of(1, 2, 3, 4, 5), required.stream().map(v -> ((Number) v).intValue()).toList(),
                    "a required include keeps only the parents it matches");
        }
    }

    @DialectTest
    void aStreamInsideATransactionReadsOnItsConnectionAndSeesItsWrites(TestDialect dialect) {
        try (Sequelize sequelize = open(dialect)) {
            long[] counted = {0};
            sequelize.transaction(t -> {
                users.create(Map.of("name", "inside", "n", 0), org.sequelize4j.SaveOptions.saveOptions().transaction(t));
                try (Stream<Model> rows = users.stream(query().transaction(t).where(org.sequelize4j.Op.lte("n", 10)), 3)) {
                    counted[0] = rows.count();
                }
            });
            assertEquals(11, counted[0], "the ten first users and the one created in the transaction");
        }
    }

    @DialectTest
    void afterFindHooksSeeEachChunkAndBadInputIsRefused(TestDialect dialect) {
        try (Sequelize sequelize = open(dialect)) {
            List<Integer> chunkSizes = new ArrayList<>();
            users.addHook(HookType.AFTER_FIND, e -> chunkSizes.add(((List<?>) e.result()).size()));
            try (Stream<Model> rows = users.stream(query().where(org.sequelize4j.Op.lte("n", 25)), 10)) {
                assertEquals(25, rows.count());
            }
            assertEquals(List.of(10, 10, 5), chunkSizes);
            QueryError zero = assertThrows(QueryError.class, () -> users.stream(query(), 0));
            assertTrue(zero.getMessage().contains("'user'") && zero.getMessage().contains("fetchSize"), zero.getMessage());
            assertThrows(EmptyResultError.class, () -> {
                try (Stream<Model> rows = users.stream(query().where(gt("n", USERS)).rejectOnEmpty(true))) {
                    rows.count();
                }
            });
        }
    }
}
