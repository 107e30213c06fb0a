package org.sequelize4j.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.association.BelongsToOptions.belongsTo;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.association.HasOneOptions.hasOne;

import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.association.BelongsToAssociation;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.association.HasOneAssociation;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.testing.Catalog;
import org.sequelize4j.testing.DialectTest;

/** Seed 001's foreign-key customisation and ON DELETE / ON UPDATE defaults, checked in the real database. */
class ForeignKeyDefaultsTest {

    private static ModelStatic<Model> people(Sequelize sequelize) {
        return sequelize.define("Person", List.of(attribute("name", STRING)), options().timestamps(false));
    }

    private static ModelStatic<Model> licenses(Sequelize sequelize) {
        return sequelize.define("DrivingLicense", List.of(attribute("number", STRING)), options().timestamps(false));
    }

    @DialectTest
    void nullableForeignKeyDefaultsToOnDeleteSetNull(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        ModelStatic<Model> licenses = licenses(sequelize);
        HasManyAssociation<Model, Model> owned = people.hasMany(licenses, hasMany().as("licenses").foreignKey("ownerId"));
        sequelize.sync();
        assertTrue(licenses.definition().attribute("ownerId").allowNull());
        ForeignKeys.ForeignKey fk = ForeignKeys.on(sequelize, licenses.tableName(), "ownerId");
        assertEquals("SET NULL", fk.onDelete());
        assertEquals("CASCADE", fk.onUpdate());
        assertTrue(fk.referencedTable().equalsIgnoreCase(people.tableName()), fk.toString());

        Model ada = people.create(Map.of("name", "Ada"));
        Model license = owned.create(ada, Map.of("number", "A-1"));
        ada.destroy();
        Model kept = licenses.findByPk(license.get("id"));
        assertNotNull(kept, "SET NULL keeps the license");
        assertNull(kept.get("ownerId"));
    }

    @DialectTest
    void notNullForeignKeyDefaultsToOnDeleteCascade(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        ModelStatic<Model> licenses = licenses(sequelize);
        HasManyAssociation<Model, Model> owned = people.hasMany(licenses,
                hasMany().as("licenses").foreignKey(attribute("ownerId").allowNull(false)));
        sequelize.sync();
        assertFalse(licenses.definition().attribute("ownerId").allowNull());
        assertEquals("CASCADE", ForeignKeys.on(sequelize, licenses.tableName(), "ownerId").onDelete());

        Model ada = people.create(Map.of("name", "Ada"));
        Model bob = people.create(Map.of("name", "Bob"));
        owned.create(ada, Map.of("number", "A-1"));
        owned.create(ada, Map.of("number", "A-2"));
        owned.create(bob, Map.of("number", "B-1"));
        ada.destroy();
        assertEquals(1, licenses.count(), "Ada's licenses went with her");
        assertEquals("B-1", licenses.findAll().get(0).get("number"));
    }

    @DialectTest
    void notNullOnTheSecondSideStillDefaultsToCascade(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        ModelStatic<Model> licenses = licenses(sequelize);
        licenses.belongsTo(people, belongsTo().as("owner").foreignKey("ownerId"));
        people.hasMany(licenses, hasMany().as("licenses").foreignKey(attribute("ownerId").allowNull(false)));
        sequelize.sync();
        assertFalse(licenses.definition().attribute("ownerId").allowNull(), "the later declaration made it NOT NULL");
        assertEquals("CASCADE", ForeignKeys.on(sequelize, licenses.tableName(), "ownerId").onDelete(),
                "a NOT NULL key cannot be SET NULL");

        Model ada = people.create(Map.of("name", "Ada"));
        licenses.create(Map.of("number", "A-1", "ownerId", ada.get("id")));
        ada.destroy();
        assertEquals(0, licenses.count());
    }

