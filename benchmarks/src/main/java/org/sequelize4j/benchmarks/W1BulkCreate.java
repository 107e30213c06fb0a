package org.sequelize4j.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sequelize4j.Model;

/**
 * W1: insert 10,000 users in one call and get their generated ids back. Every run starts from an
 * empty {@code users} table (emptied untimed, in {@link #beforeRun}). Both sides start from the same
 * list of 10,000 attribute maps and return 10,000 objects holding id, name, email and timestamps.
 *
 * <ul>
 *   <li>ORM: {@code users.bulkCreate(rows)}.</li>
 *   <li>Raw, by default: multi-row {@code INSERT INTO users (name, email, createdAt, updatedAt)
 *       VALUES (?, ?, ?, ?), … RETURNING id} in chunks of {@code bench.w1.chunk} rows (default 1,000),
 *       in one transaction when there is more than one chunk; the timestamp parameter is computed
 *       once per call. {@code -Dbench.w1.raw=} selects another strategy: {@code values} (the default),
 *       {@code rows} (one reused single-row {@code INSERT … RETURNING id} per row, in a transaction)
 *       or {@code batch} (a JDBC batch of single-row inserts with generated keys; not SQLite).</li>
 * </ul>
 */
public final class W1BulkCreate implements Workload {

    /** Rows per call. */
    static final int ROWS = 10_000;

    /** How the raw side inserts. */
    enum Strategy { VALUES, ROWS, BATCH }

    private final BenchContext context;
    private final int rows;
    private final Strategy strategy;
    private final int chunk;
    private final List<Map<String, Object>> input = new ArrayList<>(ROWS);
    private final Map<Integer, String> valuesSql = new HashMap<>();
    private final String singleRowSql;

    /** The workload on a database. */
    public W1BulkCreate(BenchContext context) {
        this(context, ROWS);
    }

    /** The workload with another number of rows per call (the linear-cost runs). */
    public W1BulkCreate(BenchContext context, int rows) {
        this.context = context;
        this.rows = rows;
        this.strategy = Strategy.valueOf(System.getProperty("bench.w1.raw", "values").toUpperCase(Locale.ROOT));
        this.chunk = Integer.getInteger("bench.w1.chunk", 1_000);
        RawJdbc raw = context.raw();
        this.singleRowSql = "INSERT INTO users (name, email, " + raw.q("createdAt") + ", " + raw.q("updatedAt")
                + ") VALUES (?, ?, ?, ?)";
    }

    @Override
    public String id() {
        return "W1";
    }

    @Override
    public String title() {
        return "bulkCreate of 10,000 users, ids returned";
    }

    @Override
    public double target(BenchDialect dialect) {
        // Issue 14: the same target on every database, against statement-reusing JDBC.
        return 1.1;
    }

    /** A description of the raw strategy, for reports. */
    public String rawStrategy() {
        return strategy == Strategy.VALUES ? "multi-row VALUES … RETURNING id, " + chunk + " rows per statement"
                : strategy == Strategy.ROWS ? "single-row INSERT … RETURNING id, one statement reused"
                : "JDBC batch with generated keys";
    }

    @Override
    public void setUp() {
        input.clear();
        for (int i = 1; i <= rows; i++) {
            input.add(BenchContext.userValues(i));
        }
    }

    @Override
    public void beforeRun() {
        context.emptyUsers();
    }

    @Override
    public Object orm() {
        return context.users().bulkCreate(input);
    }

    @Override
    public Object raw() throws SQLException {
        RawJdbc raw = context.raw();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Object stamp = raw.instantParameter(now);
        List<User> users = new ArrayList<>(input.size());
        for (Map<String, Object> row : input) {
            users.add(new User(0, (String) row.get("name"), (String) row.get("email"), now, now));
        }
        try (Connection c = context.dataSource().getConnection()) {
            boolean transaction = strategy != Strategy.VALUES || users.size() > chunk;
            if (transaction) {
                c.setAutoCommit(false);
            }
            try {
                switch (strategy) {
                    case VALUES:
                        insertValues(c, users, stamp);
                        break;
                    case ROWS:
                        insertRows(c, users, stamp);
                        break;
                    default:
                        insertBatch(c, users, stamp);
                }
                if (transaction) {
                    c.commit();
                }
            } catch (SQLException | RuntimeException e) {
                if (transaction) {
                    c.rollback();
                }
                throw e;
            }
        }
        return users;
    }

    private void insertValues(Connection c, List<User> users, Object stamp) throws SQLException {
        RawJdbc raw = context.raw();
        for (int start = 0; start < users.size(); start += chunk) {
            int end = Math.min(users.size(), start + chunk);
            try (RawStatements.Lease lease = context.statements().lease(c, valuesSql.computeIfAbsent(end - start, this::valuesSql))) {
                PreparedStatement ps = lease.statement();
                int p = 1;
                for (int i = start; i < end; i++) {
                    User u = users.get(i);
                    ps.setString(p++, u.name);
                    ps.setString(p++, u.email);
                    raw.bindInstant(ps, p++, stamp);
                    raw.bindInstant(ps, p++, stamp);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    for (int i = start; i < end && rs.next(); i++) {
                        users.get(i).id = rs.getInt(1);
                    }
                }
            }
        }
    }

    private String valuesSql(int rows) {
        StringBuilder sql = new StringBuilder(singleRowSql.length() + rows * 16);
        sql.append(singleRowSql);
        for (int i = 1; i < rows; i++) {
            sql.append(", (?, ?, ?, ?)");
        }
        return sql.append(" RETURNING id").toString();
    }

    private void insertRows(Connection c, List<User> users, Object stamp) throws SQLException {
        RawJdbc raw = context.raw();
        try (RawStatements.Lease lease = context.statements().lease(c, singleRowSql + " RETURNING id")) {
            PreparedStatement ps = lease.statement();
            for (User u : users) {
                ps.setString(1, u.name);
                ps.setString(2, u.email);
                raw.bindInstant(ps, 3, stamp);
                raw.bindInstant(ps, 4, stamp);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    u.id = rs.getInt(1);
                }
            }
        }
    }

    private void insertBatch(Connection c, List<User> users, Object stamp) throws SQLException {
        RawJdbc raw = context.raw();
        try (RawStatements.Lease lease = context.statements().lease(c, singleRowSql, new String[] {"id"})) {
            PreparedStatement ps = lease.statement();
            for (User u : users) {
                ps.setString(1, u.name);
                ps.setString(2, u.email);
                raw.bindInstant(ps, 3, stamp);
                raw.bindInstant(ps, 4, stamp);
                ps.addBatch();
            }
            ps.executeBatch();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                for (int i = 0; i < users.size() && rs.next(); i++) {
                    users.get(i).id = rs.getInt(1);
                }
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void verify(Object ormResult, Object rawResult) {
        List<User> orm = Checks.users((List<Model>) ormResult);
        List<User> raw = (List<User>) rawResult;
        if (orm.size() != rows || raw.size() != rows) {
            throw new IllegalStateException("Expected " + rows + " users, ORM gave " + orm.size() + ", raw " + raw.size());
        }
        for (int i = 0; i < rows; i++) {
            User o = orm.get(i);
            User r = raw.get(i);
            if (o.id <= 0 || o.id != r.id || !o.name.equals(r.name) || !o.email.equals(r.email)
                    || o.createdAt == null || r.createdAt == null) {
                throw new IllegalStateException("Row " + i + " differs: ORM " + o + ", raw " + r);
            }
        }
        if (context.userIds().length != rows) {
            throw new IllegalStateException("The table does not hold " + rows + " rows after an insert");
        }
    }
}
