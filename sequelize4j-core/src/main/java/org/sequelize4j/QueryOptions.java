package org.sequelize4j;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options of a raw query ({@code sequelize.query(sql, options)}): replacements for {@code :name} or
 * {@code ?} placeholders, bind parameters for {@code $1}/{@code $name}, the query type, a model to
 * build instances of, {@code plain} (first row only), {@code nest} (dotted labels as nested maps), {@code logging} and
 * {@code transaction}.
 *
 * <p>Replacements and bind parameters are both sent as bound parameters; a list replacement expands
 * to one parameter per element ({@code WHERE id IN (:ids)}). Nothing is spliced into the SQL text.
 */
public final class QueryOptions extends TransactionalOptions<QueryOptions> {

    private Map<String, Object> namedReplacements;
    private List<Object> positionalReplacements;
    private Map<String, Object> namedBind;
    private List<Object> positionalBind;
    private QueryType type = QueryType.RAW;
    private boolean plain;
    private boolean nest;

    /** Fresh options. */
    public static QueryOptions queryOptions() {
        return new QueryOptions();
    }

    /** Values for {@code :name} placeholders. */
    public QueryOptions replacements(Map<String, ?> values) {
        this.namedReplacements = new LinkedHashMap<>(values);
        return this;
    }

    /** Values for {@code ?} placeholders, in order. */
    public QueryOptions replacements(List<?> values) {
        this.positionalReplacements = new ArrayList<>(values);
        return this;
    }

    /** Values for {@code $name} bind parameters. */
    public QueryOptions bind(Map<String, ?> values) {
        this.namedBind = new LinkedHashMap<>(values);
        return this;
    }

    /** Values for {@code $1}, {@code $2}, … bind parameters. */
    public QueryOptions bind(List<?> values) {
        this.positionalBind = new ArrayList<>(values);
        return this;
    }

    /** The query type. */
    public QueryOptions type(QueryType value) {
        this.type = value;
        return this;
    }

    /** Return only the first row. */
    public QueryOptions plain(boolean value) {
        this.plain = value;
        return this;
    }


    /**
     * Turn column labels with dots into nested maps, as Sequelize's {@code nest: true}: a row
     * {@code {"id": 1, "user.username": "ann"}} comes back as {@code {"id": 1, "user": {"username": "ann"}}}.
     */
    public QueryOptions nest(boolean value) {
        this.nest = value;
        return this;
    }

    /** Named replacements, or null. */
    public Map<String, Object> namedReplacements() {
        return namedReplacements;
    }

    /** Positional replacements, or null. */
    public List<Object> positionalReplacements() {
        return positionalReplacements;
    }

    /** Named bind values, or null. */
    public Map<String, Object> namedBind() {
        return namedBind;
    }

    /** Positional bind values, or null. */
    public List<Object> positionalBind() {
        return positionalBind;
    }

    /** The query type. */
    public QueryType type() {
        return type;
    }

    /** Whether only the first row is returned. */
    public boolean isPlain() {
        return plain;
    }

    /** Whether dotted column labels become nested maps. */
    public boolean isNest() {
        return nest;
    }

    /**
     * With read replicas: run this raw query of type SELECT on the primary rather than a replica (Sequelize's {@code useMaster}).
     * Inside a transaction every statement runs on the transaction's connection anyway.
     */
    public QueryOptions useMaster(boolean value) {
        setUseMaster(value);
        return this;
    }

    /**
     * With read replicas: whether this raw query of type SELECT must see the calling thread's latest writes (true), or may
     * miss them (false), whatever the instance's {@code replication.readYourWrites} says.
     */
    public QueryOptions readYourWrites(boolean value) {
        setReadYourWrites(value);
        return this;
    }
}
