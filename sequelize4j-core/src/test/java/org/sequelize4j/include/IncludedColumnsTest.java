package org.sequelize4j.include;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.desc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.Op.gt;
import static org.sequelize4j.Op.or;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.association.IncludeOptions.include;

import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.testing.DialectTest;

/** $alias.attribute$ references in the top-level where and order, with paging that stays exact. */
class IncludedColumnsTest {

    private ModelStatic<Model> users;
    private ModelStatic<Model> posts;
    private ModelStatic<Model> comments;

    private void define(Sequelize sequelize) {
        users = sequelize.define("user", List.of(attribute("name", STRING)), options().timestamps(false));
        posts = sequelize.define("post", List.of(attribute("title", STRING), attribute("score", INTEGER)),
                options().timestamps(false));
        comments = sequelize.define("comment", List.of(attribute("text", STRING)), options().timestamps(false));
        HasManyAssociation<Model, Model> written = users.hasMany(posts, hasMany().as("posts").inverse("author"));
        HasManyAssociation<Model, Model> replies = posts.hasMany(comments, hasMany().as("comments"));
        sequelize.sync();
        int[][] scores = {{5, 1, 9}, {7}, {2, 3}, {}, {8, 4}};
        for (int u = 0; u < scores.length; u++) {
            Model user = users.create(Map.of("name", "u" + u));
            for (int score : scores[u]) {
                Model post = written.create(user, Map.of("title", "p" + u + "-" + score, "score", score));
                if (score == 3) {
                    replies.create(post, Map.of("text", "deep"));
                }
            }
        }
    }

    private static List<Object> names(List<Model> users) {
        return users.stream().map(u -> u.get("name")).toList();
    }

    @DialectTest
    void referencesInTheWhereMeanSomeAssociatedRowMatches(Sequelize sequelize) {
        define(sequelize);
        List<Model> found = users.findAll(query().order(asc("name")).include("posts")
                .where(gt("$posts.score$", 6)));
        assertEquals(List.of("u0", "u1", "u4"), names(found));
        assertEquals(3, ((List<?>) found.get(0).get("posts")).size(), "the include itself is not filtered");

        List<Model> either = users.findAll(query().order(asc("name")).include("posts")
                .where(or(eq("name", "u3"), eq("$posts.comments.text$", "deep"))));
        assertEquals(List.of("u2", "u3"), names(either), "nested paths, inside an OR");
        assertEquals(3, users.count(query().include("posts").where(gt("$posts.score$", 6))));
    }

    @DialectTest
    void orderingParentsByAToManyColumnKeepsEachParentOnceUnderALimit(Sequelize sequelize) {
        define(sequelize);
        // Largest post score per user: u0 9, u1 7, u2 3, u3 none, u4 8.
        List<Model> top = users.findAll(query().include("posts").order(desc("$posts.score$"), asc("name")).limit(3));
        assertEquals(List.of("u0", "u4", "u1"), names(top), "three distinct parents, by their best post");
        // Smallest post score per user for ascending order: u0 1, u1 7, u2 2, u4 4.
        List<Model> low = users.findAll(query().include(include("posts").required(true))
                .order(asc("$posts.score$")).limit(2).offset(1));
        assertEquals(List.of("u2", "u4"), names(low));

        List<Model> byAuthor = posts.findAll(query().include("author").order(desc("$author.name$"), asc("score"))
                .limit(2));
        assertEquals(List.of(4, 8), byAuthor.stream().map(p -> p.get("score")).toList(), "by a belongsTo's column");
    }

    @DialectTest
    void orderingTwoAssociationsDeepAndThroughABelongsToMany(Sequelize sequelize) {
        define(sequelize);
        ModelStatic<Model> tags = sequelize.define("tag", List.of(attribute("label", STRING)),
                options().timestamps(false));
        var userTags = users.belongsToMany(tags, org.sequelize4j.association.BelongsToManyOptions.belongsToMany()
                .through("userTag").as("tags"));
        sequelize.sync();
        // Comments: u2's post p2-3 has "deep"; give u0 and u4 comments that sort around it.
        Model u0 = users.findOne(query().where(org.sequelize4j.Op.eq("name", "u0")));
        Model u4 = users.findOne(query().where(org.sequelize4j.Op.eq("name", "u4")));
        Model u1 = users.findOne(query().where(org.sequelize4j.Op.eq("name", "u1")));
        Model p0 = posts.findOne(query().where(org.sequelize4j.Op.eq("title", "p0-5")));
        Model p4 = posts.findOne(query().where(org.sequelize4j.Op.eq("title", "p4-8")));
        comments.create(Map.of("text", "alpha", "postId", p0.get("id")));
        comments.create(Map.of("text", "zulu", "postId", p4.get("id")));
        // Largest comment text per user: u4 zulu, u2 deep, u0 alpha; u1, u3 none (last).
        List<Model> byComment = users.findAll(query().include("posts").order(desc("$posts.comments.text$"),
                asc("name")));
        assertEquals(List.of("u4", "u2", "u0", "u1", "u3"), names(byComment));
        assertEquals(List.of("u4", "u2"), names(users.findAll(query().include("posts")
                .order(desc("$posts.comments.text$")).limit(2))), "two deep under a limit: each parent once");

        Model a = tags.create(Map.of("label", "a"));
        Model m = tags.create(Map.of("label", "m"));
        Model z = tags.create(Map.of("label", "z"));
        userTags.add(u0, List.of(a, m));
        userTags.add(u4, List.of(z));
        userTags.add(u1, List.of(m));
        // Smallest tag label for ascending order: u0 a, u1 m, u4 z; the untagged last.
        List<Model> byTag = users.findAll(query().include("tags").order(asc("$tags.label$"), asc("name")).limit(4));
        assertEquals(List.of("u0", "u1", "u4", "u2"), names(byTag));
        @SuppressWarnings("unchecked")
        List<Model> u0Tags = (List<Model>) byTag.get(0).get("tags");
        assertEquals(2, u0Tags.size(), "the include itself stays whole");
    }
}
