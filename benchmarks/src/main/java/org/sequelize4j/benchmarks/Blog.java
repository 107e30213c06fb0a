package org.sequelize4j.benchmarks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sequelize4j.Model;

/**
 * The hand-written side's object graph for the include workloads (W4, W4b, W4c): plain users with
 * their posts and comments, stitched by key, and the checks that compare them with Sequelize4j's
 * instances.
 */
final class Blog {

    private Blog() {
    }

    /** The column lists the raw side selects, quoted for the database. */
    static String postColumns(RawJdbc raw, String alias) {
        String a = alias == null ? "" : alias + ".";
        return a + "id, " + a + raw.q("userId") + ", " + a + "title, " + a + "body, " + a + "published, " + a
                + raw.q("createdAt") + ", " + a + raw.q("updatedAt");
    }

    /** {@code id, postId, userId, body, createdAt, updatedAt}. */
    static String commentColumns(RawJdbc raw) {
        return "id, " + raw.q("postId") + ", " + raw.q("userId") + ", body, " + raw.q("createdAt") + ", "
                + raw.q("updatedAt");
    }

    /** {@code (?, ?, … n)}. */
    static String placeholders(int n) {
        StringBuilder sb = new StringBuilder(n * 3 + 2).append("(?");
        for (int i = 1; i < n; i++) {
            sb.append(", ?");
        }
        return sb.append(')').toString();
    }

    /** A user with the to-many lists a workload loads (unused lists stay empty). */
    static final class BUser {
        final User user;
        final List<BPost> posts = new ArrayList<>();
        final List<BComment> comments = new ArrayList<>();

        BUser(User user) {
            this.user = user;
        }
    }

    /** A post (the seven columns of {@code posts}) with its comments. */
    static final class BPost {
        final int id;
        final int userId;
        final String title;
        final String body;
        final boolean published;
        final Instant createdAt;
        final Instant updatedAt;
        final List<BComment> comments = new ArrayList<>();

        BPost(int id, int userId, String title, String body, boolean published, Instant createdAt, Instant updatedAt) {
            this.id = id;
            this.userId = userId;
            this.title = title;
            this.body = body;
            this.published = published;
            this.createdAt = createdAt;
            this.updatedAt = updatedAt;
        }

        /** Reads the seven columns of {@link #postColumns} starting at column {@code from}. */
        static BPost read(ResultSet rs, RawJdbc raw, int from) throws SQLException {
            return new BPost(rs.getInt(from), rs.getInt(from + 1), rs.getString(from + 2), rs.getString(from + 3),
                    rs.getBoolean(from + 4), raw.readInstant(rs, from + 5), raw.readInstant(rs, from + 6));
        }

        static BPost of(Model m) {
            return new BPost(((Number) m.get("id")).intValue(), ((Number) m.get("userId")).intValue(),
                    (String) m.get("title"), (String) m.get("body"), Boolean.TRUE.equals(m.get("published")),
                    (Instant) m.get("createdAt"), (Instant) m.get("updatedAt"));
        }

        boolean sameColumns(BPost p) {
            return id == p.id && userId == p.userId && published == p.published && Objects.equals(title, p.title)
                    && Objects.equals(body, p.body) && Objects.equals(createdAt, p.createdAt)
                    && Objects.equals(updatedAt, p.updatedAt) && createdAt != null;
        }

        @Override
        public String toString() {
            return "Post(" + id + ", user " + userId + ", " + title + ", " + createdAt + ")";
        }
    }

    /** A comment (the six columns of {@code comments}). */
    static final class BComment {
        final int id;
        final int postId;
        final int userId;
        final String body;
        final Instant createdAt;
        final Instant updatedAt;

        BComment(int id, int postId, int userId, String body, Instant createdAt, Instant updatedAt) {
            this.id = id;
            this.postId = postId;
            this.userId = userId;
            this.body = body;
            this.createdAt = createdAt;
            this.updatedAt = updatedAt;
        }

        /** Reads the six columns of {@link #commentColumns}. */
        static BComment read(ResultSet rs, RawJdbc raw) throws SQLException {
            return new BComment(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4), raw.readInstant(rs, 5),
                    raw.readInstant(rs, 6));
        }

