package org.sequelize4j.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sequelize4j.Model;
import org.sequelize4j.Sequelize;
import org.sequelize4j.association.Association;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.association.LinkOptions;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.testing.DialectTest;

/** Seed 004's association methods for each kind, on every dialect. */
class BasicAssociationsTest {

    private static List<Object> names(List<Model> instances, String attribute) {
        return instances.stream().map(m -> m.get(attribute)).collect(Collectors.toList());
    }

    @DialectTest
    void oneToOneGetSetCreate(Sequelize sequelize) {
        Blog blog = new Blog(sequelize);
        Model ada = blog.users.create(Map.of("name", "Ada"));
        assertNull(blog.profile.get(ada));

        Model bio = blog.profile.create(ada, Map.of("bio", "Mathematician"));
        assertEquals(ada.get("id"), bio.get("userId"));
        assertEquals("Mathematician", blog.profile.get(ada).get("bio"));
        assertEquals("Ada", blog.profileUser.get(bio).get("name"));

        Model other = blog.profiles.create(Map.of("bio", "Second"));
        blog.profile.set(ada, other);
        assertEquals("Second", blog.profile.get(ada).get("bio"));
        Model old = blog.profiles.findByPk(bio.get("id"));
        assertNotNull(old, "the nullable key is unlinked, not destroyed");
        assertNull(old.get("userId"));

        blog.profile.set(ada, null);
        assertNull(blog.profile.get(ada));
    }

    @DialectTest
    void belongsToSetAndCreate(Sequelize sequelize) {
        Blog blog = new Blog(sequelize);
        Model ada = blog.users.create(Map.of("name", "Ada"));
        Model post = blog.posts.create(Map.of("title", "Hello"));
        assertNull(blog.author.get(post));
        blog.author.set(post, ada);
        assertEquals(ada.get("id"), blog.posts.findByPk(post.get("id")).get("authorId"), "set saved the key");
        assertEquals("Ada", blog.author.get(post).get("name"));

        Model bob = blog.author.create(post, Map.of("name", "Bob"));
        assertEquals(bob.get("id"), blog.posts.findByPk(post.get("id")).get("authorId"));
        blog.author.set(post, null);
        assertNull(blog.posts.findByPk(post.get("id")).get("authorId"));
        assertThrows(ForeignKeyConstraintError.class, () -> blog.author.set(post, 9999));
    }

    @DialectTest
    void hasManyMethods(Sequelize sequelize) {
        Blog blog = new Blog(sequelize);
        Model ada = blog.users.create(Map.of("name", "Ada"));
        Model p1 = blog.userPosts.create(ada, Map.of("title", "One", "published", true));
        Model p2 = blog.userPosts.create(ada, Map.of("title", "Two"));
        Model loose = blog.posts.create(Map.of("title", "Loose"));

        assertEquals(List.of("One", "Two"), names(blog.userPosts.get(ada, query().order(asc("title"))), "title"));
        assertEquals(List.of("One"), names(blog.userPosts.get(ada, query().where(eq("published", true))), "title"));
        assertEquals(2, blog.userPosts.count(ada));
        assertEquals(1, blog.userPosts.count(ada, query().where(eq("published", true))));
        assertTrue(blog.userPosts.has(ada, p1));
        assertTrue(blog.userPosts.has(ada, p1, p2.get("id")), "instances and keys mix");
        assertFalse(blog.userPosts.has(ada, p1, loose), "true only when all are linked");

        blog.userPosts.add(ada, loose);
        assertEquals(3, blog.userPosts.count(ada));
        blog.userPosts.remove(ada, p1);
        assertEquals(2, blog.userPosts.count(ada));
        assertNotNull(blog.posts.findByPk(p1.get("id")), "remove keeps the post of a nullable key");

        blog.userPosts.set(ada, List.of(p1, p2));
        assertEquals(List.of("One", "Two"), names(blog.userPosts.get(ada, query().order(asc("title"))), "title"));
        assertNull(blog.posts.findByPk(loose.get("id")).get("authorId"), "set unlinked the others");

        blog.userPosts.set(ada, List.of());
        assertEquals(0, blog.userPosts.count(ada));
        assertEquals(3, blog.posts.count(), "nothing was destroyed");
    }

