package org.sequelize4j.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Collects what the {@code logging} callback receives, so tests can check which statements were sent
 * (or that none was). Thread-safe.
 */
public final class SqlLog implements Consumer<String>, BiConsumer<String, Long> {

    private final List<String> messages = new ArrayList<>();
    private final List<Long> elapsed = new ArrayList<>();

    @Override
    public synchronized void accept(String message) {
        messages.add(message);
        elapsed.add(null);
    }

    @Override
    public synchronized void accept(String message, Long millis) {
        messages.add(message);
        elapsed.add(millis);
    }

    /** Every message so far. */
    public synchronized List<String> messages() {
        return new ArrayList<>(messages);
    }

    /** The elapsed times reported with each message (null when not timed). */
    public synchronized List<Long> elapsed() {
        return new ArrayList<>(elapsed);
    }

    /** The number of messages so far. */
    public synchronized int size() {
        return messages.size();
    }

    /** The most recent message. */
    public synchronized String last() {
        return messages.isEmpty() ? null : messages.get(messages.size() - 1);
    }

    /** The messages logged after the first {@code from}. */
    public synchronized List<String> since(int from) {
        return new ArrayList<>(messages.subList(from, messages.size()));
    }

    /** Forgets everything. */
    public synchronized void clear() {
        messages.clear();
        elapsed.clear();
    }
}
