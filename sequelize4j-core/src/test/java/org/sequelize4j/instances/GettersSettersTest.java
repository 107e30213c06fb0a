package org.sequelize4j.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.DataTypes.VIRTUAL;
import static org.sequelize4j.FindOptions.query;

import java.util.List;
import java.util.Map;
import org.sequelize4j.DataTypes;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Validators;
import org.sequelize4j.annotations.Attribute;
import org.sequelize4j.annotations.NotNull;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.testing.DialectTest;

/** Seed 003 "Getters & setters" and VIRTUAL attributes, in both definition styles. */
class GettersSettersTest {

    @DialectTest
    void employeeGetterAndSetterAsPartOfTheAttribute(Sequelize sequelize) {
        ModelStatic<Model> employees = sequelize.define("employee", List.of(
                attribute("name", STRING).allowNull(false)
                        .get(e -> e.getDataValue("name") + " (" + e.getDataValue("title") + ")"),
                attribute("title", STRING).allowNull(false)
                        .set((e, value) -> e.setDataValue("title", value.toString().toUpperCase()))));
        sequelize.sync();

        Model employee = employees.create(Map.of("name", "John Doe", "title", "senior engineer"));
        assertEquals("John Doe (SENIOR ENGINEER)", employee.get("name"));
        assertEquals("SENIOR ENGINEER", employee.get("title"));
        // The stored values are the raw ones.
        Model reloaded = employees.findByPk(employee.get("id"));
        assertEquals("John Doe", reloaded.getDataValue("name"));
        assertEquals("SENIOR ENGINEER", reloaded.getDataValue("title"));
        assertEquals("John Doe (SENIOR ENGINEER)", reloaded.toJSON().get("name"));
    }

    /** The same Employee as an annotated class whose Java accessors are the getter and setter. */
    public static class Employee extends Model {
        @NotNull public String name;
        @NotNull public String title;

        public String getName() {
            return name + " (" + title + ")";
        }

        public void setTitle(String value) {
            this.title = value.toUpperCase();
        }
    }

    @DialectTest
    void employeeWithJavaAccessors(Sequelize sequelize) {
        ModelStatic<Employee> employees = sequelize.define(Employee.class);
        sequelize.sync();
        Employee employee = employees.create(Map.of("name", "John Doe", "title", "senior engineer"));
        assertEquals("John Doe (SENIOR ENGINEER)", employee.get("name"));
        assertEquals("SENIOR ENGINEER", employee.title);
        assertEquals("John Doe", employee.name);
        Employee found = employees.findByPk(employee.get("id"));
        assertEquals("SENIOR ENGINEER", found.title);
        assertEquals("John Doe (SENIOR ENGINEER)", found.getName());
    }

    @DialectTest
    void fullNamePseudoPropertyFromModelOptions(Sequelize sequelize) {
        ModelStatic<Model> foos = sequelize.define("Foo", List.of(
                attribute("firstname", STRING), attribute("lastname", STRING)),
                ModelOptions.options()
                        .getterMethod("fullName", foo -> foo.get("firstname") + " " + foo.get("lastname"))
                        .setterMethod("fullName", (foo, value) -> {
                            String[] names = value.toString().split(" ");
                            foo.setDataValue("firstname", String.join(" ", List.of(names).subList(0, names.length - 1)));
                            foo.setDataValue("lastname", names[names.length - 1]);
                        }));
        sequelize.sync();
        Model foo = foos.build();
        foo.set("fullName", "Ada King Lovelace");
        assertEquals("Ada King", foo.get("firstname"));
        assertEquals("Lovelace", foo.get("lastname"));
        assertEquals("Ada King Lovelace", foo.get("fullName"));
        foo.save();
        Model found = foos.findByPk(foo.get("id"));
        assertEquals("Ada King Lovelace", found.get("fullName"));
        assertEquals("Ada King Lovelace", found.toJSON().get("fullName"));
        assertFalse(found.changed("firstname"));
    }

    /** Seed 003's class-style Foo: fullName as Java accessors, not an attribute. */
    public static class Person extends Model {
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

    @DialectTest
    void fullNameFromClassAccessors(Sequelize sequelize) {
        ModelStatic<Person> people = sequelize.define(Person.class);
        sequelize.sync();
        Person person = people.build(Map.of("fullName", "Grace Brewster Hopper"));
        assertEquals("Grace Brewster", person.firstname);
        assertEquals("Hopper", person.lastname);
        person.save();
        assertEquals("Grace Brewster Hopper", people.findByPk(person.get("id")).get("fullName"));
    }

    @DialectTest
    void setWithRawBypassesTheSetter(Sequelize sequelize) {
        ModelStatic<Model> tags = sequelize.define("tag", List.of(
                attribute("label", STRING).set((t, v) -> t.setDataValue("label", v.toString().toLowerCase()))));
        sequelize.sync();
        Model tag = tags.build();
        tag.set("label", "JaVa");
        assertEquals("java", tag.get("label"));
        tag.set("label", "JaVa", true);
        assertEquals("JaVa", tag.get("label"));
    }

    @DialectTest
    void virtualAttributesAreComputedValidatedAndNeverStored(Sequelize sequelize) {
        ModelStatic<Model> products = sequelize.define("product", List.of(
                attribute("price", INTEGER),
                attribute("quantity", INTEGER),
                attribute("total", DataTypes.VIRTUAL(INTEGER, "price", "quantity"))
                        .get(p -> {
                            Integer price = (Integer) p.getDataValue("price");
                            Integer quantity = (Integer) p.getDataValue("quantity");
                            return price == null || quantity == null ? null : price * quantity;
                        }),
                attribute("confirm", VIRTUAL).validate(Validators.equalTo("yes"))));
        sequelize.sync();

        Model p = products.create(Map.of("price", 3, "quantity", 4, "confirm", "yes"));
        assertEquals(12, p.get("total"));
        assertEquals(12, p.toJSON().get("total"));

        // Asking for the virtual attribute selects what its getter reads.
        Model partial = products.findOne(query().attributes("total"));
        assertEquals(12, partial.get("total"));

        ValidationError error = org.junit.jupiter.api.Assertions.assertThrows(ValidationError.class,
                () -> products.create(Map.of("price", 1, "quantity", 1, "confirm", "no")));
        assertEquals("confirm", error.errors().get(0).path());
        assertEquals(1, products.count());

        // No column was created for the virtual attributes.
        var rows = sequelize.query("SELECT * FROM " + (sequelize.getDialect().startsWith("m") ? "`products`" : "\"products\""))
                .rows();
        assertFalse(rows.get(0).containsKey("total"));
        assertFalse(rows.get(0).containsKey("confirm"));
        assertTrue(rows.get(0).containsKey("price"));
    }
}
