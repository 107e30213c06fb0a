package org.sequelize4j.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Sql.col;
import static org.sequelize4j.Sql.fn;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.junit.ModelName;
import org.sequelize4j.junit.Sequelize4jSetup;
import org.sequelize4j.junit.Sequelize4jTest;

/** Bodies that cannot become instances, models without a class, and the module's options. */
@Sequelize4jTest(models = {Customer.class, Order.class, Club.class, Membership.class},
        setup = JsonRejectionTest.Tags.class)
class JsonRejectionTest {

    /** A model without a class. */
    public static class Tags implements Sequelize4jSetup {
        @Override
        public void define(Sequelize sequelize) {
            sequelize.define("tag", List.of(attribute("label", STRING), attribute("weight", INTEGER)));
        }
    }

    Sequelize sequelize;
    ModelStatic<Customer> customers;
    @ModelName("tag") ModelStatic<Model> tags;

    private ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new Sequelize4jModule(sequelize));
    }

    private InvalidModelJsonException refused(String body) {
        return assertThrows(InvalidModelJsonException.class, () -> mapper().readValue(body, Customer.class));
    }

    @Test
    void anUnknownKeyIsRefusedNamingItOrIgnoredWhenAskedTo() throws Exception {
        InvalidModelJsonException e = refused("{\"name\":\"Ada\",\"nickname\":\"A\"}");
        assertEquals("Customer", e.model());
        assertEquals("nickname", e.attribute());
        assertTrue(e.getMessage().contains("has no attribute, setter or association 'nickname'"), e.getMessage());

        ObjectMapper lenient = new ObjectMapper().registerModule(new Sequelize4jModule(sequelize)
                .unknownAttributes(UnknownAttributes.IGNORE));
        Customer ada = lenient.readValue("{\"name\":\"Ada\",\"nickname\":\"A\"}", Customer.class);
        assertEquals("Ada", ada.name);
        assertNull(ada.get("nickname"));
    }

    @Test
    void valuesTheAttributeCannotStoreExactlyAreRefused() {
        InvalidModelJsonException scale = refused("{\"balance\":1.1234567}");
        assertEquals("balance", scale.attribute());
        InvalidModelJsonException fraction = refused("{\"points\":1.5}");
        assertEquals("points", fraction.attribute());
        assertEquals("lastSeen", refused("{\"lastSeen\":\"not a date\"}").attribute());
        assertEquals("birthday", refused("{\"birthday\":\"1815-13-40\"}").attribute());
        InvalidModelJsonException base64 = refused("{\"avatar\":\"*not base64*\"}");
        assertEquals("avatar", base64.attribute());
        assertTrue(base64.getMessage().contains("base64"), base64.getMessage());
        assertEquals("orders", refused("{\"orders\":{\"label\":\"x\"}}").attribute());
        assertEquals(0, customers.count());
    }

    @Test
    void modelsWithoutAClassAreReadThroughAReaderForTheModel() throws Exception {
        ObjectMapper mapper = mapper();
        Model tag = Sequelize4jModule.readerFor(mapper, tags).readValue("{\"label\":\"java\",\"weight\":3}");
        assertEquals("java", tag.get("label"));
        assertEquals(3, tag.get("weight"));
        tag.save();
        assertEquals(1, tags.count());

        InvalidModelJsonException which = assertThrows(InvalidModelJsonException.class,
                () -> mapper.readValue("{\"label\":\"java\"}", Model.class));
        assertTrue(which.getMessage().contains("readerFor"), which.getMessage());
        assertThrows(InvalidModelJsonException.class,
                () -> Sequelize4jModule.readerFor(mapper, tags).readValue("{\"weight\":2.5}"));
    }

    @Test
    void exactNumbersCanBeWrittenAsStringsForJavaScriptClients() throws Exception {
        Customer ada = customers.create(Map.of("name", "Ada", "balance", new BigDecimal("1000.500000"),
                "points", 9_007_199_254_740_993L));
        ObjectMapper asStrings = new ObjectMapper().registerModule(new Sequelize4jModule(sequelize)
                .exactNumbersAsStrings(true));
        String json = asStrings.writeValueAsString(ada);
        assertTrue(json.contains("\"balance\":\"1000.500000\""), json);
        assertTrue(json.contains("\"points\":\"9007199254740993\""), json);
        String numbers = mapper().writeValueAsString(ada);
        assertTrue(numbers.contains("\"balance\":1000.500000"), numbers);
        assertTrue(numbers.contains("\"points\":9007199254740993"), numbers);
    }

    @Test
    void computedColumnsAreWrittenAndRefusedOnTheWayBackUnlessIgnored() throws Exception {
        customers.create(Map.of("name", "ada"));
        Customer found = customers.findOne(query().attributesInclude(fn("upper", col("name")).as("shout")));
        String json = mapper().writeValueAsString(found);
        assertTrue(json.contains("\"shout\":\"ADA\""), json);
        assertEquals("shout", assertThrows(InvalidModelJsonException.class,
                () -> mapper().readValue(json, Customer.class)).attribute());
        Customer read = new ObjectMapper().registerModule(new Sequelize4jModule(sequelize)
                .unknownAttributes(UnknownAttributes.IGNORE)).readValue(json, Customer.class);
        assertEquals("ada", read.name);
    }

    @Test
    void aRegisteredModuleCannotBeReconfigured() {
        Sequelize4jModule module = new Sequelize4jModule(sequelize);
        new ObjectMapper().registerModule(module);
        assertThrows(IllegalStateException.class, () -> module.hide("Customer", "name"));
        assertThrows(IllegalArgumentException.class, () -> new Sequelize4jModule().unknownAttributes(null));
    }
}
