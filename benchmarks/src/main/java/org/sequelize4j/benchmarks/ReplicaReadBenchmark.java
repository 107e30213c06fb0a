package org.sequelize4j.benchmarks;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SyncOptions;
import org.sequelize4j.UpdateOptions;

/**
 * Read throughput with the primary alone against primary + one read replica, under a mixed load: several
 * threads each doing 90% {@code findByPk} of a random row and 10% {@code update} of one. Both setups run
 * in alternating rounds of the same run (ABAB…), so that the machine's load drifts over both alike, and
 * the report gives the median of the per-round ratios.
 *
 * <p>Needs the clusters of {@code scripts/replication.sh}. Arguments: {@code postgres} and/or {@code mariadb}
 * (default both). System properties: {@code bench.replica.threads} (8), {@code bench.replica.seconds} per
 * round (4), {@code bench.replica.rounds} per setup (3), {@code bench.replica.rows} (1000).
 */
public final class ReplicaReadBenchmark {

    private static final int THREADS = Integer.getInteger("bench.replica.threads", 8);
    private static final int SECONDS = Integer.getInteger("bench.replica.seconds", 4);
    private static final int ROUNDS = Integer.getInteger("bench.replica.rounds", 3);
    private static final int ROWS = Integer.getInteger("bench.replica.rows", 1000);

    private ReplicaReadBenchmark() {
    }

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        List<String> which = args.length == 0 ? List.of("postgres", "mariadb") : Arrays.asList(args);
        System.out.printf(Locale.ROOT, "Replica read benchmark: %d threads, 90/10 findByPk/update, %d rounds of %d s per"
                + " setup; %d cores; load average at start %.2f%n", THREADS, ROUNDS, SECONDS,
                Runtime.getRuntime().availableProcessors(), load());
        for (String name : which) {
            String primary = name.equals("postgres") ? "postgres://postgres@127.0.0.1:5433/s4j"
                    : "mariadb://app:app@127.0.0.1:3307/s4j";
            String replica = name.equals("postgres") ? "postgres://postgres@127.0.0.1:5434/s4j"
                    : "mariadb://app:app@127.0.0.1:3308/s4j";
            run(name, primary, replica);
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void run(String name, String primary, String replica) throws Exception {
        try (Sequelize alone = new Sequelize(primary, o -> o.logging(false).pool(p -> p.max(THREADS)));
             Sequelize replicated = new Sequelize(primary, o -> o.logging(false).pool(p -> p.max(THREADS))
                     .replication(r -> r.read(replica)))) {
            ModelStatic<Model> seed = define(alone);
            seed.sync(SyncOptions.syncOptions().force(true));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                rows.add(Map.of("name", "row " + i, "hits", 0));
            }
            seed.bulkCreate(rows);
            ModelStatic<Model> onReplicas = define(replicated);
            onReplicas.count(FindOptions.query().readYourWrites(true));   // the replica has the rows
            round(define(alone), 2);                                       // warm-up, both setups
            round(onReplicas, 2);
            double[] ratios = new double[ROUNDS];
            double[] aloneReads = new double[ROUNDS];
            double[] replicaReads = new double[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                aloneReads[r] = round(seed, SECONDS)[0];
                replicaReads[r] = round(onReplicas, SECONDS)[0];
                ratios[r] = replicaReads[r] / aloneReads[r];
            }
            Arrays.sort(ratios);
            System.out.printf(Locale.ROOT, "%s: reads/s primary alone %s; primary + replica %s; ratio (median of rounds)"
                    + " %.2f; replica served %d reads, primary %d; load average now %.2f%n", name, Arrays.toString(round0(aloneReads)),
                    Arrays.toString(round0(replicaReads)), ratios[ROUNDS / 2], replicated.replicationStats().replicaReads(),
                    replicated.replicationStats().primaryReads(), load());
        }
    }

    private static long[] round0(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }

    private static ModelStatic<Model> define(Sequelize sequelize) {
        return sequelize.define("replica_bench_row", List.of(attribute("name", STRING), attribute("hits", INTEGER)));
    }

    /** One round: {reads per second, writes per second}. */
    private static double[] round(ModelStatic<Model> rows, int seconds) throws InterruptedException {
        LongAdder reads = new LongAdder();
        LongAdder writes = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread thread = new Thread(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (!stop.get()) {
                    int id = 1 + random.nextInt(ROWS);
                    if (random.nextInt(10) == 0) {
                        rows.update(Map.of("hits", random.nextInt(1000)), UpdateOptions.where(Map.of("id", id)));
                        writes.increment();
                    } else {
                        rows.findByPk(id);
                        reads.increment();
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new double[] {reads.sum() / elapsed, writes.sum() / elapsed};
    }
}
