package org.sequelize4j.include;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.BOOLEAN;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.association.HasOneOptions.hasOne;
import static org.sequelize4j.association.IncludeOptions.include;

import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.association.HasOneAssociation;
import org.sequelize4j.association.PartialList;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.testing.DialectTest;

/** Includes in scopes, reload, association get, and the partial lists a filtered include leaves. */
class IncludeLifecycleTest {

    private ModelStatic<Model> users;
    private ModelStatic<Model> posts;
    private ModelStatic<Model> comments;
    private ModelStatic<Model> profiles;
    private HasManyAssociation<Model, Model> userPosts;
    private HasManyAssociation<Model, Model> postComments;
    private HasOneAssociation<Model, Model> profile;
    private Model ada;

    private void define(Sequelize sequelize) {
        users = sequelize.define("user", List.of(attribute("name", STRING)), options()
                .scope("withPublished", query().include(include("posts").where(eq("published", true)))));
        posts = sequelize.define("post", List.of(attribute("title", STRING), attribute("published", BOOLEAN)));
        comments = sequelize.define("comment", List.of(attribute("text", STRING)));
        profiles = sequelize.define("profile", List.of(attribute("bio", STRING)));
        userPosts = users.hasMany(posts, hasMany().as("posts"));
        postComments = posts.hasMany(comments, hasMany().as("comments"));
        profile = users.hasOne(profiles, hasOne().as("profile"));
        sequelize.sync();
        ada = users.create(Map.of("name", "Ada"));
        users.create(Map.of("name", "Bob"));
        Model one = userPosts.create(ada, Map.of("title", "One", "published", true));
        userPosts.create(ada, Map.of("title", "Two", "published", false));
        postComments.create(one, Map.of("text", "first"));
        profile.create(ada, Map.of("bio", "math"));
    }

    @SuppressWarnings("unchecked")
    private static List<Model> list(Model parent, String alias) {
        return (List<Model>) parent.get(alias);
    }

    @DialectTest
    void aScopesIncludeMergesWithTheCallersOfTheSameAssociation(Sequelize sequelize) {
        define(sequelize);
        List<Model> scoped = users.scope("withPublished").findAll(query());
        assertEquals(1, scoped.size(), "the scope's include is required by its where");
        assertEquals(List.of("One"), list(scoped.get(0), "posts").stream().map(p -> p.get("title")).toList());

        List<Model> merged = users.scope("withPublished").findAll(query()
                .include(include("posts").with("comments")));
        assertEquals(1, merged.size(), "one include of posts, the scope's where kept");
        Model one = list(merged.get(0), "posts").get(0);
        assertEquals(1, list(one, "comments").size(), "with the caller's nested include");
    }

    @DialectTest
    void reloadReadsTheIncludesAgain(Sequelize sequelize) {
        define(sequelize);
        Model found = users.findByPk(ada.get("id"), query().include("posts", "profile"));
        assertEquals(2, list(found, "posts").size());
        posts.destroy(org.sequelize4j.DestroyOptions.where(eq("title", "Two")));
        profiles.destroy(org.sequelize4j.DestroyOptions.where(eq("bio", "math")));
        found.reload();
        assertEquals(1, list(found, "posts").size(), "the deleted post is gone after reload");
        assertNull(found.get("profile"), "the deleted hasOne is null");
    }

    @DialectTest
    void includesBelowAnAssociationGet(Sequelize sequelize) {
        define(sequelize);
        List<Model> withComments = userPosts.get(ada, query().order(asc("title")).include("comments"));
        assertEquals(1, list(withComments.get(0), "comments").size());
        assertEquals(List.of(), list(withComments.get(1), "comments"));
    }

    @DialectTest
    void setRefusesAListLoadedWithAWhereOrLimit(Sequelize sequelize) {
        define(sequelize);
        Model partly = users.findByPk(ada.get("id"), query().include(include("posts").where(eq("published", true))));
        List<Model> part = list(partly, "posts");
        assertTrue(PartialList.isPartial(part));
        QueryError error = assertThrows(QueryError.class, () -> userPosts.set(partly, part));
        assertTrue(error.getMessage().contains("part of the targets"), error.getMessage());
        assertEquals(2, userPosts.count(ada), "nothing was unlinked");

        Model whole = users.findByPk(ada.get("id"), query().include("posts"));
        userPosts.set(whole, list(whole, "posts"));
        assertEquals(2, userPosts.count(ada), "a complete list is accepted");
    }

    @DialectTest
    void aHookMayStartATransactionWhileAnIncludeIsLoading(Sequelize sequelize) {
        define(sequelize);
        List<Long> counted = new java.util.ArrayList<>();
        posts.addHook(org.sequelize4j.HookType.AFTER_FIND, event -> sequelize.transaction(t ->
                counted.add(comments.count(query().transaction(t)))));
        List<Model> found = users.findAll(query().include("posts"));
        assertEquals(2, found.size());
        assertEquals(List.of(1L), counted, "the hook's transaction ran beside the include's held connection");
    }
}
