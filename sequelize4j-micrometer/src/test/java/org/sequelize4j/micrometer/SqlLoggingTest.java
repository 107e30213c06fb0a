package org.sequelize4j.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;

/**
 * What SLF4J receives, read back from the file slf4j-simple writes in this module's tests (see the
 * pom: {@code org.sequelize4j.sql.select} at DEBUG, {@code org.sequelize4j.sql.insert} at INFO).
 */
class SqlLoggingTest {

    private static final Path LOG = Path.of(System.getProperty("org.slf4j.simpleLogger.logFile", "target/sql-log.txt"));

    /**
     * A model name no other run uses, ending in a word whose plural only appends: the table is named by
     * the plural, and a random hex ending such as "fe" would become "ves" and no longer match.
     */
    private static String uniqueModelName() {
        return "log_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "_row";
    }

    private static List<String> linesWith(String marker) throws IOException {
        return Files.readAllLines(LOG, StandardCharsets.UTF_8).stream().filter(l -> l.contains(marker)).toList();
    }

    @Test
    void readsAreLoggedUnderTheirTypesLoggerWithDurationAndRows() throws IOException {
        // A table name of its own, so that the lines of this run are told apart from any other.
        String table = uniqueModelName();
        try (Sequelize sequelize = new Sequelize("sqlite::memory:")) {
            ModelStatic<Model> rows = sequelize.define(table, List.of(attribute("secret", STRING)));
            sequelize.sync();
            rows.create(Map.of("secret", "do-not-log-me"));
            rows.create(Map.of("secret", "nor-me"));
            assertEquals(1, rows.findAll(query().where(eq("secret", "nor-me"))).size());
            assertEquals(2, rows.findAll().size());
        }
        List<String> selects = linesWith(table);
        assertFalse(selects.isEmpty(), "no line for " + table + " in " + LOG);
        assertTrue(selects.stream().allMatch(l -> l.contains("org.sequelize4j.sql.select")), selects.toString());
        assertTrue(selects.stream().allMatch(l -> l.contains("DEBUG")), selects.toString());
        assertTrue(selects.stream().anyMatch(l -> l.matches(".*Executed \\(default\\): SELECT .* Elapsed time: "
                + "\\d+\\.\\d{3}ms, rows: 2$")), selects.toString());
        assertTrue(selects.stream().anyMatch(l -> l.endsWith("rows: 1")), selects.toString());
        // Inserts are at INFO here, so not written; values are never written without logQueryParameters.
        assertTrue(linesWith("do-not-log-me").isEmpty());
        assertTrue(selects.stream().noneMatch(l -> l.contains("INSERT") || l.contains("nor-me")), selects.toString());
    }

    @Test
    void boundValuesAreLoggedOnlyWhenAskedFor() throws IOException {
        String table = uniqueModelName();
        try (Sequelize sequelize = new Sequelize("sqlite::memory:", o -> o.logQueryParameters(true))) {
            ModelStatic<Model> rows = sequelize.define(table, List.of(attribute("label", STRING)));
            sequelize.sync();
            rows.findAll(query().where(eq("label", "visible-value")));
        }
        List<String> selects = linesWith(table);
        assertTrue(selects.stream().anyMatch(l -> l.contains("; [visible-value]") && l.endsWith("rows: 0")),
                selects.toString());
    }
}