        static BComment of(Model m) {
            return new BComment(((Number) m.get("id")).intValue(), ((Number) m.get("postId")).intValue(),
                    ((Number) m.get("userId")).intValue(), (String) m.get("body"), (Instant) m.get("createdAt"),
                    (Instant) m.get("updatedAt"));
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof BComment)) {
                return false;
            }
            BComment c = (BComment) other;
            return id == c.id && postId == c.postId && userId == c.userId && Objects.equals(body, c.body)
                    && Objects.equals(createdAt, c.createdAt) && Objects.equals(updatedAt, c.updatedAt);
        }

        @Override
        public int hashCode() {
            return id;
        }

        @Override
        public String toString() {
            return "Comment(" + id + ", post " + postId + ", user " + userId + ", " + createdAt + ")";
        }
    }

    /** A Sequelize4j user with its included lists as the raw side's graph (lists as the ORM ordered them). */
    @SuppressWarnings("unchecked")
    static BUser of(Model m, boolean posts, boolean postComments, boolean userComments) {
        BUser u = new BUser(User.of(m));
        if (posts) {
            for (Model pm : (List<Model>) m.get("posts")) {
                BPost p = BPost.of(pm);
                if (postComments) {
                    for (Model cm : (List<Model>) pm.get("comments")) {
                        p.comments.add(BComment.of(cm));
                    }
                }
                u.posts.add(p);
            }
        }
        if (userComments) {
            for (Model cm : (List<Model>) m.get("userComments")) {
                u.comments.add(BComment.of(cm));
            }
        }
        return u;
    }

    /**
     * Fails unless both sides hold the same users (every column) with, per user, the same posts and
     * comments (every column). With {@code ordered} the posts must be in the same order (a per-parent
     * order was asked for); otherwise lists are compared by id. Also checks the sizes expected.
     */
    static void same(Collection<BUser> orm, Collection<BUser> raw, int users, int postsPerUser, int commentsPerPost,
                     int commentsPerUser, boolean ordered) {
        if (orm.size() != users || raw.size() != users) {
            throw new IllegalStateException("Expected " + users + " users, ORM gave " + orm.size() + ", raw " + raw.size());
        }
        Map<Integer, BUser> rawById = new HashMap<>();
        for (BUser u : raw) {
            rawById.put(u.user.id, u);
        }
        for (BUser o : orm) {
            BUser r = rawById.get(o.user.id);
            if (r == null || !o.user.equals(r.user)) {
                throw new IllegalStateException("User differs: ORM " + o.user + ", raw " + (r == null ? null : r.user));
            }
            List<BPost> op = new ArrayList<>(o.posts);
            List<BPost> rp = new ArrayList<>(r.posts);
            if (!ordered) {
                op.sort(Comparator.comparingInt(p -> p.id));
                rp.sort(Comparator.comparingInt(p -> p.id));
            }
            if (op.size() != postsPerUser || rp.size() != postsPerUser) {
                throw new IllegalStateException("User " + o.user.id + ": " + op.size() + " posts (ORM), " + rp.size()
                        + " (raw), expected " + postsPerUser);
            }
            for (int i = 0; i < op.size(); i++) {
                if (!op.get(i).sameColumns(rp.get(i))) {
                    throw new IllegalStateException("User " + o.user.id + ", post " + i + " differs: ORM " + op.get(i)
                            + ", raw " + rp.get(i));
                }
                sameComments("post " + op.get(i).id, op.get(i).comments, rp.get(i).comments, commentsPerPost);
            }
            sameComments("user " + o.user.id, o.comments, r.comments, commentsPerUser);
        }
    }

    private static void sameComments(String owner, List<BComment> orm, List<BComment> raw, int expected) {
        List<BComment> a = new ArrayList<>(orm);
        List<BComment> b = new ArrayList<>(raw);
        a.sort(Comparator.comparingInt(c -> c.id));
        b.sort(Comparator.comparingInt(c -> c.id));
        if (a.size() != expected || !a.equals(b) || (!a.isEmpty() && a.get(0).createdAt == null)) {
            throw new IllegalStateException("Comments of " + owner + " differ (expected " + expected + "): ORM " + a
                    + ", raw " + b);
        }
    }
}
