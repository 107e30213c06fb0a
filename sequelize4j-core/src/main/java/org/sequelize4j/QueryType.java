package org.sequelize4j;

/** What a raw query does, which decides what {@code sequelize.query} returns (Sequelize's {@code QueryTypes}). */
public enum QueryType {
    /** Returns rows. */
    SELECT,
    /** An insert: returns rows when the SQL has RETURNING, else the affected count. */
    INSERT,
    /** An update: the affected count. */
    UPDATE,
    /** A delete: the affected count. */
    DELETE,
    /** Anything: rows if the statement produces them, else the affected count. */
    RAW
}
