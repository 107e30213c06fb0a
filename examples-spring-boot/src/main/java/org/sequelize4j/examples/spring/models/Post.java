package org.sequelize4j.examples.spring.models;

import java.util.List;
import org.sequelize4j.Model;
import org.sequelize4j.annotations.HasMany;
import org.sequelize4j.annotations.Inverse;
import org.sequelize4j.annotations.NotNull;
import org.sequelize4j.annotations.Table;
import org.sequelize4j.annotations.Validate;

/** A post by a {@link User}, with comments. */
@Table(tableName = "posts")
public class Post extends Model {
    @NotNull
    @Validate.Len(min = 3, max = 120)
    public String title;

    public String body;

    @NotNull
    public Integer authorId;

    @HasMany(target = Comment.class, foreignKey = "postId", inverse = @Inverse(as = "post"))
    public List<Comment> comments;
}
