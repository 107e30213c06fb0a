package org.sequelize4j.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sequelize4j.Sequelize;
import org.sequelize4j.migrations.MigrationLocks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code db:migrate:unlock [--show]}: reports who holds the migration lock and, unless asked only to
 * look, removes it. For a lock left by a process that died while it migrated or seeded, which makes
 * every later run wait and fail; migrations and seeders share the lock.
 */
@Command(name = "db:migrate:unlock", mixinStandardHelpOptions = true,
        description = {"Shows who holds the migration lock (SequelizeMetaLock) and since when, then removes it.",
                "Use it only when no migrator is running: a process killed while migrating leaves its lock behind."},
        footerHeading = "%nExamples:%n",
        footer = {"  sequelize4j db:migrate:unlock --show --url postgres://127.0.0.1:5432/app",
                "  sequelize4j db:migrate:unlock --url sqlite:app.db"})
final class UnlockCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--show", description = "Only report the lock's holder; remove nothing")
    boolean show;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = Settings.resolve(connection, System.getenv());
        PrintWriter out = spec.commandLine().getOut();
        try (Sequelize sequelize = Sequelizes.open(settings)) {
            Optional<MigrationLocks.Holder> holder = MigrationLocks.holder(sequelize);
            if (holder.isEmpty()) {
                out.println("The migration lock is free.");
            } else if (show) {
                out.println("The migration lock is held by " + describe(holder.get()) + ".");
                out.println("If that process is gone, remove the lock with db:migrate:unlock.");
            } else {
                Optional<MigrationLocks.Holder> removed = MigrationLocks.release(sequelize);
                out.println(removed.isPresent() ? "Removed the migration lock held by " + describe(removed.get()) + "."
                        : "The migration lock changed hands while it was being removed; nothing was removed.");
            }
        }
        out.flush();
        return Main.OK;
    }

    private static String describe(MigrationLocks.Holder holder) {
        String age = "";
        try {
            Duration held = Duration.between(Instant.parse(holder.since()), Instant.now());
            age = " (" + (held.toMinutes() >= 1 ? held.toMinutes() + " min" : held.toSeconds() + " s") + " ago)";
        } catch (DateTimeParseException e) {
            // Written by hand or by another tool: show the text as it is.
        }
        return holder.owner() + " since " + holder.since() + age;
    }
}
