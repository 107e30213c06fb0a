package org.sequelize4j.junit;

/**
 * One database a test class runs on.
 *
 * @param displayName how the run is reported (a dialect key, or the URL without its password)
 * @param url the Sequelize URI
 * @param database the listed database, or null for a URL given by the test or its environment
 * @param required whether an unreachable server fails the run rather than skipping it
 */
record DatabaseTarget(String displayName, String url, TestDatabase database, boolean required) {

    /** The URL with any password replaced by {@code ***}, fit for test reports and messages. */
    static String masked(String url) {
        return url.replaceAll("(://[^:/@]*):[^@/]*@", "$1:***@").replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
