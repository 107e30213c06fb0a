package org.sequelize4j.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.BOOLEAN;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.desc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.association.BelongsToManyOptions.belongsToMany;
import static org.sequelize4j.association.BelongsToOptions.belongsTo;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.association.HasOneOptions.hasOne;

import java.util.List;
import java.util.Map;
import org.sequelize4j.HookType;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.SaveOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Transaction;
import org.sequelize4j.Validators;
import org.sequelize4j.annotations.HasMany;
import org.sequelize4j.annotations.Inverse;
import org.sequelize4j.association.BelongsToAssociation;
import org.sequelize4j.association.BelongsToManyAssociation;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.association.HasOneAssociation;
import org.sequelize4j.association.LinkOptions;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.testing.DialectTest;

/**
 * Associations combined with other features: underscored naming, through and association scopes, nested
 * create, self-references, cycles, per-parent limits, annotation scopes, foreign key options, transactions.
 */
class AssociationEdgeCasesTest {

    public static class Writer extends Model {
        public String name;
        @HasMany(target = Article.class, foreignKey = "writerId", scope = {"published=true"},
                inverse = @Inverse(as = "writer"))
        public List<Article> publishedArticles;
    }

    public static class Article extends Model {
        public String title;
        public Boolean published;
        public Writer writer;
    }

