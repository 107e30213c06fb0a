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
}
