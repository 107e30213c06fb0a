package org.sequelize4j.examples;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.Validators.custom;
import static org.sequelize4j.Validators.isEmail;
import static org.sequelize4j.Validators.isIn;
import static org.sequelize4j.Validators.len;
import static org.sequelize4j.Validators.max;
import static org.sequelize4j.Validators.min;
import static org.sequelize4j.Validators.notNull;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SyncOptions;
import org.sequelize4j.Validators;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.errors.ValidationErrorItem;

/** The manual's ValidateMe, User (allowNull rules) and Pub (model-wide validator). */
final class Validations implements Scenario {

    @Override
    public String title() {
        return "ValidateMe, User and Pub: validators, allowNull rules, model-wide validation";
    }

    @Override
    public void run(Sequelize sequelize, PrintStream out) {
        ModelStatic<Model> validateMe = sequelize.define("ValidateMe", List.of(
                attribute("bar", STRING).validate(Validators.is("^[a-z]+$", "i"), len(2, 10),
                        isIn("foo", "bar").msg("Must be foo or bar")),
                attribute("email", STRING).validate(isEmail()),
                attribute("even", INTEGER).validate(custom("isEven", (value, instance) -> {
                    if (((Number) value).intValue() % 2 != 0) {
                        throw new IllegalArgumentException("Only even values are allowed!");
                    }
                }))));
        validateMe.sync(SyncOptions.syncOptions().force(true));
        report(out, () -> validateMe.create(Map.of("bar", "b4z", "email", "nope", "even", 3)));
        out.println("valid row saved: " + validateMe.create(Map.of("bar", "foo", "email", "a@example.com", "even", 4))
                .get("id"));

        ModelStatic<Model> users = sequelize.define("User", List.of(
                attribute("username", STRING).allowNull(true).validate(len(5, 10)),
                attribute("age", INTEGER),
                attribute("name", STRING).allowNull(true).validate(custom("customValidator", (value, instance) -> {
                    if (value == null && !Integer.valueOf(10).equals(instance.get("age"))) {
                        throw new IllegalArgumentException("name can't be null unless age is 10");
                    }
                })),
                attribute("nick", STRING).allowNull(false).validate(notNull().msg("Please enter your nick"))));
        users.sync(SyncOptions.syncOptions().force(true));
        Map<String, Object> values = new HashMap<>();
        values.put("username", null);
        values.put("age", 10);
        values.put("nick", "adda");
        out.println("username null passes len(5, 10) because it allows null: user #" + users.create(values).get("id"));
        values.put("age", 11);
        values.put("nick", null);
        report(out, () -> users.create(values));

        ModelStatic<Model> pubs = sequelize.define("Pub", List.of(
                attribute("name", STRING),
                attribute("latitude", INTEGER).allowNull(true).defaultValue(null).validate(min(-90), max(90)),
                attribute("longitude", INTEGER).allowNull(true).defaultValue(null).validate(min(-180), max(180))),
                ModelOptions.options().validate("bothCoordsOrNone", pub -> {
                    if ((pub.get("latitude") == null) != (pub.get("longitude") == null)) {
                        throw new IllegalStateException("Require either both latitude and longitude or neither");
                    }
                }));
        Model ragingBullockArms = pubs.build(Map.of("name", "Raging Bullock Arms", "latitude", -91));
        report(out, ragingBullockArms::validate);
        users.drop();
        validateMe.drop();
    }

    private static void report(PrintStream out, Runnable action) {
        try {
            action.run();
            out.println("unexpectedly valid");
        } catch (ValidationError e) {
            Map<String, List<String>> byPath = new java.util.LinkedHashMap<>();
            for (ValidationErrorItem item : e.errors()) {
                byPath.computeIfAbsent(item.path(), k -> new java.util.ArrayList<>()).add(item.message());
            }
            out.println("validation errors: " + byPath);
        }
    }
}
