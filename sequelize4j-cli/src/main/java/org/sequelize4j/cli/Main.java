package org.sequelize4j.cli;

import java.io.PrintWriter;
import org.sequelize4j.errors.MigrationError;
import org.sequelize4j.errors.SequelizeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code sequelize4j}: sequelize-cli's migration verbs for Sequelize4j.
 *
 * <p>Exit codes: {@link #OK} on success; {@link #FAILED} when a migration or the database failed
 * (a migration's error, a changed or missing applied migration, a lock timeout, no connection);
 * {@link #USAGE} for a wrong command line or configuration (unknown option, no URL, a migration name
 * that does not exist or is not applied). Progress goes to stdout, errors to stderr.
 */
@Command(name = "sequelize4j", mixinStandardHelpOptions = true, version = "sequelize4j-cli 0.1.0",
        description = "Runs Sequelize4j migrations and seeders, as sequelize-cli does for Sequelize.",
        subcommands = {MigrateCommand.class, StatusCommand.class, UndoCommand.class, UndoAllCommand.class,
                GenerateCommand.class, DatabaseCommands.Create.class, DatabaseCommands.Drop.class,
                SeedCommands.Seed.class, SeedCommands.All.class, SeedCommands.Undo.class, SeedCommands.UndoAll.class,
                SeedCommands.Generate.class,
                ModelGenerateCommand.class, UnlockCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  sequelize4j migration:generate --name create-users",
                "  sequelize4j db:migrate --url sqlite:app.db",
                "  sequelize4j model:generate --name User --attributes name:string,age:integer",
                "  sequelize4j db:migrate:status --env production",
                "Run sequelize4j VERB --help for a verb's options and examples."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:a migration or the database failed", "2:usage or configuration error"})
public final class Main implements Runnable {

    /** Everything asked was done. */
    public static final int OK = 0;
    /** A migration or the database failed. */
    public static final int FAILED = 1;
    /** The command line or the configuration is wrong. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // No verb given: that is a usage error, with the list of verbs.
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** Runs the tool and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the tool on the given arguments and returns its exit code. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(Main::handle);
        return commandLine.execute(args);
    }

    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        int code;
        if (e instanceof ConfigError) {
            code = USAGE;
        } else if (e instanceof MigrationError m && m.reason() == MigrationError.Reason.UNKNOWN_TARGET) {
            code = USAGE;
        } else {
            code = FAILED;
        }
        err.println("ERROR: " + describe(e));
        if (e instanceof MigrationError m && !m.appliedStatements().isEmpty()) {
            // The repair list, one statement a line, so it can be read (or copied) without untangling the message.
            err.println("Applied before the failure, and not rolled back (" + m.migration() + "):");
            m.appliedStatements().forEach(statement -> err.println("  " + statement));
        }
        if (!(e instanceof SequelizeException) && !(e instanceof ConfigError)) {
            // Not one of ours: the stack trace is what a bug report needs.
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** The message, with the cause's when it adds something (a connection error names the host). */
    private static String describe(Throwable e) {
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message += " (" + cause.getMessage() + ")";
        }
        return message;
    }
}
