package org.sequelize4j.include;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.desc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.association.BelongsToOptions.belongsTo;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.association.HasOneOptions.hasOne;
import static org.sequelize4j.association.IncludeOptions.include;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sequelize4j.DestroyOptions;
import org.sequelize4j.HookType;
import org.sequelize4j.Lock;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.SqlLog;
import org.sequelize4j.testing.TestDialect;

/**
 * To-one includes (belongsTo, and hasOne with a unique foreign key) are joined into the query that
 * reads their parents: one statement, the semantics of required and optional includes kept at every
 * depth, paging still counting parents, and batch loading where a join could repeat parents.
 */
class JoinedIncludesTest {

    private SqlLog log;
    private ModelStatic<Model> countries;
    private ModelStatic<Model> users;
    private ModelStatic<Model> posts;
    private ModelStatic<Model> books;
    private Model fr;
    private Model ada;
    private Model bob;

    private Sequelize open(TestDialect dialect) {
        log = new SqlLog();
        Sequelize sequelize = dialect.open(o -> o.logging((Consumer<String>) log));
        countries = sequelize.define("country", List.of(attribute("code", STRING)), options().timestamps(false));
        users = sequelize.define("user", List.of(attribute("name", STRING)), options().paranoid(true));
        posts = sequelize.define("post", List.of(attribute("title", STRING), attribute("score", INTEGER)),
                options().timestamps(false));
        books = sequelize.define("book", List.of(attribute("title", STRING)), options().timestamps(false));
        users.belongsTo(countries, belongsTo().as("country"));
        posts.belongsTo(users, belongsTo().as("author"));
        users.hasMany(books, hasMany().as("books"));
        sequelize.sync();
        fr = countries.create(Map.of("code", "FR"));
        countries.create(Map.of("code", "DE"));
        ada = users.create(Map.of("name", "Ada", "countryId", fr.get("id")));
        bob = users.create(Map.of("name", "Bob"));
        for (int i = 0; i < 6; i++) {
            Model author = i % 3 == 0 ? ada : i % 3 == 1 ? bob : null;
            posts.create(author == null ? Map.of("title", "p" + i, "score", i)
                    : Map.of("title", "p" + i, "score", i, "authorId", author.get("id")));
        }
        books.create(Map.of("title", "Notes", "userId", ada.get("id")));
        books.create(Map.of("title", "Engines", "userId", ada.get("id")));
        return sequelize;
    }

    private static Model author(Model post) {
        return (Model) post.get("author");
    }

    @DialectTest
    void aBelongsToIsJoinedIntoOneStatementAndEachTargetIsOneInstance(TestDialect dialect) {
        try (Sequelize sequelize = open(dialect)) {
            int before = log.size();
            List<Model> found = posts.findAll(query().include(include("author").with("country")).order(asc("id")));
            List<String> sent = log.since(before);
            assertEquals(1, sent.size(), sent.toString());
            assertTrue(sent.get(0).contains("LEFT OUTER JOIN"), sent.get(0));
            assertEquals(6, found.size());
            assertEquals("Ada", author(found.get(0)).get("name"));
            assertEquals("FR", ((Model) author(found.get(0)).get("country")).get("code"));
            assertEquals("Bob", author(found.get(1)).get("name"));
            assertNull(author(found.get(1)).get("country"), "Bob has no country");
            assertNull(author(found.get(2)), "a post without an author");
            assertSame(author(found.get(0)), author(found.get(3)), "Ada is read once, one instance for her posts");
            Map<String, Object> json = found.get(0).toJSON();
            assertEquals("Ada", ((Map<?, ?>) json.get("author")).get("name"));
            assertFalse(author(found.get(0)).changed().iterator().hasNext(), "a joined instance starts unchanged");
        }
    }

    @DialectTest
    void aRequiredToOneIsAnInnerJoinAndALimitStillCountsParents(TestDialect dialect) {
        try (Sequelize sequelize = open(dialect)) {
            List<Model> found = posts.findAll(query().include(include("author").where(eq("name", "Bob")))
                    .order(desc("score")).limit(1).offset(1));
            assertEquals(1, found.size());
            assertEquals("p1", found.get(0).get("title"), "Bob's posts are p4 and p1; the second by score is p1");
            var page = posts.findAndCountAll(query().include(include("author").required(true)).limit(2));
            assertEquals(4, page.count(), "posts with an author");
            assertEquals(2, page.rows().size());
            assertEquals(4, posts.count(query().include(include("author").required(true))));
        }
    }

