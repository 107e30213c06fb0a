package org.sequelize4j.examples;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.BOOLEAN;
import static org.sequelize4j.DataTypes.DATE;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.NOW;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.DataTypes.TEXT;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.Op.isNotNull;
import static org.sequelize4j.association.BelongsToManyOptions.belongsToMany;
import static org.sequelize4j.association.BelongsToOptions.belongsTo;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.association.HasOneOptions.hasOne;
import static org.sequelize4j.association.IncludeOptions.include;
import static org.sequelize4j.association.PolymorphicOptions.polymorphic;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.FindAndCountResult;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SyncOptions;
import org.sequelize4j.association.BelongsToAssociation;
import org.sequelize4j.association.BelongsToManyAssociation;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.association.HasOneAssociation;
import org.sequelize4j.association.LinkOptions;
import org.sequelize4j.association.PolymorphicAssociation;

/**
 * The associations cheat-sheet's blog: a user with one profile, many posts, roles through a join table
 * that is defined for us, and projects through a join model of our own carrying a role and a date;
 * polymorphic comments on posts and projects, and eager loading with {@code include}.
 */
final class Blog implements Scenario {

    @Override
    public String title() {
        return "Associations: User, Profile, Post, Role, Project, UserProject and polymorphic Comment";
    }

    @Override
    public void run(Sequelize sequelize, PrintStream out) {
        ModelStatic<Model> users = sequelize.define("User", List.of(attribute("name", STRING)));
        ModelStatic<Model> profiles = sequelize.define("Profile", List.of(attribute("bio", TEXT)));
        ModelStatic<Model> posts = sequelize.define("Post", List.of(
                attribute("title", STRING), attribute("body", TEXT),
                attribute("published", BOOLEAN).defaultValue(false)));
        ModelStatic<Model> roles = sequelize.define("Role", List.of(attribute("name", STRING)));
        ModelStatic<Model> projects = sequelize.define("Project", List.of(attribute("name", STRING)));
        ModelStatic<Model> userProjects = sequelize.define("UserProject", List.of(
                attribute("role", STRING).defaultValue("member"),
                attribute("joinedAt", DATE).defaultValue(NOW)), ModelOptions.options().tableName("user_projects"));
        // One Comment model for comments on posts and on projects: the type column names the model the id refers to.
        ModelStatic<Model> comments = sequelize.define("Comment", List.of(
                attribute("body", TEXT).allowNull(false),
                attribute("commentableType", STRING).allowNull(false),     // "post" or "project"
                attribute("commentableId", INTEGER).allowNull(false)));

        // Every association is declared before the first sync or instance.
        HasOneAssociation<Model, Model> profile = users.hasOne(profiles,
                hasOne().foreignKey("userId").as("profile").onDelete("CASCADE"));
        BelongsToAssociation<Model, Model> profileOwner = profiles.belongsTo(users,
                belongsTo().foreignKey("userId").as("user"));
        HasManyAssociation<Model, Model> userPosts = users.hasMany(posts,
                hasMany().foreignKey("authorId").as("posts"));
        BelongsToAssociation<Model, Model> author = posts.belongsTo(users,
                belongsTo().foreignKey("authorId").as("author"));
        BelongsToManyAssociation<Model, Model> userRoles = users.belongsToMany(roles,
                belongsToMany().through("UserRoles").as("roles"));
        BelongsToManyAssociation<Model, Model> roleUsers = roles.belongsToMany(users,
                belongsToMany().through("UserRoles").as("users"));
        BelongsToManyAssociation<Model, Model> userProjectList = users.belongsToMany(projects,
                belongsToMany().through(userProjects).as("projects"));
        BelongsToManyAssociation<Model, Model> members = projects.belongsToMany(users,
                belongsToMany().through(userProjects).as("members"));
        ModelStatic<? extends Model> userRoleRows = userRoles.through();
        // The safe polymorphic inverse; inverse("comments") declares Post.comments and Project.comments, each
        // a hasMany on commentableId scoped to its type, without a database constraint.
        PolymorphicAssociation<Model> commentable = comments.belongsToAny(polymorphic().as("commentable")
                .typeAttribute("commentableType").idAttribute("commentableId")
                .type("post", posts).type("project", projects)
                .inverse("comments"));
        HasManyAssociation<Model, Model> postComments = posts.association("comments");
        HasManyAssociation<Model, Model> projectComments = projects.association("comments");

        List<ModelStatic<?>> inOrder = List.of(users, profiles, posts, roles, projects, userRoleRows, userProjects,
                comments);
        for (ModelStatic<?> model : inOrder) {
            model.sync(SyncOptions.syncOptions().force(true));
        }
        out.println("Profile.userId ON DELETE " + profiles.definition().attribute("userId").onDelete()
                + ", Post.authorId ON DELETE " + posts.definition().attribute("authorId").onDelete()
                + ", join table " + userRoleRows.tableName() + " keyed by "
                + userRoleRows.definition().primaryKeys().stream().map(a -> a.name()).toList());

        Model ada = users.create(Map.of("name", "Ada"));
        Model grace = users.create(Map.of("name", "Grace"));

        // hasOne / belongsTo
        Model bio = profile.create(ada, Map.of("bio", "Wrote the first program"));
        out.println("createProfile: profile #" + bio.get("id") + " has userId " + bio.get("userId")
                + "; getUser() -> " + profileOwner.get(bio).get("name"));

        // hasMany / belongsTo
        Model hello = userPosts.create(ada, Map.of("title", "Hello", "body", "World", "published", true));
        Model notes = userPosts.create(ada, Map.of("title", "Notes on the engine"));
        Model loose = posts.create(Map.of("title", "Nobody's post"));
        out.println("createPost x2: countPosts() = " + userPosts.count(ada) + ", published: "
                + titles(userPosts.get(ada, query().where(eq("published", true)))));
        userPosts.add(ada, loose);
        out.println("addPost(loose): countPosts() = " + userPosts.count(ada) + ", hasPosts(hello, loose) = "
                + userPosts.has(ada, hello, loose));
        userPosts.remove(ada, notes);
        out.println("removePost(notes): notes.authorId is now " + posts.findByPk(notes.get("id")).get("authorId")
                + " (unlinked, not destroyed); posts in the table: " + posts.count());
        userPosts.set(ada, List.of(hello));
        out.println("setPosts([hello]): " + titles(userPosts.get(ada, query().order(asc("title"))))
                + ", hasPost(loose) = " + userPosts.has(ada, loose));
        author.set(loose, grace);
        out.println("setAuthor(loose, grace): getAuthor() -> " + author.get(loose).get("name"));
        Map<Model, List<Model>> byUser = userPosts.get(List.of(ada, grace), query().order(asc("title")));
        out.println("posts of both users in one query: Ada " + titles(byUser.get(ada)) + ", Grace "
                + titles(byUser.get(grace)));

        // belongsToMany through a join table defined for us
        Model admin = roles.create(Map.of("name", "admin"));
        Model editor = roles.create(Map.of("name", "editor"));
        Model guest = roles.create(Map.of("name", "guest"));
        userRoles.add(ada, admin, editor);
        userRoles.add(grace, editor);
        out.println("addRoles(admin, editor): getRoles() = " + names(userRoles.get(ada, query().order(asc("name"))))
                + ", countRoles() = " + userRoles.count(ada) + ", editor's users = "
                + names(roleUsers.get(editor, query().order(asc("name")))));
        out.println("hasRole(admin) = " + userRoles.has(ada, admin) + ", hasRoles(admin, guest) = "
                + userRoles.has(ada, admin, guest));
        userRoles.set(ada, List.of(guest));
        out.println("setRoles([guest]): " + names(userRoles.get(ada)) + "; rows in " + userRoleRows.tableName()
                + ": " + userRoleRows.count());
        userRoles.remove(ada, guest);
        out.println("removeRole(guest): countRoles() = " + userRoles.count(ada) + ", roles still stored: "
                + roles.count());

        // belongsToMany through a model of our own, with a role and a date on each link
        Model apollo = projects.create(Map.of("name", "Apollo"));
        members.add(apollo, List.of(ada), LinkOptions.through(Map.of("role", "admin")));
        members.add(apollo, grace);
        for (Model project : userProjectList.get(ada)) {
            Model membership = (Model) project.get("UserProject");
            out.println("addMember(ada, {role: admin}): Ada in " + project.get("name") + " as "
                    + membership.get("role") + " since " + membership.get("joinedAt"));
        }
        for (Model member : members.get(apollo, query().order(asc("name")))) {
            out.println("  member " + member.get("name") + ": role "
                    + ((Model) member.get("UserProject")).get("role"));
        }
        members.add(apollo, List.of(grace), LinkOptions.through(Map.of("role", "owner")));
        out.println("adding Grace again updated her row: role "
                + userProjects.findOne(query().where(Map.of("UserId", grace.get("id"), "ProjectId", apollo.get("id"))))
                        .get("role") + ", " + userProjects.count() + " rows");

        // Polymorphic comments: created through the scoped hasMany inverses, read back through them
        Model onHello = postComments.create(hello, Map.of("body", "Great first post"));
        postComments.create(hello, Map.of("body", "Agreed"));
        Model onApollo = projectComments.create(apollo, Map.of("body", "When is the launch?"));
        out.println("post #" + hello.get("id") + " and project #" + apollo.get("id") + " share an id; createComment "
                + "wrote commentableType = " + onHello.get("commentableType") + " / " + onApollo.get("commentableType")
                + "; a plain belongsTo on commentableId would also match project #1, "
                + projects.findByPk(onHello.get("commentableId")).get("name"));
        out.println("post.getComments() = " + bodies(postComments.get(hello, query().order(asc("id"))))
                + ", project.getComments() = " + bodies(projectComments.get(apollo))
                + ", countComments() = " + postComments.count(hello) + " / " + projectComments.count(apollo));
        // ... and each comment's target read with the polymorphic handle: the type decides the table
        List<Model> allComments = comments.findAll(query().order(asc("id")));
        for (Model comment : allComments) {
            Model target = commentable.get(comment);
            out.println("  comment \"" + comment.get("body") + "\" on " + comment.get("commentableType") + " #"
                    + comment.get("commentableId") + " -> " + commentable.targetModel(comment).name() + " "
                    + (target.get("title") != null ? target.get("title") : target.get("name")));
        }
        commentable.load(allComments, null);    // one query per type present, not per comment
        out.println("load(all comments): targets " + allComments.stream()
                .map(c -> ((Model) c.get("commentable")).model().name() + "#" + ((Model) c.get("commentable")).get("id"))
                .toList() + " (post #1 never came back as project #1)");

        // Eager loading: users with their posts, each with its comments, and their profile
        userPosts.add(ada, notes);
        List<Model> withEverything = users.findAll(query().order(asc("name"))
                .include(include("posts").order(asc("title")).with("comments"), include("profile")));
        for (Model user : withEverything) {
            out.println("include(posts.comments, profile): " + user.get("name") + " " + plain(user.toJSON()));
        }
        List<Model> publishing = users.findAll(query().include(include("posts").where(eq("published", true))));
        out.println("include(posts where published) is required: " + names(publishing) + " with "
                + titles(posts(publishing.get(0))));
        FindAndCountResult<Model> page = users.findAndCountAll(query().order(asc("name")).limit(10)
                .include(include("posts").required(true)));
        out.println("findAndCountAll(include posts required): count = " + page.count() + " users (of "
                + posts.count(query().where(isNotNull("authorId"))) + " posts with an "
                + "author), rows " + names(page.rows()));

        ada.destroy();
        out.println("destroying Ada cascaded: profiles " + profiles.count() + ", memberships "
                + userProjects.count() + ", Ada's post kept with authorId "
                + posts.findByPk(hello.get("id")).get("authorId"));

        for (int i = inOrder.size() - 1; i >= 0; i--) {
            inOrder.get(i).drop();
        }
    }

    private static List<Object> titles(List<Model> rows) {
        return rows.stream().map(r -> r.get("title")).toList();
    }

    private static List<Object> bodies(List<Model> rows) {
        return rows.stream().map(r -> r.get("body")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Model> posts(Model user) {
        return (List<Model>) user.get("posts");
    }

    /** A toJSON() map without the timestamps, which change from run to run. */
    private static Object plain(Object json) {
        if (json instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (!"createdAt".equals(k) && !"updatedAt".equals(k)) {
                    copy.put(k, plain(v));
                }
            });
            return copy;
        }
        if (json instanceof List<?> list) {
            return list.stream().map(Blog::plain).toList();
        }
        return json;
    }

    private static List<Object> names(List<Model> rows) {
        return rows.stream().map(r -> r.get("name")).toList();
    }
}