    @DialectTest
    void generatedThroughModelFollowsTheSourcesUnderscored(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING)), options().underscored(true));
        ModelStatic<Model> postModel = sequelize.define("post", List.of(attribute("title", STRING)), options().underscored(true));
        ModelStatic<Model> roleModel = sequelize.define("role", List.of(attribute("name", STRING)), options().underscored(true));
        HasManyAssociation<Model, Model> posts = users.hasMany(postModel, hasMany().as("posts"));
        BelongsToManyAssociation<Model, Model> roles = users.belongsToMany(roleModel,
                belongsToMany().as("roles").through("user_roles"));
        sequelize.sync();
        assertEquals("user_id", postModel.definition().attribute("userId").field());
        assertEquals("user_id", roles.through().definition().attribute("userId").field(), "as in Sequelize");
        assertEquals("role_id", roles.through().definition().attribute("roleId").field());
        Model user = users.create(Map.of("name", "a"));
        posts.create(user, Map.of("title", "x"));
        roles.create(user, Map.of("name", "r"));
        assertEquals(1, roles.count(user));
    }

    @DialectTest
    void throughScopeAndScopeTogether(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("User", List.of(attribute("name", STRING)));
        ModelStatic<Model> projects = sequelize.define("Project", List.of(attribute("name", STRING), attribute("kind", STRING)));
        ModelStatic<Model> userProjects = sequelize.define("UserProject",
                List.of(attribute("role", STRING).defaultValue("member")));
        BelongsToManyAssociation<Model, Model> all = users.belongsToMany(projects,
                belongsToMany().as("projects").through(userProjects));
        BelongsToManyAssociation<Model, Model> owned = users.belongsToMany(projects, belongsToMany().as("ownedProjects")
                .through(userProjects).throughScope(Map.of("role", "owner")).scope(Map.of("kind", "oss")));
        sequelize.sync();
        Model user = users.create(Map.of("name", "a"));
        Model p1 = owned.create(user, Map.of("name", "p1"));
        assertEquals("oss", p1.get("kind"));
        Model p2 = projects.create(Map.of("name", "p2", "kind", "oss"));
        all.add(user, p2);
        assertEquals(1, owned.count(user));
        assertEquals(2, all.count(user));
        assertFalse(owned.has(user, p2));
        owned.set(user, List.of());
        assertEquals(1, all.count(user), "set() on the scoped association leaves the member row");
    }

    @DialectTest
    void nestedCreateWithBelongsToHasManyAndBelongsToMany(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("User", List.of(attribute("name", STRING)));
        ModelStatic<Model> posts = sequelize.define("Post", List.of(attribute("title", STRING)));
        ModelStatic<Model> tagModel = sequelize.define("Tag", List.of(attribute("name", STRING)));
        ModelStatic<Model> commentModel = sequelize.define("Comment", List.of(attribute("text", STRING)));
        BelongsToAssociation<Model, Model> author = posts.belongsTo(users, belongsTo().as("author").inverse("posts"));
        HasManyAssociation<Model, Model> comments = posts.hasMany(commentModel, hasMany().as("comments"));
        BelongsToManyAssociation<Model, Model> tags = posts.belongsToMany(tagModel,
                belongsToMany().as("tags").through("PostTags"));
        int[] hookRuns = {0};
        commentModel.addHook(HookType.BEFORE_CREATE, e -> hookRuns[0]++);
        sequelize.sync();
        Model post = posts.create(Map.of("title", "T", "author", Map.of("name", "Ada"),
                "comments", List.of(Map.of("text", "c1"), Map.of("text", "c2")),
                "tags", List.of(Map.of("name", "t1"))), SaveOptions.saveOptions().include("author", "comments", "tags"));
        assertEquals("Ada", author.get(post).get("name"));
        assertEquals(2, comments.count(post));
        assertEquals(1, tags.count(post));
        assertEquals(2, hookRuns[0]);
        assertThrows(RuntimeException.class, () -> posts.create(Map.of("title", "T2", "author", Map.of("name", "Bob"),
                "comments", List.of(Map.of("text", "c1"), Map.of("textx", "c2", "id", "notanint"))),
                SaveOptions.saveOptions().include("author", "comments")));
        assertEquals(1, users.count(), "the failed nested create left no author behind");
    }

    @DialectTest
    void selfReferenceDefaultKeys(Sequelize sequelize) {
        ModelStatic<Model> people = sequelize.define("Person", List.of(attribute("name", STRING)));
        BelongsToManyAssociation<Model, Model> children = people.belongsToMany(people,
                belongsToMany().as("children").inverse("parents"));
        sequelize.sync();
        assertEquals(List.of("PersonId"), children.definition().foreignKey());
        assertEquals(List.of("childId"), children.definition().otherKey());
        BelongsToManyAssociation<Model, Model> parents = people.association("parents");
        Model a = people.create(Map.of("name", "a"));
        Model b = people.create(Map.of("name", "b"));
        children.add(a, b);
        assertEquals("b", children.get(a).get(0).get("name"));
        assertEquals("a", parents.get(b).get(0).get("name"));
        assertEquals(0, children.count(b));
    }

    @DialectTest
    void selfReferenceWithoutAliasIsRefused(Sequelize sequelize) {
        ModelStatic<Model> people = sequelize.define("Person", List.of(attribute("name", STRING)));
        assertThrows(DefinitionError.class, () -> people.belongsToMany(people, belongsToMany()),
                "foreignKey and otherKey would both be PersonId");
    }

    @DialectTest
    void cyclesSyncAndDestroyAll(Sequelize sequelize) {
        ModelStatic<Model> teams = sequelize.define("Team", List.of(attribute("name", STRING)));
        ModelStatic<Model> players = sequelize.define("Player", List.of(attribute("name", STRING)));
        teams.hasMany(players, hasMany().as("players").inverse("team"));
        BelongsToAssociation<Model, Model> captain = teams.belongsTo(players, belongsTo().as("captain").onDelete("RESTRICT"));
        sequelize.sync();
        Model team = teams.create(Map.of("name", "t"));
        Model player = players.create(Map.of("name", "p", "TeamId", team.get("id")));
        captain.set(team, player);
        sequelize.destroyAll();
        assertEquals(0, teams.count());
        assertEquals(0, players.count());
        sequelize.drop();
    }

    @DialectTest
    void perParentLimitOnUnderscoredModels(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING)), options().underscored(true));
        ModelStatic<Model> postModel = sequelize.define("post", List.of(attribute("title", STRING)), options().underscored(true));
        HasManyAssociation<Model, Model> posts = users.hasMany(postModel, hasMany().as("posts"));
        sequelize.sync();
        Model a = users.create(Map.of("name", "a"));
        Model b = users.create(Map.of("name", "b"));
        for (int i = 0; i < 4; i++) {
            posts.create(a, Map.of("title", "a" + i));
            posts.create(b, Map.of("title", "b" + i));
        }
        Map<Model, List<Model>> page = posts.get(List.of(a, b),
                query().order(desc("title")).limit(2).offset(1).attributes("title"));
        assertEquals(List.of("a2", "a1"), page.get(a).stream().map(m -> m.get("title")).toList());
        assertEquals(List.of("b2", "b1"), page.get(b).stream().map(m -> m.get("title")).toList());
        Map<Model, List<Model>> latest = posts.get(List.of(a, b), query().order(desc("createdAt"), desc("id")).limit(1));
        assertEquals("a3", latest.get(a).get(0).get("title"));
    }

    @DialectTest
    void belongsToManyLimitIsPerParentInABatchToo(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("User", List.of(attribute("name", STRING)));
        ModelStatic<Model> roleModel = sequelize.define("Role", List.of(attribute("name", STRING)));
        BelongsToManyAssociation<Model, Model> roles = users.belongsToMany(roleModel,
                belongsToMany().as("roles").through("UserRoles"));
        sequelize.sync();
        Model user = users.create(Map.of("name", "a"));
        roles.create(user, Map.of("name", "r1"));
        roles.create(user, Map.of("name", "r2"));
        assertEquals(1, roles.get(user, query().limit(1)).size());
        Model other = users.create(Map.of("name", "b"));
        roles.create(other, Map.of("name", "r3"));
        Map<Model, List<Model>> firstOfEach = roles.get(List.of(user, other), query().limit(1));
        assertEquals(1, firstOfEach.get(user).size(), "one role per user, not one in all");
        assertEquals(1, firstOfEach.get(other).size());
    }

    @DialectTest
    void annotationScopeOnABooleanAttribute(Sequelize sequelize) {
        ModelStatic<Writer> writers = sequelize.define(Writer.class);
        ModelStatic<Article> articles = sequelize.define(Article.class);
        sequelize.sync();
        HasManyAssociation<Writer, Article> published = writers.association("publishedArticles");
        Writer writer = writers.create(Map.of("name", "w"));
        Article article = published.create(writer, Map.of("title", "t"));
        articles.create(Map.of("title", "draft", "published", false, "writerId", writer.get("id")));
        assertEquals(Boolean.TRUE, articles.findByPk(article.get("id")).published, "the scope's text became a BOOLEAN");
        assertEquals(1, published.count(writer));
        published.load(List.of(writer), null);
        assertEquals(1, writer.publishedArticles.size());
        BelongsToAssociation<Article, Writer> writerOf = articles.association("writer");
        writerOf.load(List.of(article), null);
        assertNotNull(article.writer);
    }

    @DialectTest
    void foreignKeyAttributeOptionsAreValidated(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("User", List.of(attribute("name", STRING)));
        ModelStatic<Model> licenses = sequelize.define("License", List.of(attribute("no", STRING)));
        HasOneAssociation<Model, Model> license = users.hasOne(licenses, hasOne().as("license").foreignKey(
                attribute("ownerId").field("owner_id").allowNull(false).validate(Validators.validator("max", 1000))));
        sequelize.sync();
        Model user = users.create(Map.of("name", "a"));
        license.create(user, Map.of("no", "x"));
        assertThrows(ValidationError.class, () -> licenses.create(Map.of("no", "y", "ownerId", 5000)));
        assertThrows(RuntimeException.class, () -> licenses.create(Map.of("no", "z")));
    }

    @DialectTest
    void associationWritesRollBackWithTheirTransaction(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("User", List.of(attribute("name", STRING)));
        ModelStatic<Model> roleModel = sequelize.define("Role", List.of(attribute("name", STRING)));
        ModelStatic<Model> postModel = sequelize.define("Post", List.of(attribute("title", STRING)));
        BelongsToManyAssociation<Model, Model> roles = users.belongsToMany(roleModel,
                belongsToMany().as("roles").through("UserRoles"));
        HasManyAssociation<Model, Model> posts = users.hasMany(postModel, hasMany().as("posts"));
        sequelize.sync();
        Model user = users.create(Map.of("name", "a"));
        Model role = roleModel.create(Map.of("name", "r"));
        assertThrows(RuntimeException.class, () -> sequelize.transaction(t -> {
            roles.add(user, role);
            posts.create(user, Map.of("title", "x"));
            roles.create(user, Map.of("name", "r2"));
            throw new IllegalStateException("boom");
        }));
        assertEquals(0, roles.count(user));
        assertEquals(0, posts.count(user));
        assertEquals(1, roleModel.count());
        Transaction t = sequelize.startUnmanagedTransaction();
        roles.add(user, List.of(role), LinkOptions.linkOptions().transaction(t));
        posts.create(user, Map.of("title", "y"), SaveOptions.saveOptions().transaction(t));
        assertEquals(1, roles.count(user, query().transaction(t)));
        assertTrue(roles.has(user, List.of(role), query().transaction(t)));
        assertEquals(1, posts.get(List.of(user), query().transaction(t)).get(user).size());
        t.rollback();
        assertEquals(0, roles.count(user));
        assertEquals(0, posts.count(user));
    }
}
