package org.sequelize4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code migration:generate --from-models}: the user's model classes, compiled apart from the tool and
 * given with {@code --classpath}, are compared with the database and written as a migration that
 * {@code db:migrate} applies; a second run finds nothing to do, a possible rename is printed as
 * undecided and left out.
 */
class FromModelsCliTest {

    @TempDir
    Path dir;

    private static final String AUTHOR_V1 = """
            package com.example.library;
            import org.sequelize4j.Model;
            import org.sequelize4j.annotations.*;
            @Table(tableName = "authors", timestamps = false)
            public class Author extends Model {
                @Attribute(type = "STRING(60)") @NotNull public String name;
                @Unique public String email;
            }
            """;
    private static final String BOOK_V1 = """
            package com.example.library;
            import org.sequelize4j.Model;
            import org.sequelize4j.annotations.*;
            @Table(tableName = "books", timestamps = false)
            public class Book extends Model {
                @NotNull public String title;
                @Index public Integer year;
                @References(model = Author.class, onDelete = "CASCADE") public Integer authorId;
            }
            """;
    private static final String AUTHOR_V2 = AUTHOR_V1.replace("public String email;",
            "public String email;\n    @Attribute(type = \"STRING(30)\") public String nickname;");
    private static final String BOOK_V2 = BOOK_V1.replace("public String title;", "public String heading;");
    private static final String NOT_A_MODEL = """
            package com.example.library.util;
            public class Helper {
            }
            """;

    private Path compile(String name, String... sources) throws IOException {
        return Javac.compile(dir, name, sources);
    }

    private List<Path> migrations() throws IOException {
        Path folder = dir.resolve("migrations");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private Cli.Result generate(String url, Path classes, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("migration:generate", "--from-models", "--models",
                "com.example.library", "--classpath", classes.toString(), "--url", url));
        args.addAll(List.of(more));
        return Cli.run(dir, args.toArray(new String[0]));
    }

    /** Generates, migrates and generates again: the second run has nothing to do. */
    private void roundTrip(String url) throws Exception {
        Path v1 = compile("v1", AUTHOR_V1, BOOK_V1, NOT_A_MODEL);
        Cli.Result first = generate(url, v1, "--name", "library");
        assertEquals(0, first.code(), first::toString);
        assertTrue(first.out().contains("create table authors"), first::toString);
        assertEquals(2, migrations().size(), first::toString);
        assertTrue(migrations().get(0).getFileName().toString().matches("\\d{14}-library\\.down\\.sql"));

        Cli.Result migrate = Cli.run(dir, "db:migrate", "--url", url);
        assertEquals(0, migrate.code(), migrate::toString);
        assertEquals(Set.of("authors", "books"), Schema.tables(url));

        Cli.Result again = generate(url, v1);
        assertEquals(0, again.code(), again::toString);
        assertTrue(again.out().startsWith("Nothing to do"), again::toString);
        assertEquals(2, migrations().size(), "nothing written");
    }

    @Test
    void generatesMigratesAndFindsNothingLeftOnSqlite() throws Exception {
        String url = "sqlite:" + dir.resolve("app.db");
        roundTrip(url);

        Path v2 = compile("v2", AUTHOR_V2, BOOK_V2);
        Cli.Result second = generate(url, v2, "--name", "nicknames");
        assertEquals(0, second.code(), second::toString);
        assertTrue(second.out().contains("UNDECIDED: POSSIBLE_COLUMN_RENAME books.title -> [heading]"), second::toString);
        assertTrue(second.out().contains("+ add column authors.nickname"), second::toString);
        assertTrue(!second.out().contains("drop column"), "title is not dropped: " + second);
        assertEquals(4, migrations().size());
        assertEquals(0, Cli.run(dir, "db:migrate", "--url", url).code());
        assertEquals(Set.of("authorId", "id", "title", "year"), Schema.columns(url, "books"), "title kept");
        assertTrue(Schema.columns(url, "authors").contains("nickname"));

        Cli.Result renamed = generate(url, v2, "--name", "heading", "--rename", "books.title=heading");
        assertEquals(0, renamed.code(), renamed::toString);
        assertTrue(renamed.out().contains("rename column books.title to heading"), renamed::toString);
        assertEquals(0, Cli.run(dir, "db:migrate", "--url", url).code());
        assertEquals(Set.of("authorId", "heading", "id", "year"), Schema.columns(url, "books"));
        assertTrue(generate(url, v2).out().startsWith("Nothing to do"));
    }

    @Test
    void usageAndDatabaseErrorsHaveTheirExitCodes() throws Exception {
        Path v1 = compile("v1", AUTHOR_V1, BOOK_V1);
        String url = "sqlite:" + dir.resolve("app.db");
        Cli.Result noModels = Cli.run(dir, "migration:generate", "--from-models", "--url", url);
        assertEquals(2, noModels.code(), noModels::toString);
        assertTrue(noModels.err().contains("--models"), noModels::toString);

        Cli.Result unknown = Cli.run(dir, "migration:generate", "--from-models", "--models", "com.example.nothing",
                "--classpath", v1.toString(), "--url", url);
        assertEquals(2, unknown.code(), unknown::toString);
        assertTrue(unknown.err().contains("com.example.nothing"), unknown::toString);

        Cli.Result missingPath = Cli.run(dir, "migration:generate", "--from-models", "--models", "com.example.library",
                "--classpath", dir.resolve("nowhere").toString(), "--url", url);
        assertEquals(2, missingPath.code(), missingPath::toString);

        Cli.Result badRename = generate(url, v1, "--rename", "books.title");
        assertEquals(2, badRename.code(), badRename::toString);

        Cli.Result down = generate("postgres://postgres@127.0.0.1:1/none", v1);
        assertEquals(1, down.code(), down::toString);
        assertEquals(List.of(), migrations(), "nothing written");

        Cli.Result noName = Cli.run(dir, "migration:generate", "--url", url);
        assertEquals(2, noName.code(), "--name stays required without --from-models: " + noName);
    }

    @ParameterizedTest
    @EnumSource(Servers.class)
    void generatesMigratesAndFindsNothingLeftOnServers(Servers server) throws Exception {
        server.prepare();
        roundTrip(server.url());
        Cli.Result undo = Cli.run(dir, "db:migrate:undo", "--url", server.url());
        assertEquals(0, undo.code(), undo::toString);
        assertEquals(Set.of(), Schema.tables(server.url()), "the down migration drops both tables");
    }
}
