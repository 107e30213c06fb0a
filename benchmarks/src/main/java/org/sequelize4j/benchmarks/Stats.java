package org.sequelize4j.benchmarks;

import java.util.Arrays;

/**
 * Order statistics of a sample of timings: median, quartiles, min and max. Quantiles interpolate
 * linearly between the closest ranks.
 */
public final class Stats {

    private final double[] sorted;

    /** Statistics of the given values (any unit). */
    public Stats(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        this.sorted = values.clone();
        Arrays.sort(sorted);
    }

    /** Statistics of nanosecond timings, in milliseconds. */
    public static Stats ofNanosAsMillis(long[] nanos) {
        return scaled(nanos, 1e6);
    }

    /** Statistics of byte counts, in MiB. */
    public static Stats ofBytesAsMiB(long[] bytes) {
        return scaled(bytes, 1 << 20);
    }

    private static Stats scaled(long[] values, double divisor) {
        double[] scaled = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            scaled[i] = values[i] / divisor;
        }
        return new Stats(scaled);
    }

    /** The {@code q} quantile, 0 ≤ q ≤ 1. */
    public double quantile(double q) {
        double position = q * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = (int) Math.ceil(position);
        return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
    }

    /** The median. */
    public double median() {
        return quantile(0.5);
    }

    /** The smallest value. */
    public double min() {
        return sorted[0];
    }

    /** The largest value. */
    public double max() {
        return sorted[sorted.length - 1];
    }

    /** The first quartile. */
    public double p25() {
        return quantile(0.25);
    }

    /** The third quartile. */
    public double p75() {
        return quantile(0.75);
    }
}
