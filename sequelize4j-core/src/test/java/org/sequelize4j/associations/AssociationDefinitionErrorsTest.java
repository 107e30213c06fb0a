package org.sequelize4j.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.BIGINT;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.SMALLINT;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.association.BelongsToManyOptions.belongsToMany;
import static org.sequelize4j.association.BelongsToOptions.belongsTo;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.association.HasOneOptions.hasOne;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.testing.Catalog;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.SqlLog;
import org.sequelize4j.testing.TestDialect;

/** Association declarations that cannot work fail with a DefinitionError naming the fault, before any SQL. */
class AssociationDefinitionErrorsTest {

    private static DefinitionError refused(SqlLog log, Executable declaration, String... mentions) {
        int before = log.size();
        DefinitionError error = assertThrows(DefinitionError.class, declaration);
        for (String mention : mentions) {
            assertTrue(error.getMessage().contains(mention), "'" + mention + "' in: " + error.getMessage());
        }
        assertEquals(List.of(), log.since(before), "no SQL was sent");
        return error;
    }

    private static ModelStatic<Model> users(Sequelize sequelize) {
        return sequelize.define("User", List.of(attribute("name", STRING)));
    }

    private static ModelStatic<Model> posts(Sequelize sequelize) {
        return sequelize.define("Post", List.of(attribute("title", STRING)));
    }

