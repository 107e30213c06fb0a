package org.sequelize4j.examples.spring.models;

import org.sequelize4j.Model;
import org.sequelize4j.annotations.BelongsTo;
import org.sequelize4j.annotations.NotNull;
import org.sequelize4j.annotations.Table;
import org.sequelize4j.annotations.Validate;

/** A comment on a {@link Post}, by a {@link User} (its commenter). */
@Table(tableName = "comments")
public class Comment extends Model {
    @NotNull
    @Validate.NotEmpty
    public String body;

    @NotNull
    public Integer postId;

    @BelongsTo(target = User.class, foreignKey = "commenterId", as = "commenter")
    public User commenter;
}
