package org.sequelize4j;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sequelize4j.query.Condition;

/**
 * Options of {@code findOrCreate} and {@code findOrBuild}: the {@code where} that finds the row, the
 * {@code defaults} added to the equality conditions of {@code where} when a new row is made, and the
 * {@code transaction}.
 */
public final class FindOrCreateOptions extends TransactionalOptions<FindOrCreateOptions> {

    private Condition where;
    private final Map<String, Object> defaults = new LinkedHashMap<>();

    /** Options finding rows by a condition; its equality conditions become values of a new row. */
    public static FindOrCreateOptions where(Condition condition) {
        TransactionalOptions.requireWhere(condition, "FindOrCreateOptions");
        FindOrCreateOptions options = new FindOrCreateOptions();
        options.where = condition;
        return options;
    }

    /** Options finding rows by attribute values, which a new row also gets. */
    public static FindOrCreateOptions where(Map<String, ?> values) {
        return where(Op.where(values));
    }

    /** Values for a new row besides those of the where condition. */
    public FindOrCreateOptions defaults(Map<String, ?> values) {
        defaults.putAll(values);
        return this;
    }


    /** The condition. */
    public Condition where() {
        return where;
    }

    /** The defaults. */
    public Map<String, Object> defaults() {
        return defaults;
    }

    /** The values of a row created for these options: the defaults, then the where's equalities. */
    Map<String, Object> newRowValues() {
        Map<String, Object> values = new java.util.LinkedHashMap<>(defaults);
        values.putAll(EqualityValues.of(where()));
        return values;
    }


}
