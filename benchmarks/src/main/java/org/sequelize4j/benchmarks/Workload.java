package org.sequelize4j.benchmarks;

/**
 * One benchmark: the same work done through Sequelize4j and through hand-written JDBC, on the same
 * database and connection pool. The {@link Runner} calls {@link #setUp} once, then for every timed
 * run {@link #beforeRun} (untimed) followed by {@link #orm} or {@link #raw} (timed).
 *
 * <p>Adding a workload: write a class implementing this interface (usually one small file, with a
 * constructor taking the {@link BenchContext}) and add its constructor to {@link Workloads#ALL}.
 */
public interface Workload {

    /** A short id such as {@code W3}, used on the command line and in reports. */
    String id();

    /** One line saying what both sides do. */
    String title();

    /** A line to print under the results table (such as the ORM's statement count), or null. */
    default String note() {
        return null;
    }

    /** The largest acceptable ratio of the ORM's median time to the raw side's, on this database. */
    double target(BenchDialect dialect);

    /** Puts the database into the state the workload expects (untimed, once, before warm-up). */
    void setUp() throws Exception;

    /**
     * Runs before every timed run of either side, untimed: resets what a run changes (for example,
     * empties the table a run inserts into).
     */
    default void beforeRun() throws Exception {
    }

    /** The Sequelize4j side; returns what it produced. */
    Object orm() throws Exception;

    /** The hand-written JDBC side; returns what it produced. */
    Object raw() throws Exception;

    /**
     * Checks that the two sides produced the same thing (called untimed, on results of runs made after
     * {@link #beforeRun}); throws {@link IllegalStateException} when they differ.
     */
    void verify(Object ormResult, Object rawResult) throws Exception;

    /**
     * The number of instances (rows or graph nodes) one run's result holds, when the runner should
     * measure the heap a result retains on each side ({@link Runner}); 0 to skip the measurement.
     */
    default int instancesPerResult() {
        return 0;
    }

    /** The largest acceptable ratio of the heap the ORM's result retains to the raw side's (see {@link #instancesPerResult}). */
    default double heapTarget() {
        return 1.5;
    }
}
