package org.sequelize4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.sequelize4j.Sequelize;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code db:create} and {@code db:drop}: the database named by the URL. On PostgreSQL and MariaDB
 * they connect to a maintenance database of the same server ({@code postgres},
 * {@code information_schema}), since the target may not exist yet or must not be in use, and ask its
 * QueryInterface to create or drop it; on SQLite the database is the file, which the QueryInterface
 * cannot create or drop, so these commands create it by connecting and drop it by deleting it.
 */
final class DatabaseCommands {

    /** A URL path naming one database (the dialect quotes it; a path with slashes names none). */
    private static final Pattern DATABASE = Pattern.compile("[^/]{1,63}");

    private DatabaseCommands() {
    }

    /** {@code db:create}. */
    @Command(name = "db:create", mixinStandardHelpOptions = true,
            footerHeading = "%nExamples:%n",
            footer = {"  sequelize4j db:create --url postgres://postgres@127.0.0.1:5432/app",
                    "  sequelize4j db:create --url sqlite:app.db"},
            description = "Creates the database of the URL.")
    static final class Create implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return change(connection, spec, true);
        }
    }

    /** {@code db:drop}. */
    @Command(name = "db:drop", mixinStandardHelpOptions = true,
            footerHeading = "%nExamples:%n",
            footer = {"  sequelize4j db:drop --url mariadb://root@127.0.0.1:3306/app_test"},
            description = "Drops the database of the URL.")
    static final class Drop implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return change(connection, spec, false);
        }
    }

    private static int change(ConnectionOptions connection, CommandLine.Model.CommandSpec spec, boolean create) {
        Settings settings = Settings.resolve(connection, System.getenv());
        PrintWriter out = spec.commandLine().getOut();
        String url = settings.url();
        String scheme = url.substring(0, Math.max(0, url.indexOf(':'))).toLowerCase(Locale.ROOT);
        if (scheme.startsWith("sqlite")) {
            sqlite(settings, url.substring(url.indexOf(':') + 1), create, out);
        } else {
            server(settings, scheme, create, out);
        }
        out.flush();
        return Main.OK;
    }

    private static void sqlite(Settings settings, String file, boolean create, PrintWriter out) {
        if (file.isEmpty() || file.equals(":memory:") || file.equals("memory")) {
            throw new ConfigError("The SQLite URL from " + settings.source() + " is an in-memory database;"
                    + " there is no file to create or drop");
        }
        Path path = Path.of(file);
        if (create) {
            if (Files.exists(path)) {
                throw new ConfigError("Database file " + path + " already exists");
            }
            // Connecting is what makes SQLite write the file.
            try (Sequelize sequelize = Sequelizes.open(settings)) {
                sequelize.query("PRAGMA user_version");
            }
            out.println("Database " + path + " created.");
        } else {
            try {
                if (!Files.deleteIfExists(path)) {
                    throw new ConfigError("Database file " + path + " does not exist");
                }
                for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
                    Files.deleteIfExists(Path.of(file + suffix));
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot delete " + path + ": " + e.getMessage(), e);
            }
            out.println("Database " + path + " dropped.");
        }
    }

    private static void server(Settings settings, String scheme, boolean create, PrintWriter out) {
        URI uri;
        try {
            uri = new URI(settings.url());
        } catch (URISyntaxException e) {
            throw new ConfigError("Unusable database URL from " + settings.source() + ": " + e.getMessage(), e);
        }
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (!DATABASE.matcher(database).matches()) {
            throw new ConfigError("The URL from " + settings.source() + " names database '" + database
                    + "'; db:create and db:drop need the name of one database");
        }
        // The target may not exist yet (create) or must not be in use (drop), so the statement runs on the
        // server's maintenance database; the dialect writes it.
        String maintenance = scheme.startsWith("postgres") || scheme.equals("pg") ? "postgres" : "information_schema";
        // Rebuilt from the raw parts so that a percent-encoded password stays encoded exactly once.
        Settings admin = new Settings(uri.getScheme() + "://" + uri.getRawAuthority() + "/" + maintenance
                + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : ""),
                settings.source() + " (maintenance database)");
        try (Sequelize sequelize = Sequelizes.open(admin)) {
            if (create) {
                sequelize.getQueryInterface().createDatabase(database);
            } else {
                sequelize.getQueryInterface().dropDatabase(database);
            }
        }
        out.println("Database " + database + (create ? " created." : " dropped."));
    }
}
