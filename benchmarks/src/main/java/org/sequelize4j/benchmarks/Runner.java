package org.sequelize4j.benchmarks;

/**
 * Runs one workload with the methodology described in {@code docs/benchmarks.md}:
 *
 * <ol>
 *   <li>{@link Workload#setUp}, then one run of each side whose results are compared with
 *       {@link Workload#verify} (a workload that does different work on the two sides is an error);</li>
 *   <li>warm-up: untimed rounds of ORM then raw, so the JIT has compiled both sides: at least
 *       {@code warmup} rounds, and more until {@code warmupSeconds} have passed (a workload of short runs,
 *       such as W5, needs many rounds before the compiler has finished with the ORM's deeper call
 *       chains; measured before it has, the ORM looks up to twice as slow as it is in steady state);</li>
 *   <li>{@code trials} timed rounds. Each round times one run of each side; the side that goes first
 *       alternates from round to round (runs go ORM, raw, raw, ORM, ORM, raw, …), so drift in the machine's
 *       speed and any effect of running second fall on both sides equally;</li>
 *   <li>besides wall-clock time, the benchmark thread's CPU time is recorded: it is less disturbed by
 *       other processes on a busy machine, though it leaves out a database server's work (and the
 *       garbage collector's threads); so are the bytes the thread allocated;</li>
 *   <li>before each timed run, untimed: {@link Workload#beforeRun} and, unless {@code -Dbench.gc=false},
 *       {@link System#gc()}, so no run pays for collecting the other side's garbage.</li>
 * </ol>
 */
public final class Runner {

