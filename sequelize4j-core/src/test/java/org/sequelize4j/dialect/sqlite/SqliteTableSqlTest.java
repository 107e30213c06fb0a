package org.sequelize4j.dialect.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sequelize4j.Sequelize;
import org.sequelize4j.dialect.DdlPlan;
import org.sequelize4j.sql.TableRef;

/**
 * The reading of stored CREATE TABLE statements that SQLite table rebuilds rest on, and the rebuild
 * that stands in for RENAME COLUMN on SQLite before 3.25 (which the bundled SQLite is not, so it is
 * run here directly), on a real SQLite database.
 */
class SqliteTableSqlTest {

    private static final String AWKWARD = "CREATE TABLE \"we\"\"ird\" (\n"
            + "  \"id\" INTEGER PRIMARY KEY AUTOINCREMENT,\n"
            + "  [name] VARCHAR(255) NOT NULL DEFAULT 'a, (b)' COLLATE NOCASE,\n"
            + "  `owner` INTEGER CONSTRAINT \"owner_fk\" REFERENCES \"people\" (\"id\") ON DELETE SET NULL"
            + " ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED,\n"
            + "  score REAL CHECK (score > 0 AND score < 10) DEFAULT NULL, -- a comment, with a comma\n"
            + "  total INTEGER GENERATED ALWAYS AS (score * 2) VIRTUAL,\n"
            + "  CONSTRAINT \"u1\" UNIQUE (\"name\", owner),\n"
            + "  FOREIGN KEY (score) REFERENCES other (x) /* , not an element */,\n"
            + "  CHECK (length(name) > 0)\n"
            + ") STRICT";

    @Test
    void aStoredDefinitionIsTakenApartIntoItsElements() {
        SqliteTableSql sql = SqliteTableSql.parse(AWKWARD);
        assertEquals(List.of("id", "name", "owner", "score", "total"),
                sql.columns().stream().map(SqliteTableSql.Column::name).toList());
        assertEquals(8, sql.elements().size());
        assertEquals(" STRICT", sql.tail());

        SqliteTableSql.Column name = sql.column("NAME");
        assertEquals("VARCHAR(255)", name.type());
        assertEquals(List.of("NOT", "DEFAULT", "COLLATE"), name.clauses().stream().map(SqliteTableSql.Clause::kind).toList());
        assertEquals("DEFAULT 'a, (b)'", name.clause("DEFAULT").text());

        SqliteTableSql.Column owner = sql.column("owner");
        SqliteTableSql.Clause reference = owner.clause("REFERENCES");
        assertEquals("owner_fk", reference.name());
        assertTrue(reference.text().endsWith("DEFERRABLE INITIALLY DEFERRED"), reference.text());
        assertEquals(1, owner.clauses().size(), "SET NULL and NO ACTION stay inside the reference");

        SqliteTableSql.Column score = sql.column("score");
        assertEquals("REAL", score.type());
        assertEquals(List.of("CHECK", "DEFAULT"), score.clauses().stream().map(SqliteTableSql.Clause::kind).toList());
        assertTrue(sql.column("total").generated());
        assertFalse(score.generated());

        SqliteTableSql.TableConstraint unique = (SqliteTableSql.TableConstraint) sql.elements().get(5);
        assertEquals("u1", unique.name());
        assertEquals("UNIQUE", unique.kind());
        assertEquals(List.of("name", "owner"), unique.columns());
        SqliteTableSql.TableConstraint fk = (SqliteTableSql.TableConstraint) sql.elements().get(6);
        assertNull(fk.name());
        assertEquals("FOREIGN", fk.kind());
        assertTrue(fk.mentions("score"));
        assertFalse(fk.mentions("x"), "the referenced table's columns are not this table's");
        assertTrue(((SqliteTableSql.TableConstraint) sql.elements().get(7)).mentions("name"));

        // Put back together, the definition reads the same.
        SqliteTableSql again = SqliteTableSql.parse(sql.createStatement("\"copy\""));
        assertEquals(sql.elements().stream().map(SqliteTableSql.Element::text).toList(),
                again.elements().stream().map(SqliteTableSql.Element::text).toList());
    }

