package org.sequelize4j.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.BOOLEAN;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.association.BelongsToManyOptions.belongsToMany;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.association.HasOneOptions.hasOne;

import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.association.BelongsToManyAssociation;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.association.HasOneAssociation;
import org.sequelize4j.testing.DialectTest;

/**
 * The target's default scope does not filter association writes nor has() (Sequelize's {@code scope: false});
 * get and count keep it. Soft-deleted (paranoid) targets are not linked targets for get, count or has.
 */
class TargetScopesTest {

    private ModelStatic<Model> users;
    private ModelStatic<Model> posts;

    /** User and Post, whose default scope shows only published posts. */
    private void defineScopedPosts(Sequelize sequelize) {
        users = sequelize.define("User", List.of(attribute("name", STRING)));
        posts = sequelize.define("Post", List.of(attribute("title", STRING), attribute("published", BOOLEAN)),
                options().defaultScope(query().where(eq("published", true))));
    }

    @DialectTest
    void hasManyAddLinksATargetHiddenByItsDefaultScope(Sequelize sequelize) {
        defineScopedPosts(sequelize);
        HasManyAssociation<Model, Model> userPosts = users.hasMany(posts, hasMany().as("posts"));
        sequelize.sync();
        Model user = users.create(Map.of("name", "a"));
        Model draft = posts.create(Map.of("title", "d", "published", false));
        userPosts.add(user, draft);
        assertEquals(user.get("id"), posts.unscoped().findByPk(draft.get("id")).get("UserId"), "add linked the draft");
        assertEquals(0, userPosts.count(user), "reads keep the default scope");
        assertTrue(userPosts.has(user, draft), "has() ignores it (Sequelize's scope: false)");
    }

    @DialectTest
    void hasManySetUnlinksTargetsHiddenByTheirDefaultScope(Sequelize sequelize) {
        defineScopedPosts(sequelize);
        HasManyAssociation<Model, Model> userPosts = users.hasMany(posts, hasMany().as("posts"));
        sequelize.sync();
        Model user = users.create(Map.of("name", "a"));
        Model draft = posts.create(Map.of("title", "d", "published", false, "UserId", user.get("id")));
        userPosts.set(user, List.of());
        assertNull(posts.unscoped().findByPk(draft.get("id")).get("UserId"), "set([]) unlinks every target");
    }

    @DialectTest
    void hasOneSetUnlinksAPreviousTargetHiddenByItsDefaultScope(Sequelize sequelize) {
        defineScopedPosts(sequelize);
        HasOneAssociation<Model, Model> pinned = users.hasOne(posts, hasOne().as("pinned"));
        sequelize.sync();
        Model user = users.create(Map.of("name", "a"));
        Model draft = posts.create(Map.of("title", "d", "published", false, "UserId", user.get("id")));
        Model published = posts.create(Map.of("title", "p", "published", true));
        pinned.set(user, published);
        assertEquals(user.get("id"), posts.unscoped().findByPk(published.get("id")).get("UserId"));
        assertNull(posts.unscoped().findByPk(draft.get("id")).get("UserId"), "the hidden previous target was unlinked");
        assertEquals(1, posts.unscoped().count(query().where(eq("UserId", user.get("id")))));
    }

    @DialectTest
    void belongsToManyGetAndCountApplyTheTargetsDefaultScopeHasDoesNot(Sequelize sequelize) {
        ModelStatic<Model> userModel = sequelize.define("User", List.of(attribute("name", STRING)));
        ModelStatic<Model> roleModel = sequelize.define("Role", List.of(attribute("name", STRING),
                attribute("active", BOOLEAN)), options().defaultScope(query().where(eq("active", true))));
        BelongsToManyAssociation<Model, Model> roles = userModel.belongsToMany(roleModel,
                belongsToMany().as("roles").through("UserRoles"));
        sequelize.sync();
        Model user = userModel.create(Map.of("name", "a"));
        Model role = roleModel.create(Map.of("name", "r", "active", false));
        roles.add(user, role);
        assertEquals(0, roles.get(user).size());
        assertEquals(0, roles.count(user));
        // Sequelize's has() reads with scope: false: the link exists, whatever the target's default scope.
        assertTrue(roles.has(user, role), "has() ignores the target's default scope");
        assertTrue(roles.has(user, role.get("id")));
    }

    @DialectTest
    void belongsToManySoftDeletedTargetIsNotLinked(Sequelize sequelize) {
        ModelStatic<Model> userModel = sequelize.define("User", List.of(attribute("name", STRING)));
        ModelStatic<Model> roleModel = sequelize.define("Role", List.of(attribute("name", STRING)),
                options().paranoid(true));
        BelongsToManyAssociation<Model, Model> roles = userModel.belongsToMany(roleModel,
                belongsToMany().as("roles").through("UserRoles"));
        sequelize.sync();
        Model user = userModel.create(Map.of("name", "a"));
        Model role = roleModel.create(Map.of("name", "r"));
        roles.add(user, role);
        role.destroy();
        assertEquals(0, roles.get(user).size());
        assertEquals(0, roles.count(user));
        assertFalse(roles.has(user, role), "has() agrees with get()/count() on a soft-deleted target");
    }

    @DialectTest
    void hasManySoftDeletedTargetIsNotLinked(Sequelize sequelize) {
        ModelStatic<Model> userModel = sequelize.define("User", List.of(attribute("name", STRING)));
        ModelStatic<Model> postModel = sequelize.define("Post", List.of(attribute("title", STRING)),
                options().paranoid(true));
        HasManyAssociation<Model, Model> userPosts = userModel.hasMany(postModel, hasMany().as("posts"));
        sequelize.sync();
        Model user = userModel.create(Map.of("name", "a"));
        Model post = userPosts.create(user, Map.of("title", "t"));
        post.destroy();
        assertEquals(0, userPosts.count(user));
        assertFalse(userPosts.has(user, post));
        assertEquals(0, userPosts.get(List.of(user), null).get(user).size());
    }
}
