package org.sequelize4j.benchmarks;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.BOOLEAN;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.DataTypes.TEXT;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.HashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.sequelize4j.IndexOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.References;
import org.sequelize4j.ReferentialAction;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SyncOptions;
import org.sequelize4j.association.BelongsToManyAssociation;
import org.sequelize4j.association.BelongsToManyOptions;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.association.HasManyOptions;

/**
 * Everything a workload needs on one database: the Sequelize4j instance with the benchmark schema
 * synced, its pool's {@link DataSource} (the only way the raw side gets connections, so both sides
 * share one pool), the raw side's SQL helpers, and the shared seed data.
 *
 * <p>Schema, defined with Sequelize4j and synced with {@code force}:
 * <pre>
 * users(id, name, email, createdAt, updatedAt)
 * posts(id, userId → users, title, body, published, createdAt, updatedAt)
 * comments(id, postId → posts, userId → users, body, createdAt, updatedAt)
 * tags(id, name, createdAt, updatedAt)
 * UserTags(userId → users, tagId → tags, createdAt, updatedAt)
 * </pre>
 * with indexes on {@code posts.userId}, {@code comments.postId} and {@code comments.userId}, and the
 * associations {@code users.hasMany(posts, as "posts", foreignKey "userId")} (W7, W4),
 * {@code users.belongsToMany(tags, through "UserTags", as "tags")} (W8),
 * {@code posts.hasMany(comments, as "comments", foreignKey "postId")} (W4) and
 * {@code users.hasMany(comments, as "userComments", foreignKey "userId")} (W4b), declared before the sync.
 */
public final class BenchContext implements AutoCloseable {

    /** Users in the seeded table that the read workloads query. */
    public static final int SEED_USERS = 10_000;

    private final BenchDialect dialect;
    private final Path workDir;
    private final Sequelize sequelize;
    private final ModelStatic<Model> users;
    private final ModelStatic<Model> posts;
    private final ModelStatic<Model> comments;
    private final ModelStatic<Model> tags;
    private final HasManyAssociation<Model, Model> userPosts;
    private final BelongsToManyAssociation<Model, Model> userTags;
    private final HasManyAssociation<Model, Model> postComments;
    private final HasManyAssociation<Model, Model> userComments;
    private final RawJdbc raw;
    private final RawStatements statements = RawStatements.fromSystemProperties();
    private boolean seeded;
    /** The ids of the {@link #SEED_USERS} seeded users, ascending (valid while {@link #seeded}). */
    private int[] seedIds;
    /** Extra data sets workloads seed once (see {@link #once}); forgotten when {@code users} is emptied. */
    private final Map<String, Object> extras = new HashMap<>();
    /** A second Sequelize4j instance on the same database, with a counting logging callback (lazily opened). */
    private Sequelize counting;
    private Schema countingSchema;
    private final int[] countedStatements = new int[1];

    /**
     * The benchmark schema on one Sequelize4j instance: the models, their indexes and associations
     * (shared by the benchmarked instance and the statement-counting one).
     */
    public static final class Schema {
        /** {@code users}. */
        public final ModelStatic<Model> users;
        /** {@code posts}. */
        public final ModelStatic<Model> posts;
        /** {@code comments}. */
        public final ModelStatic<Model> comments;
        /** {@code tags}. */
        public final ModelStatic<Model> tags;
        /** users → posts as {@code posts}. */
        public final HasManyAssociation<Model, Model> userPosts;
        /** users ↔ tags as {@code tags}. */
        public final BelongsToManyAssociation<Model, Model> userTags;
        /** posts → comments as {@code comments}. */
        public final HasManyAssociation<Model, Model> postComments;
        /** users → comments (by {@code comments.userId}) as {@code userComments}. */
        public final HasManyAssociation<Model, Model> userComments;

