package org.sequelize4j.cli;

import java.nio.file.Path;

/** The three databases a CLI test can run on: a SQLite file in the test's folder, or a test server. */
enum Targets {
    SQLITE(null), POSTGRES(Servers.POSTGRES), MARIADB(Servers.MARIADB);

    private final Servers server;

    Targets(Servers server) {
        this.server = server;
    }

    /** Prepares the database (skipping the test when its server is down) and returns its URL. */
    String prepare(Path dir) {
        if (server == null) {
            return "sqlite:" + dir.resolve("app.db");
        }
        server.prepare();
        return server.url();
    }
}
