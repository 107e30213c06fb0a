package org.sequelize4j.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.Model;

/**
 * W2: read all 10,000 users.
 *
 * <ul>
 *   <li>ORM: {@code users.findAll()}: 10,000 {@link Model} instances.</li>
 *   <li>Raw: {@code SELECT id, name, email, createdAt, updatedAt FROM users} on a pooled connection,
 *       each row read into a {@link User} with both timestamps converted to {@link java.time.Instant}
 *       (on SQLite, parsed from the stored text).</li>
 * </ul>
 */
public final class W2FindAll implements Workload {

    private final BenchContext context;
    private final String sql;

    /** The workload on a database. */
    public W2FindAll(BenchContext context) {
        this.context = context;
        this.sql = "SELECT " + context.raw().userColumns + " FROM users";
    }

    /** The 10,000 users read. */
    @Override
    public int instancesPerResult() {
        return 10_000;
    }

    /** The performance issue's target for heap per row. */
    @Override
    public double heapTarget() {
        return 1.25;
    }

    @Override
    public String id() {
        return "W2";
    }

    @Override
    public String title() {
        return "findAll of 10,000 users into instances";
    }

    @Override
    public double target(BenchDialect dialect) {
        // Issue 14: the same target on every database, against statement-reusing JDBC.
        return 1.2;
    }

    @Override
    public void setUp() {
        context.seedUsers();
    }

    @Override
    public Object orm() {
        return context.users().findAll();
    }

    @Override
    public Object raw() throws Exception {
        RawJdbc raw = context.raw();
        try (Connection c = context.dataSource().getConnection();
             RawStatements.Lease lease = context.statements().lease(c, sql);
             ResultSet rs = lease.statement().executeQuery()) {
            List<User> users = new ArrayList<>();
            while (rs.next()) {
                users.add(raw.readUser(rs));
            }
            return users;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void verify(Object ormResult, Object rawResult) {
        Checks.sameUsers(Checks.users((List<Model>) ormResult), (List<User>) rawResult, BenchContext.SEED_USERS, true);
    }
}
