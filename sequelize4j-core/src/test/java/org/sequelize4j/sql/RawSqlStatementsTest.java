package org.sequelize4j.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.sequelize4j.errors.QueryError;

/** Where the raw-query scanner sees the end of a statement, without a database. */
class RawSqlStatementsTest {

    private static String prepare(String sql, RawSyntax syntax) {
        return RawSql.prepare(sql, null, null, null, null, v -> new SqlExpr.Param(v, null), syntax).sql();
    }

    @Test
    void triggerAndProcedureBodiesAreOneStatement() {
        String trigger = "CREATE TRIGGER t AFTER INSERT ON x BEGIN UPDATE x SET a = CASE WHEN b THEN 1 ELSE 2 END;"
                + " DELETE FROM y; END;";
        assertEquals(trigger.substring(0, trigger.length() - 1), prepare(trigger, RawSyntax.STANDARD));
        String procedure = "CREATE PROCEDURE p() BEGIN IF 1 THEN SELECT 1; END IF; CASE WHEN 1 THEN SELECT 2;"
                + " END CASE; END";
        assertEquals(procedure, prepare(procedure, new RawSyntax(true, true, false, false)));
        assertThrows(QueryError.class, () -> prepare(trigger + " DROP TABLE x", RawSyntax.STANDARD));
        assertThrows(QueryError.class, () -> prepare("BEGIN; DELETE FROM x; END", RawSyntax.STANDARD));
        assertThrows(QueryError.class, () -> prepare("SELECT 1; # comment\nSELECT 2", new RawSyntax(true, true, false,
                false)));
        assertEquals("SELECT 1", prepare("SELECT 1; # comment\n", new RawSyntax(true, true, false, false)));
    }

    @Test
    void literalsAreChecked() {
        RawSql.checkLiteral("a = ':x' AND b::text = '?'", RawSyntax.STANDARD);
        assertThrows(QueryError.class, () -> RawSql.checkLiteral("a = :x", RawSyntax.STANDARD));
        assertThrows(QueryError.class, () -> RawSql.checkLiteral("a = @x", new RawSyntax(false, false, true, false)));
        RawSql.checkLiteral("data ?? 'key'", new RawSyntax(false, false, false, true));
    }
}
