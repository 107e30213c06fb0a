package org.sequelize4j.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.association.BelongsToManyOptions.belongsToMany;
import static org.sequelize4j.association.BelongsToOptions.belongsTo;
import static org.sequelize4j.association.HasManyOptions.hasMany;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.sequelize4j.HookType;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.association.BelongsToAssociation;
import org.sequelize4j.association.BelongsToManyAssociation;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.testing.DialectTest;

/** Keys of several attributes: composite primary keys as targets, composite target keys, hooks, varargs. */
class CompositeKeysTest {

    private ModelStatic<Model> rooms;
    private ModelStatic<Model> meetings;
    private ModelStatic<Model> gear;

    /** Room (building, number) and Gear (kind, serial) with composite primary keys; Meeting with an id. */
    private void defineModels(Sequelize sequelize) {
        rooms = sequelize.define("Room", List.of(attribute("building", STRING).primaryKey(true),
                attribute("number", INTEGER).primaryKey(true), attribute("label", STRING)));
        meetings = sequelize.define("Meeting", List.of(attribute("topic", STRING)));
        gear = sequelize.define("Gear", List.of(attribute("kind", STRING).primaryKey(true),
                attribute("serial", INTEGER).primaryKey(true)));
    }

    @DialectTest
    void compositePrimaryKeyAsTargetOfHasManyAndBelongsTo(Sequelize sequelize) {
        defineModels(sequelize);
        HasManyAssociation<Model, Model> roomMeetings = rooms.hasMany(meetings, hasMany().as("meetings").inverse("room"));
        BelongsToAssociation<Model, Model> venue = meetings.belongsTo(rooms, belongsTo().as("venue")
                .foreignKeys("venueBuilding", "venueNumber"));
        sequelize.sync();
        Model a1 = rooms.create(Map.of("building", "A", "number", 1));
        Model a2 = rooms.create(Map.of("building", "A", "number", 2));
        Model m = roomMeetings.create(a1, Map.of("topic", "x"));
        roomMeetings.create(a2, Map.of("topic", "y"));
        assertEquals(1, roomMeetings.count(a1));
        assertTrue(roomMeetings.has(a1, m));
        BelongsToAssociation<Model, Model> room = meetings.association("room");
        assertEquals(1, room.get(m).get("number"));
        venue.set(m, List.of("A", 2));
        assertEquals(2, venue.get(m).get("number"));

        Map<Model, List<Model>> batch = roomMeetings.get(List.of(a1, a2), query().order(asc("topic")).limit(1));
        assertEquals(1, batch.get(a1).size());
    }

    @DialectTest
    void compositeForeignKeyConstraintIsEnforced(Sequelize sequelize) {
        defineModels(sequelize);
        rooms.hasMany(meetings, hasMany().as("meetings").inverse("room"));
        BelongsToAssociation<Model, Model> venue = meetings.belongsTo(rooms, belongsTo().as("venue")
                .foreignKeys("venueBuilding", "venueNumber"));
        sequelize.sync();
        rooms.create(Map.of("building", "A", "number", 1));
        Model m = meetings.create(Map.of("topic", "x", "RoomBuilding", "A", "RoomNumber", 1));
        assertThrows(ForeignKeyConstraintError.class, () -> venue.set(m, List.of("A", 99)));
        assertThrows(ForeignKeyConstraintError.class,
                () -> meetings.create(Map.of("topic", "z", "RoomBuilding", "Q", "RoomNumber", 7)));
    }

    @DialectTest
    void belongsToManyBetweenCompositePrimaryKeys(Sequelize sequelize) {
        defineModels(sequelize);
        BelongsToManyAssociation<Model, Model> roomGear = rooms.belongsToMany(gear,
                belongsToMany().as("gear").through("RoomGear").inverse("rooms"));
        sequelize.sync();
        Model a1 = rooms.create(Map.of("building", "A", "number", 1));
        Model g1 = gear.create(Map.of("kind", "proj", "serial", 1));
        Model g2 = gear.create(Map.of("kind", "proj", "serial", 2));
        roomGear.add(a1, g1, List.of("proj", 2));
        assertEquals(2, roomGear.count(a1));
        assertTrue(roomGear.has(a1, List.of(List.of("proj", 1L))), "a Long for an INTEGER part of the key");
        roomGear.set(a1, List.of(g2));
        assertEquals(1, roomGear.count(a1));
        BelongsToManyAssociation<Model, Model> gearRooms = gear.association("rooms");
        assertEquals("A", gearRooms.get(g2).get(0).get("building"));
        a1.destroy();
        assertEquals(0, roomGear.through().count(), "join rows cascade");
    }

