package org.sequelize4j.examples;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SyncOptions;

/** The manual's Employee (per-attribute getter and setter) and Foo's fullName pseudo-property. */
final class GettersAndSetters implements Scenario {

    /** The class-style Foo: fullName as Java accessors over two attributes. */
    public static final class FullNameFoo extends Model {
        public String firstname;
        public String lastname;

        public String getFullName() {
            return firstname + " " + lastname;
        }

        public void setFullName(String value) {
            String[] names = value.split(" ");
            setDataValue("firstname", String.join(" ", List.of(names).subList(0, names.length - 1)));
            setDataValue("lastname", names[names.length - 1]);
        }
    }

    @Override
    public String title() {
        return "Employee and Foo: getters, setters and pseudo-properties";
    }

    @Override
    public void run(Sequelize sequelize, PrintStream out) {
        ModelStatic<Model> employees = sequelize.define("employee", List.of(
                attribute("name", STRING).allowNull(false)
                        .get(e -> e.getDataValue("name") + " (" + e.getDataValue("title") + ")"),
                attribute("title", STRING).allowNull(false)
                        .set((e, value) -> e.setDataValue("title", value.toString().toUpperCase()))));
        employees.sync(SyncOptions.syncOptions().force(true));
        Model employee = employees.create(Map.of("name", "John Doe", "title", "senior engineer"));
        out.println("employee.get(\"name\")  = " + employee.get("name"));
        out.println("employee.get(\"title\") = " + employee.get("title"));

        ModelStatic<Model> foos = sequelize.define("FooByOptions", List.of(
                attribute("firstname", STRING), attribute("lastname", STRING)),
                ModelOptions.options()
                        .getterMethod("fullName", foo -> foo.get("firstname") + " " + foo.get("lastname"))
                        .setterMethod("fullName", (foo, value) -> {
                            String[] names = value.toString().split(" ");
                            foo.setDataValue("firstname", String.join(" ", List.of(names).subList(0, names.length - 1)));
                            foo.setDataValue("lastname", names[names.length - 1]);
                        }));
        Model foo = foos.build(Map.of("fullName", "Ada King Lovelace"));
        out.println("setterMethod split fullName into " + foo.get("firstname") + " / " + foo.get("lastname"));
        out.println("toJSON includes the getterMethod: " + foo.toJSON());

        ModelStatic<FullNameFoo> classFoos = sequelize.define(FullNameFoo.class);
        FullNameFoo classFoo = classFoos.build(Map.of("fullName", "Grace Brewster Hopper"));
        out.println("class accessors: firstname=" + classFoo.firstname + ", getFullName()=" + classFoo.getFullName());
        employees.drop();
    }
}
