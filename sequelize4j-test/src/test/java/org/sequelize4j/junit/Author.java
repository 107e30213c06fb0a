package org.sequelize4j.junit;

import java.util.List;
import org.sequelize4j.Model;
import org.sequelize4j.annotations.HasMany;
import org.sequelize4j.annotations.Inverse;
import org.sequelize4j.annotations.NotNull;

/** A model with dependants, for the isolation tests: books reference their author. */
public class Author extends Model {
    @NotNull public String name;

    @HasMany(target = Book.class, foreignKey = "authorId", inverse = @Inverse(as = "author"))
    public List<Book> books;
}
