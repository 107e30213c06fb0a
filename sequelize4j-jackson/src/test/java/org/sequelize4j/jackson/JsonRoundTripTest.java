package org.sequelize4j.jackson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.association.IncludeOptions.include;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.association.BelongsToManyAssociation;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.association.LinkOptions;
import org.sequelize4j.junit.Sequelize4jTest;
import org.sequelize4j.junit.TestDatabase;

/** Real rows with an include graph to JSON and back, on each database. */
@Sequelize4jTest(models = {Customer.class, Order.class, Club.class, Membership.class},
        dialects = {TestDatabase.SQLITE, TestDatabase.POSTGRES, TestDatabase.MARIADB})
class JsonRoundTripTest {

    static final Instant SEEN = Instant.parse("2026-12-02T10:15:30.120Z");
    /** Above 2^53: a double would round it. The balance has 15 digits, as many as every database keeps. */
    static final long POINTS = 9_007_199_254_740_993L;
    static final BigDecimal BALANCE = new BigDecimal("123456789.123456");

    ModelStatic<Customer> customers;
    ModelStatic<Club> clubs;
    Sequelize sequelize;

    /** Reads numbers exactly, to check what was written. */
    private static final ObjectMapper PLAIN = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    private ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new Sequelize4jModule(sequelize).hide("Customer", "passwordHash"));
    }

    private Customer ada() {
        Map<String, Object> values = new HashMap<>();
        values.put("name", "Ada");
        values.put("balance", BALANCE);
        values.put("points", POINTS);
        values.put("avatar", new byte[] {0, 1, 2, (byte) 0xFF});
        values.put("preferences", Map.of("theme", "dark", "fontSize", 14, "tags", List.of("a", "b")));
        values.put("birthday", LocalDate.of(1815, 12, 10));
        values.put("lastSeen", SEEN);
        values.put("passwordHash", "secret");
        Customer ada = customers.create(values);
        HasManyAssociation<Customer, Order> orders = customers.association("orders");
        orders.create(ada, Map.of("label", "first", "total", new BigDecimal("10.50")));
        orders.create(ada, Map.of("label", "second", "total", new BigDecimal("0.01")));
        Club chess = clubs.create(Map.of("title", "Chess"));
        BelongsToManyAssociation<Customer, Club> memberships = customers.association("clubs");
        memberships.add(ada, List.of(chess), LinkOptions.through(Map.of("role", "admin")));
        return ada;
    }

    private Customer loaded() {
        ada();
        List<Customer> found = customers.findAll(query().include(include("orders"), include("clubs"))
                .order(asc("id")));
        assertEquals(1, found.size());
        return found.get(0);
    }

    @Test
    void writesAnIncludeGraphAsToJsonGivesIt() throws Exception {
        Customer found = loaded();
        JsonNode json = PLAIN.readTree(mapper().writeValueAsString(found));

        Set<String> expectedKeys = new java.util.LinkedHashSet<>(found.toJSON().keySet());
        expectedKeys.remove("passwordHash");
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(new ArrayList<>(expectedKeys), keys);
        assertFalse(json.has("passwordHash"));
        assertFalse(json.has("isNewRecord") || json.has("dataValues") || json.has("_previousDataValues"));

        assertEquals("2026-12-02T10:15:30.120Z", json.get("lastSeen").asText());
        assertEquals("1815-12-10", json.get("birthday").asText());
        assertTrue(json.get("balance").isBigDecimal() || json.get("balance").isNumber());
        assertEquals(0, BALANCE.compareTo(json.get("balance").decimalValue()), json.get("balance").toString());
        assertEquals(String.valueOf(POINTS), json.get("points").bigIntegerValue().toString());
        assertEquals(Base64.getEncoder().encodeToString(new byte[] {0, 1, 2, (byte) 0xFF}), json.get("avatar").asText());
        assertEquals("dark", json.get("preferences").get("theme").asText());
        assertEquals(14, json.get("preferences").get("fontSize").asInt());
        assertTrue(json.get("createdAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
                json.get("createdAt").asText());

        JsonNode orders = json.get("orders");
        assertEquals(2, orders.size());
        assertEquals(0, new BigDecimal("10.50").compareTo(orders.get(0).get("total").decimalValue()));
        assertEquals("first", orders.get(0).get("label").asText());
        JsonNode club = json.get("clubs").get(0);
        assertEquals("Chess", club.get("title").asText());
        assertEquals("admin", club.get("Membership").get("role").asText());
    }

    @Test
    void readsTheGraphBackIntoInstancesWithTheModelsTypes() throws Exception {
        Customer found = loaded();
        ObjectMapper mapper = mapper();
        Customer read = mapper.readValue(mapper.writeValueAsString(found), Customer.class);

        assertTrue(read.isNewRecord());
        assertEquals(found.get("id"), read.get("id"));
        assertEquals(0, BALANCE.compareTo(read.balance));
        assertEquals(POINTS, read.points);
        assertArrayEquals(found.avatar, read.avatar);
        assertEquals(found.preferences, read.preferences);
        assertEquals(found.birthday, read.birthday);
        assertEquals(SEEN, read.lastSeen);
        assertEquals(found.get("createdAt"), read.get("createdAt"));
        assertNull(read.passwordHash, "hidden on the way out, so absent on the way back");

        @SuppressWarnings("unchecked")
        List<Model> orders = (List<Model>) read.get("orders");
        assertEquals(2, orders.size());
        Order first = assertInstanceOf(Order.class, orders.get(0));
        assertEquals(0, new BigDecimal("10.50").compareTo(first.total));
        @SuppressWarnings("unchecked")
        List<Model> readClubs = (List<Model>) read.get("clubs");
        Club club = assertInstanceOf(Club.class, readClubs.get(0));
        Membership membership = assertInstanceOf(Membership.class, club.get("Membership"));
        assertEquals("admin", membership.role);
        assertEquals(mapper.writeValueAsString(found), mapper.writeValueAsString(read));
    }

    @Test
    void aBodyBecomesARowWithExactValues() throws Exception {
        String body = "{\"name\":\"Grace\",\"balance\":98765432.654321,\"points\":9007199254740993,"
                + "\"avatar\":\"AAEC/w==\",\"preferences\":{\"theme\":\"light\",\"ratio\":0.5},"
                + "\"birthday\":\"1906-12-09\",\"lastSeen\":\"2026-01-02T03:04:05.006Z\"}";
        Customer grace = mapper().readValue(body, Customer.class);
        grace.save();
        Customer stored = customers.findByPk(grace.get("id"));
        assertEquals(0, new BigDecimal("98765432.654321").compareTo(stored.balance), String.valueOf(stored.balance));
        assertEquals(POINTS, stored.points);
        assertArrayEquals(new byte[] {0, 1, 2, (byte) 0xFF}, stored.avatar);
        assertEquals(Map.of("theme", "light", "ratio", 0.5), stored.preferences);
        assertEquals(LocalDate.of(1906, 12, 9), stored.birthday);
        assertEquals(Instant.parse("2026-01-02T03:04:05.006Z"), stored.lastSeen);
    }
}
