package org.sequelize4j.associations;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.BOOLEAN;
import static org.sequelize4j.DataTypes.DATE;
import static org.sequelize4j.DataTypes.NOW;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.DataTypes.TEXT;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.association.BelongsToManyOptions.belongsToMany;
import static org.sequelize4j.association.BelongsToOptions.belongsTo;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.association.HasOneOptions.hasOne;

import java.util.List;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.association.BelongsToAssociation;
import org.sequelize4j.association.BelongsToManyAssociation;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.association.HasOneAssociation;

/** Seed 004's models and associations, declared as a Sequelize4j user would. */
final class Blog {

    final ModelStatic<Model> users;
    final ModelStatic<Model> profiles;
    final ModelStatic<Model> posts;
    final ModelStatic<Model> roles;
    final ModelStatic<Model> projects;
    final ModelStatic<Model> userProjects;
    final HasOneAssociation<Model, Model> profile;
    final BelongsToAssociation<Model, Model> profileUser;
    final HasManyAssociation<Model, Model> userPosts;
    final BelongsToAssociation<Model, Model> author;
    final BelongsToManyAssociation<Model, Model> userRoles;
    final BelongsToManyAssociation<Model, Model> roleUsers;
    final BelongsToManyAssociation<Model, Model> userProjectsAssoc;
    final BelongsToManyAssociation<Model, Model> members;

    Blog(Sequelize sequelize) {
        users = sequelize.define("User", List.of(attribute("name", STRING)));
        profiles = sequelize.define("Profile", List.of(attribute("bio", TEXT)));
        posts = sequelize.define("Post", List.of(attribute("title", STRING), attribute("body", TEXT),
                attribute("published", BOOLEAN).defaultValue(false)));
        roles = sequelize.define("Role", List.of(attribute("name", STRING)));
        projects = sequelize.define("Project", List.of(attribute("name", STRING)));
        userProjects = sequelize.define("UserProject", List.of(attribute("role", STRING).defaultValue("member"),
                attribute("joinedAt", DATE).defaultValue(NOW)), options().tableName("user_projects"));

        profile = users.hasOne(profiles, hasOne().foreignKey("userId").as("profile").onDelete("CASCADE"));
        profileUser = profiles.belongsTo(users, belongsTo().foreignKey("userId").as("user"));
        userPosts = users.hasMany(posts, hasMany().foreignKey("authorId").as("posts"));
        author = posts.belongsTo(users, belongsTo().foreignKey("authorId").as("author"));
        userRoles = users.belongsToMany(roles, belongsToMany().through("UserRoles").as("roles"));
        roleUsers = roles.belongsToMany(users, belongsToMany().through("UserRoles").as("users"));
        userProjectsAssoc = users.belongsToMany(projects, belongsToMany().through(userProjects).as("projects"));
        members = projects.belongsToMany(users, belongsToMany().through(userProjects).as("members"));
        sequelize.sync();
    }
}
