package org.sequelize4j.migrations;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where a {@link Migrator} finds its migrations and how strict it is. Sources add up: Java instances,
 * folders of SQL files and class-path folders may be mixed; all are ordered together by name.
 */
public final class MigratorOptions {

    private final List<Supplier<List<Migration>>> sources = new ArrayList<>();
    private boolean allowChanged;
    private boolean allowMissing;
    private Duration lockTimeout = Duration.ofMinutes(1);
    private MigrationHistory history = MigrationHistory.SEQUELIZE_META;
    private final List<MigrationListener> listeners = new ArrayList<>();

    /** Fresh options: no sources, strict checks, a lock timeout of one minute. */
    public static MigratorOptions migratorOptions() {
        return new MigratorOptions();
    }

    /** Java migrations. */
    public MigratorOptions migrations(Migration... migrations) {
        List<Migration> copy = List.of(migrations);
        sources.add(() -> copy);
        return this;
    }

    /** Java migrations. */
    public MigratorOptions migrations(List<? extends Migration> migrations) {
        List<Migration> copy = List.copyOf(migrations);
        sources.add(() -> copy);
        return this;
    }

    /** The SQL migrations ({@code NAME.up.sql} / {@code NAME.down.sql}) of a folder, read on each run. */
    public MigratorOptions folder(Path folder) {
        sources.add(() -> MigrationSources.folder(folder));
        return this;
    }

    /** The SQL migrations of a class-path folder (e.g. {@code "db/migrations"}), in a directory or a jar. */
    public MigratorOptions classpath(String folder) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : MigratorOptions.class.getClassLoader();
        sources.add(() -> MigrationSources.classpath(folder, loader));
        return this;
    }

    /**
     * Run even though an applied SQL migration's files changed since (by default a
     * {@link org.sequelize4j.errors.MigrationError} with reason CHANGED, before anything runs).
     */
    public MigratorOptions allowChanged(boolean value) {
        this.allowChanged = value;
        return this;
    }

    /**
     * Run even though {@code SequelizeMeta} lists migrations that no source has (by default an error
     * with reason MISSING): for instance when old migrations were squashed or deleted on purpose.
     */
    public MigratorOptions allowMissing(boolean value) {
        this.allowMissing = value;
        return this;
    }

    /** How long to wait for another migrator to release the migration lock. */
    public MigratorOptions lockTimeout(Duration value) {
        this.lockTimeout = value;
        return this;
    }

    /**
     * Where the names of what ran are kept: {@code SequelizeMeta} by default; for seeders
     * {@link MigrationHistory#NONE} (sequelize-cli's default) or {@link MigrationHistory#SEQUELIZE_DATA}.
     */
    public MigratorOptions history(MigrationHistory value) {
        if (value == null) {
            throw new IllegalArgumentException("MigratorOptions.history: null; use MigrationHistory.NONE for no history");
        }
        this.history = value;
        return this;
    }

    /** Adds a listener for progress events. */
    public MigratorOptions listener(MigrationListener listener) {
        listeners.add(listener);
        return this;
    }

    List<Supplier<List<Migration>>> sources() {
        return sources;
    }

    boolean isAllowChanged() {
        return allowChanged;
    }

    boolean isAllowMissing() {
        return allowMissing;
    }

    Duration lockTimeout() {
        return lockTimeout;
    }

    MigrationHistory history() {
        return history;
    }

    List<MigrationListener> listeners() {
        return listeners;
    }
}