    @DialectTest
    void belongsToManyMethods(Sequelize sequelize) {
        Blog blog = new Blog(sequelize);
        Model ada = blog.users.create(Map.of("name", "Ada"));
        Model admin = blog.roles.create(Map.of("name", "admin"));
        Model guest = blog.roles.create(Map.of("name", "guest"));
        Model editor = blog.roles.create(Map.of("name", "editor"));

        blog.userRoles.add(ada, admin);
        blog.userRoles.add(ada, List.of(guest, editor), LinkOptions.linkOptions());
        blog.userRoles.add(ada, admin);
        assertEquals(3, blog.userRoles.count(ada));
        assertEquals(3, sequelize.model("UserRoles").count(), "adding twice keeps one join row");
        assertTrue(blog.userRoles.has(ada, admin, guest));
        assertEquals(List.of("Ada"), names(blog.roleUsers.get(admin), "name"), "the other side sees the link");

        blog.userRoles.set(ada, List.of(admin));
        assertEquals(List.of("admin"), names(blog.userRoles.get(ada), "name"));
        blog.userRoles.remove(ada, admin);
        assertEquals(0, blog.userRoles.count(ada));
        assertFalse(blog.userRoles.has(ada, admin));
        assertEquals(3, blog.roles.count(), "the roles stay");

        Model created = blog.userRoles.create(ada, Map.of("name", "owner"));
        assertEquals(List.of("owner"), names(blog.userRoles.get(ada), "name"));
        assertEquals(created.get("id"), blog.userRoles.get(ada).get(0).get("id"));
    }

    @DialectTest
    void throughModelValuesAreNestedNotMerged(Sequelize sequelize) {
        Blog blog = new Blog(sequelize);
        Model ada = blog.users.create(Map.of("name", "Ada"));
        Model apollo = blog.projects.create(Map.of("name", "Apollo"));
        blog.members.add(apollo, List.of(ada), LinkOptions.through(Map.of("role", "admin")));

        List<Model> projects = blog.userProjectsAssoc.get(ada);
        assertEquals(1, projects.size());
        Model project = projects.get(0);
        Model membership = (Model) project.get("UserProject");
        assertEquals("admin", membership.get("role"));
        assertNotNull(membership.get("joinedAt"));
        assertNull(project.get("role"), "through values stay under the through model's name");

        blog.members.add(apollo, List.of(ada), LinkOptions.through(Map.of("role", "owner")));
        assertEquals(1, blog.userProjects.count(), "adding an existing pair updates its row");
        // Sequelize's default names: model name + key, camel-cased ("User" + "id" → "UserId").
        assertEquals("owner", blog.userProjects.findOne(query().where(Map.of("UserId", ada.get("id"),
                "ProjectId", apollo.get("id")))).get("role"));
        assertEquals(List.of("UserId", "ProjectId"), blog.userProjects.definition().primaryKeys().stream()
                .map(a -> a.name()).toList(), "the two foreign keys replace the generated id as primary key");

        List<Model> picked = blog.userProjectsAssoc.get(ada, null, List.of("role"));
        Model only = (Model) picked.get(0).get("UserProject");
        assertEquals("owner", only.get("role"));
        assertNull(only.get("joinedAt"), "joinTableAttributes chose the columns");
    }

    @DialectTest
    void joinRowsCascadeBothWays(Sequelize sequelize) {
        Blog blog = new Blog(sequelize);
        Model ada = blog.users.create(Map.of("name", "Ada"));
        Model bob = blog.users.create(Map.of("name", "Bob"));
        Model admin = blog.roles.create(Map.of("name", "admin"));
        Model guest = blog.roles.create(Map.of("name", "guest"));
        blog.userRoles.add(ada, admin, guest);
        blog.userRoles.add(bob, admin, guest);
        assertEquals(4, sequelize.model("UserRoles").count());
        ada.destroy();
        assertEquals(2, sequelize.model("UserRoles").count(), "deleting a user removed its join rows");
        guest.destroy();
        assertEquals(1, sequelize.model("UserRoles").count(), "deleting a role removed its join rows");
        assertEquals(List.of("admin"), names(blog.userRoles.get(bob), "name"));
    }

