package org.sequelize4j;

import java.util.regex.Pattern;

/**
 * Options of {@code sync}: {@code force} (drop and re-create), {@code alter} (bring existing tables up
 * to date: add missing columns and indexes, change columns the dialect can change in place, and drop
 * the columns the model no longer declares, as Sequelize does, unless {@link #alterDrop alterDrop(false)}
 * keeps them), and {@code match}, a safety check that refuses to sync unless the database name matches.
 */
public final class SyncOptions {

    private boolean force;
    private boolean alter;
    private boolean alterDrop = true;
    private Pattern match;
    private boolean hooks = true;

    /** Fresh options: create missing tables only. */
    public static SyncOptions syncOptions() {
        return new SyncOptions();
    }

    /** Drop each table first, then create it. Destroys data. */
    public SyncOptions force(boolean value) {
        this.force = value;
        return this;
    }

    /**
     * Change existing tables to match the models. Columns the model no longer declares are dropped with
     * their data unless {@code alterDrop(false)} is given too.
     */
    public SyncOptions alter(boolean value) {
        this.alter = value;
        return this;
    }

    /**
     * Whether {@code alter} drops the columns no attribute declares (Sequelize's {@code alter: {drop}}):
     * true by default; {@code alterDrop(false)} keeps them and their data. {@code alterDrop(true)} also
     * turns {@code alter} on, {@code alterDrop(false)} leaves it as it is.
     */
    public SyncOptions alterDrop(boolean value) {
        this.alterDrop = value;
        if (value) {
            this.alter = true;
        }
        return this;
    }

    /** Refuse to sync unless the database name matches (e.g. {@code Pattern.compile("_test$")}). */
    public SyncOptions match(Pattern pattern) {
        this.match = pattern;
        return this;
    }

    /** Refuse to sync unless the database name matches this regular expression. */
    public SyncOptions match(String regex) {
        return match(Pattern.compile(regex));
    }

    /** {@code false} to skip beforeSync/afterSync hooks. */
    public SyncOptions hooks(boolean value) {
        this.hooks = value;
        return this;
    }

    /** Whether forced. */
    public boolean isForce() {
        return force;
    }

    /** Whether altering. */
    public boolean isAlter() {
        return alter;
    }

    /** Whether this sync alters tables and drops the columns no attribute declares. */
    public boolean isAlterDrop() {
        return alter && alterDrop;
    }

    /** The database-name pattern, or null. */
    public Pattern match() {
        return match;
    }

    /** Whether hooks run. */
    public boolean isHooks() {
        return hooks;
    }
}
