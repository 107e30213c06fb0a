package org.sequelize4j.benchmarks;

import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sequelize4j.Model;
import org.sequelize4j.Op;

/**
 * W7: the posts of 1,000 users in one batch, as a page of users with their posts is loaded. The first
 * 1,000 seeded users have 5 posts each (5,000 posts, written once); the 1,000 user instances are
 * loaded untimed, and both sides start from them.
 *
 * <ul>
 *   <li>ORM: {@code userPosts.get(parents, null)} on {@code users.hasMany(posts, as "posts", foreignKey
 *       "userId")}: one query for the 1,000 parents, a {@code Map} from each parent to its posts.</li>
 *   <li>Raw: {@code SELECT id, userId, title, body, published, createdAt, updatedAt FROM posts WHERE
 *       userId IN (?, … 1,000)} on a pooled connection, the parents' ids bound, each row read into a
 *       {@link Post} (timestamps as {@link Instant}) and grouped into a {@code Map<Integer, List<Post>>}
 *       by {@code userId}, with an entry for every parent.</li>
 * </ul>
 */
public final class W7HasManyBatchGet implements Workload {

    private static final int PARENTS = 1_000;
    private static final int POSTS_PER_PARENT = 5;

    private final BenchContext context;
    private final String sql;
    private List<Model> parents;

    /** The workload on a database. */
    public W7HasManyBatchGet(BenchContext context) {
        this.context = context;
        RawJdbc raw = context.raw();
        StringBuilder sb = new StringBuilder("SELECT id, ").append(raw.q("userId"))
                .append(", title, body, published, ").append(raw.q("createdAt")).append(", ").append(raw.q("updatedAt"))
                .append(" FROM posts WHERE ").append(raw.q("userId")).append(" IN (?");
        for (int i = 1; i < PARENTS; i++) {
            sb.append(", ?");
        }
        this.sql = sb.append(')').toString();
    }

    @Override
    public String id() {
        return "W7";
    }

    @Override
    public String title() {
        return "hasMany batch get for 1,000 parents";
    }

    @Override
    public double target(BenchDialect dialect) {
        return 1.2;
    }

    @Override
    public void setUp() throws SQLException {
        context.seedUsers();
        int[] all = context.userIds();
        List<Integer> ids = new ArrayList<>(PARENTS);
        for (int i = 0; i < PARENTS; i++) {
            ids.add(all[i]);
        }
        if (countPosts() != PARENTS * POSTS_PER_PARENT) {
            try (Connection c = context.dataSource().getConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM posts");
            }
            List<Map<String, Object>> rows = new ArrayList<>(PARENTS * POSTS_PER_PARENT);
            for (int userId : ids) {
                for (int j = 1; j <= POSTS_PER_PARENT; j++) {
                    Map<String, Object> row = new HashMap<>(8);
                    row.put("userId", userId);
                    row.put("title", "Post " + j + " of user " + userId);
                    row.put("body", "Body of post " + j + " of user " + userId + ", a few words long.");
                    row.put("published", j % 2 == 1);
                    rows.add(row);
                }
            }
            context.posts().bulkCreate(rows);
            if (countPosts() != PARENTS * POSTS_PER_PARENT) {
                throw new IllegalStateException("Seeding posts failed");
            }
            context.analyze("posts");
        }
        parents = context.users().findAll(query().where(Op.in("id", ids)).order(asc("id")));
        if (parents.size() != PARENTS) {
            throw new IllegalStateException("Expected " + PARENTS + " parents, found " + parents.size());
        }
    }

    private long countPosts() throws SQLException {
        try (Connection c = context.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM posts")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public Object orm() {
        return context.userPosts().get(parents, null);
    }

    @Override
    public Object raw() throws SQLException {
        RawJdbc raw = context.raw();
        Map<Integer, List<Post>> byUser = new LinkedHashMap<>(PARENTS * 4 / 3 + 1);
        try (Connection c = context.dataSource().getConnection(); RawStatements.Lease lease = context.statements().lease(c, sql)) {
            PreparedStatement ps = lease.statement();
            int p = 1;
            for (Model parent : parents) {
                int id = ((Number) parent.getDataValue("id")).intValue();
                byUser.put(id, new ArrayList<>(POSTS_PER_PARENT));
                ps.setInt(p++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Post post = new Post(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                            raw.readInstant(rs, 6), raw.readInstant(rs, 7));
                    byUser.get(post.userId).add(post);
                }
            }
        }
        return byUser;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void verify(Object ormResult, Object rawResult) {
        Map<Model, List<Model>> orm = (Map<Model, List<Model>>) ormResult;
        Map<Integer, List<Post>> raw = (Map<Integer, List<Post>>) rawResult;
        if (orm.size() != PARENTS || raw.size() != PARENTS) {
            throw new IllegalStateException("Expected " + PARENTS + " parents, ORM gave " + orm.size() + ", raw "
                    + raw.size());
        }
        for (Map.Entry<Model, List<Model>> entry : orm.entrySet()) {
            int userId = ((Number) entry.getKey().get("id")).intValue();
            List<Post> o = new ArrayList<>();
            entry.getValue().forEach(m -> o.add(Post.of(m)));
            List<Post> r = raw.get(userId);
            if (r == null) {
                throw new IllegalStateException("Raw side has no entry for user " + userId);
            }
            r = new ArrayList<>(r);
            o.sort(Comparator.comparingInt(x -> x.id));
            r.sort(Comparator.comparingInt(x -> x.id));
            if (o.size() != POSTS_PER_PARENT || !o.equals(r)) {
                throw new IllegalStateException("Posts of user " + userId + " differ: ORM " + o + ", raw " + r);
            }
            if (o.get(0).createdAt == null) {
                throw new IllegalStateException("Post lacks timestamps: " + o.get(0));
            }
        }
    }

    /** The hand-written side's post: the seven columns of {@code posts}. */
    static final class Post {
        final int id;
        final int userId;
        final String title;
        final String body;
        final boolean published;
        final Instant createdAt;
        final Instant updatedAt;

        Post(int id, int userId, String title, String body, boolean published, Instant createdAt, Instant updatedAt) {
            this.id = id;
            this.userId = userId;
            this.title = title;
            this.body = body;
            this.published = published;
            this.createdAt = createdAt;
            this.updatedAt = updatedAt;
        }

        /** The same values read from a Sequelize4j instance (for checking that both sides agree). */
        static Post of(Model m) {
            return new Post(((Number) m.get("id")).intValue(), ((Number) m.get("userId")).intValue(),
                    (String) m.get("title"), (String) m.get("body"), Boolean.TRUE.equals(m.get("published")),
                    (Instant) m.get("createdAt"), (Instant) m.get("updatedAt"));
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Post)) {
                return false;
            }
            Post p = (Post) other;
            return id == p.id && userId == p.userId && published == p.published && Objects.equals(title, p.title)
                    && Objects.equals(body, p.body) && Objects.equals(createdAt, p.createdAt)
                    && Objects.equals(updatedAt, p.updatedAt);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, userId);
        }

        @Override
        public String toString() {
            return "Post(" + id + ", user " + userId + ", " + title + ", " + published + ", " + createdAt + ")";
        }
    }
}
