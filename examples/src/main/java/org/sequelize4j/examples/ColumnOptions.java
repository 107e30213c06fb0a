package org.sequelize4j.examples;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.BOOLEAN;
import static org.sequelize4j.DataTypes.DATE;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.NOW;
import static org.sequelize4j.DataTypes.STRING;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Deferrable;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.References;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SyncOptions;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.errors.ValidationError;

/** The manual's Foo: every column option on one model. */
final class ColumnOptions implements Scenario {

    @Override
    public String title() {
        return "Foo: column options (defaults, unique keys, primary key, autoIncrement, field, references, comment)";
    }

    @Override
    public void run(Sequelize sequelize, PrintStream out) {
        ModelStatic<Model> bars = sequelize.define("bar", List.of(attribute("name", STRING)));
        ModelStatic<Model> foos = sequelize.define("foo", List.of(
                attribute("flag", BOOLEAN).allowNull(false).defaultValue(true),
                attribute("myDate", DATE).defaultValue(NOW),
                attribute("title", STRING).allowNull(false),
                attribute("uniqueOne", STRING).unique("compositeIndex"),
                attribute("uniqueTwo", INTEGER).unique("compositeIndex"),
                attribute("someUnique", STRING).unique(true),
                attribute("identifier", STRING).primaryKey(true),
                attribute("incrementMe", INTEGER).autoIncrement(true),
                attribute("fieldWithUnderscores", STRING).field("field_with_underscores"),
                attribute("bar_id", INTEGER).references(References.model("bar").key("id")
                        .deferrable(Deferrable.INITIALLY_IMMEDIATE)),
                attribute("commentMe", INTEGER).comment("This is a column name that has a comment")),
                ModelOptions.options().modelName("foo"));
        sequelize.sync(SyncOptions.syncOptions().force(true));

        Model bar = bars.create(Map.of("name", "the bar"));
        Model foo = foos.create(Map.of("identifier", "first", "title", "A foo", "uniqueOne", "x", "uniqueTwo", 1,
                "someUnique", "u1", "fieldWithUnderscores", "stored in field_with_underscores", "bar_id", bar.get("id")));
        out.println("flag defaulted to " + foo.get("flag") + ", myDate to " + foo.get("myDate"));
        out.println("incrementMe was generated: " + foo.get("incrementMe"));
        Model second = foos.create(Map.of("identifier", "second", "title", "Another", "uniqueOne", "x", "uniqueTwo", 2));
        out.println("second foo's incrementMe: " + second.get("incrementMe"));
        try {
            foos.create(Map.of("identifier", "third", "title", "Dup", "uniqueOne", "x", "uniqueTwo", 1));
        } catch (UniqueConstraintError e) {
            out.println("composite unique key rejected a duplicate of " + e.fields());
        }
        try {
            foos.create(Map.of("identifier", "fourth"));
        } catch (ValidationError e) {
            out.println("title is required: " + e.errors().get(0).message());
        }
        out.println("column of fieldWithUnderscores: " + foos.definition().attribute("fieldWithUnderscores").field());
        foos.drop();
        bars.drop();
    }
}
