package org.sequelize4j.include;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.association.IncludeOptions.include;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/** Sequelize's separate/duplicating/right and attributes: [] on includes, and the N+1 warning. */
class IncludeOptionsTest {

    @DialectTest
    void sequelizesOtherIncludeOptions(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING)), options().timestamps(false));
        ModelStatic<Model> posts = sequelize.define("post", List.of(attribute("title", STRING)), options().timestamps(false));
        HasManyAssociation<Model, Model> written = users.hasMany(posts, hasMany().as("posts"));
        sequelize.sync();
        Model ada = users.create(Map.of("name", "Ada"));
        users.create(Map.of("name", "Bob"));
        written.create(ada, Map.of("title", "x"));

        List<Model> filtered = users.findAll(query().include(include("posts").noAttributes().where(eq("title", "x"))));
        assertEquals(1, filtered.size(), "noAttributes(): the include only filters");
        assertNull(filtered.get(0).get("posts"), "and loads nothing");
        assertEquals(2, users.findAll(query().include(include("posts").separate(true).duplicating(false))).size());
        assertThrows(QueryError.class, () -> users.findAll(query().include(include("posts").separate(false))));
        assertThrows(QueryError.class, () -> users.findAll(query().include(include("posts").right(true))));
    }

    @DialectTest
    void aLoopOfSingleParentReadsIsReportedOnce(TestDialect dialect) {
        List<String> warnings = new ArrayList<>();
        try (Sequelize sequelize = dialect.open(o -> o.warnOnNPlusOne(5, warnings::add))) {
            ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING)));
            ModelStatic<Model> posts = sequelize.define("post", List.of(attribute("title", STRING)));
            HasManyAssociation<Model, Model> written = users.hasMany(posts, hasMany().as("posts"));
            sequelize.sync();
            List<Model> all = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                all.add(users.create(Map.of("name", "u" + i)));
            }
            written.get(all, null);
            assertEquals(List.of(), warnings, "a batch get is no loop");
            for (Model user : all) {
                written.get(user);
            }
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains("user.posts") && warnings.get(0).contains("include(\"posts\")"),
                    warnings.get(0));
        }
    }
}