    /** Untimed rounds (one run of each side) before measuring. */
    private final int warmup;
    /** The least time spent warming up, in seconds. */
    private final double warmupSeconds;
    /** Timed rounds (one run of each side). */
    private final int trials;
    private final boolean gc;
    private final boolean verbose;
    /** Keeps results reachable until the next run, so no work can be optimised away. */
    private static volatile Object sink;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** A runner with explicit settings. */
    public Runner(int warmup, double warmupSeconds, int trials, boolean gc, boolean verbose) {
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be at least 1");
        }
        this.warmup = warmup;
        this.warmupSeconds = warmupSeconds;
        this.trials = trials;
        this.gc = gc;
        this.verbose = verbose;
    }

    /**
     * A runner configured by {@code -Dbench.warmup} (rounds, default 15), {@code -Dbench.warmupSeconds}
     * (default 5), {@code -Dbench.trials}, {@code -Dbench.gc}, {@code -Dbench.verbose}.
     */
    public static Runner fromSystemProperties() {
        return new Runner(Integer.getInteger("bench.warmup", 15),
                Double.parseDouble(System.getProperty("bench.warmupSeconds", "5")), Integer.getInteger("bench.trials", 31),
                !"false".equals(System.getProperty("bench.gc")), Boolean.getBoolean("bench.verbose"));
    }

    /** Measures a workload; returns every timed run of both sides. */
    public Result run(Workload workload, BenchDialect dialect) throws Exception {
        workload.setUp();
        workload.beforeRun();
        Object ormResult = workload.orm();
        workload.beforeRun();
        Object rawResult = workload.raw();
        workload.verify(ormResult, rawResult);
        ormResult = null;
        rawResult = null;

        long warmStart = System.nanoTime();
        long warmEnd = warmStart + (long) (warmupSeconds * 1e9);
        int rounds = 0;
        while (rounds < warmup || System.nanoTime() < warmEnd) {
            workload.beforeRun();
            sink = workload.orm();
            workload.beforeRun();
            sink = workload.raw();
            rounds++;
        }
        log("%s %s: verified, warmed up with %d rounds in %.1f s", dialect.argument(), workload.id(), rounds,
                (System.nanoTime() - warmStart) / 1e9);

        long[] orm = new long[trials];
        long[] raw = new long[trials];
        long[] ormCpu = new long[trials];
        long[] rawCpu = new long[trials];
        long[] ormAlloc = new long[trials];
        long[] rawAlloc = new long[trials];
        for (int t = 0; t < trials; t++) {
            // ORM first in even rounds, raw first in odd ones: runs go ORM raw raw ORM ORM raw … (ABBA).
            boolean ormFirst = t % 2 == 0;
            if (ormFirst) {
                orm[t] = timed(workload, true, ormCpu, ormAlloc, t);
                raw[t] = timed(workload, false, rawCpu, rawAlloc, t);
            } else {
                raw[t] = timed(workload, false, rawCpu, rawAlloc, t);
                orm[t] = timed(workload, true, ormCpu, ormAlloc, t);
            }
            log("%s %s round %d: orm %.2f ms, raw %.2f ms", dialect.argument(), workload.id(), t, orm[t] / 1e6,
                    raw[t] / 1e6);
        }
        sink = null;
        long[] heap = workload.instancesPerResult() > 0 ? retainedHeap(workload) : null;
        return new Result(workload, dialect, orm, raw, ormCpu, rawCpu, ormAlloc, rawAlloc, heap);
    }

    /**
     * One timed run: returns the wall-clock time, and stores the benchmark thread's CPU time in
     * {@code cpu[index]} and the bytes it allocated in {@code allocated[index]}.
     */
    private long timed(Workload workload, boolean ormSide, long[] cpu, long[] allocated, int index)
            throws Exception {
        workload.beforeRun();
        if (gc) {
            System.gc();
        }
        long allocStart = allocatedBytes();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Object result = ormSide ? workload.orm() : workload.raw();
        long elapsed = System.nanoTime() - start;
        cpu[index] = THREADS.getCurrentThreadCpuTime() - cpuStart;
        allocated[index] = allocatedBytes() - allocStart;
        sink = result;
        return elapsed;
    }

    /** Runs of each side whose retained heap is measured; the smallest is kept (garbage only adds). */
    private static final int HEAP_RUNS = 3;

    /**
     * The heap one result retains on each side, in bytes ({@code [orm, raw]}): the heap in use after
     * full collections while the result is held, less the heap in use after collections before the run.
     * What one run allocates and drops is collected, so this is what the caller keeps — instances,
     * their values and snapshots on the ORM side, the plain objects on the raw side.
     */
    private static long[] retainedHeap(Workload workload) throws Exception {
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
        for (int i = 0; i < HEAP_RUNS; i++) {
            for (int side = 0; side < 2; side++) {
                workload.beforeRun();
                sink = null;
                long before = heapAfterCollections();
                Object result = side == 0 ? workload.orm() : workload.raw();
                long after = heapAfterCollections();
                java.lang.ref.Reference.reachabilityFence(result);
                best[side] = Math.min(best[side], after - before);
            }
        }
        return best;
    }

    private static long heapAfterCollections() throws InterruptedException {
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        // Collect until the figure settles: a finalizer or reference queue may free more on a later pass.
        for (int pass = 0; pass < 5; pass++) {
            System.gc();
            Thread.sleep(20);
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }

    /**
     * Runs one side of a workload over and over for a while, for profiling with {@code jcmd} or JFR
     * (set up and warmed up first).
     */
    public void loop(Workload workload, boolean ormSide, double seconds) throws Exception {
        workload.setUp();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int runs = 0;
        while (System.nanoTime() < end) {
            workload.beforeRun();
            sink = ormSide ? workload.orm() : workload.raw();
            runs++;
        }
        System.out.printf("profiled %s %s for %.0f s: %d runs%n", workload.id(), ormSide ? "orm" : "raw", seconds, runs);
    }

    private static long allocatedBytes() {
        return THREADS instanceof com.sun.management.ThreadMXBean
                ? ((com.sun.management.ThreadMXBean) THREADS).getCurrentThreadAllocatedBytes() : 0;
    }

    private void log(String format, Object... args) {
        if (verbose) {
            System.out.printf(format + "%n", args);
        }
    }

    /**
     * The timed runs of one workload on one database.
     *
     * @param ormNanos each timed ORM run, in round order
     * @param rawNanos each timed raw run, in round order
     * @param ormCpuNanos CPU time of the benchmark thread in each ORM run (the JDBC driver's work
     *     included, the database server's not)
     * @param rawCpuNanos the same for each raw run
     * @param ormAllocated bytes the benchmark thread allocated in each ORM run
     * @param rawAllocated the same for each raw run
     */
    public record Result(Workload workload, BenchDialect dialect, long[] ormNanos, long[] rawNanos,
                         long[] ormCpuNanos, long[] rawCpuNanos, long[] ormAllocated, long[] rawAllocated,
                         long[] retainedHeap) {

        /**
         * The heap one result retains per instance on each side ({@code [orm, raw]}, bytes), or null when
         * the workload does not measure it.
         */
        public double[] retainedBytesPerInstance() {
            if (retainedHeap == null) {
                return null;
            }
            int n = workload.instancesPerResult();
            return new double[] {retainedHeap[0] / (double) n, retainedHeap[1] / (double) n};
        }

        /** Median MiB allocated per ORM run. */
        public double ormAllocatedMiB() {
            return Stats.ofBytesAsMiB(ormAllocated).median();
        }

        /** Median MiB allocated per raw run. */
        public double rawAllocatedMiB() {
            return Stats.ofBytesAsMiB(rawAllocated).median();
        }

        /** Median ORM CPU time over median raw CPU time, for the benchmark thread. */
        public double cpuRatio() {
            return Stats.ofNanosAsMillis(ormCpuNanos).median() / Stats.ofNanosAsMillis(rawCpuNanos).median();
        }

        /** ORM timings in milliseconds. */
        public Stats orm() {
            return Stats.ofNanosAsMillis(ormNanos);
        }

        /** Raw timings in milliseconds. */
        public Stats raw() {
            return Stats.ofNanosAsMillis(rawNanos);
        }

        /** Median ORM time over median raw time. */
        public double ratio() {
            return orm().median() / raw().median();
        }

        /** The ORM/raw ratio of each round (both runs of a round are adjacent in time). */
        public Stats pairedRatios() {
            double[] ratios = new double[ormNanos.length];
            for (int i = 0; i < ratios.length; i++) {
                ratios[i] = (double) ormNanos[i] / rawNanos[i];
            }
            return new Stats(ratios);
        }

        /** The target for this database. */
        public double target() {
            return workload.target(dialect);
        }

        /** Whether the ratio is within the target. */
        public boolean passes() {
            return ratio() <= target();
        }
    }
}