        private Schema(Sequelize sequelize) {
            this.users = sequelize.define("user", List.of(
                    attribute("name", STRING),
                    attribute("email", STRING)));
            // The foreign keys are indexed, as any schema that reads by them has them (PostgreSQL and
            // SQLite do not index a foreign key by themselves; InnoDB does).
            this.posts = sequelize.define("post", List.of(
                    attribute("userId", INTEGER).references(References.model("user")).onDelete(ReferentialAction.CASCADE),
                    attribute("title", STRING),
                    attribute("body", TEXT),
                    attribute("published", BOOLEAN)),
                    ModelOptions.options().indexes(IndexOptions.index("userId")));
            this.comments = sequelize.define("comment", List.of(
                    attribute("postId", INTEGER).references(References.model("post")).onDelete(ReferentialAction.CASCADE),
                    attribute("userId", INTEGER).references(References.model("user")).onDelete(ReferentialAction.CASCADE),
                    attribute("body", TEXT)),
                    ModelOptions.options().indexes(IndexOptions.index("postId"), IndexOptions.index("userId")));
            this.tags = sequelize.define("tag", List.of(
                    attribute("name", STRING)));
            // Associations are declared before the sync, so the tables carry their keys; the hasManys
            // complete the foreign-key attributes posts and comments already declare.
            this.userPosts = users.hasMany(posts, HasManyOptions.hasMany().as("posts").foreignKey("userId"));
            this.userTags = users.belongsToMany(tags, BelongsToManyOptions.belongsToMany().through("UserTags").as("tags"));
            this.postComments = posts.hasMany(comments, HasManyOptions.hasMany().as("comments").foreignKey("postId"));
            this.userComments = users.hasMany(comments, HasManyOptions.hasMany().as("userComments").foreignKey("userId"));
        }

        /** Defines the schema on an instance (no sync). */
        static Schema define(Sequelize sequelize) {
            return new Schema(sequelize);
        }
    }

    /** Opens the database and (re)creates the schema. */
    public BenchContext(BenchDialect dialect) {
        this.dialect = dialect;
        this.workDir = BenchDialect.tempDir();
        this.sequelize = dialect.open(workDir);
        Schema schema = Schema.define(sequelize);
        this.users = schema.users;
        this.posts = schema.posts;
        this.comments = schema.comments;
        this.tags = schema.tags;
        this.userPosts = schema.userPosts;
        this.userTags = schema.userTags;
        this.postComments = schema.postComments;
        this.userComments = schema.userComments;
        sequelize.sync(SyncOptions.syncOptions().force(true));
        this.raw = new RawJdbc(dialect.family());
    }

    /** The database. */
    public BenchDialect dialect() {
        return dialect;
    }

    /** The Sequelize4j instance. */
    public Sequelize sequelize() {
        return sequelize;
    }

    /** The {@code user} model (table {@code users}). */
    public ModelStatic<Model> users() {
        return users;
    }

    /** The {@code post} model (table {@code posts}). */
    public ModelStatic<Model> posts() {
        return posts;
    }

    /** The {@code comment} model (table {@code comments}). */
    public ModelStatic<Model> comments() {
        return comments;
    }

    /** {@code posts.hasMany(comments)} as {@code comments}, by {@code comments.postId}. */
    public HasManyAssociation<Model, Model> postComments() {
        return postComments;
    }

    /** {@code users.hasMany(comments)} as {@code userComments}, by {@code comments.userId}. */
    public HasManyAssociation<Model, Model> userComments() {
        return userComments;
    }

    /** The {@code tag} model (table {@code tags}). */
    public ModelStatic<Model> tags() {
        return tags;
    }

    /** {@code users.hasMany(posts)} as {@code posts}, by {@code posts.userId}. */
    public HasManyAssociation<Model, Model> userPosts() {
        return userPosts;
    }

    /** {@code users.belongsToMany(tags)} as {@code tags}, through {@code UserTags}. */
    public BelongsToManyAssociation<Model, Model> userTags() {
        return userTags;
    }

    /** The pool both sides use. */
    public DataSource dataSource() {
        return sequelize.dataSource();
    }

    /** The raw side's SQL helpers. */
    public RawJdbc raw() {
        return raw;
    }

    /** The raw side's prepared statements, re-executed per connection and text. */
    public RawStatements statements() {
        return statements;
    }

    /** The attribute values of the {@code i}-th generated user (1-based); one in ten is not at example.com. */
    public static Map<String, Object> userValues(int i) {
        Map<String, Object> values = new LinkedHashMap<>(4);
        values.put("name", "User " + i);
        values.put("email", "user" + i + (i % 10 == 0 ? "@example.org" : "@example.com"));
        return values;
    }

