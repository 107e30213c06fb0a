package org.sequelize4j.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.association.HasManyOptions.hasMany;

import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.association.BelongsToAssociation;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.testing.DialectTest;

/**
 * Seed 002's form C: one Comment model with targetModel + targetId, no foreign-key constraint, and
 * association scopes telling articles' comments from videos'.
 */
class PolymorphicScopeTest {

    private ModelStatic<Model> comments;
    private ModelStatic<Model> articles;
    private ModelStatic<Model> videos;
    private HasManyAssociation<Model, Model> articleComments;
    private HasManyAssociation<Model, Model> videoComments;

    private void define(Sequelize sequelize) {
        comments = sequelize.define("Comment", List.of(attribute("content", STRING).allowNull(false),
                attribute("targetModel", STRING).allowNull(false), attribute("targetId", INTEGER).allowNull(false)),
                options().timestamps(false));
        articles = sequelize.define("Article", List.of(attribute("title", STRING)), options().timestamps(false));
        videos = sequelize.define("Video", List.of(attribute("title", STRING)), options().timestamps(false));
        articleComments = articles.hasMany(comments, hasMany().as("comments").foreignKey("targetId")
                .constraints(false).scope(Map.of("targetModel", "article")).inverse("article"));
        videoComments = videos.hasMany(comments, hasMany().as("comments").foreignKey("targetId")
                .constraints(false).scope(Map.of("targetModel", "video")).inverse("video"));
        sequelize.sync();
    }

    private static List<Object> contents(List<Model> rows) {
        return rows.stream().map(r -> r.get("content")).sorted().toList();
    }

    @DialectTest
    void noConstraintOnTheSharedKey(Sequelize sequelize) {
        define(sequelize);
        assertEquals(List.of(), ForeignKeys.of(sequelize, comments.tableName()), "one column cannot refer to two tables");
        assertEquals(1, comments.attributes().keySet().stream().filter(a -> a.equals("targetId")).count());
    }

    @DialectTest
    void createThroughTheAssociationWritesTheScope(Sequelize sequelize) {
        define(sequelize);
        Model article = articles.create(Map.of("title", "News"));
        Model created = articleComments.create(article, Map.of("content", "first"));
        assertEquals("article", created.get("targetModel"));
        Model stored = comments.findByPk(created.get("id"));
        assertEquals("article", stored.get("targetModel"));
        assertEquals(article.get("id"), stored.get("targetId"));

        Model loose = comments.create(Map.of("content", "moved", "targetModel", "video", "targetId", 999));
        articleComments.add(article, loose);
        Model moved = comments.findByPk(loose.get("id"));
        assertEquals("article", moved.get("targetModel"), "add writes the scope too");
        assertEquals(article.get("id"), moved.get("targetId"));
    }

    @DialectTest
    void sameIdDoesNotMixArticleAndVideoComments(Sequelize sequelize) {
        define(sequelize);
        Model article = articles.create(Map.of("title", "News"));
        Model video = videos.create(Map.of("title", "Clip"));
        assertEquals(article.get("id"), video.get("id"), "both tables start at the same id");
        articleComments.create(article, Map.of("content", "a1"));
        articleComments.create(article, Map.of("content", "a2"));
        videoComments.create(video, Map.of("content", "v1"));

        assertEquals(List.of("a1", "a2"), contents(articleComments.get(article)));
        assertEquals(List.of("v1"), contents(videoComments.get(video)));
        assertEquals(2, articleComments.count(article));
        assertEquals(1, videoComments.count(video));
        assertEquals(1, articleComments.count(article, query().where(eq("content", "a2"))));
        assertEquals(0, articleComments.count(article, query().where(eq("content", "v1"))));

        Model v1 = comments.findOne(query().where(eq("content", "v1")));
        assertFalse(articleComments.has(article, v1), "a video comment with the same targetId is not the article's");
        assertTrue(videoComments.has(video, v1));

        Map<Model, List<Model>> batch = articleComments.get(List.of(article), query().order(asc("content")));
        assertEquals(List.of("a1", "a2"), contents(batch.get(article)));

        BelongsToAssociation<Model, Model> toVideo = comments.association("video");
        assertEquals("Clip", toVideo.get(v1).get("title"));
    }

    @DialectTest
    void unlinkingKeepsTheOtherKindsComments(Sequelize sequelize) {
        define(sequelize);
        Model article = articles.create(Map.of("title", "News"));
        Model video = videos.create(Map.of("title", "Clip"));
        Model a1 = articleComments.create(article, Map.of("content", "a1"));
        articleComments.create(article, Map.of("content", "a2"));
        videoComments.create(video, Map.of("content", "v1"));
        videoComments.create(video, Map.of("content", "v2"));

        articleComments.set(article, List.of(a1));
        assertEquals(List.of("a1"), contents(articleComments.get(article)), "a2 unlinked (destroyed: key is NOT NULL)");
        assertEquals(List.of("v1", "v2"), contents(videoComments.get(video)), "set did not touch the video's");

        videoComments.remove(video, a1);
        assertEquals(article.get("id"), comments.findByPk(a1.get("id")).get("targetId"),
                "the video cannot remove an article's comment that has its id");

        articleComments.set(article, List.of());
        assertEquals(List.of("v1", "v2"), contents(comments.findAll()));
    }
}
