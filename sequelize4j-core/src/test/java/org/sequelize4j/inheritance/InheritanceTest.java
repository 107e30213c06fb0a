package org.sequelize4j.inheritance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.sequelize4j.DataType;
import org.sequelize4j.HookType;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.annotations.Attribute;
import org.sequelize4j.annotations.NotNull;
import org.sequelize4j.annotations.OnHook;
import org.sequelize4j.annotations.Table;
import org.sequelize4j.annotations.Validate;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/** Seed 000: concrete table inheritance, abstract models, inherited options, hooks and validations. */
class InheritanceTest {

    // ---- seed 000's hierarchy, with its self-typed generic parameter ---------------------------------

    public static class Player<M extends Player<M>> extends Model {
        @Validate.Len(min = 2) public String name;

        @OnHook(HookType.BEFORE_SAVE)
        void trimName() {
            if (name != null) {
                name = name.trim();
            }
        }
    }

    public static class Footballer extends Player<Footballer> {
        public String club;
    }

    public static class Cricketer<M extends Cricketer<M>> extends Player<M> {
        public Double battingAverage;
    }

    public static class Bowler extends Cricketer<Bowler> {
        public Double bowlingAverage;
    }

    /** Overrides the inherited attribute's options. */
    public static class Captain extends Player<Captain> {
        @NotNull @Attribute(type = "STRING(20)") public String name;
    }

    // ---- abstract models ------------------------------------------------------------------------------

    @Table.Abstract(paranoid = true, underscored = true, comment = "audited")
    public abstract static class Audited extends Model {
        @NotNull public String createdBy;
    }

    public static class Invoice extends Audited {
        public Integer totalCents;
    }

    @Table(tableName = "people_rows", timestamps = false)
    public static class Person extends Model {
        public String name;
    }

    public static class Employee extends Person {
        public String role;
    }

    private static List<String> attributes(ModelStatic<?> model) {
        return model.definition().attributes().stream().map(a -> a.name()).toList();
    }

    @DialectTest
    void registeringOnlyTheConcreteClassesOfSeed000(TestDialect dialect) {
        try (Sequelize sequelize = dialect.open(o -> o.models(Footballer.class, Cricketer.class))) {
            sequelize.sync();
            assertTrue(sequelize.isDefined("Footballer"));
            assertTrue(sequelize.isDefined("Cricketer"));
            assertFalse(sequelize.isDefined("Player"), "Player is not listed, so it has no table");
            assertFalse(sequelize.isDefined("Bowler"));
            assertEquals(List.of("id", "name", "club", "createdAt", "updatedAt"),
                    attributes(sequelize.model(Footballer.class)));
            assertEquals("Footballers", sequelize.model(Footballer.class).tableName());
            assertEquals(List.of("id", "name", "battingAverage", "createdAt", "updatedAt"),
                    attributes(sequelize.model(Cricketer.class)));

            ModelStatic<Footballer> footballers = sequelize.model(Footballer.class);
            Footballer pele = footballers.create(Map.of("name", "  Pelé ", "club", "Santos"));
            assertEquals("Pelé", footballers.findByPk(pele.get("id")).name, "the parent's hook ran");
            ValidationError short1 = assertThrows(ValidationError.class,
                    () -> footballers.create(Map.of("name", "P", "club", "x")));
            assertEquals("name", short1.errors().get(0).path(), "the parent's validation applies");
        }
    }

    @DialectTest
    void aGrandchildHasEveryAncestorsAttributes(Sequelize sequelize) {
        ModelStatic<Bowler> bowlers = sequelize.define(Bowler.class);
        sequelize.sync();
        assertEquals(List.of("id", "name", "battingAverage", "bowlingAverage", "createdAt", "updatedAt"),
                attributes(bowlers));
        Bowler b = bowlers.create(Map.of("name", "Warne", "battingAverage", 17.32, "bowlingAverage", 25.41));
        Bowler read = bowlers.findByPk(b.get("id"));
        assertEquals(25.41, read.bowlingAverage, 1e-9);
        assertEquals(17.32, read.battingAverage, 1e-9);
    }

    @DialectTest
    void aSubclassOverridesAnInheritedAttribute(Sequelize sequelize) {
        ModelStatic<Captain> captains = sequelize.define(Captain.class);
        sequelize.sync();
        var name = captains.definition().attribute("name");
        assertFalse(name.allowNull());
        assertEquals(DataType.parse("STRING(20)"), name.type());
        assertEquals(1, attributes(captains).stream().filter("name"::equals).count());
        assertEquals("name", attributes(captains).get(1), "the override keeps the parent's position");
        Captain c = captains.create(Map.of("name", "Kane"));
        assertEquals("Kane", captains.findByPk(c.get("id")).name);
    }

    @DialectTest
    void abstractAndConcreteParentsPassOnTheirOptionsButNotTheirNames(Sequelize sequelize) {
        ModelStatic<Invoice> invoices = sequelize.define(Invoice.class);
        ModelStatic<Employee> employees = sequelize.define(Employee.class);
        sequelize.sync();
        assertTrue(invoices.definition().isParanoid(), "paranoid from @Table.Abstract");
        assertEquals("created_by", invoices.definition().attribute("createdBy").field(), "underscored too");
        assertEquals("audited", invoices.definition().options().comment());
        assertEquals("Employees", employees.tableName(), "a parent's tableName is not inherited");
        assertNull(employees.definition().createdAt(), "timestamps(false) is");

        Invoice invoice = invoices.create(Map.of("createdBy", "ada", "totalCents", 500));
        invoice.destroy();
        assertNull(invoices.findByPk(invoice.get("id")));
        assertNotNull(invoices.unscoped().findByPk(invoice.get("id"), org.sequelize4j.FindOptions.query().paranoid(false)));
    }

    @DialectTest
    void abstractModelsCannotBeDefined(Sequelize sequelize) {
        DefinitionError error = assertThrows(DefinitionError.class, () -> sequelize.define(Audited.class));
        assertTrue(error.getMessage().contains("abstract"), error.getMessage());
    }
}
