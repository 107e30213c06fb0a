package org.sequelize4j.junit;

import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.ConnectionError;

/**
 * Which test databases answer, so that assertions about runs on several databases expect the runs
 * that were not skipped. Under {@code sequelize4j.test.require=true} (CI) every one must answer.
 */
final class ServerAvailability {

    private ServerAvailability() {
    }

    static boolean reachable(TestDatabase database) {
        try (Sequelize sequelize = new Sequelize(database.url())) {
            sequelize.authenticate();
            return true;
        } catch (ConnectionError e) {
            if (Settings.serversRequired()) {
                throw new AssertionError(database + " is required but not reachable: " + e.getMessage(), e);
            }
            return false;
        }
    }

    static int reachableCount(TestDatabase... databases) {
        int n = 0;
        for (TestDatabase database : databases) {
            if (reachable(database)) {
                n++;
            }
        }
        return n;
    }
}
