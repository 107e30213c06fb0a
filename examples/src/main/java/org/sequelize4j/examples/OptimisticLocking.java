package org.sequelize4j.examples;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SyncOptions;
import org.sequelize4j.errors.OptimisticLockError;

/** The manual's optimistic locking: a version attribute that catches stale saves. */
final class OptimisticLocking implements Scenario {

    @Override
    public String title() {
        return "Optimistic locking with version: true";
    }

    @Override
    public void run(Sequelize sequelize, PrintStream out) {
        ModelStatic<Model> accounts = sequelize.define("account", List.of(
                attribute("owner", STRING), attribute("balance", INTEGER)), ModelOptions.options().version(true));
        accounts.sync(SyncOptions.syncOptions().force(true));
        Model account = accounts.create(Map.of("owner", "Ada", "balance", 100));
        Model first = accounts.findByPk(account.get("id"));
        Model second = accounts.findByPk(account.get("id"));
        first.update(Map.of("balance", 150));
        out.println("first writer saved; version is now " + first.get("version"));
        try {
            second.update(Map.of("balance", 50));
        } catch (OptimisticLockError e) {
            out.println("second writer was stale: " + e.getMessage());
        }
        out.println("stored balance: " + accounts.findByPk(account.get("id")).get("balance"));
        accounts.drop();
    }
}
