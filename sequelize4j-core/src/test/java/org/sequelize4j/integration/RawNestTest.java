package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.QueryOptions.queryOptions;

import java.util.List;
import java.util.Map;
import org.sequelize4j.Sequelize;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/** {@code sequelize.query(sql, nest(true))} turns dotted column labels into nested maps, as Sequelize's {@code nest: true}. */
class RawNestTest {

    private static String q(Sequelize sequelize, String identifier) {
        return sequelize.dialect().quoteIdentifier(identifier);
    }

    @DialectTest
    void dottedLabelsBecomeNestedMaps(TestDialect dialect, Sequelize sequelize) {
        sequelize.define("user", List.of(attribute("username", STRING), attribute("city", STRING)));
        sequelize.sync();
        sequelize.query("INSERT INTO " + q(sequelize, "users") + " (" + q(sequelize, "username") + ", "
                + q(sequelize, "city") + ", " + q(sequelize, "createdAt") + ", " + q(sequelize, "updatedAt")
                + ") VALUES (?, ?, ?, ?)", queryOptions().replacements(List.of("ann", "Oslo",
                java.time.Instant.now(), java.time.Instant.now())));
        String sql = "SELECT " + q(sequelize, "id") + ", " + q(sequelize, "username") + " AS "
                + q(sequelize, "user.username") + ", " + q(sequelize, "city") + " AS " + q(sequelize, "user.address.city")
                + " FROM " + q(sequelize, "users");
        Map<String, Object> row = sequelize.query(sql, queryOptions().nest(true)).rows().get(0);
        assertEquals(List.of("id", "user"), List.copyOf(row.keySet()));
        assertEquals(Map.of("username", "ann", "address", Map.of("city", "Oslo")), row.get("user"));

        Map<String, Object> flat = sequelize.query(sql, queryOptions()).rows().get(0);
        assertEquals("ann", flat.get("user.username"), "without nest the labels stay as they are");
    }

    @DialectTest
    void nestWorksWithPlainAndReplacements(TestDialect dialect, Sequelize sequelize) {
        List<Map<String, Object>> rows = sequelize.query("SELECT ? AS " + q(sequelize, "a.b") + ", ? AS "
                        + q(sequelize, "a.c") + ", ? AS " + q(sequelize, "d"),
                queryOptions().replacements(List.of("x", "y", "z")).nest(true).plain(true)).rows();
        assertEquals(List.of(Map.of("a", Map.of("b", "x", "c", "y"), "d", "z")), rows);
    }
}
