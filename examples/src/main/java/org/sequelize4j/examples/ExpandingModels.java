package org.sequelize4j.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SyncOptions;
import org.sequelize4j.annotations.NotNull;
import org.sequelize4j.annotations.Table;
import org.sequelize4j.annotations.Validate;

/** The manual's "Expansion of models": class-level and instance-level methods on an annotated class. */
final class ExpandingModels implements Scenario {

    /** An annotated model with methods of its own. */
    @Table(tableName = "expanded_users")
    public static final class User extends Model {
        @NotNull @Validate.Len(min = 1, max = 40) public String firstname;
        public String lastname;

        /** A class-level method: a finder written once, next to the model. */
        static List<User> named(ModelStatic<User> users, String lastname) {
            return users.findAll(FindOptions.query().where(Op.eq("lastname", lastname)));
        }

        /** A class-level method like Sequelize's {@code static classLevelMethod()}. */
        static String classLevelMethod() {
            return "foo";
        }

        /** An instance-level method. */
        String instanceLevelMethod() {
            return "bar";
        }

        /** A computed value from the instance's data. */
        String getFullname() {
            return String.join(" ", firstname, lastname);
        }
    }

    @Override
    public String title() {
        return "User: class-level and instance-level methods";
    }

    @Override
    public void run(Sequelize sequelize, PrintStream out) {
        ModelStatic<User> users = sequelize.define(User.class);
        users.sync(SyncOptions.syncOptions().force(true));
        User built = users.build(Map.of("firstname", "foo", "lastname", "bar"));
        out.println("User.classLevelMethod() = " + User.classLevelMethod() + ", instanceLevelMethod() = "
                + built.instanceLevelMethod() + ", getFullname() = " + built.getFullname());
        built.save();
        built.firstname = "Foo";
        built.save();
        out.println("direct field assignment saved: " + User.named(users, "bar").get(0).firstname);
        users.drop();
    }
}
