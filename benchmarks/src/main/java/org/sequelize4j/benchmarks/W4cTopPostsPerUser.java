package org.sequelize4j.benchmarks;

import static org.sequelize4j.FindOptions.desc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.association.IncludeOptions.include;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;

/**
 * W4c: the 10,000 seeded users, each with its 3 newest posts (a per-parent limit). Every seeded user
 * gets {@code bench.w4c.posts} posts (default 10: 100,000 rows, written once through
 * {@code bulkCreate}); W7's 1,000 users have their 5 posts besides.
 *
 * <ul>
 *   <li>ORM: {@code users.findAll(query().where(between("id", first, last)).include(include("posts")
 *       .order(desc("id")).limit(3)))}: one query for the users, then one per 1,000 users for the posts,
 *       ranked by {@code ROW_NUMBER()} and filtered on the rank: 11 statements. (The where only
 *       keeps W4's 200 users out.)</li>
 *   <li>Raw, the best hand-written form per database ({@code -Dbench.w4c.raw=} overrides it):
 *       <ul>
 *         <li>{@code lateral} (PostgreSQL's default): one statement, {@code SELECT u.…, p.… FROM users u
 *             LEFT JOIN LATERAL (SELECT … FROM posts WHERE userId = u.id ORDER BY id DESC LIMIT 3) p ON
 *             true WHERE u.id BETWEEN ? AND ? ORDER BY u.id, p.id DESC}, stitched as the rows come;</li>
 *         <li>{@code range} (SQLite's and MariaDB's default): the users, then one window query over the
 *             posts of the whole id range, {@code SELECT … FROM (SELECT …, ROW_NUMBER() OVER (PARTITION
 *             BY userId ORDER BY id DESC) AS rn FROM posts WHERE userId BETWEEN ? AND ?) t WHERE rn <= 3
 *             ORDER BY rn}, stitched by key;</li>
 *         <li>{@code in}: the same window query with {@code userId IN (…)} per 1,000 users, as the ORM
 *             batches.</li>
 *       </ul></li>
 * </ul>
 */
public final class W4cTopPostsPerUser implements Workload {

    private static final int TOP = 3;
    private static final int CHUNK = 1_000;

    /** How the raw side reads the posts. */
    enum Strategy { LATERAL, RANGE, IN }

    private final BenchContext context;
    private final Strategy strategy;
    private final int postsPerUser;
    private final String usersSql;
    private final String lateralSql;
    private final String rankedPrefix;
    private final String rangeSql;
    private final Map<Integer, String> inSql = new HashMap<>();
    private int first;
    private int last;
    private int statements;

    /** The workload on a database. */
    public W4cTopPostsPerUser(BenchContext context) {
        this.context = context;
        boolean postgres = context.dialect().family() == BenchDialect.Family.POSTGRES;
        String chosen = System.getProperty("bench.w4c.raw", postgres ? "lateral" : "range");
        this.strategy = Strategy.valueOf(chosen.toUpperCase(Locale.ROOT));
        if (strategy == Strategy.LATERAL && !postgres) {
            throw new IllegalArgumentException("bench.w4c.raw=lateral needs PostgreSQL");
        }
        this.postsPerUser = Integer.getInteger("bench.w4c.posts", 10);
        RawJdbc raw = context.raw();
        String userId = raw.q("userId");
        this.usersSql = "SELECT " + raw.userColumns + " FROM users WHERE id BETWEEN ? AND ?";
        this.lateralSql = "SELECT u.id, u.name, u.email, u." + raw.q("createdAt") + ", u." + raw.q("updatedAt") + ", "
                + Blog.postColumns(raw, "p") + " FROM users u LEFT JOIN LATERAL (SELECT " + Blog.postColumns(raw, null)
                + " FROM posts WHERE " + userId + " = u.id ORDER BY id DESC LIMIT " + TOP
                + ") p ON true WHERE u.id BETWEEN ? AND ? ORDER BY u.id, p.id DESC";
        this.rankedPrefix = "SELECT " + Blog.postColumns(raw, null) + " FROM (SELECT " + Blog.postColumns(raw, null)
                + ", ROW_NUMBER() OVER (PARTITION BY " + userId + " ORDER BY id DESC) AS rn FROM posts WHERE " + userId;
        this.rangeSql = rankedPrefix + " BETWEEN ? AND ?) t WHERE rn <= " + TOP + " ORDER BY rn";
    }

    @Override
    public String id() {
        return "W4c";
    }

    @Override
    public String title() {
        return "top 3 posts per user (include limit) for 10,000 users";
    }

    @Override
    public double target(BenchDialect dialect) {
        return 1.3;
    }

    @Override
    public String note() {
        return "raw side: " + strategy.name().toLowerCase(Locale.ROOT) + "; " + postsPerUser + " posts per user seeded"
                + (statements < 0 ? "" : "; " + statements + " statements per ORM run (counted with a logging callback)");
    }

