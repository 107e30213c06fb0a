package org.sequelize4j.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cold path: how long the first run of a workload takes in a fresh JVM, each side in a JVM of
 * its own, as a service's first requests, a command-line tool or a test suite meet it. The steady
 * state (the {@link Runner}'s figures) says nothing about the first thousands of calls, while the
 * JIT is still compiling.
 *
 * <p>Per database and workload, the parent starts {@code bench.cold.rounds} (default 5) pairs of
 * child JVMs, ORM and raw alternating in ABBA order. Each child opens the benchmark database, runs
 * the workload's untimed {@code setUp} and {@code beforeRun}, then times its side's first run (W3:
 * the first 2,000 findByPk; W5: the first 1,000 updates; W6: the first 500 paged queries; W2: the
 * first findAll of 10,000 rows) and a second run straight after. The table gives the medians, the
 * ratio of the first runs' medians, and the median (and range) of each round's own ratio: a round's two
 * children run back to back, so that ratio is the one least moved by the machine's load drifting. Run
 * it with the project's class path:
 *
 * <pre>
 * mvn -q -pl benchmarks -am compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath org.sequelize4j.benchmarks.ColdMain sqlite postgres mariadb"
 * </pre>
 *
 * <p>The set-up (seeding through the library) runs in both children alike, so both start with the
 * drivers loaded and the pool open; what differs is the code of the measured calls.
 */
public final class ColdMain {

    private static final String MARK = "COLD-RESULT ";
    private static final boolean MARKS = Boolean.getBoolean("bench.cold.marks");

    private ColdMain() {
    }

    /** Parent: {@code ColdMain <databases…>}; child: {@code ColdMain --child <database> <workload> <orm|raw>}. */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(BenchDialect.parse(args[1]), args[2], args[3].equals("orm"));
            return;
        }
        String workloads = System.getProperty("bench.workloads", "W2,W3,W5,W6");
        int rounds = Integer.getInteger("bench.cold.rounds", 5);
        StringBuilder table = new StringBuilder();
        for (String arg : args.length == 0 ? new String[] {"sqlite"} : args) {
            BenchDialect dialect = BenchDialect.parse(arg);
            table.append("\n### Cold start: ").append(dialect.argument()).append("\n\n")
                    .append("| Workload | ORM first run ms | raw first run ms | ratio | paired ratio, median (range) | target"
                            + " | ORM second run ms | raw second run ms | first runs with GC pauses, ORM / raw |\n")
                    .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (String id : workloads.split(",")) {
                Map<Boolean, List<double[]>> runs = new LinkedHashMap<>();
                runs.put(true, new ArrayList<>());
                runs.put(false, new ArrayList<>());
                for (int round = 0; round < rounds; round++) {
                    boolean ormFirst = round % 2 == 0;
                    runs.get(ormFirst).add(runChild(dialect, id.trim(), ormFirst));
                    runs.get(!ormFirst).add(runChild(dialect, id.trim(), !ormFirst));
                }
                double ormFirstRun = median(runs.get(true), 0);
                double rawFirstRun = median(runs.get(false), 0);
                // Each round's ORM and raw children ran back to back, so their ratio is less exposed to the
                // machine's drift over the whole measurement than the ratio of the two medians.
                List<double[]> paired = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    paired.add(new double[] {runs.get(true).get(round)[0] / runs.get(false).get(round)[0]});
                }
                double[] pairedSorted = paired.stream().mapToDouble(r -> r[0]).sorted().toArray();
                table.append(String.format("| %s | %.1f | %.1f | %.2f× | %.2f× (%.2f–%.2f) | ≤ 1.50× | %.1f | %.1f | %d / %d of %d |%n",
                        id.trim(), ormFirstRun, rawFirstRun, ormFirstRun / rawFirstRun, median(paired, 0), pairedSorted[0],
                        pairedSorted[pairedSorted.length - 1], median(runs.get(true), 1), median(runs.get(false), 1),
                        withPauses(runs.get(true)), withPauses(runs.get(false)), rounds));
                System.out.printf("%s %s done%n", dialect.argument(), id.trim());
            }
        }
        System.out.print(table);
    }

    private static double[] runChild(BenchDialect dialect, String workload, boolean orm) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("java.home") + "/bin/java", "-Xms512m", "-Xmx512m",
                "-cp", System.getProperty("java.class.path")));
        for (String property : List.of("bench.postgres.uri", "bench.mariadb.uri", "bench.raw.statements")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of(ColdMain.class.getName(), "--child", dialect.argument(), workload, orm ? "orm" : "raw"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.append(line).append('\n');
                if (line.startsWith(MARK)) {
                    result = line.substring(MARK.length());
                }
            }
        }
        if (process.waitFor() != 0 || result == null) {
            throw new IllegalStateException("Cold run of " + workload + " failed:\n" + output);
        }
        String[] parts = result.trim().split(" ");
        return new double[] {Long.parseLong(parts[0]) / 1e6, Long.parseLong(parts[1]) / 1e6, Long.parseLong(parts[2])};
    }

    private static void child(BenchDialect dialect, String workloadId, boolean orm) throws Exception {
        try (BenchContext context = new BenchContext(dialect)) {
            Workload workload = Workloads.select(context, workloadId).get(0);
            workload.setUp();
            long[] times = new long[2];
            long firstRunPauses = 0;
            for (int run = 0; run < 2; run++) {
                workload.beforeRun();
                long pausesBefore = collectionMillis();
                if (MARKS) {
                    // With -Xlog:class+load:stdout, these lines bracket what each timed run loads.
                    System.out.println("COLD-RUN-START " + run);
                }
                long start = System.nanoTime();
                Object result = orm ? workload.orm() : workload.raw();
                times[run] = System.nanoTime() - start;
                if (run == 0) {
                    firstRunPauses = collectionMillis() - pausesBefore;
                }
                if (MARKS) {
                    System.out.println("COLD-RUN-END " + run);
                }
                if (result == null) {
                    throw new IllegalStateException("no result");
                }
            }
            System.out.println(MARK + times[0] + " " + times[1] + " " + firstRunPauses);
        }
    }

    /**
     * Milliseconds the collectors have spent so far. A young collection inside one side's first run and
     * not the other's moves a cold ratio by a tenth or more, so the table says how often it happened.
     */
    private static long collectionMillis() {
        long total = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /** How many children's first runs contained a collection pause. */
    private static int withPauses(List<double[]> runs) {
        int n = 0;
        for (double[] run : runs) {
            if (run[2] > 0) {
                n++;
            }
        }
        return n;
    }

    private static double median(List<double[]> runs, int index) {
        double[] values = runs.stream().mapToDouble(r -> r[index]).toArray();
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
