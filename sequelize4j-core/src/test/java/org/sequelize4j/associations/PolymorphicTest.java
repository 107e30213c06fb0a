package org.sequelize4j.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.association.PolymorphicOptions.polymorphic;

import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.association.PolymorphicAssociation;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.testing.DialectTest;

/** Seed 002 form C (type + id columns, scoped hasMany) and the safe polymorphic inverse beyond it. */
class PolymorphicTest {

    private ModelStatic<Model> articles;
    private ModelStatic<Model> videos;
    private ModelStatic<Model> comments;
    private PolymorphicAssociation<Model> target;

    private void define(Sequelize sequelize) {
        articles = sequelize.define("article", List.of(attribute("title", STRING)));
        videos = sequelize.define("video", List.of(attribute("title", STRING)));
        comments = sequelize.define("comment", List.of(attribute("content", STRING).allowNull(false),
                attribute("targetModel", STRING).allowNull(false), attribute("targetId", INTEGER).allowNull(false)));
        target = comments.belongsToAny(polymorphic().as("target").typeAttribute("targetModel").idAttribute("targetId")
                .type("article", articles).type("video", videos).inverse("comments"));
        sequelize.sync();
    }

    @DialectTest
    void scopedCommentsNeverMixArticleAndVideoWithTheSameId(Sequelize sequelize) {
        define(sequelize);
        Model article = articles.create(Map.of("title", "A"));
        Model video = videos.create(Map.of("title", "V"));
        assertEquals(article.get("id"), video.get("id"), "both tables start at id 1");
        HasManyAssociation<Model, Model> articleComments = articles.association("comments");
        HasManyAssociation<Model, Model> videoComments = videos.association("comments");

        Model onArticle = articleComments.create(article, Map.of("content", "nice read"));
        Model onVideo = videoComments.create(video, Map.of("content", "nice clip"));
        videoComments.create(video, Map.of("content", "again"));
        assertEquals("article", onArticle.get("targetModel"), "create wrote the scope");
        assertEquals(List.of("nice read"), articleComments.get(article).stream().map(c -> c.get("content")).toList());
        assertEquals(2, videoComments.count(video));
        assertEquals(1, articleComments.count(article));

        Model readBack = target.get(comments.findByPk(onVideo.get("id")));
        assertEquals("video", readBack.model().name(), "the type decides the model");
        assertEquals("V", readBack.get("title"));
        assertSame(videos, target.targetModel(onVideo));

        List<Model> all = comments.findAll(query().order(asc("id")));
        Map<Model, Model> targets = target.get(all, null);
        assertEquals("article", targets.get(all.get(0)).model().name());
        assertEquals("video", targets.get(all.get(1)).model().name());
        assertEquals("video", targets.get(all.get(2)).model().name());
        target.load(all, null);
        assertEquals("A", ((Model) all.get(0).get("target")).get("title"));
    }

    @DialectTest
    void setWritesTypeAndIdTogetherAndUnknownTypesAreRefused(Sequelize sequelize) {
        define(sequelize);
        Model article = articles.create(Map.of("title", "A"));
        Model video = videos.create(Map.of("title", "V"));
        Model comment = articles.<HasManyAssociation<Model, Model>>association("comments")
                .create(article, Map.of("content", "moved"));
        target.set(comment, video);
        Model stored = comments.findByPk(comment.get("id"));
        assertEquals("video", stored.get("targetModel"));
        assertEquals(video.get("id"), stored.get("targetId"));

        Model stray = comments.create(Map.of("content", "?", "targetModel", "podcast", "targetId", 1));
        QueryError error = assertThrows(QueryError.class, () -> target.get(stray));
        assertTrue(error.getMessage().contains("podcast"), error.getMessage());
        Model orphan = comments.create(Map.of("content", "gone", "targetModel", "video", "targetId", 999));
        assertNull(target.get(orphan), "no row with that id in the named model");
    }

    @DialectTest
    void badPolymorphicDefinitionsFailEarly(Sequelize sequelize) {
        ModelStatic<Model> a = sequelize.define("a", List.of(attribute("t", STRING), attribute("i", INTEGER)));
        assertThrows(DefinitionError.class, () -> a.belongsToAny(polymorphic().as("x").typeAttribute("missing")
                .idAttribute("i").type("a", a)));
        assertThrows(DefinitionError.class, () -> a.belongsToAny(polymorphic().as("t").typeAttribute("t")
                .idAttribute("i").type("a", a)), "alias equal to an attribute");
        assertThrows(DefinitionError.class, () -> a.belongsToAny(polymorphic().as("x").typeAttribute("t")
                .idAttribute("i")), "no types");
    }
}
