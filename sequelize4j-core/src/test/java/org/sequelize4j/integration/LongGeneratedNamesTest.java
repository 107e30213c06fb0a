package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.IndexOptions.index;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.association.BelongsToManyOptions.belongsToMany;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.association.BelongsToManyAssociation;
import org.sequelize4j.definition.naming.Identifiers;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.testing.DialectTest;

/** Generated constraint and index names past 63 bytes are shortened with a stable hash: unique, accepted everywhere. */
class LongGeneratedNamesTest {

    private static final String LONG = "a_rather_long_descriptive_table_name_for_testing";
    private static final String COLUMN_A = "an_equally_long_column_name_that_differs_only_at_the_end_a";
    private static final String COLUMN_B = "an_equally_long_column_name_that_differs_only_at_the_end_b";

    @DialectTest
    void longUniqueAndIndexNamesStayDistinctAndSync(Sequelize sequelize) {
        ModelStatic<Model> model = sequelize.define(LONG, List.of(attribute(COLUMN_A, STRING).unique(true),
                attribute(COLUMN_B, STRING).unique(true)), options().freezeTableName(true).timestamps(false)
                .indexes(index(COLUMN_A, COLUMN_B)));
        List<String> names = model.definition().uniqueKeys().stream().map(k -> k.name()).toList();
        assertNotEquals(names.get(0), names.get(1), "the names differ although their first 63 bytes would not");
        for (String name : names) {
            assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 63, name);
        }
        assertEquals(names, sequelize.model(LONG).definition().uniqueKeys().stream().map(k -> k.name()).toList());
        sequelize.sync();
        model.create(Map.of(COLUMN_A, "x", COLUMN_B, "y"));
        assertThrows(UniqueConstraintError.class, () -> model.create(Map.of(COLUMN_A, "x", COLUMN_B, "z")));
        assertThrows(UniqueConstraintError.class, () -> model.create(Map.of(COLUMN_A, "w", COLUMN_B, "y")));
    }

    @DialectTest
    void aLongJoinTableUniqueKeyIsShortenedToo(Sequelize sequelize) {
        ModelStatic<Model> left = sequelize.define("participant_with_a_long_name", List.of(attribute("n", STRING)));
        ModelStatic<Model> right = sequelize.define("engagement_with_a_long_name", List.of(attribute("n", STRING)));
        ModelStatic<Model> join = sequelize.define("participant_engagement_memberships", List.of(
                attribute("id", org.sequelize4j.DataTypes.INTEGER).primaryKey(true).autoIncrement(true)));
        BelongsToManyAssociation<Model, Model> links = left.belongsToMany(right, belongsToMany().as("engagements")
                .through(join));
        sequelize.sync();
        Model a = left.create(Map.of("n", "a"));
        Model b = right.create(Map.of("n", "b"));
        links.add(a, b);
        links.add(a, b);
        assertEquals(1, join.count(), "the pair is unique under its shortened key name");
    }

    @org.junit.jupiter.api.Test
    void shorteningIsStableAndKeepsShortNames() {
        assertEquals("users_email_unique", Identifiers.shorten("users_email_unique"));
        String longName = LONG + "_" + COLUMN_A + "_unique";
        assertEquals(Identifiers.shorten(longName), Identifiers.shorten(longName));
        assertEquals(63, Identifiers.shorten(longName).getBytes(StandardCharsets.UTF_8).length);
        String greek = "πίνακας_".repeat(10);
        assertTrue(Identifiers.shorten(greek).getBytes(StandardCharsets.UTF_8).length <= 63);
    }
}
