package org.sequelize4j.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.sequelize4j.UpdateOptions;

/**
 * W5: 1,000 single-row updates of distinct users, by id, inside one transaction. Every run renames
 * the same 1,000 users (to names that differ from the previous run's, so every row really changes).
 *
 * <ul>
 *   <li>ORM: inside {@code sequelize.transaction(t -> …)}, per user
 *       {@code users.update(Map.of("name", name), UpdateOptions.where(Map.of("id", id)))}, which also
 *       sets {@code updatedAt}.</li>
 *   <li>Raw, by default: one connection from the pool with auto-commit off; per user, the prepared
 *       {@code UPDATE users SET name = ?, updatedAt = ? WHERE id = ?}, bind, execute; then commit. The statement is kept per connection by {@link RawStatements} and
 *       re-executed, run after run.</li>
 * </ul>
 */
public final class W5UpdateById implements Workload {

    private static final int UPDATES = 1_000;

    private final BenchContext context;
    private final String sql;
    private int[] ids;
    private final String[] names = new String[UPDATES];
    private int generation;

    /** The workload on a database. */
    public W5UpdateById(BenchContext context) {
        this.context = context;
        RawJdbc raw = context.raw();
        this.sql = "UPDATE users SET name = ?, " + raw.q("updatedAt") + " = ? WHERE id = ?";
    }

    @Override
    public String id() {
        return "W5";
    }

    @Override
    public String title() {
        return "1,000 update(values, where id = ?) in one transaction";
    }

    @Override
    public double target(BenchDialect dialect) {
        // Issue 14: the same target on every database, against statement-reusing JDBC.
        return 1.1;
    }

    /** A description of the raw strategy, for reports. */
    public String rawStrategy() {
        return context.statements().reuses() ? "one prepared statement re-executed per connection" : "a statement prepared per update";
    }

    @Override
    public void setUp() {
        context.seedUsers();
        ids = context.shuffledUserIds(7, UPDATES);
    }

    /** New names for this run, so each run changes every row it touches. */
    @Override
    public void beforeRun() {
        generation++;
        for (int i = 0; i < UPDATES; i++) {
            names[i] = "User " + ids[i] + " v" + generation;
        }
    }

    @Override
    public Object orm() {
        var users = context.users();
        int[] updated = {0};
        context.sequelize().transaction(t -> {
            for (int i = 0; i < UPDATES; i++) {
                updated[0] += users.update(Map.of("name", names[i]), UpdateOptions.where(Map.of("id", ids[i]))).count();
            }
        });
        return updated[0];
    }

    @Override
    public Object raw() throws Exception {
        RawJdbc raw = context.raw();
        int updated = 0;
        try (Connection c = context.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                for (int i = 0; i < UPDATES; i++) {
                    try (RawStatements.Lease lease = context.statements().lease(c, sql)) {
                        updated += execute(raw, lease.statement(), i);
                    }
                }
                c.commit();
            } catch (Exception e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        return updated;
    }

    private int execute(RawJdbc raw, PreparedStatement ps, int i) throws Exception {
        ps.setString(1, names[i]);
        raw.bindInstant(ps, 2, raw.instantParameter(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        ps.setInt(3, ids[i]);
        return ps.executeUpdate();
    }

    /**
     * Both sides must report 1,000 updated rows, and each side's writes must be in the table: checked
     * after a fresh raw run and after a fresh ORM run (untimed).
     */
    @Override
    public void verify(Object ormResult, Object rawResult) throws Exception {
        if (!Integer.valueOf(UPDATES).equals(ormResult) || !Integer.valueOf(UPDATES).equals(rawResult)) {
            throw new IllegalStateException("Expected " + UPDATES + " updates, ORM reported " + ormResult + ", raw "
                    + rawResult);
        }
        checkNamesWritten("raw");
        beforeRun();
        orm();
        checkNamesWritten("ORM");
    }

    private void checkNamesWritten(String side) throws Exception {
        Instant recent = Instant.now().minusSeconds(600);
        RawJdbc raw = context.raw();
        String select = "SELECT name, " + raw.q("updatedAt") + " FROM users WHERE id = ?";
        try (Connection c = context.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(select)) {
            for (int i = 0; i < UPDATES; i++) {
                ps.setInt(1, ids[i]);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || !names[i].equals(rs.getString(1)) || raw.readInstant(rs, 2).isBefore(recent)) {
                        throw new IllegalStateException(side + " side did not write user " + ids[i]);
                    }
                }
            }
        }
    }
}