    @DialectTest
    void handlesByAliasAndBatchGet(Sequelize sequelize) {
        Blog blog = new Blog(sequelize);
        HasManyAssociation<Model, Model> posts = blog.users.association("posts");
        assertSame(blog.userPosts, posts);
        Association<Model, ?> reverse = blog.posts.association("author");
        assertSame(blog.author, reverse);
        assertEquals(List.of("profile", "posts", "roles", "projects"), List.copyOf(blog.users.associations().all().keySet()));
        assertEquals("getPosts", posts.names().accessor("get", true));
        assertEquals("addPost", posts.names().accessor("add", false));

        Model ada = blog.users.create(Map.of("name", "Ada"));
        Model bob = blog.users.create(Map.of("name", "Bob"));
        Model cid = blog.users.create(Map.of("name", "Cid"));
        for (int i = 0; i < 3; i++) {
            posts.create(ada, Map.of("title", "a" + i));
        }
        posts.create(bob, Map.of("title", "b0"));
        Map<Model, List<Model>> byUser = posts.get(List.of(ada, bob, cid), query().order(asc("title")));
        assertEquals(List.of("a0", "a1", "a2"), names(byUser.get(ada), "title"));
        assertEquals(List.of("b0"), names(byUser.get(bob), "title"));
        assertEquals(List.of(), byUser.get(cid));

        List<Model> all = blog.posts.findAll(query().order(asc("title")));
        Map<Model, Model> authors = blog.author.get(all, null);
        assertEquals("Ada", authors.get(all.get(0)).get("name"));
        assertEquals("Bob", authors.get(all.get(3)).get("name"));
    }

    @DialectTest
    void destroyAllDeletesChildrenBeforeParents(Sequelize sequelize) {
        Blog blog = new Blog(sequelize);
        // RESTRICT makes a parent-first order fail.
        var notes = sequelize.define("Note", List.of(org.sequelize4j.AttributeOptions.attribute("text",
                org.sequelize4j.DataTypes.STRING)));
        var noteAuthor = notes.belongsTo(blog.users, org.sequelize4j.association.BelongsToOptions.belongsTo()
                .as("writer").onDelete("RESTRICT"));
        notes.sync();
        Model ada = blog.users.create(Map.of("name", "Ada"));
        noteAuthor.create(notes.create(Map.of("text", "n")), Map.of("name", "Bob"));
        blog.profile.create(ada, Map.of("bio", "x"));
        blog.userPosts.create(ada, Map.of("title", "t"));
        Model admin = blog.roles.create(Map.of("name", "admin"));
        blog.userRoles.add(ada, admin);
        Model apollo = blog.projects.create(Map.of("name", "Apollo"));
        blog.members.add(apollo, ada);
        sequelize.destroyAll();
        for (var model : sequelize.models().values()) {
            assertEquals(0, model.count(), model.name() + " is empty");
        }
    }

    @DialectTest
    void aSingleListPassedToVarargsMeansItsElements(Sequelize sequelize) {
        Blog blog = new Blog(sequelize);
        Model ada = blog.users.create(Map.of("name", "Ada"));
        Model a = blog.posts.create(Map.of("title", "a"));
        Model b = blog.posts.create(Map.of("title", "b"));
        blog.userPosts.add(ada, List.of(a, b));
        assertTrue(blog.userPosts.has(ada, List.of(a, b)));
        blog.userPosts.remove(ada, List.of(a));
        assertEquals(1, blog.userPosts.count(ada));
        Model admin = blog.roles.create(Map.of("name", "admin"));
        blog.userRoles.add(ada, List.of(admin));
        assertTrue(blog.userRoles.has(ada, List.of(admin)));
    }

    @DialectTest
    void constraintsOffCarriesToTheInverse(Sequelize sequelize) {
        var owners = sequelize.define("owner", List.of(org.sequelize4j.AttributeOptions.attribute("name",
                org.sequelize4j.DataTypes.STRING)));
        var pets = sequelize.define("pet", List.of(org.sequelize4j.AttributeOptions.attribute("name",
                org.sequelize4j.DataTypes.STRING)));
        pets.belongsTo(owners, org.sequelize4j.association.BelongsToOptions.belongsTo().constraints(false)
                .inverse("pets"));
        sequelize.sync();
        assertEquals(null, pets.definition().attribute("ownerId").references());
        Model stray = pets.create(Map.of("name", "Rex", "ownerId", 42));
        assertEquals(42, pets.findByPk(stray.get("id")).get("ownerId"), "no constraint refused the orphan");
    }
}
