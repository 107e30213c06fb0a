package org.sequelize4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether cost grows linearly with the rows: {@code bulkCreate} (W1) and {@code findAll} (W2) at 1,000,
 * 10,000 and 100,000 users (sizes from {@code bench.linear.sizes}), each against its hand-written JDBC
 * side in the same run. Per size, the two sides alternate for {@code bench.linear.trials} rounds
 * (default 5); the table gives the median time and the bytes the calling thread allocated, both per
 * row. Linear cost shows as flat per-row figures down each column; the bulk insert's memory is bounded
 * by its chunk (1,000 rows per statement on both sides), so its allocation per row must not grow with
 * the call.
 *
 * <pre>
 * MAVEN_OPTS="-Xms3g -Xmx3g" mvn -q -pl benchmarks -am compile exec:java \
 *     -Dexec.mainClass=org.sequelize4j.benchmarks.LinearMain -Dexec.args="sqlite postgres mariadb"
 * </pre>
 */
public final class LinearMain {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private LinearMain() {
    }

    /** Runs the sizes on each database named. */
    public static void main(String[] args) throws Exception {
        int[] sizes = parseSizes(System.getProperty("bench.linear.sizes", "1000,10000,100000"));
        int trials = Integer.getInteger("bench.linear.trials", 5);
        StringBuilder report = new StringBuilder();
        for (String arg : args.length == 0 ? new String[] {"sqlite"} : args) {
            BenchDialect dialect = BenchDialect.parse(arg);
            report.append("\n### Linear cost: ").append(dialect.argument()).append(" (").append(trials)
                    .append(" rounds per size; µs and bytes allocated per row, medians)\n\n")
                    .append("| rows | W1 bulkCreate ORM µs/row | raw µs/row | ratio | ORM B/row | raw B/row "
                            + "| W2 findAll ORM µs/row | raw µs/row | ratio | ORM B/row | raw B/row |\n")
                    .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            try (BenchContext context = new BenchContext(dialect)) {
                warmUp(context);
                for (int rows : sizes) {
                    W1BulkCreate insert = new W1BulkCreate(context, rows);
                    insert.setUp();
                    double[][] w1 = measure(insert, rows, trials, true);
                    // The table now holds the rows the last insert wrote: exactly {@code rows} users.
                    W2FindAll read = new W2FindAll(context);
                    double[][] w2 = measure(read, rows, trials, false);
                    report.append(String.format("| %,d | %.2f | %.2f | %.2f× | %.0f | %.0f | %.2f | %.2f | %.2f× | %.0f | %.0f |%n",
                            rows, w1[0][0], w1[1][0], w1[0][0] / w1[1][0], w1[0][1], w1[1][1],
                            w2[0][0], w2[1][0], w2[0][0] / w2[1][0], w2[0][1], w2[1][1]));
                    System.out.printf("%s %,d rows done%n", dialect.argument(), rows);
                }
                report.append(depths(context, trials));
            }
        }
        System.out.print(report);
    }

    /**
     * Eager loading at three depths over W4's data (200 users, 10 posts each, 5 comments per post):
     * users alone, with their posts, and with the posts' comments; per loaded instance, so that a cost
     * growing with the depth shows as a growing figure.
     */
    private static String depths(BenchContext context, int trials) throws Exception {
        StringBuilder table = new StringBuilder("\n| include depth | instances | ORM µs/instance | raw µs/instance | ratio "
                + "| ORM B/instance | raw B/instance |\n|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int depth = 0; depth <= 2; depth++) {
            W4NestedInclude nested = new W4NestedInclude(context, depth);
            nested.setUp();
            // Each depth runs code the earlier ones did not (a new include level): warm it up first.
            for (int i = 0; i < 40; i++) {
                nested.orm();
                nested.raw();
            }
            int instances = nested.instancesPerResult();
            double[][] figures = measure(nested, W4NestedInclude.USERS, instances, trials, false);
            nested.verifyDepth(nested.orm(), nested.raw());
            table.append(String.format("| %d | %,d | %.2f | %.2f | %.2f× | %.0f | %.0f |%n", depth, instances,
                    figures[0][0], figures[1][0], figures[0][0] / figures[1][0], figures[0][1], figures[1][1]));
        }
        return table.toString();
    }

    /** A few untimed rounds at 10,000 rows, so that the first size is not measured in the interpreter. */
    private static void warmUp(BenchContext context) throws Exception {
        W1BulkCreate insert = new W1BulkCreate(context, 10_000);
        insert.setUp();
        W2FindAll read = new W2FindAll(context);
        for (int i = 0; i < 6; i++) {
            insert.beforeRun();
            insert.orm();
            read.orm();
            read.raw();
            insert.beforeRun();
            insert.raw();
        }
    }

    /**
     * Median µs per row and bytes per row of each side ({@code [0]} ORM, {@code [1]} raw), the sides
     * alternating which goes first. {@code resets}: run {@code beforeRun} (which empties the table)
     * before every call, as the insert needs; the last call of the insert is raw or ORM alike, so
     * the table ends with {@code rows} users either way.
     */
    private static double[][] measure(Workload workload, int rows, int trials, boolean resets) throws Exception {
        return measure(workload, rows, rows, trials, resets);
    }

    /** As above, with {@code rows} the length of each side's result and {@code per} what the figures divide by. */
    private static double[][] measure(Workload workload, int rows, int per, int trials, boolean resets)
            throws Exception {
        List<double[]> orm = new ArrayList<>();
        List<double[]> raw = new ArrayList<>();
        Object lastOrm = null;
        Object lastRaw = null;
        for (int t = 0; t < trials; t++) {
            boolean ormFirst = t % 2 == 0;
            for (int side = 0; side < 2; side++) {
                boolean ormSide = (side == 0) == ormFirst;
                if (resets) {
                    workload.beforeRun();
                }
                System.gc();
                long alloc = allocated();
                long start = System.nanoTime();
                Object result = ormSide ? workload.orm() : workload.raw();
                long elapsed = System.nanoTime() - start;
                long bytes = allocated() - alloc;
                (ormSide ? orm : raw).add(new double[] {elapsed / 1e3 / per, (double) bytes / per});
                if (Boolean.getBoolean("bench.linear.verbose")) {
                    System.out.printf("%s %s %,d: %.2f µs each, %d B each%n", workload.id(), ormSide ? "orm" : "raw",
                            per, elapsed / 1e3 / per, bytes / per);
                }
                if (ormSide) {
                    lastOrm = result;
                } else {
                    lastRaw = result;
                }
            }
        }
        int ormCount = ((List<?>) lastOrm).size();
        int rawCount = ((List<?>) lastRaw).size();
        if (ormCount != rows || rawCount != rows) {
            throw new IllegalStateException(workload.id() + " at " + rows + " rows: ORM gave " + ormCount + ", raw "
                    + rawCount);
        }
        return new double[][] {medians(orm), medians(raw)};
    }

    private static double[] medians(List<double[]> runs) {
        double[] result = new double[2];
        for (int i = 0; i < 2; i++) {
            int index = i;
            result[i] = new Stats(runs.stream().mapToDouble(r -> r[index]).toArray()).median();
        }
        return result;
    }

    private static long allocated() {
        return THREADS instanceof com.sun.management.ThreadMXBean
                ? ((com.sun.management.ThreadMXBean) THREADS).getCurrentThreadAllocatedBytes() : 0;
    }

    private static int[] parseSizes(String text) {
        String[] parts = text.split(",");
        int[] sizes = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            sizes[i] = Integer.parseInt(parts[i].trim());
        }
        return sizes;
    }
}
