package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.SyncOptions.syncOptions;

import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.References;
import org.sequelize4j.Sequelize;
import org.sequelize4j.UpsertOptions;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.testing.Catalog;
import org.sequelize4j.testing.DialectTest;

/**
 * A unique attribute's index has the same name on every database, {@code <table>_<column>_unique}
 * (or the key's own name), as the catalog reports it, and it still does what a unique constraint does.
 */
class UniqueKeyNamesTest {

    private static ModelStatic<Model> members(Sequelize sequelize) {
        return sequelize.define("member", List.of(attribute("email", STRING).unique(true),
                attribute("team", STRING).unique("team_number"), attribute("number", INTEGER).unique("team_number")),
                options().timestamps(false));
    }

    @DialectTest
    void uniqueKeysAreNamedAlikeOnEveryDatabase(Sequelize sequelize) {
        members(sequelize);
        sequelize.sync();
        Map<String, Catalog.IndexInfo> indexes = Catalog.indexes(sequelize, "members");
        assertEquals(Map.of("members_email_unique", new Catalog.IndexInfo(true, List.of("email")),
                "team_number", new Catalog.IndexInfo(true, List.of("team", "number"))), indexes);
    }

    @DialectTest
    void theNamedIndexEnforcesTheKeyAndServesUpsertsAndReferences(Sequelize sequelize) {
        ModelStatic<Model> members = members(sequelize);
        ModelStatic<Model> badges = sequelize.define("badge", List.of(attribute("memberEmail", STRING)
                .references(References.model(members).key("email"))), options().timestamps(false));
        sequelize.sync();
        members.create(Map.of("email", "a@x", "team", "red", "number", 1));
        assertThrows(UniqueConstraintError.class, () -> members.create(Map.of("email", "a@x", "team", "blue", "number", 1)));
        assertThrows(UniqueConstraintError.class, () -> members.create(Map.of("email", "b@x", "team", "red", "number", 1)));
        members.upsert(Map.of("email", "a@x", "team", "green", "number", 7),
                UpsertOptions.upsertOptions().conflictFields("email"));
        assertEquals(1, members.count());
        assertEquals("green", members.findOne(org.sequelize4j.FindOptions.query()).get("team"));
        badges.create(Map.of("memberEmail", "a@x"));
        assertEquals(1, badges.count());
    }

    @DialectTest
    void alterFindsTheKeyPresent(Sequelize sequelize) {
        members(sequelize);
        sequelize.sync();
        sequelize.sync(syncOptions().alter(true));
        assertEquals(2, Catalog.indexes(sequelize, "members").size());
    }
}
