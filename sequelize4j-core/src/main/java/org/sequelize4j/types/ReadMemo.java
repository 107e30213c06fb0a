package org.sequelize4j.types;

/**
 * What the codecs reading one result set remember between its values: the last text one of them
 * converted and what it became. A row never updated holds its creation time twice, and the rows of one
 * bulk insert share their timestamps, so a codec that asks here first parses each such text once and
 * gives the equal values one object.
 *
 * <p>One memo serves one read of one result set, on the thread reading it, so it needs neither
 * immutable pairs nor fences: that is its point against a memo kept by the codec itself, which every
 * thread shares and which must replace an immutable pair on every miss.
 */
public final class ReadMemo {

    private ValueCodec codec;
    private Object key;
    private Object value;

    /** The value {@code codec} last remembered for {@code key}, or null when it remembered another key (or none). */
    public Object lookup(ValueCodec codec, Object key) {
        return this.codec == codec && key.equals(this.key) ? value : null;
    }

    /** Remembers that {@code codec} read {@code key} (not null) as {@code value} (not null). */
    public void remember(ValueCodec codec, Object key, Object value) {
        this.codec = codec;
        this.key = key;
        this.value = value;
    }
}
