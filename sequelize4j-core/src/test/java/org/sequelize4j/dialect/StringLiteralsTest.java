package org.sequelize4j.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sequelize4j.dialect.mysql.MySqlDialect;
import org.sequelize4j.dialect.postgres.PostgresDialect;
import org.sequelize4j.dialect.sqlite.SqliteDialect;

/**
 * Each dialect reads its own DDL literals back to the string written, so that {@code sync({alter})}
 * compares defaults by value; the spellings the catalogs report are read too.
 */
class StringLiteralsTest {

    private static final List<Dialect> DIALECTS = List.of(new PostgresDialect(), new MySqlDialect(ZoneOffset.UTC),
            new SqliteDialect(ZoneOffset.UTC));

    @Test
    void everyDialectReadsItsOwnLiteralsBackExactly() {
        Random random = new Random(10);
        String alphabet = "ab'\\\"$%_\n\t0x7u";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String value = sb.toString();
            for (Dialect dialect : DIALECTS) {
                assertEquals(value, dialect.stringLiteralValue(dialect.stringLiteral(value)),
                        dialect.name() + ": " + dialect.stringLiteral(value));
            }
        }
    }

    @Test
    void catalogSpellingsAreRead() {
        assertEquals("a\\b", new PostgresDialect().stringLiteralValue("'a\\b'"), "standard strings: backslash is plain");
        assertEquals("A\u00e9\n", StringLiterals.postgresEscape("E'\\x41\\u00e9\\012'"));
        assertEquals("x", StringLiterals.postgresEscape("E'\\x'"), "an escape letter without digits is itself");
        assertEquals("it's \\ \"x\"", new MySqlDialect(ZoneOffset.UTC).stringLiteralValue("'it''s \\\\ \"x\"'"));
        assertEquals("50\\%", StringLiterals.mysql("'50\\%'"), "LIKE's escaped wildcards keep their backslash");
    }

    @Test
    void textThatIsNotOneLiteralIsNotAValue() {
        for (String sql : List.of("'a' || 'b'", "'a'b'", "now()", "'", "")) {
            for (Dialect dialect : DIALECTS) {
                assertNull(dialect.stringLiteralValue(sql), dialect.name() + ": " + sql);
            }
        }
        assertNull(new MySqlDialect(ZoneOffset.UTC).stringLiteralValue("'a\\'"), "the quote is escaped: no end");
    }
}
