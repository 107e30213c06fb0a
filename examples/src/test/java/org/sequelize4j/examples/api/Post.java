package org.sequelize4j.examples.api;

import org.sequelize4j.Model;
import org.sequelize4j.annotations.NotNull;

/** A post, written by an {@link Author}. */
public class Post extends Model {
    @NotNull public String title;
    public Integer authorId;
}
