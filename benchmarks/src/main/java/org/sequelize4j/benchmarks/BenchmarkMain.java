package org.sequelize4j.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the Sequelize4j-versus-JDBC benchmarks and prints a Markdown table per database.
 *
 * <p>Arguments: the databases, among {@code sqlite} (a file in a temporary directory),
 * {@code sqlite-memory}, {@code postgres} and {@code mariadb}; default {@code sqlite postgres}.
 * System properties:
 * <ul>
 *   <li>{@code bench.workloads}: comma-separated ids (default: all), e.g. {@code W2,W3};</li>
 *   <li>{@code bench.warmup}, {@code bench.trials}: rounds (default 15 and 31), and
 *       {@code bench.warmupSeconds}: least warm-up time (default 5), see {@link Runner};</li>
 *   <li>{@code bench.gc=false}: no {@code System.gc()} before timed runs;</li>
 *   <li>{@code bench.verbose=true}: print every round;</li>
 *   <li>{@code bench.report=FILE}: also append the tables to FILE;</li>
 *   <li>{@code bench.profile=W3:orm} (or {@code :raw}) with {@code bench.profileSeconds} (default 60):
 *       instead of measuring, run that side in a loop for sampling with {@code jcmd}/JFR;</li>
 *   <li>{@code bench.postgres.uri}, {@code bench.mariadb.uri}: server URIs;
 *       {@code bench.w1.raw}, {@code bench.w1.chunk}: see {@link W1BulkCreate};
 *       {@code bench.raw.statements=per-call}: the raw side prepares a statement per call instead of
 *       re-executing its statements per connection (see {@link RawStatements}).</li>
 * </ul>
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        List<BenchDialect> dialects = new ArrayList<>();
        for (String arg : args) {
            for (String name : arg.split("[,\\s]+")) {
                if (!name.isBlank()) {
                    dialects.add(BenchDialect.parse(name.trim()));
                }
            }
        }
        if (dialects.isEmpty()) {
            dialects = List.of(BenchDialect.SQLITE, BenchDialect.POSTGRES);
        }
        String profile = System.getProperty("bench.profile");
        Runner runner = Runner.fromSystemProperties();
        StringBuilder report = new StringBuilder();
        report.append(machineFacts());
        System.out.print(machineFacts());
        for (BenchDialect dialect : dialects) {
            try (BenchContext context = new BenchContext(dialect)) {
                if (profile != null) {
                    profile(context, runner, profile);
                    continue;
                }
                List<Runner.Result> results = new ArrayList<>();
                for (Workload workload : Workloads.select(context, System.getProperty("bench.workloads"))) {
                    results.add(runner.run(workload, dialect));
                }
                String table = table(dialect, databaseVersion(context), results);
                System.out.print(table);
                System.out.flush();
                report.append(table);
            }
        }
        String reportFile = System.getProperty("bench.report");
        if (reportFile != null && profile == null) {
            Files.writeString(Path.of(reportFile), report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private static void profile(BenchContext context, Runner runner, String spec) throws Exception {
        String[] parts = spec.split(":");
        boolean orm = parts.length < 2 || parts[1].equalsIgnoreCase("orm");
        double seconds = Double.parseDouble(System.getProperty("bench.profileSeconds", "60"));
        Workload workload = Workloads.select(context, parts[0]).get(0);
        System.out.printf("pid %d: looping %s %s on %s%n", ProcessHandle.current().pid(), workload.id(),
                orm ? "orm" : "raw", context.dialect().argument());
        runner.loop(workload, orm, seconds);
    }

    /** A Markdown table of one database's results. */
    static String table(BenchDialect dialect, String version, List<Runner.Result> results) {
        StringBuilder sb = new StringBuilder();
        int trials = results.isEmpty() ? 0 : results.get(0).ormNanos().length;
        sb.append(String.format(Locale.ROOT, "%n### %s (%s), %d timed rounds per workload%n%n", dialect.argument(),
                version, trials));
        sb.append("| Workload | ORM median ms | raw median ms | ratio | target | result"
                + " | ORM min–max ms | raw min–max ms | paired ratio p25–p75 | client CPU ratio | MiB allocated ORM / raw |\n");
        sb.append("|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|\n");
        for (Runner.Result r : results) {
            Stats orm = r.orm();
            Stats raw = r.raw();
            Stats paired = r.pairedRatios();
            sb.append(String.format(Locale.ROOT,
                    "| %s %s | %.2f | %.2f | %.2f× | ≤ %.2f× | %s | %.2f–%.2f | %.2f–%.2f | %.2f–%.2f | %.2f× | %.1f / %.1f |%n",
                    r.workload().id(), r.workload().title(), orm.median(), raw.median(), r.ratio(), r.target(),
                    r.passes() ? "pass" : "**miss**", orm.min(), orm.max(), raw.min(), raw.max(), paired.p25(),
                    paired.p75(), r.cpuRatio(), r.ormAllocatedMiB(), r.rawAllocatedMiB()));
        }
        for (Runner.Result r : results) {
            if (r.workload() instanceof W1BulkCreate) {
                sb.append("\nW1 raw side: ").append(((W1BulkCreate) r.workload()).rawStrategy()).append('\n');
            }
            if (r.workload() instanceof W5UpdateById) {
                sb.append("\nW5 raw side: ").append(((W5UpdateById) r.workload()).rawStrategy()).append('\n');
            }
            double[] heap = r.retainedBytesPerInstance();
            if (heap != null) {
                double ratio = heap[0] / heap[1];
                sb.append(String.format(Locale.ROOT, "%n%s retained heap: ORM %.0f bytes per instance, raw %.0f"
                        + " (%d instances): %.2f× (target ≤ %.2f×: %s)%n", r.workload().id(), heap[0], heap[1],
                        r.workload().instancesPerResult(), ratio, r.workload().heapTarget(),
                        ratio <= r.workload().heapTarget() ? "pass" : "**miss**"));
            }
            if (r.workload().note() != null) {
                sb.append('\n').append(r.workload().id()).append(": ").append(r.workload().note()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String databaseVersion(BenchContext context) {
        try (Connection c = context.dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + ", driver "
                    + meta.getDriverVersion();
        } catch (SQLException e) {
            return "version unknown";
        }
    }

    private static String machineFacts() {
        Runtime rt = Runtime.getRuntime();
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException ignored) {
            // Not Linux: leave the CPU unnamed.
        }
        return String.format(Locale.ROOT,
                "%n## Sequelize4j vs JDBC: %d CPUs (%s), Java %s (%s), heap %d MiB committed of %d MiB max, GC %s%n",
                rt.availableProcessors(), cpu, System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.name"), rt.totalMemory() >> 20, rt.maxMemory() >> 20, gcNames());
    }

    private static String gcNames() {
        List<String> names = new ArrayList<>();
        for (var bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            names.add(bean.getName());
        }
        return String.join(" + ", names);
    }
}
