package org.sequelize4j.junit;

import org.sequelize4j.Model;

/** References {@link Author} through {@code authorId}. */
public class Book extends Model {
    public String title;
    public Integer authorId;
}
