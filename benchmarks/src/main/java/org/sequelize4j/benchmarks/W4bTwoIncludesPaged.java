package org.sequelize4j.benchmarks;

import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;

/**
 * W4b: a page of 50 users with two to-many includes, their posts and the comments they wrote, over
 * W4's 200 users (seeded by {@link W4NestedInclude#nestedUsers}). Each run reads one page; the page
 * cycles through the four pages from run to run, each side keeping its own count, so the n-th ORM run
 * and the n-th raw run read the same page (the runner runs both sides equally often).
 *
 * <ul>
 *   <li>ORM: {@code users.findAll(query().where(between("id", first, last)).order(asc("id")).limit(50)
 *       .offset(k * 50).include("posts", "userComments"))}: the page, then one query per include
 *       ({@code IN} lists of 50): 3 statements.</li>
 *   <li>Raw: on one pooled connection, {@code SELECT … FROM users WHERE id BETWEEN ? AND ? ORDER BY id
 *       LIMIT 50 OFFSET ?}, {@code SELECT … FROM posts WHERE userId IN (…50)}, {@code SELECT … FROM
 *       comments WHERE userId IN (…50)}, stitched by key into users holding their posts and comments.</li>
 * </ul>
 */
public final class W4bTwoIncludesPaged implements Workload {

    private static final int PAGE = 50;
    private static final int PAGES = W4NestedInclude.USERS / PAGE;

    private final BenchContext context;
    private final String usersSql;
    private final String postsSql;
    private final String commentsSql;
    private int[] range;
    private int ormRuns;
    private int rawRuns;
    private int statements;

    /** The workload on a database. */
    public W4bTwoIncludesPaged(BenchContext context) {
        this.context = context;
        RawJdbc raw = context.raw();
        this.usersSql = "SELECT " + raw.userColumns + " FROM users WHERE id BETWEEN ? AND ? ORDER BY id LIMIT " + PAGE
                + " OFFSET ?";
        this.postsSql = "SELECT " + Blog.postColumns(raw, null) + " FROM posts WHERE " + raw.q("userId") + " IN "
                + Blog.placeholders(PAGE);
        this.commentsSql = "SELECT " + Blog.commentColumns(raw) + " FROM comments WHERE " + raw.q("userId") + " IN "
                + Blog.placeholders(PAGE);
    }

    @Override
    public String id() {
        return "W4b";
    }

    @Override
    public String title() {
        return "two to-many includes (posts, userComments), pages of 50 users";
    }

    @Override
    public double target(BenchDialect dialect) {
        return 1.3;
    }

    @Override
    public String note() {
        return statements < 0 ? null : statements + " statements per ORM run (counted with a logging callback)";
    }

    @Override
    public void setUp() {
        range = W4NestedInclude.nestedUsers(context);
        statements = context.countStatements(schema -> find(schema.users, 0));
    }

    private List<Model> find(ModelStatic<Model> users, int page) {
        return users.findAll(query()
                .where(Op.between("id", range[0], range[1]))
                .order(asc("id"))
                .limit(PAGE)
                .offset(page * PAGE)
                .include("posts", "userComments"));
    }

    @Override
    public Object orm() {
        return find(context.users(), ormRuns++ % PAGES);
    }

    @Override
    public Object raw() throws SQLException {
        int page = rawRuns++ % PAGES;
        RawJdbc raw = context.raw();
        Map<Integer, Blog.BUser> users = new LinkedHashMap<>(PAGE * 4 / 3 + 1);
        try (Connection c = context.dataSource().getConnection()) {
            try (RawStatements.Lease lease = context.statements().lease(c, usersSql)) {
                PreparedStatement ps = lease.statement();
                ps.setInt(1, range[0]);
                ps.setInt(2, range[1]);
                ps.setInt(3, page * PAGE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        User u = raw.readUser(rs);
                        users.put(u.id, new Blog.BUser(u));
                    }
                }
            }
            if (users.size() != PAGE) {
                throw new IllegalStateException("Page " + page + " holds " + users.size() + " users");
            }
            try (RawStatements.Lease lease = context.statements().lease(c, postsSql)) {
                PreparedStatement ps = lease.statement();
                int p = 1;
                for (Integer id : users.keySet()) {
                    ps.setInt(p++, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Blog.BPost post = Blog.BPost.read(rs, raw, 1);
                        users.get(post.userId).posts.add(post);
                    }
                }
            }
            try (RawStatements.Lease lease = context.statements().lease(c, commentsSql)) {
                PreparedStatement ps = lease.statement();
                int p = 1;
                for (Integer id : users.keySet()) {
                    ps.setInt(p++, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Blog.BComment cm = Blog.BComment.read(rs, raw);
                        users.get(cm.userId).comments.add(cm);
                    }
                }
            }
        }
        return new ArrayList<>(users.values());
    }

    @Override
    @SuppressWarnings("unchecked")
    public void verify(Object ormResult, Object rawResult) {
        List<Model> models = (List<Model>) ormResult;
        List<Blog.BUser> orm = new ArrayList<>();
        for (Model m : models) {
            orm.add(Blog.of(m, true, false, true));
        }
        List<Blog.BUser> raw = (List<Blog.BUser>) rawResult;
        Blog.same(orm, raw, PAGE, W4NestedInclude.POSTS_PER_USER, 0, W4NestedInclude.COMMENTS_PER_USER, false);
        for (int i = 0; i < PAGE; i++) {
            if (orm.get(i).user.id != raw.get(i).user.id) {
                throw new IllegalStateException("Page order differs at " + i);
            }
        }
    }
}
