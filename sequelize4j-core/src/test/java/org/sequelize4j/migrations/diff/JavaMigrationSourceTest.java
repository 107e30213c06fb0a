package org.sequelize4j.migrations.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.migrations.MigratorOptions.migratorOptions;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.migrations.Migration;
import org.sequelize4j.migrations.Migrator;
import org.sequelize4j.testing.DialectTest;

/**
 * The diff written as a Java migration calling the QueryInterface: compiled as a user's build would,
 * run by the {@code Migrator}, it leaves the diff empty, and its {@code down} returns to the schema
 * before.
 */
class JavaMigrationSourceTest {

    @TempDir
    Path dir;

    private final List<Migration> migrations = new ArrayList<>();

    /** Compiles the source of {@code com.example.db.NAME} and adds an instance to the migrations run. */
    private void compileAndAdd(String className, String source) throws Exception {
        Path file = Files.createDirectories(dir.resolve("src/com/example/db")).resolve(className + ".java");
        Files.writeString(file, source);
        Path out = Files.createDirectories(dir.resolve("classes-" + className));
        int code = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(), "-cp",
                System.getProperty("java.class.path"), file.toString());
        assertEquals(0, code, "the generated source compiles:\n" + source);
        URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader());
        migrations.add((Migration) loader.loadClass("com.example.db." + className).getConstructor().newInstance());
    }

    private Migrator migrator(Sequelize sequelize) {
        return new Migrator(sequelize, migratorOptions().migrations(migrations));
    }

    @DialectTest
    void generatedJavaMigrationsRunBothWays(Sequelize sequelize) throws Exception {
        DiffFixtures.version1(sequelize);
        compileAndAdd("M20260101_V1", sequelize.schemaDiff().javaMigration("com.example.db", "M20260101_V1"));
        migrator(sequelize).up();
        SchemaDiff afterV1 = sequelize.schemaDiff();
        assertTrue(afterV1.isEmpty(), afterV1.toString());
        Object owner = sequelize.model("owner").create(Map.of("name", "Ada")).get("id");
        sequelize.model("gadget").create(Map.of("name", "g1", "ownerId", owner));

        DiffFixtures.version2(sequelize);
        String source = sequelize.schemaDiff().javaMigration("com.example.db", "M20260102_V2");
        assertTrue(source.contains("qi.addColumn(\"gadgets\", \"nickname\""), source);
        compileAndAdd("M20260102_V2", source);
        assertEquals(List.of("M20260102_V2"), migrator(sequelize).up());
        SchemaDiff afterV2 = sequelize.schemaDiff();
        assertTrue(afterV2.isEmpty(), afterV2 + "\n" + source);
        assertEquals("g1", sequelize.model("gadget").findOne(FindOptions.query()).get("name"));

        assertEquals(List.of("M20260102_V2"), migrator(sequelize).down());
        DiffFixtures.version1(sequelize);
        assertEquals(List.of("CreateTable tags"), DiffFixtures.summary(sequelize.schemaDiff()),
                "version 1 again, but for the tag model that stays defined");
        assertEquals(1, sequelize.model("gadget").count());
    }

    @DialectTest
    void badClassNamesAreRefused(Sequelize sequelize) {
        DiffFixtures.version1(sequelize);
        SchemaDiff diff = sequelize.schemaDiff();
        SequelizeException e = assertThrows(SequelizeException.class, () -> diff.javaMigration("com.example", "Not-A-Name"));
        assertTrue(e.getMessage().contains("Not-A-Name"), e.getMessage());
    }
    /** Notes with a comment, a check on {@code rank} up to {@code max} and an index with a method or type. */
    private static void notes(Sequelize sequelize, int max, String comment) {
        org.sequelize4j.IndexOptions index = org.sequelize4j.IndexOptions.index("title").name("notes_title");
        index = sequelize.dialect().ddl().indexProblem(false, null, "FULLTEXT") == null ? index.type("FULLTEXT")
                : index.using("HASH");
        sequelize.define("note", List.of(org.sequelize4j.AttributeOptions.attribute("title",
                org.sequelize4j.DataTypes.STRING(80)), org.sequelize4j.AttributeOptions.attribute("rank",
                org.sequelize4j.DataTypes.INTEGER)), org.sequelize4j.ModelOptions.options().timestamps(false)
                .comment(comment).indexes(index).check("notes_rank", org.sequelize4j.Op.lte("rank", max)));
    }

    @DialectTest
    void checkConditionsCommentsAndIndexMethodsInJava(Sequelize sequelize) throws Exception {
        notes(sequelize, 10, "first");
        compileAndAdd("M20260201_V1", sequelize.schemaDiff().javaMigration("com.example.db", "M20260201_V1"));
        migrator(sequelize).up();
        assertTrue(sequelize.schemaDiff().isEmpty(), sequelize.schemaDiff().toString());

        notes(sequelize, 20, "second");
        String source = sequelize.schemaDiff().javaMigration("com.example.db", "M20260202_V2");
        assertTrue(source.contains("qi.removeConstraint(\"notes\", \"notes_rank\")"), source);
        assertEquals(sequelize.dialect().capabilities().comments(),
                source.contains("qi.changeTableComment(\"notes\", \"second\")"), source);
        compileAndAdd("M20260202_V2", source);
        migrator(sequelize).up();
        assertTrue(sequelize.schemaDiff().isEmpty(), sequelize.schemaDiff() + "\n" + source);
        sequelize.model("note").create(Map.of("title", "t", "rank", 15));

        sequelize.model("note").destroy(org.sequelize4j.DestroyOptions.where(org.sequelize4j.Op.gt("rank", 10)));
        migrator(sequelize).down();
        notes(sequelize, 10, "first");
        assertTrue(sequelize.schemaDiff().isEmpty(), "down restored check and comment: " + sequelize.schemaDiff());
    }
}

