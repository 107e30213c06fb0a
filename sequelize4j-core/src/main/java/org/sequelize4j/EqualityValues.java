package org.sequelize4j;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sequelize4j.query.Condition;
import org.sequelize4j.query.Expression;
import org.sequelize4j.sql.Operator;

/**
 * The attribute values a where condition pins down ({@code name = 'x'} inside ANDs), which
 * {@code findOrCreate} gives the row it creates.
 */
final class EqualityValues {

    private EqualityValues() {
    }

    static Map<String, Object> of(Condition condition) {
        Map<String, Object> values = new LinkedHashMap<>();
        collect(condition, values);
        return values;
    }

    private static void collect(Condition condition, Map<String, Object> values) {
        if (condition instanceof Condition.Compare) {
            Condition.Compare c = (Condition.Compare) condition;
            if (c.operator() == Operator.EQ && c.left() instanceof String && !((String) c.left()).contains(".")
                    && !(c.right() instanceof Expression) && !(c.right() instanceof Condition.Quantified)) {
                values.put((String) c.left(), c.right());
            }
        } else if (condition instanceof Condition.Junction && !((Condition.Junction) condition).or()) {
            for (Condition part : ((Condition.Junction) condition).parts()) {
                collect(part, values);
            }
        }
    }
}