    @Override
    public void setUp() throws SQLException {
        int[] ids = context.seedIds();
        first = ids[0];
        last = ids[ids.length - 1];
        if (last - first + 1 != ids.length) {
            throw new IllegalStateException("The seeded users' ids are not one range");
        }
        context.once("W4c", () -> {
            List<Map<String, Object>> rows = new ArrayList<>(ids.length * postsPerUser);
            for (int id : ids) {
                for (int j = 1; j <= postsPerUser; j++) {
                    Map<String, Object> row = new HashMap<>(8);
                    row.put("userId", id);
                    row.put("title", "Post " + j + " of user " + id);
                    row.put("body", "Body of post " + j + " of user " + id + ", a few words long.");
                    row.put("published", j % 2 == 1);
                    rows.add(row);
                }
            }
            context.posts().bulkCreate(rows);
            context.analyze("posts");
            return Boolean.TRUE;
        });
        statements = context.countStatements(schema -> find(schema.users));
    }

    private List<Model> find(ModelStatic<Model> users) {
        return users.findAll(query()
                .where(Op.between("id", first, last))
                .include(include("posts").order(desc("id")).limit(TOP)));
    }

    @Override
    public Object orm() {
        return find(context.users());
    }

    @Override
    public Object raw() throws SQLException {
        try (Connection c = context.dataSource().getConnection()) {
            return strategy == Strategy.LATERAL ? lateral(c) : ranked(c);
        }
    }

    private List<Blog.BUser> lateral(Connection c) throws SQLException {
        RawJdbc raw = context.raw();
        List<Blog.BUser> users = new ArrayList<>(last - first + 1);
        try (RawStatements.Lease lease = context.statements().lease(c, lateralSql)) {
            PreparedStatement ps = lease.statement();
            ps.setInt(1, first);
            ps.setInt(2, last);
            try (ResultSet rs = ps.executeQuery()) {
                Blog.BUser current = null;
                while (rs.next()) {
                    int id = rs.getInt(1);
                    if (current == null || current.user.id != id) {
                        current = new Blog.BUser(raw.readUser(rs));
                        users.add(current);
                    }
                    rs.getInt(6);
                    if (!rs.wasNull()) {
                        current.posts.add(Blog.BPost.read(rs, raw, 6));
                    }
                }
            }
        }
        return users;
    }

    private List<Blog.BUser> ranked(Connection c) throws SQLException {
        RawJdbc raw = context.raw();
        Map<Integer, Blog.BUser> users = new LinkedHashMap<>((last - first + 1) * 4 / 3 + 1);
        try (RawStatements.Lease lease = context.statements().lease(c, usersSql)) {
            PreparedStatement ps = lease.statement();
            ps.setInt(1, first);
            ps.setInt(2, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    User u = raw.readUser(rs);
                    users.put(u.id, new Blog.BUser(u));
                }
            }
        }
        if (strategy == Strategy.RANGE) {
            try (RawStatements.Lease lease = context.statements().lease(c, rangeSql)) {
                PreparedStatement ps = lease.statement();
                ps.setInt(1, first);
                ps.setInt(2, last);
                readPosts(ps, users);
            }
        } else {
            int[] ids = users.keySet().stream().mapToInt(Integer::intValue).toArray();
            for (int start = 0; start < ids.length; start += CHUNK) {
                int end = Math.min(ids.length, start + CHUNK);
                String sql = inSql.computeIfAbsent(end - start, n -> rankedPrefix + " IN " + Blog.placeholders(n)
                        + ") t WHERE rn <= " + TOP + " ORDER BY rn");
                try (RawStatements.Lease lease = context.statements().lease(c, sql)) {
                    PreparedStatement ps = lease.statement();
                    for (int i = start; i < end; i++) {
                        ps.setInt(i - start + 1, ids[i]);
                    }
                    readPosts(ps, users);
                }
            }
        }
        return new ArrayList<>(users.values());
    }

    /** Rows come by rank, so each user's list fills newest first. */
    private void readPosts(PreparedStatement ps, Map<Integer, Blog.BUser> users) throws SQLException {
        RawJdbc raw = context.raw();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Blog.BPost p = Blog.BPost.read(rs, raw, 1);
                users.get(p.userId).posts.add(p);
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void verify(Object ormResult, Object rawResult) {
        List<Blog.BUser> orm = new ArrayList<>();
        for (Model m : (List<Model>) ormResult) {
            orm.add(Blog.of(m, true, false, false));
        }
        List<Blog.BUser> raw = (List<Blog.BUser>) rawResult;
        Blog.same(orm, raw, BenchContext.SEED_USERS, TOP, 0, 0, true);
        for (Blog.BUser u : orm) {
            for (int i = 1; i < u.posts.size(); i++) {
                if (u.posts.get(i - 1).id <= u.posts.get(i).id) {
                    throw new IllegalStateException("Posts of user " + u.user.id + " are not newest first");
                }
            }
        }
    }
}