    /** Empties {@code users} (and what references it), restarting its id sequence. */
    public void emptyUsers() {
        users.truncate(true, true);
        seeded = false;
        seedIds = null;
        extras.clear();
    }

    /**
     * A data set seeded once per filled {@code users} table: {@code seed} runs the first time a key is
     * asked for (and again after {@link #emptyUsers}); its result is kept for the next caller.
     */
    @SuppressWarnings("unchecked")
    public <T> T once(String key, Supplier<T> seed) {
        Object value = extras.get(key);
        if (value == null) {
            value = seed.get();
            extras.put(key, value);
        }
        return (T) value;
    }

    /** The ids of the {@link #SEED_USERS} seeded users, ascending (seeding them first if needed). */
    public int[] seedIds() {
        seedUsers();
        return seedIds.clone();
    }

    /**
     * How many SQL statements {@code action} sends, counted by running it on a second Sequelize4j
     * instance on the same database with a logging callback (the benchmarked instance logs nothing).
     * Returns -1 on in-memory SQLite, where a second instance would not see the same database.
     */
    public int countStatements(Function<Schema, ?> action) {
        if (dialect == BenchDialect.SQLITE_MEMORY) {
            return -1;
        }
        if (counting == null) {
            counting = dialect.open(workDir, options -> options.logging(sql -> countedStatements[0]++));
            countingSchema = Schema.define(counting);
        }
        countedStatements[0] = 0;
        action.apply(countingSchema);
        return countedStatements[0];
    }

    /** The first seeded user's creation time. */
    private static final java.time.Instant SEED_EPOCH = java.time.Instant.parse("2026-01-01T00:00:00Z");

    /** Makes {@code users} hold exactly {@link #SEED_USERS} generated users, unless it already does. */
    public void seedUsers() {
        if (seeded) {
            return;
        }
        emptyUsers();
        List<Map<String, Object>> rows = new ArrayList<>(SEED_USERS);
        for (int i = 1; i <= SEED_USERS; i++) {
            // Timestamps as a table that has lived has them: a creation time of its own per row, and half
            // of the rows updated since. One bulk insert's shared timestamps would flatter any reader that
            // remembers the last date it read (both SQLite codecs and the instance-sharing reads do).
            Map<String, Object> values = userValues(i);
            java.time.Instant created = SEED_EPOCH.plusMillis(i * 1_001L);
            values.put("createdAt", created);
            values.put("updatedAt", i % 2 == 0 ? created : created.plusSeconds(3_600));
            rows.add(values);
        }
        users.bulkCreate(rows);
        int[] ids = userIds();
        if (ids.length != SEED_USERS) {
            throw new IllegalStateException("Seeding users failed");
        }
        analyze("users");
        seedIds = ids;
        seeded = true;
    }

    /**
     * Refreshes the planner's statistics, as a database that has lived with its data would have them;
     * without this PostgreSQL plans W6 as a sequential scan of a table it believes tiny.
     *
     * @param table an unquoted, lower-case table name ({@code users}, {@code posts})
     */
    public void analyze(String table) {
        String sql = (dialect.family() == BenchDialect.Family.MARIADB ? "ANALYZE TABLE " : "ANALYZE ") + table;
        try (Connection c = dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code count} distinct user ids in an order shuffled by {@code seed} (the same seed, the same ids). */
    public int[] shuffledUserIds(long seed, int count) {
        int[] all = userIds();
        Random random = new Random(seed);
        for (int i = all.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return Arrays.copyOf(all, count);
    }

    /** The ids in {@code users}, ascending (read with plain JDBC). */
    public int[] userIds() {
        try (Connection c = dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM users ORDER BY id")) {
            List<Integer> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
            return ids.stream().mapToInt(Integer::intValue).toArray();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes the pool and removes temporary files. */
    @Override
    public void close() {
        statements.closeAll();
        if (counting != null) {
            counting.close();
        }
        sequelize.close();
        BenchDialect.deleteTree(workDir);
    }
}
