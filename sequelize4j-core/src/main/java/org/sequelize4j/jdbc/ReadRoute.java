package org.sequelize4j.jdbc;

/**
 * What one read asks of replica routing: {@code useMaster} sends it to the primary; {@code readYourWrites}
 * (null: the instance's setting) makes it see the calling thread's latest writes.
 *
 * @param useMaster whether the read must run on the primary
 * @param readYourWrites true or false to override the instance's read-your-writes setting, or null to keep it
 */
public record ReadRoute(boolean useMaster, Boolean readYourWrites) {

    /** A read that may go to any replica, under the instance's read-your-writes setting. */
    public static final ReadRoute ANY = new ReadRoute(false, null);
}
