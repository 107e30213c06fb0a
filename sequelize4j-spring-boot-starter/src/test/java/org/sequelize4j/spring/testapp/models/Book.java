package org.sequelize4j.spring.testapp.models;

import org.sequelize4j.Model;
import org.sequelize4j.annotations.Table;

/** A model found by the package scan, belonging to an {@link Author}. */
@Table(tableName = "books")
public class Book extends Model {
    public String title;
}
