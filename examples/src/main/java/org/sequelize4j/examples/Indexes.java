package org.sequelize4j.examples;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.JSON;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.IndexOptions.field;
import static org.sequelize4j.IndexOptions.index;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SyncOptions;
import org.sequelize4j.errors.UniqueConstraintError;

/** The manual's indexes: unique, partial, ordered with collation and prefix length, GIN on PostgreSQL. */
final class Indexes implements Scenario {

    @Override
    public String title() {
        return "Indexes: unique, default names, partial, ordered fields";
    }

    @Override
    public void run(Sequelize sequelize, PrintStream out) {
        ModelOptions options = ModelOptions.options().indexes(
                index("email").unique(true),
                index("author", "status").name("public_by_author").where(Op.eq("status", "public")),
                index(field("author"), field("title").desc()).name("title_index"));
        if (sequelize.getDialect().equals("postgres")) {
            options.indexes(index("data").using("GIN").operator("jsonb_path_ops"));
        }
        ModelStatic<Model> documents = sequelize.define("document", List.of(
                attribute("email", STRING), attribute("author", STRING), attribute("status", STRING),
                attribute("title", STRING),
                attribute("data", sequelize.getDialect().equals("postgres") ? org.sequelize4j.DataTypes.JSONB : JSON)),
                options);
        if (!sequelize.dialect().capabilities().partialIndexes()) {
            out.println("(partial indexes are not supported by " + sequelize.getDialect() + "; skipped)");
            return;
        }
        documents.sync(SyncOptions.syncOptions().force(true));
        out.println("indexes: " + documents.definition().indexes().stream().map(i -> i.name()).toList());
        documents.create(Map.of("email", "a@example.com", "author", "ada", "status", "public", "title", "t"));
        try {
            documents.create(Map.of("email", "a@example.com"));
        } catch (UniqueConstraintError e) {
            out.println("the unique index on email rejected a duplicate: " + e.fields());
        }
        documents.drop();
    }
}
