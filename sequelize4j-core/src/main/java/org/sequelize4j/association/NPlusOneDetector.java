package org.sequelize4j.association;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spots the N+1 pattern in development: one association's {@code get} called for single parents
 * again and again on one thread within a second, where one {@code include} or batch {@code get} would
 * do. Reports each association once. Off unless {@code SequelizeOptions.warnOnNPlusOne} is set; when
 * off it costs a field read per call.
 */
public final class NPlusOneDetector {

    private static final Logger LOG = LoggerFactory.getLogger(NPlusOneDetector.class);
    private static final long WINDOW_NANOS = 1_000_000_000L;

    /** A detector that never reports. */
    static final NPlusOneDetector OFF = new NPlusOneDetector(0, null);

    private final int calls;
    private final Consumer<String> warning;
    private final Set<Association<?, ?>> reported = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Map<Association<?, ?>, long[]>> recent = ThreadLocal.withInitial(HashMap::new);

    /**
     * @param calls single-parent reads within a second that count as a loop; 0 for never
     * @param warning where reports go; null for SLF4J at WARN
     */
    public NPlusOneDetector(int calls, Consumer<String> warning) {
        this.calls = calls;
        this.warning = warning;
    }

    void read(Association<?, ?> association) {
        if (calls <= 0 || reported.contains(association)) {
            return;
        }
        long now = System.nanoTime();
        long[] window = recent.get().computeIfAbsent(association, a -> new long[] {now, 0});
        if (now - window[0] > WINDOW_NANOS) {
            window[0] = now;
            window[1] = 0;
        }
        if (++window[1] >= calls && reported.add(association)) {
            String message = "N+1 queries: association '" + association.source().name() + "." + association.as()
                    + "' was read for one parent at a time " + window[1] + " times within a second on thread '"
                    + Thread.currentThread().getName() + "'; load the parents' " + association.as()
                    + " together with include(\"" + association.as() + "\") or " + association.as()
                    + ".get(listOfParents, options)";
            if (warning != null) {
                warning.accept(message);
            } else {
                LOG.warn(message);
            }
        }
    }
}
