package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.DATE;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.integration.TypeTesting.values;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.types.TypeLimits;

/**
 * Dates read many times by the same statement come back exactly as the first read gave them. On
 * PostgreSQL a kept statement's rows switch from text to binary after its fifth run, and binary
 * timestamps are decoded by the library; on SQLite the last text parsed is remembered. Both paths get
 * the awkward instants: before 1970 and before 2000 with a fraction (negative offsets round toward the
 * past), the PostgreSQL epoch itself, the Julian–Gregorian switch, the first and last ISO years, years
 * past 9999 and before year 1 where the database has them, and nulls.
 */
class RepeatedDateReadsTest {

    private static final int READS = 8;

    @DialectTest
    void everyReadOfAKeptStatementGivesTheSameInstants(Sequelize sequelize) {
        ModelStatic<Model> model = sequelize.define("dated_row", List.of(attribute("at", DATE(6)), attribute("plain", DATE)),
                ModelOptions.options().timestamps(false));
        model.sync();
        List<Instant> expected = instants(sequelize.dialect().limits());
        for (Instant instant : expected) {
            model.create(values("at", instant, "plain", instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
        }
        for (int read = 1; read <= READS; read++) {
            List<Model> rows = model.findAll(query().order(asc("id")));
            assertEquals(expected.size(), rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Instant want = expected.get(i);
                assertEquals(want, rows.get(i).get("at"), "read " + read + ", row " + i);
                assertEquals(want == null ? null : want.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), rows.get(i).get("plain"),
                        "read " + read + ", row " + i + " (DATE)");
            }
            // The same row by primary key, a statement of its own kept and re-run as often.
            Model first = model.findByPk(rows.get(0).get("id"));
            assertEquals(expected.get(0), first.get("at"), "findByPk, read " + read);
        }
    }

    /** A row never updated holds its creation time twice; the instance keeps one object for both. */
    @DialectTest
    void equalTimestampsOfARowShareOneInstant(Sequelize sequelize) {
        ModelStatic<Model> model = sequelize.define("stamped_row", List.of(attribute("name", org.sequelize4j.DataTypes.STRING)));
        model.sync();
        model.bulkCreate(List.of(values("name", "a"), values("name", "b")));
        Model changed = model.create(values("name", "c"));
        sequelize.getQueryInterface().bulkUpdate(model.tableName(), values("updatedAt", Instant.parse("2030-01-01T00:00:00Z")),
                org.sequelize4j.Op.eq("id", changed.get("id")));
        for (int read = 1; read <= READS; read++) {
            List<Model> rows = model.findAll(query().order(asc("id")));
            for (Model row : rows.subList(0, 2)) {
                assertEquals(row.get("createdAt"), row.get("updatedAt"));
                org.junit.jupiter.api.Assertions.assertSame(row.get("createdAt"), row.get("updatedAt"), "read " + read);
            }
            assertEquals(Instant.parse("2030-01-01T00:00:00Z"), rows.get(2).get("updatedAt"), "read " + read);
            assertEquals(changed.get("createdAt"), rows.get(2).get("createdAt"), "read " + read);
        }
    }

    /**
     * The rows of one bulk insert share their timestamps; read back by a find, a stream or an include,
     * every row's two timestamps are one object, and values that differ in between are still each their own.
     */
    @DialectTest
    void theTimestampsOfABulkInsertAreOneInstantAcrossTheRowsOfARead(Sequelize sequelize) {
        ModelStatic<Model> owners = sequelize.define("batch_owner", List.of(attribute("name", org.sequelize4j.DataTypes.STRING)));
        ModelStatic<Model> items = sequelize.define("batch_item", List.of(attribute("name", org.sequelize4j.DataTypes.STRING)));
        owners.hasMany(items, org.sequelize4j.association.HasManyOptions.hasMany().as("items").foreignKey("ownerId"));
        sequelize.sync(org.sequelize4j.SyncOptions.syncOptions().force(true));
        List<Model> made = owners.bulkCreate(List.of(values("name", "a"), values("name", "b"), values("name", "c"), values("name", "d")));
        items.bulkCreate(List.of(values("name", "x", "ownerId", made.get(0).get("id")),
                values("name", "y", "ownerId", made.get(0).get("id"))));
        for (int read = 1; read <= 3; read++) {
            List<Model> rows = owners.findAll(query().order(asc("id")));
            assertSharedAcross(rows, "findAll, read " + read);
            try (java.util.stream.Stream<Model> stream = owners.stream(query().order(asc("id")))) {
                assertSharedAcross(stream.toList(), "stream, read " + read);
            }
            List<Model> withItems = owners.findAll(query().include(org.sequelize4j.association.IncludeOptions.include("items"))
                    .order(asc("id")));
            assertSharedAcross(withItems, "include, read " + read);
            @SuppressWarnings("unchecked")
            List<Model> children = (List<Model>) withItems.get(0).get("items");
            assertEquals(2, children.size());
            for (Model child : children) {
                org.junit.jupiter.api.Assertions.assertSame(child.get("createdAt"), child.get("updatedAt"), "include, read " + read);
            }
        }
        // Distinct values in between are read as themselves.
        Instant later = Instant.parse("2031-05-06T07:08:09.123Z");
        sequelize.getQueryInterface().bulkUpdate(owners.tableName(), values("updatedAt", later),
                org.sequelize4j.Op.eq("id", made.get(1).get("id")));
        List<Model> rows = owners.findAll(query().order(asc("id")));
        assertEquals(later, rows.get(1).get("updatedAt"));
        for (int i : new int[] {0, 2, 3}) {
            assertEquals(made.get(0).get("createdAt"), rows.get(i).get("updatedAt"), "row " + i);
            org.junit.jupiter.api.Assertions.assertSame(rows.get(i).get("createdAt"), rows.get(i).get("updatedAt"), "row " + i);
        }
        assertEquals(made.get(0).get("createdAt"), rows.get(2).get("createdAt"));
    }

    private static void assertSharedAcross(List<Model> rows, String what) {
        assertEquals(4, rows.size(), what);
        Object first = rows.get(0).get("createdAt");
        for (Model row : rows) {
            org.junit.jupiter.api.Assertions.assertSame(first, row.get("createdAt"), what);
            org.junit.jupiter.api.Assertions.assertSame(first, row.get("updatedAt"), what);
        }
    }

    private static List<Instant> instants(TypeLimits limits) {
        List<Instant> all = new ArrayList<>(List.of(
                Instant.parse("2024-02-29T12:34:56.789654Z"),
                Instant.parse("1969-12-31T23:59:59.999999Z"),
                Instant.parse("1999-12-31T23:59:59.000001Z"),
                Instant.parse("2000-01-01T00:00:00Z"),
                Instant.parse("2000-01-01T00:00:00.000001Z")));
        all.add(null);
        addIfStorable(all, limits, LocalDateTime.of(1582, 10, 4, 23, 59, 59, 999_999_000));
        addIfStorable(all, limits, LocalDateTime.of(1582, 10, 15, 0, 0));
        addIfStorable(all, limits, LocalDateTime.of(1000, 1, 1, 0, 0));
        addIfStorable(all, limits, LocalDateTime.of(1, 1, 1, 0, 0, 0, 1_000));
        addIfStorable(all, limits, LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000));
        addIfStorable(all, limits, LocalDateTime.of(-44, 3, 15, 12, 0));
        addIfStorable(all, limits, LocalDateTime.of(123_456, 7, 8, 9, 10, 11, 12_000));
        return all;
    }

    private static void addIfStorable(List<Instant> all, TypeLimits limits, LocalDateTime time) {
        if (time.getYear() >= limits.minYear() && time.getYear() <= limits.maxYear()) {
            all.add(time.toInstant(ZoneOffset.UTC));
        }
    }
}
