package org.sequelize4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code migration:generate --name NAME}: writes an empty {@code TIMESTAMP-NAME.up.sql}/{@code .down.sql}
 * pair; with {@code --from-models}, the pair that brings the database to what the model classes declare.
 */
@Command(name = "migration:generate", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  sequelize4j migration:generate --name create-users",
                "  sequelize4j migration:generate --name add-teams --migrations-path db/mig"},
        description = "Writes TIMESTAMP-NAME.up.sql and TIMESTAMP-NAME.down.sql into the migrations folder.")
final class GenerateCommand implements Callable<Integer> {

    /** sequelize-cli's prefix, in UTC so that names sort the same for every developer. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--name", paramLabel = "NAME",
            description = "What the migration does, e.g. create-users (letters, digits, - _ .); required"
                    + " unless --from-models, where it defaults to from-models")
    String name;

    @Mixin
    FromModelsOptions fromModels;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (fromModels.fromModels) {
            String migration = name == null ? "from-models" : name;
            if (!NAME.matcher(migration).matches()) {
                throw new ConfigError("--name '" + migration + "' must be letters, digits, '-', '_' or '.', starting"
                        + " with a letter or digit: it becomes part of two file names");
            }
            return FromModelsGenerator.generate(fromModels, Settings.resolve(connection, System.getenv()),
                    connection.migrationsPath, migration, spec.commandLine().getOut());
        }
        if (name == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--name=NAME'");
        }
        write(connection.migrationsPath, name, "Migration", spec.commandLine().getOut());
        return Main.OK;
    }

    /** Writes the empty pair {@code TIMESTAMP-NAME.up.sql}/{@code .down.sql} into a folder, creating it. */
    static void write(Path folder, String name, String kind, PrintWriter out) throws IOException {
        if (!NAME.matcher(name).matches()) {
            throw new ConfigError("--name '" + name + "' must be letters, digits, '-', '_' or '.', starting"
                    + " with a letter or digit: it becomes part of two file names");
        }
        Files.createDirectories(folder);
        String full = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP) + "-" + name;
        Path up = folder.resolve(full + ".up.sql");
        Path down = folder.resolve(full + ".down.sql");
        try {
            Files.writeString(up, template(full, "up", "make the change"), StandardOpenOption.CREATE_NEW);
            Files.writeString(down, template(full, "down", "undo what " + full + ".up.sql does"),
                    StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new ConfigError(kind + " file " + e.getFile() + " already exists; wait a second or pick"
                    + " another name", e);
        }
        out.println("Created " + up);
        out.println("Created " + down);
        out.println(kind + " " + full + " is ready: write its statements into both files, then run "
                + (kind.equals("Seeder") ? "db:seed --seed " + full : "db:migrate") + ".");
        out.flush();
    }

    private static String template(String name, String direction, String what) {
        return "-- " + name + " (" + direction + "): " + what + ".\n"
                + "-- Separate statements with a line holding only --;;\n";
    }
}
