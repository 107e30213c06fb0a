package org.sequelize4j.micrometer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.sequelize4j.observability.QueryEvent;
import org.sequelize4j.observability.QueryListener;

/**
 * Records every statement in a Micrometer {@link Timer} named {@value #METER_NAME}, tagged
 * {@code type} ({@code select}, {@code insert}, {@code update}, {@code delete}, {@code ddl},
 * {@code transaction}, {@code raw}), {@code model} (the model's name, {@code none} for statements of no
 * model) and {@code outcome} ({@code success} or {@code error}), plus any common tags given.
 *
 * <pre>{@code
 * Sequelize sequelize = new Sequelize(url, o -> o.queryListener(new Sequelize4jMetrics(registry)));
 * }</pre>
 *
 * <p>Thread-safe. The SQL text is never a tag: it would give a meter per statement.
 */
public final class Sequelize4jMetrics implements QueryListener {

    /** The timer's name. */
    public static final String METER_NAME = "sequelize4j.query";

    private final MeterRegistry registry;
    private final Tags commonTags;
    /** Timers by type, model and outcome: looked up once, not rebuilt per statement. */
    private final ConcurrentMap<Key, Timer> timers = new ConcurrentHashMap<>();

    private record Key(String type, String model, boolean success) {
    }

    /** Records into {@code registry}. */
    public Sequelize4jMetrics(MeterRegistry registry) {
        this(registry, Tags.empty());
    }

    /**
     * Records into {@code registry}, adding {@code commonTags} to every timer (a database name, say, when
     * one application talks to several).
     */
    public Sequelize4jMetrics(MeterRegistry registry, Iterable<Tag> commonTags) {
        this.registry = Objects.requireNonNull(registry, "Sequelize4jMetrics: the registry is null");
        this.commonTags = Tags.of(Objects.requireNonNull(commonTags, "Sequelize4jMetrics: the common tags are null"));
    }

    @Override
    public void onQuery(QueryEvent event) {
        Key key = new Key(event.type().name().toLowerCase(Locale.ROOT), event.model() == null ? "none" : event.model(),
                event.success());
        timers.computeIfAbsent(key, k -> Timer.builder(METER_NAME)
                        .description("Statements sent by Sequelize4j")
                        .tags(commonTags)
                        .tag("type", k.type())
                        .tag("model", k.model())
                        .tag("outcome", k.success() ? "success" : "error")
                        .register(registry))
                .record(event.durationNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public String toString() {
        return "Sequelize4jMetrics(" + METER_NAME + " on " + registry.getClass().getSimpleName() + ")";
    }
}
