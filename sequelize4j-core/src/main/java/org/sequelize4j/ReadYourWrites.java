package org.sequelize4j;

/** What reads do right after the same thread wrote, with read replicas ({@link ReplicationOptions#readYourWrites}). */
public enum ReadYourWrites {
    /** Nothing special: a replica that has not replayed the write yet returns the old data (Sequelize's behaviour). */
    OFF,
    /** Reads go to the primary until the read-your-writes window has passed. */
    PRIMARY,
    /**
     * Reads wait, bounded, until the chosen replica has replayed the primary's position (PostgreSQL WAL
     * location, MariaDB GTID); if the time runs out, or the dialect cannot tell positions, they go to the primary.
     */
    WAIT
}
