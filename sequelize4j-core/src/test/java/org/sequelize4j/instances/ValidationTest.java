package org.sequelize4j.instances;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.Validators.custom;
import static org.sequelize4j.Validators.isEmail;
import static org.sequelize4j.Validators.isIn;
import static org.sequelize4j.Validators.isInt;
import static org.sequelize4j.Validators.len;
import static org.sequelize4j.Validators.max;
import static org.sequelize4j.Validators.min;
import static org.sequelize4j.Validators.notNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.SaveOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Validators;
import org.sequelize4j.annotations.Attribute;
import org.sequelize4j.annotations.ModelValidator;
import org.sequelize4j.annotations.Validate;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.errors.ValidationErrorItem;
import org.sequelize4j.testing.DialectTest;

/** Seed 003 "Validations": built-in, custom and model-wide validators and the allowNull rules. */
class ValidationTest {

    @DialectTest
    void builtinValidatorsWithArgumentsAndMessages(Sequelize sequelize) {
        ModelStatic<Model> things = sequelize.define("thing", List.of(
                attribute("email", STRING).validate(isEmail()),
                attribute("code", STRING).validate(Validators.is("^[a-z]+$", "i"), len(2, 10)),
                attribute("lang", STRING).validate(isIn("en", "zh").msg("Must be English or Chinese")),
                attribute("pennies", STRING).validate(isInt().msg("Must be an integer number of pennies")),
                attribute("level", INTEGER).validate(min(1), max(23))));
        sequelize.sync();

        ValidationError error = assertThrows(ValidationError.class, () -> things.create(Map.of(
                "email", "not an email", "code", "a1", "lang", "fr", "pennies", "1.5", "level", 24)));
        Map<String, List<String>> byPath = error.errors().stream().collect(Collectors.groupingBy(
                ValidationErrorItem::path, Collectors.mapping(ValidationErrorItem::validatorKey, Collectors.toList())));
        assertEquals(List.of("isEmail"), byPath.get("email"));
        assertEquals(List.of("is"), byPath.get("code"));
        assertEquals(List.of("isIn"), byPath.get("lang"));
        assertEquals(List.of("isInt"), byPath.get("pennies"));
        assertEquals(List.of("max"), byPath.get("level"));
        assertEquals("Must be English or Chinese", error.get("lang").get(0).message());
        assertEquals("Must be an integer number of pennies", error.get("pennies").get(0).message());
        assertEquals("Validation isEmail on email failed", error.get("email").get(0).message());
        assertEquals(0, things.count(), "nothing is written when validation fails");

        Model ok = things.create(Map.of("email", "ada@example.com", "code", "Abc", "lang", "zh", "pennies", "150",
                "level", 23));
        assertEquals("Abc", ok.get("code"));
    }

    @DialectTest
    void customValidatorsSeeTheInstance(Sequelize sequelize) {
        ModelStatic<Model> bars = sequelize.define("bar", List.of(
                attribute("otherField", INTEGER),
                attribute("bar", INTEGER).validate(
                        custom("isEven", (value, instance) -> {
                            if (((Number) value).intValue() % 2 != 0) {
                                throw new IllegalArgumentException("Only even values are allowed!");
                            }
                        }),
                        custom("isGreaterThanOtherField", (value, instance) -> {
                            if (((Number) value).intValue() <= ((Number) instance.get("otherField")).intValue()) {
                                throw new IllegalArgumentException("Bar must be greater than otherField.");
                            }
                        }))));
        sequelize.sync();
        ValidationError error = assertThrows(ValidationError.class,
                () -> bars.create(Map.of("otherField", 10, "bar", 7)));
        assertEquals(List.of("Only even values are allowed!", "Bar must be greater than otherField."),
                error.get("bar").stream().map(ValidationErrorItem::message).toList());
        assertEquals("isEven", error.get("bar").get(0).validatorKey());
        assertDoesNotThrow(() -> bars.create(Map.of("otherField", 10, "bar", 12)));
    }

    @DialectTest
    void allowNullRules(Sequelize sequelize) {
        // allowNull true + len: null skips the built-in validator.
        ModelStatic<Model> users = sequelize.define("User", List.of(
                attribute("username", STRING).allowNull(true).validate(len(5, 10)),
                attribute("age", INTEGER),
                attribute("name", STRING).allowNull(true).validate(custom("customValidator", (value, instance) -> {
                    if (value == null && !Integer.valueOf(10).equals(instance.get("age"))) {
                        throw new IllegalArgumentException("name can't be null unless age is 10");
                    }
                })),
                attribute("nick", STRING).allowNull(false).validate(notNull().msg("Please enter your nick"), len(3, 5))));
        sequelize.sync();

        Map<String, Object> values = new HashMap<>();
        values.put("username", null);
        values.put("age", 10);
        values.put("name", null);
        values.put("nick", "abcd");
        assertDoesNotThrow(() -> users.create(values));

        values.put("age", 11);
        ValidationError error = assertThrows(ValidationError.class, () -> users.create(values));
        assertEquals("name can't be null unless age is 10", error.get("name").get(0).message());
        assertTrue(error.get("username").isEmpty());

        values.put("age", 10);
        values.put("nick", null);
        ValidationError nullNick = assertThrows(ValidationError.class, () -> users.create(values));
        // Only the notNull failure, with the custom message; len does not run on null.
        assertEquals(1, nullNick.get("nick").size());
        assertEquals("Please enter your nick", nullNick.get("nick").get(0).message());
        assertEquals("notNull violation", nullNick.get("nick").get(0).type());
        assertEquals(1, users.count());
    }

