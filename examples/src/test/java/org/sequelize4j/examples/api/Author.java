package org.sequelize4j.examples.api;

import java.util.List;
import org.sequelize4j.Model;
import org.sequelize4j.annotations.HasMany;
import org.sequelize4j.annotations.Inverse;
import org.sequelize4j.annotations.NotNull;

/** An author of an API's data: has posts. */
public class Author extends Model {
    @NotNull public String name;
    public String email;

    @HasMany(target = Post.class, foreignKey = "authorId", inverse = @Inverse(as = "author"))
    public List<Post> posts;
}
