package org.sequelize4j.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every verb shares: where the database is and where the migrations are. */
public final class ConnectionOptions {

    @Option(names = "--url", paramLabel = "URL",
            description = "Database URI (sqlite:app.db, postgres://user@host/db, mariadb://user@host/db); "
                    + "overrides DATABASE_URL and the configuration file")
    String url;

    @Option(names = "--env", paramLabel = "NAME",
            description = "Section of the configuration file to use (default: SEQUELIZE4J_ENV, else development)")
    String env;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file, .properties or .json (default: sequelize4j.properties, else "
                    + "config/config.json, when present)")
    Path config;

    @Option(names = "--migrations-path", paramLabel = "DIR", defaultValue = "migrations",
            description = "Folder of NAME.up.sql / NAME.down.sql migrations (default: ${DEFAULT-VALUE})")
    Path migrationsPath;
}