    @DialectTest
    void onUpdateCascadeFollowsAChangedPrimaryKey(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        ModelStatic<Model> licenses = licenses(sequelize);
        HasOneAssociation<Model, Model> license = people.hasOne(licenses, hasOne().as("license").foreignKey("ownerId"));
        sequelize.sync();
        Model ada = people.create(Map.of("name", "Ada"));
        Model a1 = license.create(ada, Map.of("number", "A-1"));
        people.update(Map.of("id", 500), UpdateOptions.where(eq("id", ada.get("id"))));
        assertEquals(500, ((Number) licenses.findByPk(a1.get("id")).get("ownerId")).intValue());
        assertEquals("A-1", license.get(people.findByPk(500)).get("number"));
    }

    @DialectTest
    void explicitRestrictRefusesTheDelete(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        ModelStatic<Model> licenses = licenses(sequelize);
        HasManyAssociation<Model, Model> owned = people.hasMany(licenses,
                hasMany().as("licenses").foreignKey("ownerId").onDelete("RESTRICT"));
        sequelize.sync();
        Model ada = people.create(Map.of("name", "Ada"));
        Model a1 = owned.create(ada, Map.of("number", "A-1"));
        assertThrows(ForeignKeyConstraintError.class, ada::destroy);
        assertNotNull(people.findByPk(ada.get("id")), "the refused delete left Ada");
        assertEquals(ada.get("id"), licenses.findByPk(a1.get("id")).get("ownerId"));

        a1.destroy();
        ada.destroy();
        assertEquals(0, people.count(), "without licenses the delete goes through");
    }

    @DialectTest
    void constraintsFalseCreatesNoConstraint(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        ModelStatic<Model> licenses = licenses(sequelize);
        HasManyAssociation<Model, Model> owned = people.hasMany(licenses,
                hasMany().as("licenses").foreignKey("ownerId").constraints(false));
        sequelize.sync();
        assertTrue(Catalog.columns(sequelize, licenses.tableName()).containsKey("ownerId"), "the column is there");
        assertEquals(List.of(), ForeignKeys.of(sequelize, licenses.tableName()), "but no constraint");

        Model orphan = licenses.create(Map.of("number", "X", "ownerId", 999));
        assertEquals(999, ((Number) licenses.findByPk(orphan.get("id")).get("ownerId")).intValue());
        Model ada = people.create(Map.of("name", "Ada"));
        owned.create(ada, Map.of("number", "A-1"));
        ada.destroy();
        assertEquals(2, licenses.count(), "nothing cascades either");
        assertEquals(ada.get("id"), licenses.findOne(org.sequelize4j.FindOptions.query().where(eq("number", "A-1")))
                .get("ownerId"), "the key keeps its value");
    }

    @DialectTest
    void foreignKeyColumnNameIsTheRealColumn(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        ModelStatic<Model> licenses = licenses(sequelize);
        HasOneAssociation<Model, Model> license = people.hasOne(licenses,
                hasOne().as("drivingLicense").foreignKey(attribute("ownerId").field("owner_id")));
        sequelize.sync();
        var columns = Catalog.columns(sequelize, licenses.tableName()).keySet();
        assertTrue(columns.contains("owner_id"), columns.toString());
        assertFalse(columns.contains("ownerId"), columns.toString());
        assertEquals("owner_id", ForeignKeys.on(sequelize, licenses.tableName(), "owner_id").column());

        Model ada = people.create(Map.of("name", "Ada"));
        Model created = license.create(ada, Map.of("number", "A-1"));
        assertEquals(ada.get("id"), created.get("ownerId"), "the attribute keeps its name");
        List<Map<String, Object>> raw = Catalog.jdbc(sequelize, "SELECT owner_id FROM "
                + quoted(sequelize, licenses.tableName()));
        assertEquals(1, raw.size());
        assertEquals(((Number) ada.get("id")).longValue(), ((Number) raw.get(0).get("owner_id")).longValue());
        assertEquals("A-1", license.get(ada).get("number"));
    }