    @DialectTest
    void aWhereOnAnOptionalToOneGoesIntoTheJoinCondition(TestDialect dialect) {
        try (Sequelize sequelize = open(dialect)) {
            List<Model> found = posts.findAll(query().include(include("author").where(eq("name", "Ada"))
                    .required(false)).order(asc("id")));
            assertEquals(6, found.size(), "every post is kept");
            assertEquals("Ada", author(found.get(0)).get("name"));
            assertNull(author(found.get(1)), "Bob does not match: no author on his posts");
        }
    }

    @DialectTest
    void aRequiredGrandchildUnderAnOptionalChildFiltersTheChildOnly(TestDialect dialect) {
        try (Sequelize sequelize = open(dialect)) {
            List<Model> optionalChild = posts.findAll(query().include(include("author").required(false)
                    .with(include("country").where(eq("code", "FR")))).order(asc("id")));
            assertEquals(6, optionalChild.size(), "every post is kept");
            assertEquals("Ada", author(optionalChild.get(0)).get("name"));
            assertNull(author(optionalChild.get(1)), "Bob has no French country: his posts get no author");

            List<Model> requiredChild = posts.findAll(query().include(include("author").required(true)
                    .with(include("country").where(eq("code", "FR")))).order(asc("id")));
            assertEquals(List.of("p0", "p3"), requiredChild.stream().map(p -> p.get("title")).toList(),
                    "a required grandchild under a required child filters the posts");
            requiredChild = posts.findAll(query().include(include("author").required(true)
                    .with(include("country").where(eq("code", "DE")))));
            assertTrue(requiredChild.isEmpty(), "nobody lives in DE");
        }
    }

    @DialectTest
    void softDeletedTargetsAreLeftOutOfTheJoinUnlessParanoidFalse(TestDialect dialect) {
        try (Sequelize sequelize = open(dialect)) {
            bob.destroy();
            List<Model> found = posts.findAll(query().include("author").order(asc("id")));
            assertNull(author(found.get(1)), "Bob is soft-deleted");
            found = posts.findAll(query().include(include("author").paranoid(false)).order(asc("id")));
            assertEquals("Bob", author(found.get(1)).get("name"));
            assertEquals(2, posts.findAll(query().include(include("author").required(true))).size(),
                    "only Ada's posts have a live author");
        }
    }

    @DialectTest
    void aToManyBelowAJoinedToOneIsOneBatchQuery(TestDialect dialect) {
        try (Sequelize sequelize = open(dialect)) {
            int before = log.size();
            List<Model> found = posts.findAll(query().include(include("author").with(include("books")
                    .order(asc("title")))).order(asc("id")));
            assertEquals(2, log.since(before).size(), "posts with authors, then the authors' books: " + log.since(before));
            @SuppressWarnings("unchecked")
            List<Model> adaBooks = (List<Model>) author(found.get(0)).get("books");
            assertEquals(List.of("Engines", "Notes"), adaBooks.stream().map(b -> b.get("title")).toList());
            @SuppressWarnings("unchecked")
            List<Model> bobBooks = (List<Model>) author(found.get(1)).get("books");
            assertTrue(bobBooks.isEmpty());
        }
    }

    @DialectTest
    void separateTrueReadsAToOneByABatchQueryWithTheSameResult(TestDialect dialect) {
        try (Sequelize sequelize = open(dialect)) {
            int before = log.size();
            List<Model> batch = posts.findAll(query().include(include("author").separate(true).with("country"))
                    .order(asc("id")));
            assertEquals(2, log.since(before).size(), "posts, then authors with their countries joined: "
                    + log.since(before));
            List<Model> joined = posts.findAll(query().include(include("author").with("country")).order(asc("id")));
            for (int i = 0; i < batch.size(); i++) {
                assertEquals(batch.get(i).toJSON(), joined.get(i).toJSON());
            }
        }
    }

