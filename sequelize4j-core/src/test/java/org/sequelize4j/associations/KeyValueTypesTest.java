package org.sequelize4j.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.BIGINT;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.DataTypes.UUID;
import static org.sequelize4j.DataTypes.UUIDV4;
import static org.sequelize4j.association.BelongsToManyOptions.belongsToMany;
import static org.sequelize4j.association.BelongsToOptions.belongsTo;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.association.PolymorphicOptions.polymorphic;

import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.association.BelongsToAssociation;
import org.sequelize4j.association.BelongsToManyAssociation;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.association.LinkOptions;
import org.sequelize4j.association.PolymorphicAssociation;
import org.sequelize4j.testing.DialectTest;

/**
 * Key values given to add/set/has in another Java type than the one read back (Integer, Long, their
 * text, a UUID's text) are the same key: no pair linked twice, no linked target dropped by set().
 */
class KeyValueTypesTest {

    /** The same integer key in the other Java type (Long for an Integer, Integer for a Long). */
    private static Object otherJavaType(Object id) {
        return id instanceof Integer ? (Object) Long.valueOf((Integer) id) : (Object) Integer.valueOf(((Number) id).intValue());
    }

    private static BelongsToManyAssociation<Model, Model> userRoles(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("User", List.of(attribute("name", STRING)));
        ModelStatic<Model> roles = sequelize.define("Role", List.of(attribute("name", STRING)));
        BelongsToManyAssociation<Model, Model> userRoles = users.belongsToMany(roles,
                belongsToMany().as("roles").through("UserRoles"));
        sequelize.sync();
        return userRoles;
    }

    private static HasManyAssociation<Model, Model> userPosts(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("User", List.of(attribute("name", STRING)));
        ModelStatic<Model> posts = sequelize.define("Post", List.of(attribute("title", STRING)));
        HasManyAssociation<Model, Model> userPosts = users.hasMany(posts, hasMany().as("posts"));
        sequelize.sync();
        return userPosts;
    }

    @DialectTest
    void belongsToManyAddWithOneKeyAsIntegerAndAsLongLinksOnce(Sequelize sequelize) {
        BelongsToManyAssociation<Model, Model> roles = userRoles(sequelize);
        Model user = roles.source().create(Map.of("name", "a"));
        Model role = roles.target().create(Map.of("name", "r"));
        roles.add(user, role, otherJavaType(role.get("id")));
        assertEquals(1, roles.count(user));
    }

    @DialectTest
    void belongsToManySetWithTheLinkedKeyAsTextKeepsTheLink(Sequelize sequelize) {
        BelongsToManyAssociation<Model, Model> roles = userRoles(sequelize);
        Model user = roles.source().create(Map.of("name", "a"));
        Model role = roles.target().create(Map.of("name", "r"));
        roles.add(user, role);
        roles.set(user, List.of(String.valueOf(role.get("id"))));
        assertEquals(1, roles.count(user));
    }

    @DialectTest
    void belongsToManySetWithTheLinkedKeyAsTextKeepsThroughValues(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("User", List.of(attribute("name", STRING)));
        ModelStatic<Model> projects = sequelize.define("Project", List.of(attribute("name", STRING)));
        ModelStatic<Model> userProjects = sequelize.define("UserProject",
                List.of(attribute("role", STRING).defaultValue("member")));
        BelongsToManyAssociation<Model, Model> userProjectsOf = users.belongsToMany(projects,
                belongsToMany().as("projects").through(userProjects));
        sequelize.sync();
        Model user = users.create(Map.of("name", "a"));
        Model project = projects.create(Map.of("name", "p"));
        userProjectsOf.add(user, List.of(project), LinkOptions.through(Map.of("role", "admin")));
        userProjectsOf.set(user, List.of(String.valueOf(project.get("id"))));
        assertEquals("admin", ((Model) userProjectsOf.get(user).get(0).get("UserProject")).get("role"),
                "the join row was kept, not rewritten with defaults");
    }

