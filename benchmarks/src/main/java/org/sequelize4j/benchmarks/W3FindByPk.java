package org.sequelize4j.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.Model;

/**
 * W3: 2,000 primary-key look-ups of distinct ids, in a fixed shuffled order.
 *
 * <ul>
 *   <li>ORM: {@code users.findByPk(id)} per id.</li>
 *   <li>Raw: per id, borrow a connection from the pool, take its prepared
 *       {@code SELECT id, name, email, createdAt, updatedAt FROM users WHERE id = ?} (kept per
 *       connection by {@link RawStatements}, as the library keeps its own), execute, read one
 *       {@link User}, give the connection back.</li>
 * </ul>
 */
public final class W3FindByPk implements Workload {

    private static final int LOOKUPS = 2_000;

    private final BenchContext context;
    private final String sql;
    private int[] ids;

    /** The workload on a database. */
    public W3FindByPk(BenchContext context) {
        this.context = context;
        this.sql = "SELECT " + context.raw().userColumns + " FROM users WHERE id = ?";
    }

    @Override
    public String id() {
        return "W3";
    }

    @Override
    public String title() {
        return "2,000 findByPk of distinct ids";
    }

    @Override
    public double target(BenchDialect dialect) {
        // Issue 14: the same target on every database, against statement-reusing JDBC.
        return 1.15;
    }

    @Override
    public void setUp() {
        context.seedUsers();
        ids = context.shuffledUserIds(42, LOOKUPS);
    }

    @Override
    public Object orm() {
        List<Model> found = new ArrayList<>(ids.length);
        for (int id : ids) {
            found.add(context.users().findByPk(id));
        }
        return found;
    }

    @Override
    public Object raw() throws Exception {
        RawJdbc raw = context.raw();
        List<User> found = new ArrayList<>(ids.length);
        for (int id : ids) {
            try (Connection c = context.dataSource().getConnection(); RawStatements.Lease lease = context.statements().lease(c, sql)) {
                PreparedStatement ps = lease.statement();
                ps.setInt(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    found.add(rs.next() ? raw.readUser(rs) : null);
                }
            }
        }
        return found;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void verify(Object ormResult, Object rawResult) {
        Checks.sameUsers(Checks.users((List<Model>) ormResult), (List<User>) rawResult, LOOKUPS, false);
    }
}
