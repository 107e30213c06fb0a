package org.sequelize4j.jdbc.replication;

import java.time.Duration;

/**
 * How a {@link ReplicaSet} routes and watches its replicas (built from the public replication options).
 *
 * @param readYourWrites what a read does after the same thread wrote, unless the read says otherwise
 * @param window how long after a thread's last write its reads are held to read-your-writes
 * @param waitTimeout how long a read waits for a replica to replay a write before it goes to the primary
 * @param maxLag a replica further behind than this is skipped until it catches up; null: lag is not checked
 * @param lagCheckInterval how often the lag is checked (when {@code maxLag} is set)
 * @param retryAfter how long an unreachable replica is skipped before reads try it again
 */
public record ReplicationSettings(ReadAfterWrite readYourWrites, Duration window, Duration waitTimeout, Duration maxLag,
                                  Duration lagCheckInterval, Duration retryAfter) {

    /** What reads after a write on the same thread do. */
    public enum ReadAfterWrite {
        /** Nothing special: they may miss the write (the default, as in Sequelize). */
        OFF,
        /** They go to the primary until the window has passed. */
        PRIMARY,
        /**
         * They wait (bounded) for the chosen replica to replay past the primary's position, where the dialect
         * can tell it; else as {@link #PRIMARY}.
         */
        WAIT
    }
}