    @DialectTest
    void unknownKeysAreRefused(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging(log))) {
            ModelStatic<Model> users = users(sequelize);
            ModelStatic<Model> posts = posts(sequelize);
            DefinitionError error = refused(log, () -> users.hasMany(posts, hasMany().as("posts").sourceKey("nope")),
                    "sourceKey", "nope", "User.posts");
            assertEquals("User", error.model());
            refused(log, () -> users.hasOne(posts, hasOne().as("post").sourceKey("email")), "sourceKey", "email");
            refused(log, () -> posts.belongsTo(users, belongsTo().as("author").targetKey("nope")), "targetKey", "nope");
            refused(log, () -> users.belongsToMany(posts, belongsToMany().through("UserPosts").targetKey("nope")),
                    "targetKey", "nope");
            assertTrue(users.associations().all().isEmpty());
            assertTrue(posts.associations().all().isEmpty());
            assertEquals(List.of(), Catalog.tables(sequelize));
        }
    }

    @DialectTest
    void foreignKeyTypesThatCannotHoldTheKeyAreRefused(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging(log))) {
            ModelStatic<Model> users = users(sequelize);
            ModelStatic<Model> posts = posts(sequelize);
            DefinitionError narrow = refused(log, () -> users.hasMany(posts, hasMany().as("posts")
                    .foreignKey(attribute("authorId", SMALLINT))), "authorId", "User.id");
            assertEquals("Post", narrow.model());
            assertEquals("authorId", narrow.attribute());
            refused(log, () -> posts.belongsTo(users, belongsTo().as("author")
                    .foreignKey(attribute("authorId", STRING))), "authorId");
            refused(log, () -> users.belongsToMany(posts, belongsToMany().through("UserPosts")
                    .otherKey(attribute("postId", STRING))), "postId");
            assertNull(posts.definition().attribute("authorId"), "the refused key was not added");

            ModelStatic<Model> tags = sequelize.define("Tag", List.of(attribute("label", STRING)));
            tags.belongsTo(users, belongsTo().as("owner").foreignKey(attribute("ownerId", BIGINT)));
            assertEquals(BIGINT.kind(), tags.definition().attribute("ownerId").type().kind(), "wider is fine");
            assertEquals(List.of(), log.messages());
        }
    }

    @DialectTest
    void aDeclaredForeignKeyOfTheWrongTypeIsRefused(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging(log))) {
            ModelStatic<Model> users = users(sequelize);
            ModelStatic<Model> posts = sequelize.define("Post", List.of(attribute("title", STRING),
                    attribute("authorId", SMALLINT)));
            refused(log, () -> users.hasMany(posts, hasMany().as("posts").foreignKey("authorId")), "authorId",
                    "SMALLINT");
            ModelStatic<Model> notes = sequelize.define("Note", List.of(attribute("authorId", INTEGER)));
            users.hasMany(notes, hasMany().as("notes").foreignKey("authorId"));
            assertNotNull(notes.definition().attribute("authorId").references(), "a fitting one is completed");
        }
    }

    @DialectTest
    void scopeOnAnUnknownAttributeIsRefused(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging(log))) {
            ModelStatic<Model> users = users(sequelize);
            ModelStatic<Model> posts = posts(sequelize);
            DefinitionError error = refused(log, () -> users.hasMany(posts, hasMany().as("posts")
                    .scope(Map.of("kind", "blog"))), "scope", "kind");
            assertEquals("Post", error.model());
            assertEquals("kind", error.attribute());
            refused(log, () -> users.belongsToMany(posts, belongsToMany().through("UserPosts")
                    .throughScope(Map.of("kind", "x"))), "throughScope", "kind");
            assertNull(users.associations().find("posts"));
        }
    }

    @DialectTest
    void modelsInUseCannotGetAForeignKey(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging(log))) {
            ModelStatic<Model> users = users(sequelize);
            ModelStatic<Model> posts = posts(sequelize);
            posts.build(Map.of("title", "early"));
            refused(log, () -> users.hasMany(posts, hasMany().as("posts")), "Post", "in use");
            assertNull(posts.definition().attribute("UserId"));

            ModelStatic<Model> comments = sequelize.define("Comment", List.of(attribute("body", STRING)));
            comments.sync();
            DefinitionError synced = refused(log, () -> comments.belongsTo(users, belongsTo().as("author")),
                    "Comment", "in use");
            assertEquals("authorId", synced.attribute());
            assertNull(comments.associations().find("author"));
            assertEquals(List.of("id", "body", "createdAt", "updatedAt"),
                    List.copyOf(Catalog.columns(sequelize, comments.tableName()).keySet()));

            ModelStatic<Model> badges = sequelize.define("Badge", List.of(attribute("label", STRING)));
            comments.hasMany(badges, hasMany().as("badges"));
            assertNotNull(comments.association("badges"), "a model in use may still be the side without the key");
            assertNotNull(badges.definition().attribute("CommentId"));
        }
    }

    @DialectTest
    void anAliasEqualToAnAttributeIsRefused(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging(log))) {
            ModelStatic<Model> users = sequelize.define("User", List.of(attribute("name", STRING),
                    attribute("posts", STRING)));
            ModelStatic<Model> posts = posts(sequelize);
            DefinitionError error = refused(log, () -> users.hasMany(posts, hasMany().as("posts")), "posts",
                    "attribute");
            assertEquals("User", error.model());
            refused(log, () -> posts.belongsTo(users, belongsTo().as("title")), "title");
            assertNull(users.associations().find("posts"));
        }
    }

    @DialectTest
    void aRefusedDeclarationLeavesNoForeignKeyBehind(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        ModelStatic<Model> posts = posts(sequelize);
        assertThrows(DefinitionError.class, () -> users.hasMany(posts, hasMany().as("posts").foreignKey("authorId")
                .scope(Map.of("kind", "blog"))));
        assertThrows(DefinitionError.class, () -> posts.belongsTo(users, belongsTo().as("title")
                .foreignKey("writerId")));
        sequelize.sync();
        var columns = Catalog.columns(sequelize, posts.tableName()).keySet();
        assertNull(posts.definition().attribute("authorId"), "scope refused, yet the key stayed: " + columns);
        assertNull(posts.definition().attribute("writerId"), "alias refused, yet the key stayed: " + columns);
        assertEquals(List.of(), ForeignKeys.of(sequelize, posts.tableName()));
    }
}
