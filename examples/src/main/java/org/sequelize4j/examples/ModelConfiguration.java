package org.sequelize4j.examples;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SyncOptions;
import org.sequelize4j.errors.SequelizeException;

/** The manual's configuration section: naming, timestamps, paranoid, and sync's safety check. */
final class ModelConfiguration implements Scenario {

    @Override
    public String title() {
        return "Bar and Foo: underscored, freezeTableName, tableName, renamed timestamps, paranoid, sync match";
    }

    @Override
    public void run(Sequelize sequelize, PrintStream out) {
        ModelStatic<Model> bar = sequelize.define("bar", List.of(attribute("shortName", STRING)),
                ModelOptions.options().modelName("bar").timestamps(false).underscored(true).freezeTableName(true));
        out.println("underscored bar: table " + bar.tableName() + ", column of shortName: "
                + bar.definition().attribute("shortName").field());
        ModelStatic<Model> custom = sequelize.define("custom", List.of(attribute("x", STRING)),
                ModelOptions.options().tableName("my_very_custom_table_name"));
        out.println("explicit table name: " + custom.tableName());
        ModelStatic<Model> person = sequelize.define("Person", List.of(attribute("name", STRING)));
        out.println("Person is stored in: " + person.tableName());

        ModelStatic<Model> foo = sequelize.define("TimestampFoo", List.of(attribute("name", STRING)),
                ModelOptions.options().timestamps(true).createdAt(false).updatedAt("updateTimestamp")
                        .deletedAt("destroyTime").paranoid(true));
        foo.sync(SyncOptions.syncOptions().force(true));
        out.println("attributes with renamed timestamps: " + foo.definition().attributeNames());
        Model row = foo.create(Map.of("name", "soft"));
        row.destroy();
        out.println("after destroy: visible=" + foo.count() + ", with paranoid(false)=" + foo.count(query().paranoid(false))
                + ", destroyTime=" + foo.findByPk(row.get("id"), query().paranoid(false)).get("destroyTime"));
        row.restore();
        out.println("after restore: visible=" + foo.count());

        try {
            sequelize.sync(SyncOptions.syncOptions().force(true).match("_test$"));
        } catch (SequelizeException e) {
            out.println("sync({force, match}) refused: " + e.getMessage());
        }
        foo.drop();
    }
}
