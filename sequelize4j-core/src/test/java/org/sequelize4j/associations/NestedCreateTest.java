package org.sequelize4j.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.SaveOptions.saveOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sequelize4j.HookType;
import org.sequelize4j.Model;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.testing.DialectTest;

/** create with nested values for associations (Sequelize's create with include), on every dialect. */
class NestedCreateTest {

    @DialectTest
    void createsParentsFirstChildrenAfterAndLinksJoinRows(Sequelize sequelize) {
        Blog blog = new Blog(sequelize);
        List<String> hooked = new ArrayList<>();
        blog.posts.addHook(HookType.BEFORE_CREATE, e -> hooked.add((String) e.instance().get("title")));

        Model ada = blog.users.create(Map.of("name", "Ada",
                "profile", Map.of("bio", "Mathematician"),
                "posts", List.of(Map.of("title", "Notes"), Map.of("title", "Sketch")),
                "roles", List.of(Map.of("name", "admin")),
                "projects", List.of(Map.of("name", "Engine", "UserProject", Map.of("role", "lead")))),
                saveOptions().include("profile", "posts", "roles", "projects"));

        assertEquals("Mathematician", blog.profile.get(ada).get("bio"));
        assertEquals(List.of("Notes", "Sketch"), blog.userPosts.get(ada, query().order(asc("title"))).stream()
                .map(p -> p.get("title")).toList());
        assertEquals(List.of("Notes", "Sketch"), hooked, "the children's hooks ran");
        assertEquals("admin", blog.userRoles.get(ada).get(0).get("name"));
        Model membership = (Model) blog.userProjectsAssoc.get(ada).get(0).get("UserProject");
        assertEquals("lead", membership.get("role"), "through values given under the through model's name");
        assertEquals(2, ((List<?>) ada.get("posts")).size(), "the created children are on the instance");

        Model post = blog.posts.create(Map.of("title", "By Bob", "author", Map.of("name", "Bob")),
                saveOptions().include("author"));
        assertEquals("Bob", blog.author.get(post).get("name"), "belongsTo: the parent is created first");
    }

    @DialectTest
    void nestedLevelsAndAllOrNothing(Sequelize sequelize) {
        Blog blog = new Blog(sequelize);
        var comments = sequelize.define("Comment", List.of(attribute("text", STRING).allowNull(false)));
        var postComments = blog.posts.hasMany(comments, org.sequelize4j.association.HasManyOptions.hasMany()
                .as("comments"));
        comments.sync();
        Model ada = blog.users.create(Map.of("name", "Ada", "posts", List.of(Map.of("title", "P",
                "comments", List.of(Map.of("text", "first"), Map.of("text", "second"))))),
                saveOptions().include("posts", "posts.comments"));
        Model post = blog.userPosts.get(ada).get(0);
        assertEquals(2, postComments.count(post));

        long users = blog.users.count();
        long posts = blog.posts.count();
        var textless = new java.util.HashMap<String, Object>();
        textless.put("text", null);
        assertThrows(ValidationError.class, () -> blog.users.create(Map.of("name", "Bob", "posts",
                List.of(Map.of("title", "Q", "comments", List.of(textless)))),
                saveOptions().include("posts", "posts.comments")));
        assertEquals(users, blog.users.count(), "the failed nested create left no user");
        assertEquals(posts, blog.posts.count(), "and no post");

        QueryError unknown = assertThrows(QueryError.class, () -> blog.users.create(Map.of("name", "C"),
                saveOptions().include("posts.nothing")));
        assertTrue(unknown.getMessage().contains("nothing"), unknown.getMessage());
        assertEquals(users, blog.users.count());
    }
}
