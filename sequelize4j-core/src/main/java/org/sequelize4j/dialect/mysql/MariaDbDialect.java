package org.sequelize4j.dialect.mysql;

import org.sequelize4j.dialect.Capabilities;

/**
 * MariaDB: MySQL's dialect plus {@code INSERT … RETURNING} and {@code DELETE … RETURNING} (10.5+)
 * and {@code CREATE INDEX IF NOT EXISTS}.
 */
public final class MariaDbDialect extends MySqlDialect {

    private static final Capabilities CAPABILITIES = new Capabilities(true, false, true, false, true, true, false,
            true, true, true, true, false, false, true, false, false, true, true, false, false, false, 65_535);

    /** A dialect writing dates in the given offset. */
    public MariaDbDialect(java.time.ZoneOffset offset) {
        super(offset);
    }

    @Override
    public String name() {
        return "mariadb";
    }

    /**
     * NO PAD binary collation: utf8mb4_bin pads with spaces, so 'Alice' equalled 'Alice ' and a unique
     * index refused the second, unlike PostgreSQL and SQLite.
     */
    @Override
    public String defaultCollation() {
        return "utf8mb4_nopad_bin";
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    private static final org.sequelize4j.dialect.ReplicaPositions REPLICA_POSITIONS = new MariaDbReplicaPositions();

    @Override
    public org.sequelize4j.dialect.ReplicaPositions replicaPositions() {
        return REPLICA_POSITIONS;
    }
}
