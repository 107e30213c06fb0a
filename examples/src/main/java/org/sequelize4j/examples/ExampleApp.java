package org.sequelize4j.examples;

import java.io.PrintStream;
import org.sequelize4j.Sequelize;

/**
 * Runs the scenarios of Sequelize's model-definition manual, written with Sequelize4j, on an embedded
 * in-memory SQLite database, and prints what each one did. No server is needed:
 * {@code mvn -q -pl examples -am compile exec:java}.
 *
 * <p>Pass a connection URI as the first argument to run them elsewhere, e.g.
 * {@code -Dexec.args="postgres://postgres@127.0.0.1:5432/test"}.
 */
public final class ExampleApp {

    private ExampleApp() {
    }

    /** Runs every scenario. */
    public static void main(String[] args) {
        String uri = args.length > 0 ? args[0] : "sqlite::memory:";
        PrintStream out = System.out;
        out.println("Sequelize4j examples on " + uri);
        try (Sequelize sequelize = new Sequelize(uri)) {
            sequelize.authenticate();
            Scenario[] scenarios = {
                new ProjectsAndTasks(), new ColumnOptions(), new GettersAndSetters(), new Validations(),
                new ModelConfiguration(), new OptimisticLocking(), new ExpandingModels(), new Indexes(),
                new Querying(), new HooksScopesAndTransactions(), new Blog(), new Inheritance(), new Migrations(),
            };
            for (Scenario scenario : scenarios) {
                out.println();
                out.println("== " + scenario.title());
                scenario.run(sequelize, out);
            }
            out.println();
            out.println("All scenarios ran.");
        }
    }
}
