package org.sequelize4j.include;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.BOOLEAN;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.desc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.association.BelongsToManyOptions.belongsToMany;
import static org.sequelize4j.association.BelongsToOptions.belongsTo;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.association.HasOneOptions.hasOne;
import static org.sequelize4j.association.IncludeOptions.all;
import static org.sequelize4j.association.IncludeOptions.include;

import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.association.BelongsToManyAssociation;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.SqlLog;
import org.sequelize4j.testing.TestDialect;

/** Seed 004's eager loading: include, nested, where, required, attributes, limit, order, all. */
class IncludeTest {

    private ModelStatic<Model> users;
    private ModelStatic<Model> profiles;
    private ModelStatic<Model> posts;
    private ModelStatic<Model> comments;
    private ModelStatic<Model> roles;
    private HasManyAssociation<Model, Model> userPosts;
    private HasManyAssociation<Model, Model> postComments;
    private BelongsToManyAssociation<Model, Model> userRoles;
    private Model ada;
    private Model bob;
    private Model cy;

    private void blog(Sequelize sequelize) {
        users = sequelize.define("user", List.of(attribute("name", STRING)));
        profiles = sequelize.define("profile", List.of(attribute("bio", STRING)));
        posts = sequelize.define("post", List.of(attribute("title", STRING), attribute("published", BOOLEAN)),
                options().paranoid(true));
        comments = sequelize.define("comment", List.of(attribute("text", STRING)));
        roles = sequelize.define("role", List.of(attribute("name", STRING)));
        users.hasOne(profiles, hasOne().as("profile").inverse("user"));
        userPosts = users.hasMany(posts, hasMany().as("posts").foreignKey("authorId").inverse("author"));
        postComments = posts.hasMany(comments, hasMany().as("comments"));
        comments.belongsTo(users, belongsTo().as("commenter"));
        userRoles = users.belongsToMany(roles, belongsToMany().as("roles").through("user_roles").inverse("users"));
        sequelize.sync();

        ada = users.create(Map.of("name", "Ada"));
        bob = users.create(Map.of("name", "Bob"));
        cy = users.create(Map.of("name", "Cy"));
        profiles.create(Map.of("bio", "math", "userId", ada.get("id")));
        Model p1 = userPosts.create(ada, Map.of("title", "One", "published", true));
        userPosts.create(ada, Map.of("title", "Two", "published", false));
        Model p3 = userPosts.create(bob, Map.of("title", "Three", "published", false));
        postComments.create(p1, Map.of("text", "nice", "commenterId", bob.get("id")));
        postComments.create(p1, Map.of("text", "agreed", "commenterId", cy.get("id")));
        postComments.create(p3, Map.of("text", "hm", "commenterId", ada.get("id")));
        Model admin = roles.create(Map.of("name", "admin"));
        Model guest = roles.create(Map.of("name", "guest"));
        userRoles.add(ada, admin, guest);
        userRoles.add(bob, guest);
    }

    @SuppressWarnings("unchecked")
    private static List<Model> list(Model parent, String alias) {
        return (List<Model>) parent.get(alias);
    }

    private static List<Object> values(List<Model> models, String attribute) {
        return models.stream().map(m -> m.get(attribute)).toList();
    }

    @DialectTest
    void includesOfEveryKindNestedThreeLevels(Sequelize sequelize) {
        blog(sequelize);
        List<Model> found = users.findAll(query().order(asc("id")).include(
                include("posts").order(asc("title")).with(include("comments").order(asc("text"))
                        .with("commenter")),
                include("profile"), include("roles").order(asc("name"))));
        assertEquals(3, found.size());
        Model a = found.get(0);
        assertEquals(List.of("One", "Two"), values(list(a, "posts"), "title"));
        Model one = list(a, "posts").get(0);
        assertEquals(List.of("agreed", "nice"), values(list(one, "comments"), "text"));
        assertEquals("Cy", ((Model) list(one, "comments").get(0).get("commenter")).get("name"));
        assertEquals("math", ((Model) a.get("profile")).get("bio"));
        assertEquals(List.of("admin", "guest"), values(list(a, "roles"), "name"));
        assertEquals(List.of(), list(found.get(2), "posts"), "no posts: an empty list");
        assertNull(found.get(1).get("profile"), "no profile: null");

        Map<String, Object> json = a.toJSON();
        assertEquals("One", ((Map<?, ?>) ((List<?>) json.get("posts")).get(0)).get("title"), "toJSON nests");

        Model post = posts.findOne(query().where(eq("title", "Three")).include("author"));
        assertEquals("Bob", ((Model) post.get("author")).get("name"));
    }