    @DialectTest
    void bothSidesShareOneForeignKeyAttribute(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        ModelStatic<Model> licenses = licenses(sequelize);
        HasManyAssociation<Model, Model> owned = people.hasMany(licenses,
                hasMany().as("licenses").foreignKey(attribute("ownerId").allowNull(false)));
        BelongsToAssociation<Model, Model> owner = licenses.belongsTo(people,
                belongsTo().as("owner").foreignKey("ownerId"));
        sequelize.sync();
        List<String> attributes = List.copyOf(licenses.attributes().keySet());
        assertEquals(1, attributes.stream().filter(a -> a.toLowerCase().contains("owner")).count(), attributes.toString());
        assertEquals(1, ForeignKeys.of(sequelize, licenses.tableName()).size());
        assertFalse(licenses.definition().attribute("ownerId").allowNull(), "the belongsTo kept the NOT NULL");

        Model ada = people.create(Map.of("name", "Ada"));
        Model a1 = owned.create(ada, Map.of("number", "A-1"));
        assertEquals("Ada", owner.get(a1).get("name"));
    }

    @DialectTest
    void inverseDeclaresTheOtherSide(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize);
        ModelStatic<Model> licenses = licenses(sequelize);
        HasManyAssociation<Model, Model> owned = people.hasMany(licenses,
                hasMany().as("licenses").foreignKey("ownerId").inverse("owner"));
        sequelize.sync();
        BelongsToAssociation<Model, Model> owner = licenses.association("owner");
        assertNotNull(owner);
        assertSame(people, owner.target());
        assertEquals(List.of("ownerId"), owner.definition().foreignKey());
        assertEquals(1, ForeignKeys.of(sequelize, licenses.tableName()).size(), "one foreign key for both sides");

        Model ada = people.create(Map.of("name", "Ada"));
        Model a1 = owned.create(ada, Map.of("number", "A-1"));
        assertEquals("Ada", owner.get(a1).get("name"));
        Model bob = people.create(Map.of("name", "Bob"));
        owner.set(a1, bob);
        assertEquals(List.of(), owned.get(ada));
        assertEquals("A-1", owned.get(bob).get(0).get("number"), "the hasMany sees what the inverse wrote");
    }

    @DialectTest
    void sourceKeyOtherThanThePrimaryKeyIsReferencedAndFollowed(Sequelize sequelize) {
        ModelStatic<Model> people = sequelize.define("Person", List.of(attribute("email", STRING).unique(true)
                .allowNull(false)), options().timestamps(false));
        ModelStatic<Model> licenses = licenses(sequelize);
        HasManyAssociation<Model, Model> owned = people.hasMany(licenses, hasMany().as("licenses").sourceKey("email")
                .foreignKey("ownerEmail").inverse("owner"));
        sequelize.sync();
        ForeignKeys.ForeignKey fk = ForeignKeys.on(sequelize, licenses.tableName(), "ownerEmail");
        assertEquals("email", fk.referencedColumn());
        assertEquals(STRING.kind(), licenses.definition().attribute("ownerEmail").type().kind(), "the key's type");

        Model ada = people.create(Map.of("email", "ada@example.com"));
        Model a1 = owned.create(ada, Map.of("number", "A-1"));
        assertEquals("ada@example.com", a1.get("ownerEmail"));
        BelongsToAssociation<Model, Model> owner = licenses.association("owner");
        assertEquals(ada.get("id"), owner.get(a1).get("id"));
        people.update(Map.of("email", "ada@new.example"), UpdateOptions.where(eq("id", ada.get("id"))));
        assertEquals("ada@new.example", licenses.findByPk(a1.get("id")).get("ownerEmail"), "ON UPDATE CASCADE");
        assertEquals(1, owned.count(people.findByPk(ada.get("id"))));
    }

    private static String quoted(Sequelize sequelize, String table) {
        return sequelize.dialect().quoteIdentifier(table);
    }
}
