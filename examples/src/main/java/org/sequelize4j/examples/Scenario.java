package org.sequelize4j.examples;

import java.io.PrintStream;
import org.sequelize4j.Sequelize;

/** One example scenario: defines its models on a shared Sequelize instance and prints what it does. */
interface Scenario {

    /** A heading. */
    String title();

    /** Runs the scenario. */
    void run(Sequelize sequelize, PrintStream out);
}
