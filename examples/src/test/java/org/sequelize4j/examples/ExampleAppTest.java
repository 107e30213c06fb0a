package org.sequelize4j.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The example application runs every scenario on embedded SQLite and reports what the seed documents say. */
class ExampleAppTest {

    @Test
    void runsEveryScenarioOnSqlite() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ExampleApp.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        original.print(out);
        assertTrue(out.contains("employee.get(\"name\")  = John Doe (SENIOR ENGINEER)"), out);
        assertTrue(out.contains("employee.get(\"title\") = SENIOR ENGINEER"), out);
        assertTrue(out.contains("bothCoordsOrNone=[Require either both latitude and longitude or neither]"), out);
        assertTrue(out.contains("Person is stored in: People"), out);
        assertTrue(out.contains("second writer was stale"), out);
        assertTrue(out.contains("the transaction rolled back (changed my mind): 1 member"), out);
        assertTrue(out.contains("load(all comments): targets [Post#1, Post#1, Project#1]"), out);
        assertTrue(out.contains("findAndCountAll(include posts required): count = 2 users"), out);
        assertTrue(out.contains("Bowler is stored in Bowlers: [id, name, battingAverage, bowlingAverage, createdAt, updatedAt]"), out);
        assertTrue(out.contains("Player's beforeSave hook trimmed the names: [Pelé], [Warne]"), out);
        assertTrue(out.contains("a comment on missing article 999 fails: ForeignKeyConstraintError"), out);
        assertTrue(out.contains("applied: [20261201090000-create-releases, 20261202100000-add-codename]"), out);
        assertTrue(out.contains("undone: [20261202100000-add-codename]"), out);
        assertTrue(out.contains("All scenarios ran."), out);
    }
}
