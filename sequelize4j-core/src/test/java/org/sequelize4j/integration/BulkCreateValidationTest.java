package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.BulkCreateOptions.bulkCreateOptions;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.ModelOptions.options;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Validators;
import org.sequelize4j.errors.AggregateError;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.testing.DialectTest;

/**
 * {@code bulkCreate(rows, validate(true))} rejects with an {@link AggregateError} holding one entry per
 * failing record (its index, the record, its own {@link ValidationError}), as Sequelize's
 * {@code AggregateError} of {@code BulkRecordError}s; nothing is inserted.
 */
class BulkCreateValidationTest {

    private static ModelStatic<Model> users(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("user", List.of(
                attribute("email", STRING).validate(Validators.isEmail()),
                attribute("name", STRING).allowNull(false),
                attribute("logins", INTEGER)), options().timestamps(false));
        sequelize.sync();
        return users;
    }

    @DialectTest
    void eachFailingRecordGetsItsOwnEntry(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        Map<String, Object> noName = new HashMap<>();
        noName.put("email", "x@example.com");
        List<Map<String, Object>> rows = List.of(
                Map.of("email", "ada@example.com", "name", "Ada"),
                Map.of("email", "not-an-email", "name", "Bad"),
                Map.of("email", "grace@example.com", "name", "Grace"),
                noName,
                Map.of("email", "also bad", "name", "Worse", "logins", "many"));

        AggregateError e = assertThrows(AggregateError.class,
                () -> users.bulkCreate(rows, bulkCreateOptions().validate(true)));

        assertEquals(List.of(1, 3, 4), e.errors().stream().map(AggregateError.BulkRecordError::index).toList());
        AggregateError.BulkRecordError bad = e.errors().get(0);
        assertEquals("not-an-email", bad.record().get("email"));
        assertEquals(1, bad.error().errors().size());
        assertEquals(1, bad.error().get("email").size());
        assertEquals("isEmail", bad.error().get("email").get(0).validatorKey());

        AggregateError.BulkRecordError missing = e.errors().get(1);
        assertEquals("x@example.com", missing.record().get("email"));
        assertEquals(List.of("name"), missing.error().errors().stream().map(i -> i.path()).toList());

        // A record failing several checks has them all in its own error, and no other record's.
        AggregateError.BulkRecordError worse = e.errors().get(2);
        assertEquals(1, worse.error().get("email").size());
        assertEquals(1, worse.error().get("logins").size());
        assertEquals(2, worse.error().errors().size());
        assertTrue(e.getMessage().contains("3 records failed validation"), e.getMessage());

        assertEquals(0, users.count());
    }

    @DialectTest
    void theEntriesCarryTheRecordsGiven(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        Model good = users.build(Map.of("email", "ada@example.com", "name", "Ada"));
        Model bad = users.build(Map.of("email", "nope", "name", "Nope"));

        AggregateError e = assertThrows(AggregateError.class,
                () -> users.bulkCreateInstances(List.of(good, bad), bulkCreateOptions().validate(true)));

        assertEquals(1, e.errors().size());
        assertEquals(1, e.errors().get(0).index());
        assertSame(bad, e.errors().get(0).record());
        assertTrue(bad.isNewRecord());
        assertEquals(0, users.count());
    }

    @DialectTest
    void aSingleFailingRecordIsStillAnAggregate(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        AggregateError e = assertThrows(AggregateError.class,
                () -> users.bulkCreate(List.of(Map.of("email", "bad", "name", "B")), bulkCreateOptions().validate(true)));
        assertEquals(1, e.errors().size());
        assertEquals(0, e.errors().get(0).index());
        assertEquals(0, users.count());
    }

    @DialectTest
    void nothingIsInsertedAcrossStatements(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            rows.add(Map.of("email", i == 22 ? "broken" : "u" + i + "@example.com", "name", "u" + i));
        }
        AggregateError e = assertThrows(AggregateError.class,
                () -> users.bulkCreate(rows, bulkCreateOptions().validate(true).batchSize(5)));
        assertEquals(List.of(22), e.errors().stream().map(AggregateError.BulkRecordError::index).toList());
        assertEquals(0, users.count());

        users.bulkCreate(rows.subList(0, 20), bulkCreateOptions().validate(true).batchSize(5));
        assertEquals(20, users.count());
    }

    @DialectTest
    void withoutValidateTheValidatorsDoNotRunAndTypeChecksStayOneError(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        // Validators are off by default, as in Sequelize.
        users.bulkCreate(List.of(Map.of("email", "not-an-email", "name", "A")));
        assertEquals(1, users.count());

        // The type and NULL checks always run; without validate they fail as one ValidationError.
        Map<String, Object> noName = new HashMap<>();
        noName.put("email", "x@example.com");
        ValidationError e = assertThrows(ValidationError.class,
                () -> users.bulkCreate(List.of(Map.of("name", "B", "logins", "many"), noName)));
        assertFalse(e instanceof org.sequelize4j.errors.UniqueConstraintError);
        assertEquals(2, e.errors().size());
        assertEquals(1, users.count());
    }
}
