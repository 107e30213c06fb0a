package org.sequelize4j.migrations.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.*;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.association.BelongsToManyOptions.belongsToMany;
import static org.sequelize4j.association.BelongsToOptions.belongsTo;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.migrations.MigratorOptions.migratorOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.DataType;
import org.sequelize4j.IndexOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.migrations.Migrator;
import org.sequelize4j.testing.DialectTest;

/**
 * The key property of the diff: a schema made from the models, by {@code sync()} or by the migration
 * the diff wrote, compares equal to them on every database, for every type the dialect holds and for
 * what associations, keys and indexes add.
 */
class EmptyDiffTest {

    private static final List<DataType> TYPES = List.of(STRING, STRING(20), STRING(16, true), CHAR(5), TEXT,
            TEXT("tiny"), TEXT("medium"), CITEXT, TINYINT, SMALLINT, MEDIUMINT, INTEGER, BIGINT, INTEGER.UNSIGNED(),
            BIGINT.UNSIGNED(), FLOAT, REAL, DOUBLE, DECIMAL, DECIMAL(10, 2), DECIMAL(30, 10), BOOLEAN, DATE, DATE(6),
            DATEONLY, TIME, UUID, JSON, JSONB, BLOB, ENUM("a", "b", "it's"), ARRAY(INTEGER), ARRAY(TEXT));

    @TempDir
    Path folder;

    private static void define(Sequelize sequelize) {
        List<AttributeOptions> attributes = new ArrayList<>();
        for (DataType type : TYPES) {
            if (sequelize.dialect().supportsType(type)) {
                attributes.add(attribute("c" + attributes.size(), type));
            }
        }
        attributes.add(attribute("code", STRING(10)).allowNull(false).defaultValue("none"));
        attributes.add(attribute("rank", INTEGER).defaultValue(-3));
        attributes.add(attribute("active", BOOLEAN).allowNull(false).defaultValue(false));
        attributes.add(attribute("firstName", STRING).unique("fullName"));
        attributes.add(attribute("lastName", STRING).unique("fullName"));
        attributes.add(attribute("note", STRING).comment("a note"));
        List<IndexOptions> indexes = new ArrayList<>(List.of(IndexOptions.index("code", "rank"),
                IndexOptions.index(IndexOptions.field("rank").desc()).name("everything_rank_desc"),
                IndexOptions.index("note").name("everything_note_btree").using("BTREE")));
        if (sequelize.dialect().capabilities().partialIndexes()) {
            indexes.add(IndexOptions.index("code").name("everything_active_code").unique(true)
                    .where(Op.eq("active", true)));
        }
        ModelStatic<Model> everything = sequelize.define("everything", attributes, options().paranoid(true)
                .underscored(true).indexes(indexes.toArray(new IndexOptions[0]))
                .check("everything_rank_range", Op.gt("rank", -100))
                .check("everything_code_in", Op.or(Op.in("code", List.of("none", "it's")), Op.like("code", "x%")))
                .check("everything_rank_not_between", Op.notBetween("rank", 1000, 2000))
                .comment("a table of every kind of column"));
        ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING)));
        ModelStatic<Model> groups = sequelize.define("group", List.of(attribute("name", STRING)));
        everything.belongsTo(users);
        users.hasMany(everything);
        users.belongsToMany(groups, belongsToMany().through("memberships"));
        groups.belongsToMany(users, belongsToMany().through("memberships"));
    }

    @DialectTest
    void syncedTablesCompareEqualToTheirModels(Sequelize sequelize) {
        define(sequelize);
        sequelize.sync();
        SchemaDiff diff = sequelize.schemaDiff();
        assertTrue(diff.isEmpty(), diff.toString());
    }

    @DialectTest
    void theGeneratedMigrationMakesTablesEqualToTheirModels(Sequelize sequelize) {
        define(sequelize);
        SchemaDiff diff = sequelize.schemaDiff();
        assertEquals(4, diff.changes().stream().filter(c -> c instanceof SchemaChange.CreateTable).count(),
                diff.toString());
        diff.writeMigration(folder, "everything");
        Migrator migrator = new Migrator(sequelize, migratorOptions().folder(folder));
        migrator.up();
        SchemaDiff after = sequelize.schemaDiff();
        assertTrue(after.isEmpty(), after + "\n" + diff.upSql());

        migrator.down();
        SchemaDiff fromNothing = sequelize.schemaDiff();
        assertEquals(diff.changes().size(), fromNothing.changes().size(), "down dropped everything up made: "
                + fromNothing);
    }

    /** Rooms keyed by (building, number), meetings referencing them through two composite foreign keys. */
    private static void compositeKeys(Sequelize sequelize) {
        ModelStatic<Model> rooms = sequelize.define("Room", List.of(attribute("building", STRING).primaryKey(true),
                attribute("number", INTEGER).primaryKey(true), attribute("label", STRING)));
        ModelStatic<Model> meetings = sequelize.define("Meeting", List.of(attribute("topic", STRING)));
        rooms.hasMany(meetings, hasMany().as("meetings").inverse("room"));
        meetings.belongsTo(rooms, belongsTo().as("venue").foreignKeys("venueBuilding", "venueNumber"));
    }

    @DialectTest
    void compositeKeysCompareEqualAfterSyncAndAfterTheMigration(Sequelize sequelize) {
        compositeKeys(sequelize);
        SchemaDiff diff = sequelize.schemaDiff();
        diff.writeMigration(folder, "rooms");
        new Migrator(sequelize, migratorOptions().folder(folder)).up();
        SchemaDiff after = sequelize.schemaDiff();
        assertTrue(after.isEmpty(), after + "\n" + diff.upSql());
        sequelize.drop();
        sequelize.sync();
        SchemaDiff synced = sequelize.schemaDiff();
        assertTrue(synced.isEmpty(), synced.toString());
    }
}