    @DialectTest
    void oneCompositeKeyGivenToVariadicHasAddRemove(Sequelize sequelize) {
        defineModels(sequelize);
        BelongsToManyAssociation<Model, Model> roomGear = rooms.belongsToMany(gear,
                belongsToMany().as("gear").through("RoomGear"));
        HasManyAssociation<Model, Model> stored = meetings.hasMany(gear, hasMany().as("stored"));
        sequelize.sync();
        Model a1 = rooms.create(Map.of("building", "A", "number", 1));
        Model m = meetings.create(Map.of("topic", "x"));
        gear.create(Map.of("kind", "proj", "serial", 1));
        gear.create(Map.of("kind", "proj", "serial", 2));

        roomGear.add(a1, List.of("proj", 1));
        assertEquals(1, roomGear.count(a1));
        assertTrue(roomGear.has(a1, List.of("proj", 1)));
        assertFalse(roomGear.has(a1, List.of("proj", 2)));
        roomGear.remove(a1, List.of("proj", 1));
        assertEquals(0, roomGear.count(a1));

        stored.add(m, List.of("proj", 2));
        assertEquals(1, stored.count(m));
        assertTrue(stored.has(m, List.of("proj", 2)));
        assertFalse(stored.has(m, List.of("proj", 1)));
        stored.remove(m, List.of("proj", 2));
        assertEquals(0, stored.count(m));
    }

    @DialectTest
    void hooksTrueWithCompositeForeignKey(Sequelize sequelize) {
        defineModels(sequelize);
        HasManyAssociation<Model, Model> roomMeetings = rooms.hasMany(meetings,
                hasMany().as("meetings").onDelete("CASCADE").hooks(true));
        List<Object> destroyed = Collections.synchronizedList(new ArrayList<>());
        meetings.addHook(HookType.BEFORE_DESTROY, event -> destroyed.add(event.instance().get("topic")));
        sequelize.sync();
        Model a1 = rooms.create(Map.of("building", "A", "number", 1));
        Model a2 = rooms.create(Map.of("building", "A", "number", 2));
        roomMeetings.create(a1, Map.of("topic", "x"));
        roomMeetings.create(a1, Map.of("topic", "y"));
        roomMeetings.create(a2, Map.of("topic", "z"));
        a1.destroy();
        assertEquals(List.of("x", "y"), destroyed.stream().sorted().toList(), "one hook per meeting of A-1");
        assertEquals(1, meetings.count());
        assertEquals(1, roomMeetings.count(a2));
    }

    @DialectTest
    void compositeUniqueKeyAsTargetKey(Sequelize sequelize) {
        ModelStatic<Model> countries = sequelize.define("Country", List.of(
                attribute("code", STRING).unique("code_region"), attribute("region", STRING).unique("code_region"),
                attribute("name", STRING)));
        ModelStatic<Model> cityModel = sequelize.define("City", List.of(attribute("name", STRING)));
        BelongsToAssociation<Model, Model> country = cityModel.belongsTo(countries, belongsTo().as("country")
                .foreignKeys("countryCode", "countryRegion").targetKey("code", "region").inverse("cities"));
        sequelize.sync();
        HasManyAssociation<Model, Model> cities = countries.association("cities");
        Model fr = countries.create(Map.of("code", "FR", "region", "EU", "name", "France"));
        Model paris = cities.create(fr, Map.of("name", "Paris"));
        assertEquals("France", country.get(paris).get("name"));
        assertEquals(1, cities.count(fr));
        assertThrows(ForeignKeyConstraintError.class, () -> country.set(paris, List.of("XX", "EU")));
        Model lyon = cityModel.create(Map.of("name", "Lyon"));
        country.set(lyon, fr);
        assertEquals(2, cities.get(List.of(fr), null).get(fr).size());
        fr.destroy();
        assertNull(cityModel.findByPk(paris.get("id")).get("countryCode"), "nullable key: ON DELETE SET NULL");
    }
}
