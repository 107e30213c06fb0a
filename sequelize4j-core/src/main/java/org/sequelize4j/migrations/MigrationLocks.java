package org.sequelize4j.migrations;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sequelize4j.Op;
import org.sequelize4j.QueryOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.queryinterface.BulkOptions;

/**
 * Looks at, and breaks, the migration lock ({@code SequelizeMetaLock}) from outside a migrator: for a
 * lock left behind by a process that died while it ran migrations or seeders, which would otherwise
 * make every later run wait and fail with {@code LOCK_TIMEOUT}.
 *
 * <pre>{@code
 * MigrationLocks.holder(sequelize).ifPresent(h -> System.out.println(h.owner() + " since " + h.since()));
 * MigrationLocks.release(sequelize);   // only once you know no migrator is running
 * }</pre>
 */
public final class MigrationLocks {

    /**
     * Who holds the lock.
     *
     * @param owner the process and migrator that took it ({@code pid@host/random})
     * @param since when it was taken (ISO-8601, UTC)
     */
    public record Holder(String owner, String since) {
    }

    private MigrationLocks() {
    }

    /** The lock's holder, or empty when nobody holds it (or no migrator has run on this database yet). */
    public static Optional<Holder> holder(Sequelize sequelize) {
        boolean exists = sequelize.getQueryInterface().showAllTables().stream()
                .anyMatch(t -> t.tableName().equals(MigrationLock.TABLE));
        if (!exists) {
            return Optional.empty();
        }
        String sql = "SELECT * FROM " + sequelize.dialect().quoteIdentifier(MigrationLock.TABLE);
        List<Map<String, Object>> rows = sequelize.query(sql, QueryOptions.queryOptions().transaction(null)).rows();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = rows.get(0);
        return Optional.of(new Holder(String.valueOf(row.get("owner")), String.valueOf(row.get("since"))));
    }

    /**
     * Removes the lock whoever holds it, and says who that was. Only the holder seen is removed: a
     * migrator that takes the lock between the look and the removal keeps it. A migrator still running
     * when its lock is broken goes on unaware, so break a lock only when you know its process is gone.
     *
     * @return the holder removed, or empty when the lock was free
     */
    public static Optional<Holder> release(Sequelize sequelize) {
        Optional<Holder> holder = holder(sequelize);
        if (holder.isEmpty()) {
            return holder;
        }
        int removed = sequelize.getQueryInterface().bulkDelete(MigrationLock.TABLE,
                Op.and(Op.eq("id", 1), Op.eq("owner", holder.get().owner())), BulkOptions.bulkOptions().transaction(null));
        return removed == 1 ? holder : Optional.empty();
    }
}
