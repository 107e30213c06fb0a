package org.sequelize4j.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.association.BelongsToManyOptions.belongsToMany;
import static org.sequelize4j.association.BelongsToOptions.belongsTo;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.association.LinkOptions.linkOptions;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Transaction;
import org.sequelize4j.association.BelongsToAssociation;
import org.sequelize4j.association.BelongsToManyAssociation;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.testing.Concurrency;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/** Association writes join the managed transaction, use the one their options give, and are atomic on their own. */
class AssociationTransactionsTest {

    @TempDir
    Path tempDir;

    private ModelStatic<Model> users;
    private ModelStatic<Model> roles;
    private ModelStatic<Model> posts;
    private BelongsToManyAssociation<Model, Model> userRoles;
    private HasManyAssociation<Model, Model> userPosts;
    private BelongsToAssociation<Model, Model> author;

    private void define(Sequelize sequelize) {
        users = sequelize.define("User", List.of(attribute("name", STRING)), options().timestamps(false));
        roles = sequelize.define("Role", List.of(attribute("name", STRING)), options().timestamps(false));
        posts = sequelize.define("Post", List.of(attribute("title", STRING)), options().timestamps(false));
        userRoles = users.belongsToMany(roles, belongsToMany().through("UserRoles").as("roles"));
        userPosts = users.hasMany(posts, hasMany().as("posts").foreignKey("authorId"));
        author = posts.belongsTo(users, belongsTo().as("author").foreignKey("authorId"));
        sequelize.sync();
    }

    private List<Object> roleNames(Model user) {
        return userRoles.get(user).stream().map(r -> r.get("name")).sorted().toList();
    }

    @DialectTest
    void belongsToManySetRollsBackWithTheManagedTransaction(Sequelize sequelize) {
        define(sequelize);
        Model ada = users.create(Map.of("name", "Ada"));
        Model admin = roles.create(Map.of("name", "admin"));
        Model guest = roles.create(Map.of("name", "guest"));
        Model editor = roles.create(Map.of("name", "editor"));
        userRoles.add(ada, admin, guest);

        assertThrows(IllegalStateException.class, () -> sequelize.transaction(t -> {
            userRoles.set(ada, List.of(editor));
            assertEquals(List.of("editor"), roleNames(ada), "inside, the new links are visible");
            throw new IllegalStateException("roll back");
        }));
        assertEquals(List.of("admin", "guest"), roleNames(ada), "the old links are still there");
        assertEquals(2, userRoles.through().count());
    }

    @DialectTest
    void hasManyAndBelongsToWritesRollBackTogether(Sequelize sequelize) {
        define(sequelize);
        Model ada = users.create(Map.of("name", "Ada"));
        Model kept = userPosts.create(ada, Map.of("title", "kept"));
        Model loose = posts.create(Map.of("title", "loose"));
        assertThrows(IllegalStateException.class, () -> sequelize.transaction(t -> {
            userPosts.create(ada, Map.of("title", "created"));
            userPosts.add(ada, loose);
            userPosts.remove(ada, kept);
            author.create(loose, Map.of("name", "Bob"));
            userRoles.create(ada, Map.of("name", "owner"));
            throw new IllegalStateException("roll back");
        }));
        assertEquals(List.of("kept"), userPosts.get(ada).stream().map(p -> p.get("title")).toList());
        assertNull(posts.findByPk(loose.get("id")).get("authorId"));
        assertEquals(1, users.count(), "Bob was not kept");
        assertEquals(0, roles.count());
        assertEquals(2, posts.count());
    }

    @DialectTest
    void aFailingSetChangesNothing(Sequelize sequelize) {
        define(sequelize);
        Model ada = users.create(Map.of("name", "Ada"));
        Model admin = roles.create(Map.of("name", "admin"));
        Model guest = roles.create(Map.of("name", "guest"));
        userRoles.add(ada, admin);
        assertThrows(ForeignKeyConstraintError.class, () -> userRoles.set(ada, List.of(guest.get("id"), 9999)),
                "a key that refers to no role");
        assertEquals(List.of("admin"), roleNames(ada), "the stale link was not deleted: set is one transaction");
    }

    @DialectTest
    void explicitTransactionInLinkOptionsIsUsed(TestDialect dialect, Sequelize harness) {
        Concurrency.withMultiConnection(dialect, harness, tempDir, 4, sequelize -> {
            define(sequelize);
            Model ada = users.create(Map.of("name", "Ada"));
            Model admin = roles.create(Map.of("name", "admin"));
            Model guest = roles.create(Map.of("name", "guest"));
            Model post = posts.create(Map.of("title", "p"));
            userRoles.add(ada, admin);

            Transaction t = sequelize.startUnmanagedTransaction();
            try {
                userRoles.set(ada, List.of(guest), linkOptions().transaction(t));
                userPosts.add(ada, List.of(post), linkOptions().transaction(t));
                assertTrue(userRoles.has(ada, List.of(guest), query().transaction(t)), "visible inside t");
                assertFalse(userRoles.has(ada, List.of(admin), query().transaction(t)));
                assertEquals(1, userPosts.count(ada, query().transaction(t)));
                assertEquals(List.of("admin"), roleNames(ada), "another connection does not see it yet");
                assertEquals(0, userPosts.count(ada));
            } finally {
                t.rollback();
            }
            assertEquals(List.of("admin"), roleNames(ada), "rolled back with t");
            assertEquals(0, userPosts.count(ada));

            Transaction u = sequelize.startUnmanagedTransaction();
            userRoles.add(ada, List.of(guest), linkOptions().transaction(u));
            u.commit();
            assertEquals(List.of("admin", "guest"), roleNames(ada), "committed with u");
        });
    }
}
