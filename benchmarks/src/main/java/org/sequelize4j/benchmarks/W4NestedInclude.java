package org.sequelize4j.benchmarks;

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
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;

/**
 * W4: 200 users, each with its 10 posts, each post with its 5 comments: a nested include.
 *
 * <p>The data is a set of its own, seeded once (untimed, through {@code bulkCreate}) after the 10,000
 * shared users: 200 users at {@code @w4.example.net}, whose ids form one range, 2,000 posts and 10,000
 * comments; each comment is written by another of the 200 users, so that every one of them has written
 * 50 comments (read by W4b).
 *
 * <ul>
 *   <li>ORM: {@code users.findAll(query().where(between("id", first, last)).include(include("posts")
 *       .with("comments")))}: one query for the users, one for their posts (an {@code IN} list of 200),
 *       and one per 1,000 posts for the comments: 4 statements.</li>
 *   <li>Raw: on one pooled connection, {@code SELECT … FROM users WHERE id BETWEEN ? AND ?}, then
 *       {@code SELECT … FROM posts WHERE userId IN (…200)}, then {@code SELECT … FROM comments WHERE postId
 *       IN (…)} per 1,000 posts, rows read into plain objects (timestamps as {@code Instant}) and
 *       stitched by key into users holding lists of posts holding lists of comments.</li>
 * </ul>
 */
public final class W4NestedInclude implements Workload {

    static final int USERS = 200;
    static final int POSTS_PER_USER = 10;
    static final int COMMENTS_PER_POST = 5;
    /** Comments each of the 200 users has written. */
    static final int COMMENTS_PER_USER = POSTS_PER_USER * COMMENTS_PER_POST;
    /** Keys per {@code IN} list on the raw side, as the ORM batches. */
    static final int CHUNK = 1_000;

    private final BenchContext context;
    /** Levels loaded below the users: 0 (users only), 1 (their posts) or 2 (and the posts' comments). */
    private final int depth;
    private final String usersSql;
    private final String postsSql;
    private final String commentsSql;
    /** Statement texts by IN-list length, built once. */
    private final Map<Integer, String> postsIn = new HashMap<>();
    private final Map<Integer, String> commentsIn = new HashMap<>();
    private int[] range;
    private int statements;

    /** The workload on a database. */
    public W4NestedInclude(BenchContext context) {
        this(context, 2);
    }

    /** The workload loading {@code depth} levels below the users (the linear-cost runs: 0, 1, 2). */
    public W4NestedInclude(BenchContext context, int depth) {
        if (depth < 0 || depth > 2) {
            throw new IllegalArgumentException("depth 0, 1 or 2, not " + depth);
        }
        this.context = context;
        this.depth = depth;
        RawJdbc raw = context.raw();
        this.usersSql = "SELECT " + raw.userColumns + " FROM users WHERE id BETWEEN ? AND ?";
        this.postsSql = "SELECT " + Blog.postColumns(raw, null) + " FROM posts WHERE " + raw.q("userId") + " IN ";
        this.commentsSql = "SELECT " + Blog.commentColumns(raw) + " FROM comments WHERE " + raw.q("postId") + " IN ";
    }

    @Override
    public String id() {
        return "W4";
    }

    @Override
    public String title() {
        return "nested include: 200 users x 10 posts x 5 comments";
    }

    @Override
    public double target(BenchDialect dialect) {
        return 1.3;
    }

    /** Users, their posts and the posts' comments. */
    @Override
    public int instancesPerResult() {
        return depth == 0 ? USERS : depth == 1 ? USERS * (1 + POSTS_PER_USER)
                : USERS * (1 + POSTS_PER_USER * (1 + COMMENTS_PER_POST));
    }

    @Override
    public String note() {
        return statements < 0 ? null : statements + " statements per ORM run (counted with a logging callback)";
    }

    /**
     * The first and last id of the 200 users of W4 and W4b, seeding them with their posts and comments
     * the first time (once per filled {@code users} table).
     */
    static int[] nestedUsers(BenchContext context) {
        return context.once("W4", () -> seed(context));
    }

    private static int[] seed(BenchContext context) {
        context.seedUsers();
        List<Map<String, Object>> userRows = new ArrayList<>(USERS);
        for (int i = 1; i <= USERS; i++) {
            Map<String, Object> row = new LinkedHashMap<>(4);
            row.put("name", "Nested " + i);
            row.put("email", "nested" + i + "@w4.example.net");
            userRows.add(row);
        }
        int[] ids = ids(context.users().bulkCreate(userRows));
        for (int i = 1; i < ids.length; i++) {
            if (ids[i] != ids[0] + i) {
                throw new IllegalStateException("W4's users did not get one range of ids");
            }
        }
        List<Map<String, Object>> postRows = new ArrayList<>(USERS * POSTS_PER_USER);
        for (int userId : ids) {
            for (int j = 1; j <= POSTS_PER_USER; j++) {
                Map<String, Object> row = new HashMap<>(8);
                row.put("userId", userId);
                row.put("title", "Nested post " + j + " of user " + userId);
                row.put("body", "Body of nested post " + j + " of user " + userId + ", a few words long.");
                row.put("published", j % 2 == 1);
                postRows.add(row);
            }
        }
        int[] postIds = ids(context.posts().bulkCreate(postRows));
        List<Map<String, Object>> commentRows = new ArrayList<>(postIds.length * COMMENTS_PER_POST);
        for (int p = 0; p < postIds.length; p++) {
            int owner = p / POSTS_PER_USER;
            for (int k = 0; k < COMMENTS_PER_POST; k++) {
                Map<String, Object> row = new HashMap<>(6);
                row.put("postId", postIds[p]);
                // written by one of the next five users: every user writes 50 comments
                row.put("userId", ids[(owner + k + 1) % USERS]);
                row.put("body", "Comment " + k + " on post " + postIds[p]);
                commentRows.add(row);
            }
        }
        context.comments().bulkCreate(commentRows);
        context.analyze("users");
        context.analyze("posts");
        context.analyze("comments");
        return new int[] {ids[0], ids[ids.length - 1]};
    }

