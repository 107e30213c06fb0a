package org.sequelize4j.spring.testapp.models;

import java.util.List;
import org.sequelize4j.Model;
import org.sequelize4j.annotations.HasMany;
import org.sequelize4j.annotations.Inverse;
import org.sequelize4j.annotations.NotNull;
import org.sequelize4j.annotations.Table;

/** A model found by the package scan. */
@Table(tableName = "authors")
public class Author extends Model {
    @NotNull
    public String name;

    @HasMany(target = Book.class, foreignKey = "authorId", inverse = @Inverse(as = "author"))
    public List<Book> books;
}
