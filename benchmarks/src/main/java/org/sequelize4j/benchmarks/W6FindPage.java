package org.sequelize4j.benchmarks;

import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.and;
import static org.sequelize4j.Op.gt;
import static org.sequelize4j.Op.like;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.Model;

/**
 * W6: 500 filtered, ordered pages of 50 users, each starting after a different id.
 *
 * <ul>
 *   <li>ORM: {@code users.findAll(query().where(and(gt("id", after), like("email", "%@example.com")))
 *       .order(asc("id")).limit(50))}, with a new options object per call as application code builds it.</li>
 *   <li>Raw: {@code SELECT id, name, email, createdAt, updatedAt FROM users WHERE id > ? AND email LIKE ?
 *       ORDER BY id LIMIT 50} per call, on a connection borrowed per call, rows read into {@link User}s.</li>
 * </ul>
 * One user in ten has an {@code example.org} address, so the filter drops rows.
 */
public final class W6FindPage implements Workload {

    private static final int QUERIES = 500;
    private static final int PAGE = 50;
    private static final String PATTERN = "%@example.com";

    private final BenchContext context;
    private final String sql;
    private int[] starts;

    /** The workload on a database. */
    public W6FindPage(BenchContext context) {
        this.context = context;
        this.sql = "SELECT " + context.raw().userColumns + " FROM users WHERE id > ? AND email LIKE ? ORDER BY id LIMIT "
                + PAGE;
    }

    @Override
    public String id() {
        return "W6";
    }

    @Override
    public String title() {
        return "500 x findAll(id > ? and email like, order by id, limit 50)";
    }

    @Override
    public double target(BenchDialect dialect) {
        // Issue 14: the same target on every database, against statement-reusing JDBC.
        return 1.1;
    }

    @Override
    public void setUp() {
        context.seedUsers();
        int[] ids = context.userIds();
        starts = new int[QUERIES];
        int span = ids.length - 2 * PAGE;
        for (int i = 0; i < QUERIES; i++) {
            starts[i] = ids[(int) ((long) i * 7919 % span)];
        }
    }

    @Override
    public Object orm() {
        List<Model> all = new ArrayList<>(QUERIES * PAGE);
        for (int after : starts) {
            all.addAll(context.users().findAll(query()
                    .where(and(gt("id", after), like("email", PATTERN)))
                    .order(asc("id"))
                    .limit(PAGE)));
        }
        return all;
    }

    @Override
    public Object raw() throws Exception {
        RawJdbc raw = context.raw();
        List<User> all = new ArrayList<>(QUERIES * PAGE);
        for (int after : starts) {
            try (Connection c = context.dataSource().getConnection(); RawStatements.Lease lease = context.statements().lease(c, sql)) {
                PreparedStatement ps = lease.statement();
                ps.setInt(1, after);
                ps.setString(2, PATTERN);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        all.add(raw.readUser(rs));
                    }
                }
            }
        }
        return all;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void verify(Object ormResult, Object rawResult) {
        List<User> raw = (List<User>) rawResult;
        if (raw.size() != QUERIES * PAGE) {
            throw new IllegalStateException("Expected full pages: " + raw.size() + " rows");
        }
        Checks.sameUsers(Checks.users((List<Model>) ormResult), raw, raw.size(), false);
    }
}