    @Test
    void indexStatementsAreRead() {
        String index = "CREATE UNIQUE INDEX \"i\" ON \"t\" (\"a\" COLLATE NOCASE DESC, lower(b)) WHERE c IS NOT NULL";
        assertEquals(List.of("\"a\" COLLATE NOCASE DESC", "lower(b)"), SqliteIndexSql.keys(index));
        assertEquals("c IS NOT NULL", SqliteIndexSql.where(index));
        assertTrue(SqliteIndexSql.mentions(index, "B"));
        assertFalse(SqliteIndexSql.mentions(index, "i"), "the index's own name is no column");
        assertEquals("CREATE UNIQUE INDEX \"i\" ON \"t\" (\"a\" COLLATE NOCASE DESC, lower(\"bee\")) WHERE c IS NOT NULL",
                SqliteIndexSql.renameColumn(index, "b", "\"bee\""));
    }

    private static void run(Statement st, String... sql) throws SQLException {
        for (String s : sql) {
            st.execute(s);
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    @Test
    void renameColumnByRebuildCarriesEveryUseOfTheColumn() throws SQLException {
        try (Sequelize sequelize = new Sequelize("sqlite::memory:");
             Connection c = sequelize.dataSource().getConnection(); Statement st = c.createStatement()) {
            run(st, "CREATE TABLE \"people\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT, \"nick\" TEXT NOT NULL"
                            + " CHECK (length(\"nick\") > 1), \"boss\" INTEGER REFERENCES \"people\" (\"id\"),"
                            + " CONSTRAINT \"people_nick_unique\" UNIQUE (\"nick\"))",
                    "CREATE TABLE \"notes\" (\"personId\" INTEGER REFERENCES \"people\" (\"id\") ON DELETE CASCADE, \"nick\" TEXT)",
                    "CREATE INDEX \"people_by_nick\" ON \"people\" (\"nick\" DESC) WHERE \"nick\" <> 'x'",
                    "CREATE TRIGGER \"people_touch\" AFTER UPDATE OF \"nick\" ON \"people\" BEGIN"
                            + " UPDATE \"notes\" SET \"nick\" = NEW.\"nick\" WHERE \"personId\" = NEW.\"id\"; END",
                    "INSERT INTO \"people\" (\"nick\", \"boss\") VALUES ('ada', NULL), ('bob', 1)",
                    "INSERT INTO \"notes\" VALUES (2, 'bob')",
                    "DELETE FROM \"people\" WHERE 0");
            SqliteSchemaEditor editor = (SqliteSchemaEditor) sequelize.dialect().schemaEditor();
            DdlPlan plan = editor.renameColumnByRebuild(c, new TableRef(null, "people", null), "nick", "handle");
            assertEquals(List.of("PRAGMA foreign_keys = OFF"), plan.beforeTransaction());
            run(st, plan.beforeTransaction().toArray(new String[0]));
            c.setAutoCommit(false);
            run(st, plan.statements().toArray(new String[0]));
            c.commit();
            c.setAutoCommit(true);
            run(st, plan.afterTransaction().toArray(new String[0]));

            assertEquals(List.of("id", "handle", "boss"), strings(c, "SELECT name FROM pragma_table_info('people')"));
            assertEquals(List.of("ada", "bob"), strings(c, "SELECT \"handle\" FROM \"people\" ORDER BY \"id\""));
            assertEquals(List.of("handle"), strings(c, "SELECT name FROM pragma_index_info('people_by_nick')"));
            String table = strings(c, "SELECT sql FROM sqlite_master WHERE name = 'people'").get(0);
            assertTrue(table.contains("CHECK (length(\"handle\") > 1)"), table);
            assertTrue(table.contains("UNIQUE (\"handle\")"), table);
            assertTrue(table.contains("REFERENCES \"people\" (\"id\")"), table);
            // The trigger follows: updating the renamed column reaches the notes.
            run(st, "UPDATE \"people\" SET \"handle\" = 'robert' WHERE \"id\" = 2");
            assertEquals(List.of("robert"), strings(c, "SELECT \"nick\" FROM \"notes\""));
            assertEquals(List.of("1"), strings(c, "PRAGMA foreign_keys"));
            assertEquals(List.of(), strings(c, "SELECT \"table\" FROM pragma_foreign_key_check"));
            // The foreign key of notes still holds.
            run(st, "DELETE FROM \"people\" WHERE \"id\" = 2");
            assertEquals(List.of(), strings(c, "SELECT \"nick\" FROM \"notes\""));
        }
    }
}