    @DialectTest
    void hasManyHasWithOneTargetAsInstanceAndAsKeyOfOtherJavaType(Sequelize sequelize) {
        HasManyAssociation<Model, Model> posts = userPosts(sequelize);
        Model user = posts.source().create(Map.of("name", "a"));
        Model post = posts.create(user, Map.of("title", "t"));
        assertTrue(posts.has(user, post, otherJavaType(post.get("id"))));
    }

    @DialectTest
    void hasManyHasWithKeyAsText(Sequelize sequelize) {
        HasManyAssociation<Model, Model> posts = userPosts(sequelize);
        Model user = posts.source().create(Map.of("name", "a"));
        Model post = posts.create(user, Map.of("title", "t"));
        assertTrue(posts.has(user, String.valueOf(post.get("id"))));
    }

    @DialectTest
    void hasManySetWithTheLinkedKeyAsTextKeepsATargetWithNotNullForeignKey(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("User", List.of(attribute("name", STRING)));
        ModelStatic<Model> postModel = sequelize.define("Post", List.of(attribute("title", STRING)));
        HasManyAssociation<Model, Model> posts = users.hasMany(postModel, hasMany().as("posts")
                .foreignKey(attribute("authorId").allowNull(false)));
        sequelize.sync();
        Model user = users.create(Map.of("name", "a"));
        Model post = posts.create(user, Map.of("title", "t"));
        posts.set(user, List.of(String.valueOf(post.get("id"))));
        assertEquals(1, posts.count(user), "post still linked (not destroyed as an unlinked target)");
    }

    @DialectTest
    void setWithOneTargetRepeatedAsInstanceAndKey(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("User", List.of(attribute("name", STRING)));
        ModelStatic<Model> roleModel = sequelize.define("Role", List.of(attribute("name", STRING)));
        ModelStatic<Model> postModel = sequelize.define("Post", List.of(attribute("title", STRING)));
        BelongsToManyAssociation<Model, Model> roles = users.belongsToMany(roleModel,
                belongsToMany().as("roles").through("UserRoles"));
        HasManyAssociation<Model, Model> posts = users.hasMany(postModel, hasMany().as("posts"));
        sequelize.sync();
        Model user = users.create(Map.of("name", "a"));
        Model role = roleModel.create(Map.of("name", "r"));
        Model post = postModel.create(Map.of("title", "p"));
        roles.set(user, List.of(role, role, role.get("id")));
        posts.set(user, List.of(post, post, post.get("id")));
        assertEquals(1, roles.count(user));
        assertEquals(1, posts.count(user));
    }

    @DialectTest
    void uuidKeysGivenAsText(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("User", List.of(
                attribute("uid", UUID).primaryKey(true).defaultValue(UUIDV4), attribute("name", STRING)));
        ModelStatic<Model> tagModel = sequelize.define("Tag", List.of(
                attribute("tid", UUID).primaryKey(true).defaultValue(UUIDV4), attribute("name", STRING)));
        BelongsToManyAssociation<Model, Model> tags = users.belongsToMany(tagModel,
                belongsToMany().as("tags").through("UserTags"));
        HasManyAssociation<Model, Model> owned = users.hasMany(tagModel, hasMany().as("ownedTags"));
        sequelize.sync();
        Model user = users.create(Map.of("name", "a"));
        Model tag = tagModel.create(Map.of("name", "t"));
        String asText = tag.get("tid").toString();
        tags.add(user, tag);
        owned.add(user, tag);
        assertTrue(tags.has(user, asText), "belongsToMany has by UUID text");
        assertTrue(owned.has(user, asText), "hasMany has by UUID text");
        tags.add(user, asText);
        assertEquals(1, tags.count(user));
        assertEquals(List.of("UserUid", "TagTid"),
                List.of(tags.definition().foreignKey().get(0), tags.definition().otherKey().get(0)));
    }

