package org.sequelize4j.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.sequelize4j.dialect.SchemaComparison.CheckMatch;
import org.sequelize4j.dialect.mysql.MariaDbDialect;
import org.sequelize4j.dialect.mysql.MySqlDialect;
import org.sequelize4j.dialect.postgres.PostgresDialect;
import org.sequelize4j.dialect.sqlite.SqliteDialect;

/**
 * Check conditions as a model renders them against what each catalog returned for them (taken from
 * PostgreSQL 16 and MariaDB 11; the MySQL 8 spellings from its documentation), without a database.
 */
class CheckConditionComparisonTest {

    private static CheckMatch postgres(String model, String live) {
        return new PostgresDialect().schemaEditor().comparison().compareCheck(model, live);
    }

    private static CheckMatch maria(String model, String live) {
        return new MariaDbDialect(ZoneOffset.UTC).schemaEditor().comparison().compareCheck(model, live);
    }

    @Test
    void postgresRewritesCompareEqual() {
        assertEquals(CheckMatch.SAME, postgres("\"age\" BETWEEN 1 AND 150", "age >= 1 AND age <= 150"));
        assertEquals(CheckMatch.SAME, postgres("\"age\" NOT BETWEEN 200 AND 300", "age < 200 OR age > 300"));
        assertEquals(CheckMatch.SAME, postgres("\"state\" IN ('a', 'b''c')",
                "state::text = ANY (ARRAY['a'::character varying, 'b''c'::character varying]::text[])"));
        assertEquals(CheckMatch.SAME, postgres("\"age\" NOT IN (3, 4)", "age <> ALL (ARRAY[3, 4])"));
        assertEquals(CheckMatch.SAME, postgres("\"state\" LIKE 'x%' ESCAPE '!'",
                "state::text ~~ like_escape('x%'::text, '!'::text)"));
        assertEquals(CheckMatch.SAME, postgres("\"state\" NOT LIKE '%y'", "state::text !~~ '%y'::text"));
        assertEquals(CheckMatch.SAME, postgres("\"age\" > -100", "age > '-100'::integer"));
        assertEquals(CheckMatch.SAME, postgres("((\"age\" >= 0 AND \"age\" <= 10) OR \"age\" IS NULL)",
                "age >= 0 AND age <= 10 OR age IS NULL"));
        assertEquals(CheckMatch.SAME, postgres("\"at\" > '2020-01-02T03:04:05Z'",
                "at > '2020-01-02 03:04:05+00'::timestamp with time zone"));
        assertEquals(CheckMatch.SAME, postgres("\"label\" != E'\\\\''; DROP TABLE victims; --'",
                "label::text <> '\\''; DROP TABLE victims; --'::text"));
    }

    @Test
    void postgresChangesAreFound() {
        assertEquals(CheckMatch.CHANGED, postgres("\"age\" >= 18", "age >= 0"));
        assertEquals(CheckMatch.CHANGED, postgres("\"age\" >= 0", "age > 0"));
        assertEquals(CheckMatch.CHANGED, postgres("\"state\" IN ('a', 'b')", "state::text = ANY (ARRAY['a'::text])"));
        assertEquals(CheckMatch.UNDECIDED, postgres("\"age\" >= 0 OR \"age\" IS NULL", "age >= 0"));
    }

    @Test
    void mariaDbRewritesCompareEqual() {
        assertEquals(CheckMatch.SAME, maria("NOT (`age` = 5)", "`age` <> 5"));
        assertEquals(CheckMatch.SAME, maria("NOT (`age` > 500)", "`age` <= 500"));
        assertEquals(CheckMatch.SAME, maria("`state` IN ('a', 'b''c')", "`state` in ('a','b\\'c')"));
        assertEquals(CheckMatch.SAME, maria("(`state` = 'a' OR (`age` != 7 AND `price` IS NOT NULL))",
                "`state` = 'a' or `age` <> 7 and `price` is not null"));
        assertEquals(CheckMatch.SAME, maria("LOWER(`state`) LIKE LOWER('q%')", "lcase(`state`) like lcase('q%')"));
        assertEquals(CheckMatch.CHANGED, maria("`age` > 1", "`age` > 0"));
    }

    @Test
    void mySqlCharacterSetIntroducersAreNoOperands() {
        SchemaComparison mysql = new MySqlDialect(ZoneOffset.UTC).schemaEditor().comparison();
        assertEquals(CheckMatch.SAME, mysql.compareCheck("`state` IN ('a', 'b')", "(`state` in (_utf8mb4'a',_utf8mb4'b'))"));
    }

    @Test
    void sqliteKeepsTheTextAndStillFindsChanges() {
        SchemaComparison sqlite = new SqliteDialect(ZoneOffset.UTC).schemaEditor().comparison();
        assertEquals(CheckMatch.SAME, sqlite.compareCheck("\"age\" > 0", "\"age\" > 0"));
        assertEquals(CheckMatch.CHANGED, sqlite.compareCheck("\"age\" > 0", "\"age\" > 1"));
    }
}
