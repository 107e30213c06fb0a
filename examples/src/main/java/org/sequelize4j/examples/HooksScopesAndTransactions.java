package org.sequelize4j.examples;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.BOOLEAN;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.sequelize4j.FindOrCreateOptions;
import org.sequelize4j.HookType;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SyncOptions;

/** Hooks, scopes, findOrCreate, upsert and transactions working together. */
final class HooksScopesAndTransactions implements Scenario {

    @Override
    public String title() {
        return "Hooks, scopes, findOrCreate, upsert and transactions";
    }

    @Override
    public void run(Sequelize sequelize, PrintStream out) {
        ModelStatic<Model> members = sequelize.define("member", List.of(
                attribute("email", STRING).unique(true), attribute("name", STRING), attribute("slug", STRING),
                attribute("active", BOOLEAN).defaultValue(true)),
                ModelOptions.options()
                        .defaultScope(query().where(eq("active", true)))
                        .scope("inactive", query().where(eq("active", false)))
                        .hook(HookType.BEFORE_SAVE, e -> e.instance().set("slug",
                                e.instance().get("name").toString().toLowerCase().replace(' ', '-'))));
        members.sync(SyncOptions.syncOptions().force(true));

        var ada = members.findOrCreate(FindOrCreateOptions.where(Map.of("email", "ada@example.com"))
                .defaults(Map.of("name", "Ada Lovelace")));
        out.println("findOrCreate created=" + ada.created() + ", slug from the beforeSave hook: "
                + ada.instance().get("slug"));
        var again = members.upsert(Map.of("email", "ada@example.com", "name", "Ada King"));
        out.println("upsert kept one row: " + members.count() + " member, name now " + again.instance().get("name"));

        try {
            sequelize.transaction(t -> {
                members.create(Map.of("email", "grace@example.com", "name", "Grace Hopper"));
                throw new IllegalStateException("changed my mind");
            });
        } catch (IllegalStateException e) {
            out.println("the transaction rolled back (" + e.getMessage() + "): " + members.count() + " member");
        }
        sequelize.transaction(t -> {
            members.create(Map.of("email", "alan@example.com", "name", "Alan Turing", "active", false));
            t.afterCommit(() -> out.println("afterCommit ran"));
        });
        out.println("default scope (active): " + members.count() + ", scope(\"inactive\"): "
                + members.scope("inactive").count() + ", unscoped: " + members.unscoped().count());
        members.drop();
    }
}