    @DialectTest
    void customPrimaryKeyNames(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("User", List.of(
                attribute("userNo", INTEGER).primaryKey(true).autoIncrement(true), attribute("name", STRING)));
        ModelStatic<Model> postModel = sequelize.define("Post", List.of(
                attribute("postNo", INTEGER).primaryKey(true).autoIncrement(true), attribute("title", STRING)));
        HasManyAssociation<Model, Model> posts = users.hasMany(postModel, hasMany().as("posts").inverse("author"));
        sequelize.sync();
        BelongsToAssociation<Model, Model> author = postModel.association("author");
        assertEquals(List.of("UserUserNo"), posts.definition().foreignKey());
        assertEquals(posts.definition().foreignKey(), author.definition().foreignKey(), "the inverse shares the key");
        Model user = users.create(Map.of("name", "a"));
        Model post = posts.create(user, Map.of("title", "t"));
        assertEquals("a", author.get(post).get("name"));
        posts.set(user, List.of(post));
        assertTrue(posts.has(user, post.get("postNo")));
        posts.remove(user, post);
        assertEquals(0, posts.count(user));
    }

    @DialectTest
    void belongsToGetWithForeignKeySetAsText(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("User", List.of(attribute("name", STRING)));
        ModelStatic<Model> postModel = sequelize.define("Post", List.of(attribute("title", STRING)));
        BelongsToAssociation<Model, Model> author = postModel.belongsTo(users, belongsTo().as("author"));
        sequelize.sync();
        Model user = users.create(Map.of("name", "a"));
        Model post = postModel.build(Map.of("title", "t"));
        author.set(post, String.valueOf(user.get("id")));
        assertNotNull(author.get(post));
        assertNotNull(author.get(List.of(post), null).get(post), "batch get matches the text key to the row read");
    }

    @DialectTest
    void polymorphicBatchGetWithIdsOfMixedJavaTypes(Sequelize sequelize) {
        ModelStatic<Model> comments = sequelize.define("Comment", List.of(attribute("content", STRING),
                attribute("targetModel", STRING), attribute("targetId", BIGINT)));
        ModelStatic<Model> articles = sequelize.define("Article", List.of(attribute("title", STRING)));
        ModelStatic<Model> videos = sequelize.define("Video", List.of(attribute("title", STRING)));
        PolymorphicAssociation<Model> target = comments.belongsToAny(polymorphic().as("target")
                .typeAttribute("targetModel").idAttribute("targetId")
                .type("article", articles).type("video", videos).inverse("comments"));
        sequelize.sync();
        Model article = articles.create(Map.of("title", "A1"));
        Model video = videos.create(Map.of("title", "V1"));
        Model c1 = comments.create(Map.of("content", "x", "targetModel", "article", "targetId", article.get("id")));
        Model c2 = comments.create(Map.of("content", "y", "targetModel", "video", "targetId", 1L));
        Model c3 = comments.build(Map.of("content", "z", "targetModel", "video", "targetId", 1));
        Map<Model, Model> loaded = target.get(List.of(c1, c2, c3), null);
        assertEquals("A1", loaded.get(c1).get("title"));
        assertEquals("V1", loaded.get(c2).get("title"));
        assertEquals("V1", loaded.get(c3).get("title"));
        assertEquals(videos, target.targetModel(c2));
        HasManyAssociation<Model, Model> videoComments = videos.association("comments");
        assertEquals(1, videoComments.count(video));
    }

    @DialectTest
    void polymorphicGetWithStringIdColumn(Sequelize sequelize) {
        ModelStatic<Model> comments = sequelize.define("Comment", List.of(attribute("content", STRING),
                attribute("targetModel", STRING), attribute("targetId", STRING)));
        ModelStatic<Model> articles = sequelize.define("Article", List.of(attribute("title", STRING)));
        PolymorphicAssociation<Model> target = comments.belongsToAny(polymorphic().as("target")
                .typeAttribute("targetModel").idAttribute("targetId").type("article", articles));
        sequelize.sync();
        Model article = articles.create(Map.of("title", "A1"));
        Model comment = comments.create(Map.of("content", "x"));
        target.set(comment, article);
        Model reread = comments.findByPk(comment.get("id"));
        assertEquals("A1", target.get(reread).get("title"));
        assertEquals("A1", target.get(List.of(reread), null).get(reread).get("title"), "batch get with a text id");
    }
}
