package org.sequelize4j.benchmarks;

import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.association.LinkOptions;

/**
 * W8: link one user to 1,000 tags in one transaction. Every run starts with no join rows (all of
 * {@code UserTags} deleted untimed, in {@link #beforeRun}); both sides start from the same user and
 * tag instances.
 *
 * <ul>
 *   <li>ORM: {@code sequelize.transaction(t -> userTags.add(user, tags, LinkOptions.linkOptions()))} on
 *       {@code users.belongsToMany(tags, through "UserTags", as "tags")}: one multi-row insert of the join
 *       rows with {@code createdAt} and {@code updatedAt} that skips pairs already linked (the dialect's
 *       {@code ON CONFLICT … DO NOTHING} / {@code ON DUPLICATE KEY UPDATE}).</li>
 *   <li>Raw: one connection with auto-commit off, one multi-row {@code INSERT INTO UserTags (userId,
 *       tagId, createdAt, updatedAt) VALUES (?, ?, ?, ?), …} of 1,000 rows (statement text built once),
 *       skipping existing pairs the same way, since adding links is idempotent on both sides; the
 *       timestamp parameter computed once per call; then commit.</li>
 * </ul>
 */
public final class W8BelongsToManyAdd implements Workload {

    private static final int TAGS = 1_000;

    private final BenchContext context;
    private final String insertSql;
    private final String deleteSql;
    private final String countSql;
    private Model user;
    private List<Model> tags;

    /** The workload on a database. */
    public W8BelongsToManyAdd(BenchContext context) {
        this.context = context;
        RawJdbc raw = context.raw();
        String table = raw.q("UserTags");
        StringBuilder sb = new StringBuilder("INSERT INTO ").append(table).append(" (").append(raw.q("userId"))
                .append(", ").append(raw.q("tagId")).append(", ").append(raw.q("createdAt")).append(", ")
                .append(raw.q("updatedAt")).append(") VALUES (?, ?, ?, ?)");
        for (int i = 1; i < TAGS; i++) {
            sb.append(", (?, ?, ?, ?)");
        }
        // Adding a link twice keeps one row, as the ORM's add() does.
        if (context.dialect().family() == BenchDialect.Family.MARIADB) {
            sb.append(" ON DUPLICATE KEY UPDATE ").append(raw.q("userId")).append(" = ").append(raw.q("userId"));
        } else {
            sb.append(" ON CONFLICT (").append(raw.q("userId")).append(", ").append(raw.q("tagId"))
                    .append(") DO NOTHING");
        }
        this.insertSql = sb.toString();
        this.deleteSql = "DELETE FROM " + table;
        this.countSql = "SELECT COUNT(*), COUNT(DISTINCT " + raw.q("tagId") + "), COUNT(" + raw.q("createdAt") + "), "
                + "COUNT(" + raw.q("updatedAt") + ") FROM " + table + " WHERE " + raw.q("userId") + " = ?";
    }

    @Override
    public String id() {
        return "W8";
    }

    @Override
    public String title() {
        return "1,000 belongsToMany links in a transaction";
    }

    @Override
    public double target(BenchDialect dialect) {
        return 1.2;
    }

    @Override
    public void setUp() throws SQLException {
        context.seedUsers();
        user = context.users().findByPk(context.userIds()[0]);
        if (context.tags().count() == 0) {
            List<Map<String, Object>> rows = new ArrayList<>(TAGS);
            for (int i = 1; i <= TAGS; i++) {
                rows.add(Map.of("name", "tag" + i));
            }
            context.tags().bulkCreate(rows);
        }
        tags = context.tags().findAll(query().order(asc("id")));
        if (user == null || tags.size() != TAGS) {
            throw new IllegalStateException("Expected a user and " + TAGS + " tags, found " + user + " and "
                    + tags.size());
        }
        // Fails early if the join table's columns are not the ones the raw INSERT names.
        try (Connection c = context.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.executeQuery(countSql.replace("= ?", "= 0")).close();
        }
    }

    @Override
    public void beforeRun() throws SQLException {
        try (Connection c = context.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(deleteSql);
        }
    }

    @Override
    public Object orm() {
        context.sequelize().transaction(t -> context.userTags().add(user, tags, LinkOptions.linkOptions()));
        return tags;
    }

    @Override
    public Object raw() throws SQLException {
        RawJdbc raw = context.raw();
        Object stamp = raw.instantParameter(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        int userId = ((Number) user.getDataValue("id")).intValue();
        try (Connection c = context.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                int inserted;
                try (RawStatements.Lease lease = context.statements().lease(c, insertSql)) {
                    PreparedStatement ps = lease.statement();
                    int p = 1;
                    for (Model tag : tags) {
                        ps.setInt(p++, userId);
                        ps.setInt(p++, ((Number) tag.getDataValue("id")).intValue());
                        raw.bindInstant(ps, p++, stamp);
                        raw.bindInstant(ps, p++, stamp);
                    }
                    inserted = ps.executeUpdate();
                }
                c.commit();
                return inserted;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * Both sides must leave 1,000 join rows for the user, one per tag, with timestamps: checked with
     * plain JDBC after the raw run the runner made, and after a fresh ORM run (untimed).
     */
    @Override
    public void verify(Object ormResult, Object rawResult) throws SQLException {
        if (!Integer.valueOf(TAGS).equals(rawResult)) {
            throw new IllegalStateException("Raw side reported " + rawResult + " inserted rows");
        }
        checkLinks("raw");
        beforeRun();
        orm();
        checkLinks("ORM");
    }

    private void checkLinks(String side) throws SQLException {
        try (Connection c = context.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(countSql)) {
            ps.setInt(1, ((Number) user.getDataValue("id")).intValue());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                for (int i = 1; i <= 4; i++) {
                    if (rs.getLong(i) != TAGS) {
                        throw new IllegalStateException(side + " side left " + rs.getLong(1) + " join rows ("
                                + rs.getLong(2) + " tags, " + rs.getLong(3) + " with createdAt, " + rs.getLong(4)
                                + " with updatedAt) for the user, not " + TAGS);
                    }
                }
            }
        }
    }
}
