package org.sequelize4j.examples.spring.models;

import java.util.List;
import org.sequelize4j.Model;
import org.sequelize4j.annotations.HasMany;
import org.sequelize4j.annotations.Inverse;
import org.sequelize4j.annotations.NotNull;
import org.sequelize4j.annotations.Table;
import org.sequelize4j.annotations.Unique;
import org.sequelize4j.annotations.Validate;

/** A blog user, who writes posts and comments. */
@Table(tableName = "users")
public class User extends Model {
    @NotNull
    @Validate.Len(min = 2, max = 50)
    public String name;

    @NotNull
    @Unique
    @Validate.IsEmail
    public String email;

    @HasMany(target = Post.class, foreignKey = "authorId", inverse = @Inverse(as = "author"))
    public List<Post> posts;
}
