package org.sequelize4j.benchmarks;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;

/**
 * Streams a table of a million rows through {@code stream(query())} and through a hand-written JDBC
 * cursor (fetch size 1,000; on PostgreSQL inside a transaction, which pgjdbc needs to fetch in
 * pieces), in a JVM whose heap is capped, to show that the library reads any size of result in
 * constant memory. Run it with a small heap, e.g.
 *
 * <pre>
 * mvn -q -pl benchmarks -am compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-Xmx64m -cp %classpath org.sequelize4j.benchmarks.StreamMain sqlite postgres mariadb"
 * </pre>
 *
 * <p>Prints, per database: the median time of each side over three rounds (ABBA order), their ratio,
 * and the peak heap in use during each side's runs. {@code -Dbench.stream.rows} changes the row count.
 */
public final class StreamMain {

    private static final int FETCH = 1_000;
    private static final int INSERT_CHUNK = 500;

    private StreamMain() {
    }

    /** Runs the stream benchmark on the databases named by the arguments. */
    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.stream.rows", 1_000_000);
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.printf("Streaming %,d rows, heap limit %d MiB, fetch size %d%n", rows, maxHeap >> 20, FETCH);
        for (String arg : args.length == 0 ? new String[] {"sqlite"} : args) {
            BenchDialect dialect = BenchDialect.parse(arg);
            Path dir = BenchDialect.tempDir();
            try (Sequelize sequelize = dialect.open(dir)) {
                run(dialect, sequelize, rows);
            } finally {
                BenchDialect.deleteTree(dir);
            }
        }
    }

    private static void run(BenchDialect dialect, Sequelize sequelize, int rows) throws Exception {
        ModelStatic<Model> model = sequelize.define("streamRow", List.of(attribute("name", STRING), attribute("email", STRING)));
        model.sync(org.sequelize4j.SyncOptions.syncOptions().force(true));
        RawJdbc raw = new RawJdbc(dialect.family());
        String table = raw.q(model.tableName());
        long seedStart = System.nanoTime();
        seed(sequelize, raw, table, rows);
        System.out.printf("%n%s: seeded in %.1f s%n", dialect.argument(), (System.nanoTime() - seedStart) / 1e9);
        String select = "SELECT " + raw.userColumns + " FROM " + table;
        boolean pgCursor = dialect.family() == BenchDialect.Family.POSTGRES;
        // Warm-up: one full pass of each side.
        orm(model, rows);
        raw(sequelize, raw, select, pgCursor, rows);
        List<Long> ormTimes = new ArrayList<>();
        List<Long> rawTimes = new ArrayList<>();
        long ormPeak = 0;
        long rawPeak = 0;
        for (int round = 0; round < 4; round++) {
            boolean ormFirst = round % 2 == 0;
            for (int side = 0; side < 2; side++) {
                boolean isOrm = (side == 0) == ormFirst;
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                if (isOrm) {
                    orm(model, rows);
                    ormTimes.add(System.nanoTime() - start);
                    ormPeak = Math.max(ormPeak, peakHeap());
                } else {
                    raw(sequelize, raw, select, pgCursor, rows);
                    rawTimes.add(System.nanoTime() - start);
                    rawPeak = Math.max(rawPeak, peakHeap());
                }
            }
        }
        double ormMs = median(ormTimes) / 1e6;
        double rawMs = median(rawTimes) / 1e6;
        System.out.printf("%s: stream %,d rows  ORM %.0f ms  raw %.0f ms  ratio %.2fx  peak heap ORM %d MiB, raw %d MiB%n",
                dialect.argument(), rows, ormMs, rawMs, ormMs / rawMs, ormPeak >> 20, rawPeak >> 20);
    }

    private static void orm(ModelStatic<Model> model, int expected) {
        long count;
        long length = 0;
        try (Stream<Model> stream = model.stream(query(), FETCH)) {
            long[] sum = {0};
            count = stream.peek(m -> sum[0] += ((String) m.get("name")).length()).count();
            length = sum[0];
        }
        check("ORM", count, length, expected);
    }

    private static void raw(Sequelize sequelize, RawJdbc raw, String select, boolean needsTransaction, int expected)
            throws Exception {
        long count = 0;
        long length = 0;
        try (Connection c = sequelize.dataSource().getConnection()) {
            if (needsTransaction) {
                c.setAutoCommit(false);
            }
            try (PreparedStatement ps = c.prepareStatement(select)) {
                ps.setFetchSize(FETCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        User u = raw.readUser(rs);
                        length += u.name.length();
                        count++;
                    }
                }
            } finally {
                if (needsTransaction) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        }
        check("raw", count, length, expected);
    }

    private static void check(String side, long count, long length, int expected) {
        if (count != expected || length == 0) {
            throw new IllegalStateException(side + " side read " + count + " rows, expected " + expected);
        }
    }

    private static void seed(Sequelize sequelize, RawJdbc raw, String table, int rows) throws Exception {
        String columns = "name, email, " + raw.q("createdAt") + ", " + raw.q("updatedAt");
        StringBuilder sql = new StringBuilder("INSERT INTO " + table + " (" + columns + ") VALUES ");
        for (int i = 0; i < INSERT_CHUNK; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?)");
        }
        Object stamp = raw.instantParameter(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        try (Connection c = sequelize.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int start = 0; start < rows; start += INSERT_CHUNK) {
                    int p = 1;
                    for (int i = start; i < start + INSERT_CHUNK; i++) {
                        ps.setString(p++, "User " + i);
                        ps.setString(p++, "user" + i + "@example.com");
                        raw.bindInstant(ps, p++, stamp);
                        raw.bindInstant(ps, p++, stamp);
                    }
                    ps.executeUpdate();
                }
            }
            c.commit();
            c.setAutoCommit(true);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last reset (an upper bound of the heap in use). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static double median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