    @DialectTest
    void aHasOneJoinsOnlyWhenItsForeignKeyIsUnique(TestDialect dialect) {
        SqlLog sql = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging((Consumer<String>) sql))) {
            ModelStatic<Model> people = sequelize.define("person", List.of(attribute("name", STRING)),
                    options().timestamps(false));
            ModelStatic<Model> passports = sequelize.define("passport", List.of(attribute("no", STRING),
                    attribute("personId", INTEGER).unique(true)), options().timestamps(false));
            ModelStatic<Model> notes = sequelize.define("note", List.of(attribute("text", STRING)),
                    options().timestamps(false));
            people.hasOne(passports, hasOne().as("passport"));
            people.hasOne(notes, hasOne().as("note"));
            sequelize.sync();
            Model p = people.create(Map.of("name", "Ada"));
            people.create(Map.of("name", "Bob"));
            passports.create(Map.of("no", "X1", "personId", p.get("id")));
            // Two notes for one person: a join would repeat her row, so the hasOne loads by batch.
            notes.create(Map.of("text", "a", "personId", p.get("id")));
            notes.create(Map.of("text", "b", "personId", p.get("id")));
            int before = sql.size();
            List<Model> found = people.findAll(query().include("passport").order(asc("id")).limit(1));
            assertEquals(1, sql.since(before).size(), sql.since(before).toString());
            assertEquals("X1", ((Model) found.get(0).get("passport")).get("no"));
            before = sql.size();
            found = people.findAll(query().include("note").order(asc("id")).limit(2));
            assertEquals(2, sql.since(before).size(), "the non-unique hasOne is a batch: " + sql.since(before));
            assertEquals(2, found.size(), "the limit counts people, not notes");
            assertNotNull(found.get(0).get("note"));
            assertNull(found.get(1).get("note"));
        }
    }

    @DialectTest
    void targetScopesApplyToJoinedRows(TestDialect dialect) {
        try (Sequelize sequelize = dialect.open(o -> { })) {
            ModelStatic<Model> accounts = sequelize.define("account", List.of(attribute("name", STRING),
                    attribute("secret", STRING), attribute("active", org.sequelize4j.DataTypes.BOOLEAN)),
                    options().timestamps(false).defaultScope(query().where(eq("active", true))
                            .attributesExclude("secret")));
            ModelStatic<Model> orders = sequelize.define("order", List.of(attribute("total", INTEGER)),
                    options().timestamps(false));
            orders.belongsTo(accounts, belongsTo().as("account"));
            sequelize.sync();
            Model on = accounts.create(Map.of("name", "on", "secret", "s1", "active", true));
            Model off = accounts.create(Map.of("name", "off", "secret", "s2", "active", false));
            orders.create(Map.of("total", 1, "accountId", on.get("id")));
            orders.create(Map.of("total", 2, "accountId", off.get("id")));
            List<Model> found = orders.findAll(query().include("account").order(asc("total")));
            Model account = (Model) found.get(0).get("account");
            assertEquals("on", account.get("name"));
            assertNull(account.get("secret"), "the default scope excludes the secret");
            Model batched = (Model) orders.findAll(query().include(include("account").separate(true))
                    .order(asc("total"))).get(0).get("account");
            assertEquals(batched.toJSON(), account.toJSON(), "joined and batch rows hold the same values");
            assertNull(found.get(1).get("account"), "the inactive account is outside the default scope");
        }
    }

    @DialectTest
    void aSelfReferenceAndDeepLongAliasesJoinWithShortGeneratedAliases(TestDialect dialect) {
        try (Sequelize sequelize = dialect.open(o -> { })) {
            ModelStatic<Model> staff = sequelize.define("employee", List.of(attribute("name", STRING)),
                    options().timestamps(false));
            String alias = "managerWithAVeryLongNameX";
            staff.belongsTo(staff, belongsTo().as(alias).foreignKey("managerId"));
            sequelize.sync();
            Model top = staff.create(Map.of("name", "e0"));
            for (int i = 1; i <= 5; i++) {
                top = staff.create(Map.of("name", "e" + i, "managerId", top.get("id")));
            }
            var include = include(alias);
            for (int depth = 1; depth < 5; depth++) {
                include = include(alias).with(include);
            }
            Model found = staff.findOne(query().include(include).where(eq("name", "e5")));
            Model current = found;
            for (int depth = 5; depth > 0; depth--) {
                current = (Model) current.get(alias);
                assertEquals("e" + (depth - 1), current.get("name"));
            }
        }
    }

    @DialectTest
    void includedColumnsInWhereAndOrderWorkWithAJoinedInclude(TestDialect dialect) {
        try (Sequelize sequelize = open(dialect)) {
            List<Model> found = posts.findAll(query().include("author").where(eq("$author.name$", "Bob"))
                    .order(desc("score")));
            assertEquals(List.of("p4", "p1"), found.stream().map(p -> p.get("title")).toList());
            found = posts.findAll(query().include("author").order(asc("$author.name$"), asc("id")));
            assertEquals(List.of("p0", "p3", "p1", "p4", "p2", "p5"), found.stream().map(p -> p.get("title")).toList());
            Model one = posts.findByPk(found.get(0).get("id"), query().include("author"));
            assertEquals("Ada", author(one).get("name"));
            Model first = posts.findOne(query().include(include("author").where(eq("name", "Bob"))).order(asc("id")));
            assertEquals("p1", first.get("title"));
        }
    }

    @DialectTest
    void afterFindHooksSeeTheJoinedTargets(TestDialect dialect) {
        try (Sequelize sequelize = open(dialect)) {
            List<Object> seen = new ArrayList<>();
            posts.addHook(HookType.AFTER_FIND, e -> {
                for (Object row : (List<?>) e.result()) {
                    Model author = (Model) ((Model) row).get("author");
                    seen.add(author == null ? null : author.get("name"));
                }
            });
            posts.findAll(query().include("author").order(asc("id")).limit(3));
            assertEquals(java.util.Arrays.asList("Ada", "Bob", null), seen);
        }
    }

    @DialectTest
    void aLockedFindLoadsToOneIncludesByBatch(TestDialect dialect) {
        try (Sequelize sequelize = open(dialect)) {
            // FOR UPDATE cannot lock the nullable side of an outer join: the find reads the author separately.
            List<Model> found = sequelize.transactionResult(t -> posts.findAll(query().include("author")
                    .order(asc("id")).lock(Lock.UPDATE).transaction(t)));
            assertEquals("Ada", author(found.get(0)).get("name"));
        }
    }

    @DialectTest
    void joinedFormsThatCannotWorkAreRefusedBeforeAnySql(TestDialect dialect) {
        try (Sequelize sequelize = open(dialect)) {
            int before = log.size();
            QueryError many = assertThrows(QueryError.class,
                    () -> users.findAll(query().include(include("books").separate(false))));
            assertTrue(many.getMessage().contains("books") && many.getMessage().contains("separate(false)"),
                    many.getMessage());
            QueryError right = assertThrows(QueryError.class,
                    () -> users.findAll(query().include(include("books").right(true))));
            assertTrue(right.getMessage().contains("right(true)"), right.getMessage());
            QueryError nested = assertThrows(QueryError.class,
                    () -> posts.findAll(query().include(include("author").with(include("country").right(true)))));
            assertTrue(nested.getMessage().contains("top-level"), nested.getMessage());
            QueryError counted = assertThrows(QueryError.class,
                    () -> posts.count(query().include(include("author").right(true))));
            assertTrue(counted.getMessage().contains("right(true)"), counted.getMessage());
            assertEquals(before, log.size(), "nothing was sent");
            List<Model> joined = posts.findAll(query().include(include("author").separate(false)));
            assertEquals(6, joined.size(), "separate(false) on a to-one is the joined form, which is the default");
            users.destroy(DestroyOptions.where(Op.and()).force(true));
        }
    }

    @DialectTest
    void rightTrueReturnsEveryTargetRowUnderAnEmptyParentWhereNoneRefersToIt(TestDialect dialect) {
        try (Sequelize sequelize = open(dialect)) {
            users.create(Map.of("name", "Cy"));
            List<Model> found = posts.findAll(query().include(include("author").right(true)));
            // A right join keeps every user: the four posts that have an author, and Cy under an empty post;
            // the two posts without an author are not on the right side, so they are not returned.
            assertEquals(5, found.size(), found.toString());
            List<Model> orphans = found.stream().filter(p -> p.get("id") == null).toList();
            assertEquals(1, orphans.size());
            assertEquals("Cy", author(orphans.get(0)).get("name"));
            assertNull(orphans.get(0).get("title"));
            assertEquals(4, found.stream().filter(p -> p.get("id") != null && author(p) != null).count());
        }
    }
}