    @DialectTest
    void whereMakesAnIncludeRequiredUnlessToldOtherwise(Sequelize sequelize) {
        blog(sequelize);
        List<Model> withPublished = users.findAll(query().include(include("posts").where(eq("published", true))));
        assertEquals(List.of("Ada"), values(withPublished, "name"), "required: only parents with a match");
        assertEquals(List.of("One"), values(list(withPublished.get(0), "posts"), "title"), "and only the matches");

        List<Model> everyone = users.findAll(query().order(asc("id"))
                .include(include("posts").where(eq("published", true)).required(false)));
        assertEquals(3, everyone.size(), "required(false) keeps every parent");
        assertEquals(List.of(), list(everyone.get(1), "posts"));

        List<Model> withPosts = users.findAll(query().include(include("posts").required(true)));
        assertEquals(2, withPosts.size());

        // A required grandchild under an optional child filters the children, not the parents.
        List<Model> optionalChild = users.findAll(query().order(asc("id")).include(include("posts")
                .with(include("comments").where(eq("text", "hm")))));
        assertEquals(3, optionalChild.size());
        assertEquals(List.of(), list(optionalChild.get(0), "posts"), "Ada's posts have no 'hm' comment");
        assertEquals(List.of("Three"), values(list(optionalChild.get(1), "posts"), "title"));
        // Under a required child it filters the parents too.
        List<Model> requiredChild = users.findAll(query().include(include("posts").required(true)
                .with(include("comments").where(eq("text", "hm")))));
        assertEquals(List.of("Bob"), values(requiredChild, "name"));
    }

    @DialectTest
    void pagingAndCountingCountParentsNeverRows(Sequelize sequelize) {
        blog(sequelize);
        var page = users.findAndCountAll(query().order(asc("id")).limit(1)
                .include(include("posts").required(true), include("roles")));
        assertEquals(2, page.count(), "two users have posts, however many posts and roles they have");
        assertEquals(1, page.rows().size());
        assertEquals(2, list(page.rows().get(0), "posts").size());
        assertEquals(2, list(page.rows().get(0), "roles").size(), "two to-many includes do not multiply");
        assertEquals(1, users.count(query().include(include("roles").where(eq("name", "admin")))));
    }

    @DialectTest
    void softDeletedScopedAndPagedChildren(Sequelize sequelize) {
        blog(sequelize);
        Model two = posts.findOne(query().where(eq("title", "Two")));
        two.destroy();
        Model a = users.findByPk(ada.get("id"), query().include("posts"));
        assertEquals(List.of("One"), values(list(a, "posts"), "title"), "soft-deleted posts are left out");
        a = users.findByPk(ada.get("id"), query().include(include("posts").paranoid(false).order(asc("title"))));
        assertEquals(List.of("One", "Two"), values(list(a, "posts"), "title"));

        List<Model> firstPosts = users.findAll(query().order(asc("id"))
                .include(include("posts").paranoid(false).order(desc("title")).limit(1)));
        assertEquals(List.of("Two"), values(list(firstPosts.get(0), "posts"), "title"), "per-parent limit");
        assertEquals(List.of("Three"), values(list(firstPosts.get(1), "posts"), "title"));

        Model picked = users.findByPk(ada.get("id"), query().include(include("posts").attributes("title")));
        Model only = list(picked, "posts").get(0);
        assertEquals("One", only.get("title"));
        assertNull(only.get("published"), "only the attributes asked for");
    }

    @DialectTest
    void includeByTargetModelAllAndErrorsBeforeAnySql(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging((java.util.function.Consumer<String>) log))) {
            includeByTargetModelAllAndErrors(sequelize, log);
        }
    }

    private void includeByTargetModelAllAndErrors(Sequelize sequelize, SqlLog log) {
        blog(sequelize);
        Model a = users.findByPk(ada.get("id"), query().include(roles));
        assertEquals(2, list(a, "roles").size(), "the only association to Role");
        Model b = users.findByPk(bob.get("id"), query().include(all()));
        assertEquals(1, list(b, "posts").size());
        assertEquals(1, list(b, "roles").size());
        Model c = comments.findOne(query().where(eq("text", "hm")).include(all().nested()));
        Model commenter = (Model) c.get("commenter");
        assertEquals("Ada", commenter.get("name"));
        assertEquals(2, list(commenter, "posts").size(), "nested: the commenter's own associations");

        ModelStatic<Model> other = sequelize.define("badge", List.of(attribute("name", STRING)));
        int before = log.size();
        {
            QueryError unknown = assertThrows(QueryError.class, () -> users.findAll(query().include("nope")));
            assertTrue(unknown.getMessage().contains("nope"), unknown.getMessage());
            assertThrows(QueryError.class, () -> users.findAll(query().include(other)), "no association to it");
            assertThrows(QueryError.class, () -> users.findAll(query().include(include("profile").limit(1))));
            assertThrows(QueryError.class, () -> users.findAll(query().include(all(), include("posts"))));
            assertEquals(List.of(), log.since(before), "refused before any SQL");
        }
        assertSame(userPosts, users.association("posts"));
    }
}
