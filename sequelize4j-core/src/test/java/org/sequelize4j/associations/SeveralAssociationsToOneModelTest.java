package org.sequelize4j.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.association.HasOneOptions.hasOne;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.association.BelongsToAssociation;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.association.HasOneAssociation;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.testing.DialectTest;

/** Seed 001: several associations from Person to DrivingLicense, with their own keys and named inverses. */
class SeveralAssociationsToOneModelTest {

    @DialectTest
    void eachAssociationUsesItsOwnForeignKeyAndInverse(Sequelize sequelize) {
        ModelStatic<Model> people = sequelize.define("Person", List.of(attribute("name", STRING)),
                options().timestamps(false));
        ModelStatic<Model> licenses = sequelize.define("DrivingLicense", List.of(attribute("number", STRING)),
                options().timestamps(false));
        HasOneAssociation<Model, Model> current = people.hasOne(licenses, hasOne().as("currentDrivingLicense")
                .foreignKey("currentOwnerId").inverse("currentOwner"));
        HasManyAssociation<Model, Model> all = people.hasMany(licenses, hasMany().as("drivingLicenses")
                .foreignKey("ownerId").inverse("owner"));
        sequelize.sync();

        BelongsToAssociation<Model, Model> owner = licenses.association("owner");
        BelongsToAssociation<Model, Model> currentOwner = licenses.association("currentOwner");
        assertEquals(List.of("ownerId"), owner.definition().foreignKey());
        assertEquals(List.of("currentOwnerId"), currentOwner.definition().foreignKey());
        assertEquals(Set.of("currentOwnerId", "ownerId"), ForeignKeys.of(sequelize, licenses.tableName()).stream()
                .map(ForeignKeys.ForeignKey::column).collect(Collectors.toSet()));
        assertEquals(List.of("currentDrivingLicense", "drivingLicenses"),
                List.copyOf(people.associations().all().keySet()));

        Model ada = people.create(Map.of("name", "Ada"));
        Model bob = people.create(Map.of("name", "Bob"));
        Model old = all.create(ada, Map.of("number", "A-1"));
        Model renewed = all.create(ada, Map.of("number", "A-2"));
        all.create(bob, Map.of("number", "B-1"));
        current.set(ada, renewed);

        assertEquals("A-2", current.get(ada).get("number"));
        assertNull(current.get(bob), "Bob's license is not his current one");
        assertEquals(List.of("A-1", "A-2"), all.get(ada, query().order(asc("number"))).stream()
                .map(m -> m.get("number")).toList(), "setting the current one did not touch ownerId");
        Model reread = licenses.findByPk(renewed.get("id"));
        assertEquals("Ada", owner.get(reread).get("name"));
        assertEquals("Ada", currentOwner.get(reread).get("name"));
        assertNull(currentOwner.get(licenses.findByPk(old.get("id"))));

        currentOwner.set(reread, bob);
        assertEquals("A-2", current.get(bob).get("number"));
        assertNull(current.get(ada));
        assertEquals(2, all.count(ada), "the other key kept its value");
    }

    @DialectTest
    void twoAssociationsWithOneAliasIsADefinitionErrorNamingBoth(Sequelize sequelize) {
        ModelStatic<Model> people = sequelize.define("Person", List.of(attribute("name", STRING)));
        ModelStatic<Model> licenses = sequelize.define("DrivingLicense", List.of(attribute("number", STRING)));
        HasOneAssociation<Model, Model> first = people.hasOne(licenses, hasOne().as("license").foreignKey("ownerId"));
        DefinitionError error = assertThrows(DefinitionError.class, () -> people.hasMany(licenses,
                hasMany().as("license").foreignKey("holderId")));
        String message = error.getMessage();
        assertTrue(message.contains("HasOneAssociation(Person.license"), message);
        assertTrue(message.contains("HasManyAssociation(Person.license"), message);
        assertEquals("Person", error.model());
        assertSame(first, people.association("license"), "the first one stays");
    }

    @DialectTest
    void unnamedInversesThatClashAreADefinitionError(Sequelize sequelize) {
        ModelStatic<Model> people = sequelize.define("Person", List.of(attribute("name", STRING)));
        ModelStatic<Model> licenses = sequelize.define("DrivingLicense", List.of(attribute("number", STRING)));
        people.hasOne(licenses, hasOne().as("currentDrivingLicense").foreignKey("currentOwnerId").inverse("owner"));
        DefinitionError error = assertThrows(DefinitionError.class, () -> people.hasMany(licenses,
                hasMany().as("drivingLicenses").foreignKey("ownerId").inverse("owner")));
        assertTrue(error.getMessage().contains("DrivingLicense.owner"), error.getMessage());
        assertEquals("DrivingLicense", error.model());
    }
}