    private static int[] ids(List<Model> instances) {
        int[] ids = new int[instances.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = ((Number) instances.get(i).getDataValue("id")).intValue();
        }
        java.util.Arrays.sort(ids);
        return ids;
    }

    @Override
    public void setUp() {
        range = nestedUsers(context);
        statements = context.countStatements(schema -> find(schema.users));
    }

    private List<Model> find(ModelStatic<Model> users) {
        var found = query().where(Op.between("id", range[0], range[1]));
        if (depth == 1) {
            found.include(include("posts"));
        } else if (depth == 2) {
            found.include(include("posts").with("comments"));
        }
        return users.findAll(found);
    }

    @Override
    public Object orm() {
        return find(context.users());
    }

    @Override
    public Object raw() throws SQLException {
        RawJdbc raw = context.raw();
        Map<Integer, Blog.BUser> users = new LinkedHashMap<>(USERS * 4 / 3 + 1);
        try (Connection c = context.dataSource().getConnection()) {
            try (RawStatements.Lease lease = context.statements().lease(c, usersSql)) {
                PreparedStatement ps = lease.statement();
                ps.setInt(1, range[0]);
                ps.setInt(2, range[1]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        User u = raw.readUser(rs);
                        users.put(u.id, new Blog.BUser(u));
                    }
                }
            }
            if (depth == 0) {
                return new ArrayList<>(users.values());
            }
            int[] userIds = users.keySet().stream().mapToInt(Integer::intValue).toArray();
            Map<Integer, Blog.BPost> posts = new HashMap<>(userIds.length * POSTS_PER_USER * 4 / 3 + 1);
            for (int start = 0; start < userIds.length; start += CHUNK) {
                int end = Math.min(userIds.length, start + CHUNK);
                try (RawStatements.Lease lease = context.statements().lease(c, in(postsIn, postsSql, end - start))) {
                    PreparedStatement ps = lease.statement();
                    for (int i = start; i < end; i++) {
                        ps.setInt(i - start + 1, userIds[i]);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Blog.BPost p = Blog.BPost.read(rs, raw, 1);
                            users.get(p.userId).posts.add(p);
                            posts.put(p.id, p);
                        }
                    }
                }
            }
            if (depth == 1) {
                return new ArrayList<>(users.values());
            }
            int[] postIds = posts.keySet().stream().mapToInt(Integer::intValue).toArray();
            for (int start = 0; start < postIds.length; start += CHUNK) {
                int end = Math.min(postIds.length, start + CHUNK);
                try (RawStatements.Lease lease = context.statements().lease(c, in(commentsIn, commentsSql, end - start))) {
                    PreparedStatement ps = lease.statement();
                    for (int i = start; i < end; i++) {
                        ps.setInt(i - start + 1, postIds[i]);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Blog.BComment cm = Blog.BComment.read(rs, raw);
                            posts.get(cm.postId).comments.add(cm);
                        }
                    }
                }
            }
        }
        return new ArrayList<>(users.values());
    }

    private static String in(Map<Integer, String> cache, String prefix, int n) {
        return cache.computeIfAbsent(n, k -> prefix + Blog.placeholders(k));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void verify(Object ormResult, Object rawResult) {
        List<Blog.BUser> orm = new ArrayList<>();
        for (Model m : (List<Model>) ormResult) {
            orm.add(Blog.of(m, true, true, false));
        }
        Blog.same(orm, (List<Blog.BUser>) rawResult, USERS, POSTS_PER_USER, COMMENTS_PER_POST, 0, false);
    }

    /** Checks both sides loaded the same graph to this workload's depth. */
    @SuppressWarnings("unchecked")
    void verifyDepth(Object ormResult, Object rawResult) {
        List<Blog.BUser> orm = new ArrayList<>();
        for (Model m : (List<Model>) ormResult) {
            orm.add(Blog.of(m, depth >= 1, depth >= 2, false));
        }
        Blog.same(orm, (List<Blog.BUser>) rawResult, USERS, depth >= 1 ? POSTS_PER_USER : 0,
                depth >= 2 ? COMMENTS_PER_POST : 0, 0, false);
    }
}
