package org.sequelize4j.include;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.association.BelongsToOptions.belongsTo;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.association.IncludeOptions.include;
import static org.sequelize4j.association.PolymorphicOptions.polymorphic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.SqlLog;
import org.sequelize4j.testing.TestDialect;

/** Statement counts that do not grow with the rows, bind limits that never surface, polymorphic includes. */
class IncludeScaleTest {

    @DialectTest
    void nestedIncludesTakeOneStatementPerLevelForAnyNumberOfRows(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging((Consumer<String>) log))) {
            ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING)),
                    options().timestamps(false));
            ModelStatic<Model> posts = sequelize.define("post", List.of(attribute("title", STRING)),
                    options().timestamps(false));
            ModelStatic<Model> comments = sequelize.define("comment", List.of(attribute("text", STRING)),
                    options().timestamps(false));
            users.hasMany(posts, hasMany().as("posts"));
            posts.hasMany(comments, hasMany().as("comments"));
            comments.belongsTo(users, belongsTo().as("author"));
            sequelize.sync();
            for (int size : new int[] {3, 300}) {
                users.destroy(org.sequelize4j.DestroyOptions.where(org.sequelize4j.Op.and()));
                List<Model> made = users.bulkCreate(rows(size, i -> Map.of("name", "u" + i)));
                List<Map<String, Object>> postRows = new ArrayList<>();
                for (Model u : made) {
                    postRows.add(Map.of("title", "t", "userId", u.get("id")));
                    postRows.add(Map.of("title", "t2", "userId", u.get("id")));
                }
                List<Model> madePosts = posts.bulkCreate(postRows);
                List<Map<String, Object>> commentRows = new ArrayList<>();
                for (Model p : madePosts) {
                    commentRows.add(Map.of("text", "c", "postId", p.get("id"), "authorId", made.get(0).get("id")));
                }
                comments.bulkCreate(commentRows);
                int before = log.size();
                List<Model> found = users.findAll(query().include(include("posts").with(include("comments")
                        .with("author"))));
                // The authors (belongsTo) are joined into the comments' batch query: three statements.
                List<String> statements = log.since(before);
                assertEquals(3, statements.size(), "users, posts, comments with their authors: " + statements);
                assertTrue(statements.get(2).contains("LEFT OUTER JOIN"), statements.get(2));
                assertEquals(size, found.size());
                Model firstPost = ((List<Model>) found.get(0).get("posts")).get(0);
                Model comment = ((List<Model>) firstPost.get("comments")).get(0);
                assertEquals("u0", ((Model) comment.get("author")).get("name"));
            }
        }
    }

    @DialectTest
    void seventyThousandParentsNeverHitABindLimit(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("user", List.of(attribute("n", INTEGER)), options().timestamps(false));
        ModelStatic<Model> posts = sequelize.define("post", List.of(attribute("n", INTEGER)), options().timestamps(false));
        users.hasMany(posts, hasMany().as("posts"));
        sequelize.sync();
        int parents = 70_000;
        List<Model> made = users.bulkCreate(rows(parents, i -> Map.of("n", i)));
        List<Map<String, Object>> postRows = new ArrayList<>();
        for (int i = 0; i < parents; i += 7) {
            postRows.add(Map.of("n", i, "userId", made.get(i).get("id")));
        }
        posts.bulkCreate(postRows);
        // Without a limit the posts' query names the users by a subquery; with one, by 70 chunks of keys
        // (each below every driver's bind limit): both must find every post.
        for (var options : List.of(query(), query().limit(parents))) {
            List<Model> found = users.findAll(options.order(asc("n")).include("posts"));
            assertEquals(parents, found.size());
            long withPosts = found.stream().filter(u -> !((List<?>) u.get("posts")).isEmpty()).count();
            assertEquals(postRows.size(), withPosts);
            assertEquals(7, ((Model) ((List<?>) found.get(7).get("posts")).get(0)).get("n"));
        }
    }

    @DialectTest
    void aPolymorphicIncludeGivesEachRowItsOwnModelsTarget(Sequelize sequelize) {
        ModelStatic<Model> articles = sequelize.define("article", List.of(attribute("title", STRING)));
        ModelStatic<Model> videos = sequelize.define("video", List.of(attribute("title", STRING)));
        ModelStatic<Model> comments = sequelize.define("comment", List.of(attribute("targetModel", STRING),
                attribute("targetId", INTEGER)));
        comments.belongsToAny(polymorphic().as("target").typeAttribute("targetModel").idAttribute("targetId")
                .type("article", articles).type("video", videos));
        sequelize.sync();
        Model a = articles.create(Map.of("title", "A"));
        Model v = videos.create(Map.of("title", "V"));
        comments.create(Map.of("targetModel", "article", "targetId", a.get("id")));
        comments.create(Map.of("targetModel", "video", "targetId", v.get("id")));
        List<Model> found = comments.findAll(query().order(asc("id")).include("target"));
        assertEquals("A", ((Model) found.get(0).get("target")).get("title"));
        assertEquals("V", ((Model) found.get(1).get("target")).get("title"), "same id, the video's own target");
        assertTrue(((Model) found.get(1).get("target")).model() == videos);
    }

    private static List<Map<String, Object>> rows(int count, java.util.function.IntFunction<Map<String, Object>> row) {
        List<Map<String, Object>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(row.apply(i));
        }
        return rows;
    }

    @DialectTest
    void pastOneChunkTheParentsOfAHasManyMayBeNamedByASubqueryUnlessTheyWerePaged(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging((Consumer<String>) log))) {
            ModelStatic<Model> users = sequelize.define("user", List.of(attribute("n", INTEGER)),
                    options().timestamps(false));
            ModelStatic<Model> posts = sequelize.define("post", List.of(attribute("n", INTEGER)),
                    options().timestamps(false));
            users.hasMany(posts, hasMany().as("posts"));
            sequelize.sync();
            int parents = 2_500;
            List<Model> made = users.bulkCreate(rows(parents, i -> Map.of("n", i)));
            List<Map<String, Object>> postRows = new ArrayList<>();
            for (int i = 0; i < parents; i++) {
                for (int k = 0; k < 3; k++) {
                    postRows.add(Map.of("n", i * 10 + k, "userId", made.get(i).get("id")));
                }
            }
            posts.bulkCreate(postRows);

            int before = log.size();
            List<Model> found = users.findAll(query().where(org.sequelize4j.Op.gte("n", 100)).order(asc("n"))
                    .include(include("posts").order(org.sequelize4j.FindOptions.desc("n")).limit(2)));
            List<String> sent = log.since(before);
            if (sequelize.dialect().batchesManyParentsBySubquery()) {
                assertEquals(2, sent.size(), "users, then the posts of all of them: " + sent);
                assertTrue(sent.get(1).contains("IN (SELECT"), sent.get(1));
            } else {
                assertEquals(1 + 3, sent.size(), "users, then their posts by chunks of 1,000 keys: " + sent);
            }
            assertEquals(parents - 100, found.size());
            List<?> first = (List<?>) found.get(0).get("posts");
            assertEquals(List.of(1002, 1001), first.stream().map(p -> ((Model) p).get("n")).toList(),
                    "each user's two newest posts");

            before = log.size();
            List<Model> paged = users.findAll(query().order(asc("n")).limit(2_400).include("posts"));
            assertEquals(1 + 3, log.since(before).size(), "a page of parents is named by its keys, in chunks");
            assertEquals(2_400, paged.size());
            assertEquals(3, ((List<?>) paged.get(2_399).get("posts")).size());
        }
    }
}