    @DialectTest
    void modelWideValidatorBothCoordsOrNone(Sequelize sequelize) {
        ModelStatic<Model> pubs = sequelize.define("Pub", List.of(
                attribute("name", STRING),
                attribute("address", STRING),
                attribute("latitude", INTEGER).allowNull(true).defaultValue(null).validate(min(-90), max(90)),
                attribute("longitude", INTEGER).allowNull(true).defaultValue(null).validate(min(-180), max(180))),
                ModelOptions.options().validate("bothCoordsOrNone", pub -> {
                    if ((pub.get("latitude") == null) != (pub.get("longitude") == null)) {
                        throw new IllegalStateException("Require either both latitude and longitude or neither");
                    }
                }));
        sequelize.sync();
        Model pub = pubs.build(Map.of("name", "Raging Bullock Arms", "latitude", -91));
        ValidationError error = assertThrows(ValidationError.class, pub::validate);
        assertEquals(List.of("latitude", "bothCoordsOrNone"),
                error.errors().stream().map(ValidationErrorItem::path).toList());
        assertEquals("Require either both latitude and longitude or neither", error.get("bothCoordsOrNone").get(0).message());
        assertEquals("min", error.get("latitude").get(0).validatorKey());
        assertThrows(ValidationError.class, pub::save);
        assertEquals(0, pubs.count());

        pub.set(Map.of("latitude", 45, "longitude", 7));
        pub.validate();
        pub.save();
        assertEquals(1, pubs.count());
    }

    @DialectTest
    void validateFalseSkipsValidatorsButNotTypeChecks(Sequelize sequelize) {
        ModelStatic<Model> items = sequelize.define("item", List.of(
                attribute("email", STRING).validate(isEmail()),
                attribute("count", INTEGER)));
        sequelize.sync();
        Model item = items.build(Map.of("email", "nope"));
        item.save(SaveOptions.saveOptions().validate(false));
        assertEquals("nope", items.findByPk(item.get("id")).get("email"));

        Model bad = items.build(Map.of("count", "twelve"));
        ValidationError error = assertThrows(ValidationError.class,
                () -> bad.save(SaveOptions.saveOptions().validate(false)));
        assertEquals("count", error.errors().get(0).path());
    }

    @DialectTest
    void updateValidatesOnlyTheChangedAttributes(Sequelize sequelize) {
        ModelStatic<Model> items = sequelize.define("item", List.of(
                attribute("email", STRING).validate(isEmail()),
                attribute("name", STRING).validate(len(2, 5))));
        sequelize.sync();
        Model item = items.create(Map.of("email", "x@example.com", "name", "abc"));
        ValidationError error = assertThrows(ValidationError.class, () -> item.update(Map.of("name", "toolongname")));
        assertEquals(List.of("name"), error.errors().stream().map(ValidationErrorItem::path).toList());
        assertEquals("abc", items.findByPk(item.get("id")).get("name"));
    }

    /** The ValidateMe model of seed 003 as an annotated class. */
    public static class Account extends Model {
        @Validate.IsEmail(msg = "not an address")
        public String email;

        @Validate.Len(min = 2, max = 10)
        @Validate.NotContains("admin")
        public String login;

        @Validate.IsIn({"basic", "pro"})
        public String plan;

        @Attribute
        public Integer even;

        public Integer latitude;
        public Integer longitude;

        @Validate.Custom(attribute = "even")
        void isEven(Object value) {
            if (value != null && ((Integer) value) % 2 != 0) {
                throw new IllegalArgumentException("odd");
            }
        }

        @ModelValidator
        void bothCoordsOrNone() {
            if ((latitude == null) != (longitude == null)) {
                throw new IllegalStateException("both or neither");
            }
        }
    }

    @DialectTest
    void annotatedValidators(Sequelize sequelize) {
        ModelStatic<Account> accounts = sequelize.define(Account.class);
        sequelize.sync();
        Account account = accounts.build();
        account.email = "nope";
        account.login = "superadmin";
        account.plan = "gold";
        account.even = 3;
        account.latitude = 1;
        ValidationError error = assertThrows(ValidationError.class, account::save);
        assertEquals("not an address", error.get("email").get(0).message());
        assertEquals("notContains", error.get("login").get(0).validatorKey());
        assertEquals("isIn", error.get("plan").get(0).validatorKey());
        assertEquals("odd", error.get("even").get(0).message());
        assertEquals("both or neither", error.get("bothCoordsOrNone").get(0).message());

        account.email = "a@example.com";
        account.login = "ada";
        account.plan = "pro";
        account.even = 4;
        account.longitude = 2;
        account.save();
        assertEquals("ada", accounts.findByPk(account.get("id")).login);
    }
}
