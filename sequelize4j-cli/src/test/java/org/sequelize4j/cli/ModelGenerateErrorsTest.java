package org.sequelize4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** model:generate refuses bad input with exit code 2 and writes nothing, or both files. */
class ModelGenerateErrorsTest {

    @TempDir
    Path dir;

    private Cli.Result generate(String attributes, String... more) throws Exception {
        String[] args = new String[5 + more.length];
        args[0] = "model:generate";
        args[1] = "--name";
        args[2] = "User";
        args[3] = "--attributes";
        args[4] = attributes;
        System.arraycopy(more, 0, args, 5, more.length);
        return Cli.run(dir, args);
    }

    private void assertRefused(Cli.Result result, String... fragments) {
        assertEquals(2, result.code(), result::toString);
        for (String fragment : fragments) {
            assertTrue(result.err().contains(fragment), () -> "mentions " + fragment + ": " + result);
        }
        assertFalse(Files.exists(dir.resolve("src")), "no model class written");
        assertFalse(Files.exists(dir.resolve("migrations")), "no migration written");
    }

    @Test
    void unknownTypesAndBadNamesNameTheAttribute() throws Exception {
        assertRefused(generate("name:string,age:integr", "--dialect", "sqlite"), "attribute 'age'", "'integr'", "dateonly");
        assertRefused(generate("name:string,Name:text", "--dialect", "sqlite"), "'Name' is given twice");
        assertRefused(generate("1st:string", "--dialect", "sqlite"), "'1st' is not a usable attribute name");
        assertRefused(generate("class:string", "--dialect", "sqlite"), "'class'");
        assertRefused(generate("name", "--dialect", "sqlite"), "'name' has no type");
        assertRefused(generate("id:integer", "--dialect", "sqlite"), "'id' is added by model:generate");
        assertRefused(generate("state:enum", "--dialect", "sqlite"), "enum attribute 'state' needs its values");
        assertRefused(generate("state:enum:{a,a}", "--dialect", "sqlite"), "lists 'a' twice");
        assertRefused(generate("tags:array:enum", "--dialect", "sqlite"), "array attribute 'tags'");
        assertRefused(generate("age:integer:11", "--dialect", "sqlite"), "attribute 'age'");
        assertRefused(generate("firstName:string,first_name:string", "--dialect", "sqlite", "--underscored"),
                "first_name");
        assertRefused(Cli.run(dir, "model:generate", "--name", "class", "--attributes", "a:string", "--dialect", "sqlite"),
                "--name 'class'");
        assertRefused(generate("name:string", "--dialect", "sqlite", "--package", "com..x"), "--package 'com..x'");
        assertRefused(Cli.run(dir, "model:generate", "--name", "String", "--attributes", "a:string", "--dialect", "sqlite"),
                "would shadow the class String");
    }

    @Test
    void sqlNeedsADialect() throws Exception {
        assertRefused(generate("name:string"), "--dialect", "No database URL");
        assertRefused(generate("profile:jsonb", "--dialect", "sqlite"), "attribute 'profile'", "JSONB", "sqlite");
        Cli.Result mariadb = generate("profile:jsonb", "--dialect", "mariadb");
        assertEquals(2, mariadb.code(), mariadb::toString);
    }

    @Test
    void theConfiguredDatabaseGivesTheDialectWithoutBeingContacted() throws Exception {
        // Nothing listens on port 1: the tool must not connect to render the SQL.
        Map<String, String> env = Map.of("DATABASE_URL", "mariadb://root@127.0.0.1:1/nowhere");
        Cli.Result configured = Cli.run(dir, env, "model:generate", "--name", "User", "--attributes", "name:string");
        assertEquals(0, configured.code(), configured::toString);
        Cli.Result overridden = Cli.run(dir, env, "model:generate", "--name", "Team", "--attributes", "name:string",
                "--dialect", "postgres");
        assertEquals(0, overridden.code(), overridden::toString);
        List<String> files = ModelGenerateCliTest.list(dir.resolve("migrations"));
        String user = files.stream().filter(f -> f.endsWith("-create-user.up.sql")).findFirst().orElseThrow();
        String team = files.stream().filter(f -> f.endsWith("-create-team.up.sql")).findFirst().orElseThrow();
        assertTrue(Files.readString(dir.resolve("migrations").resolve(user)).contains("CREATE TABLE IF NOT EXISTS `Users`"));
        assertTrue(Files.readString(dir.resolve("migrations").resolve(team)).contains("CREATE TABLE IF NOT EXISTS \"Teams\""));
    }

    @Test
    void anExistingModelIsKeptUnlessForced() throws Exception {
        Path model = Files.createDirectories(dir.resolve("src/main/java")).resolve("User.java");
        Files.writeString(model, "// hand-written\n");
        Cli.Result refused = generate("name:string", "--dialect", "sqlite");
        assertEquals(2, refused.code(), refused::toString);
        assertTrue(refused.err().contains("User.java already exists; nothing was written"), refused::toString);
        assertEquals("// hand-written\n", Files.readString(model));
        assertFalse(Files.exists(dir.resolve("migrations")), "no migration without its model");

        Cli.Result forced = generate("name:string", "--dialect", "sqlite", "--force");
        assertEquals(0, forced.code(), forced::toString);
        assertTrue(Files.readString(model).contains("public class User extends Model"), "overwritten");
        assertEquals(2, ModelGenerateCliTest.list(dir.resolve("migrations")).size());
        assertTrue(forced.out().contains("(table Users, 1 attribute plus id, createdAt, updatedAt)"), forced::toString);
    }
}
