package org.sequelize4j.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.association.HasOneOptions.hasOne;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.sequelize4j.HookType;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.association.HasOneAssociation;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.testing.DialectTest;

/** hooks(true) with ON DELETE CASCADE: targets are destroyed one by one so that their destroy hooks run. */
class CascadingHooksTest {

    private ModelStatic<Model> users;
    private ModelStatic<Model> posts;
    private final List<Object> destroyed = Collections.synchronizedList(new ArrayList<>());

    private HasManyAssociation<Model, Model> define(Sequelize sequelize, boolean hooks) {
        users = sequelize.define("User", List.of(attribute("name", STRING)), options().timestamps(false));
        posts = sequelize.define("Post", List.of(attribute("title", STRING)), options().timestamps(false));
        HasManyAssociation<Model, Model> userPosts = users.hasMany(posts, hasMany().as("posts").foreignKey("userId")
                .onDelete("CASCADE").hooks(hooks));
        posts.addHook(HookType.BEFORE_DESTROY, event -> destroyed.add(event.instance().get("title")));
        sequelize.sync();
        return userPosts;
    }

    @DialectTest
    void destroyingTheParentRunsEachChildsHooks(Sequelize sequelize) {
        HasManyAssociation<Model, Model> userPosts = define(sequelize, true);
        Model ada = users.create(Map.of("name", "Ada"));
        Model bob = users.create(Map.of("name", "Bob"));
        for (String title : List.of("a1", "a2", "a3")) {
            userPosts.create(ada, Map.of("title", title));
        }
        userPosts.create(bob, Map.of("title", "b1"));

        ada.destroy();
        assertEquals(List.of("a1", "a2", "a3"), destroyed.stream().sorted().toList(), "one hook per child of Ada");
        assertEquals(1, posts.count());
        assertEquals(List.of("b1"), userPosts.get(bob).stream().map(p -> p.get("title")).toList());
        assertNull(users.findByPk(ada.get("id")));
    }

    @DialectTest
    void withoutHooksTheDatabaseCascadesSilently(Sequelize sequelize) {
        HasManyAssociation<Model, Model> userPosts = define(sequelize, false);
        Model ada = users.create(Map.of("name", "Ada"));
        userPosts.create(ada, Map.of("title", "a1"));
        userPosts.create(ada, Map.of("title", "a2"));
        ada.destroy();
        assertEquals(0, posts.count(), "the database's cascade removed them");
        assertEquals(List.of(), destroyed, "without hooks(true) no hook ran");
    }

    @DialectTest
    void aRolledBackDestroyKeepsParentAndChildren(Sequelize sequelize) {
        HasManyAssociation<Model, Model> userPosts = define(sequelize, true);
        Model ada = users.create(Map.of("name", "Ada"));
        userPosts.create(ada, Map.of("title", "a1"));
        userPosts.create(ada, Map.of("title", "a2"));
        assertThrows(IllegalStateException.class, () -> sequelize.transaction(t -> {
            ada.destroy();
            assertEquals(0, posts.count(), "inside, the children are gone");
            throw new IllegalStateException("roll back");
        }));
        assertEquals(2, destroyed.size());
        assertNotNull(users.findByPk(ada.get("id")));
        assertEquals(2, userPosts.count(ada), "the children were destroyed in the same transaction");
    }

    @DialectTest
    void anExplicitTransactionIsUsedForTheChildren(Sequelize sequelize) {
        HasManyAssociation<Model, Model> userPosts = define(sequelize, true);
        Model ada = users.create(Map.of("name", "Ada"));
        userPosts.create(ada, Map.of("title", "a1"));
        userPosts.create(ada, Map.of("title", "a2"));
        org.sequelize4j.Transaction t = sequelize.startUnmanagedTransaction();
        try {
            ada.destroy(org.sequelize4j.DestroyOptions.destroyOptions().transaction(t));
            assertEquals(0, posts.count(org.sequelize4j.FindOptions.query().transaction(t)));
        } finally {
            t.rollback();
        }
        assertEquals(List.of("a1", "a2"), destroyed.stream().sorted().toList());
        assertEquals(2, userPosts.count(ada), "the children's deletes were in t and rolled back with it");
        assertNotNull(users.findByPk(ada.get("id")));
    }

    @DialectTest
    void aHookThatThrowsStopsTheCascade(Sequelize sequelize) {
        HasManyAssociation<Model, Model> userPosts = define(sequelize, true);
        posts.addHook(HookType.BEFORE_DESTROY, event -> {
            if ("keep".equals(event.instance().get("title"))) {
                throw new IllegalStateException("keep me");
            }
        });
        Model ada = users.create(Map.of("name", "Ada"));
        userPosts.create(ada, Map.of("title", "keep"));
        assertThrows(IllegalStateException.class, ada::destroy);
        assertNotNull(users.findByPk(ada.get("id")), "the parent was not deleted");
        assertEquals(1, userPosts.count(ada));
    }

    @DialectTest
    void hasOneWithHooksDestroysItsTarget(Sequelize sequelize) {
        users = sequelize.define("User", List.of(attribute("name", STRING)), options().timestamps(false));
        posts = sequelize.define("Post", List.of(attribute("title", STRING)), options().timestamps(false));
        HasOneAssociation<Model, Model> pinned = users.hasOne(posts, hasOne().as("pinned")
                .foreignKey(attribute("userId").allowNull(false)).hooks(true));
        posts.addHook(HookType.BEFORE_DESTROY, event -> destroyed.add(event.instance().get("title")));
        sequelize.sync();
        Model ada = users.create(Map.of("name", "Ada"));
        pinned.create(ada, Map.of("title", "top"));
        ada.destroy();
        assertEquals(List.of("top"), destroyed, "NOT NULL defaults to CASCADE, so hooks(true) applies");
        assertEquals(0, posts.count());
    }

    @DialectTest
    void hooksWithoutCascadeIsRefused(Sequelize sequelize) {
        users = sequelize.define("User", List.of(attribute("name", STRING)));
        posts = sequelize.define("Post", List.of(attribute("title", STRING)));
        DefinitionError error = assertThrows(DefinitionError.class, () -> users.hasMany(posts,
                hasMany().as("posts").foreignKey("userId").hooks(true)));
        assertTrue(error.getMessage().contains("CASCADE"), error.getMessage());
    }

    @DialectTest
    void aRefusedHooksDeclarationIsNotRegistered(Sequelize sequelize) {
        users = sequelize.define("User", List.of(attribute("name", STRING)));
        posts = sequelize.define("Post", List.of(attribute("title", STRING)));
        assertThrows(DefinitionError.class, () -> users.hasMany(posts, hasMany().as("posts").foreignKey("userId")
                .hooks(true)));
        assertNull(users.associations().find("posts"), "the refused association is usable: "
                + users.associations().all());
        assertNull(posts.definition().attribute("userId"));
    }
}
