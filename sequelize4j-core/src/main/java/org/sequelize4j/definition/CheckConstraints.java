package org.sequelize4j.definition;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.query.Condition;
import org.sequelize4j.query.Expression;

/**
 * Checks the CHECK constraints declared in a model's options when the model is defined: names that
 * every dialect accepts and that are not given twice (also not to a unique key of the model, which
 * shares the constraint namespace on PostgreSQL and MySQL), and conditions that name only attributes
 * with a column. Type and operator problems of the condition are found when it is first rendered
 * for the dialect (see {@code ModelSources}).
 */
final class CheckConstraints {

    private final String model;
    private final Map<String, AttributeDefinition> byName = new LinkedHashMap<>();
    private String constraint;

    private CheckConstraints(String model, List<AttributeDefinition> attributes) {
        this.model = model;
        for (AttributeDefinition a : attributes) {
            byName.put(a.name(), a);
        }
    }

    /**
     * The model's check constraints, in declaration order.
     *
     * @param declared name to condition, as given to {@code ModelOptions.check}
     * @param takenNames names of the model's other constraints (unique keys)
     * @throws DefinitionError naming the model and the constraint
     */
    static List<CheckDefinition> resolve(String model, List<Map.Entry<String, Condition>> declared,
                                         List<AttributeDefinition> attributes, Set<String> takenNames) {
        CheckConstraints checks = new CheckConstraints(model, attributes);
        List<CheckDefinition> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Map.Entry<String, Condition> entry : declared) {
            String name = entry.getKey();
            checks.constraint = name;
            checks.checkName(name);
            // Databases compare constraint names case-insensitively (MySQL, SQLite) or fold them when unquoted.
            String folded = name.toLowerCase(java.util.Locale.ROOT);
            if (!names.add(folded)) {
                throw checks.error(null, "is declared twice; check constraint names must be unique in the model");
            }
            if (takenNames.stream().anyMatch(taken -> taken.equalsIgnoreCase(name))) {
                throw checks.error(null, "has the name of a unique key of the model; choose another name");
            }
            checks.condition(entry.getValue());
            result.add(new CheckDefinition(name, entry.getValue()));
        }
        return result;
    }

    private DefinitionError error(String attribute, String problem) {
        return new DefinitionError(model, attribute, "check constraint '" + constraint + "' " + problem);
    }

    private void checkName(String name) {
        if (name.isBlank()) {
            throw new DefinitionError(model, null, "a check constraint name is empty");
        }
        if (!name.equals(name.strip())) {
            throw error(null, "has leading or trailing spaces in its name");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw error(null, "has a control character in its name");
        }
        // Refused rather than shortened: a shortened name would no longer be the one the error reports.
        if (name.getBytes(StandardCharsets.UTF_8).length > DefinitionBuilder.MAX_IDENTIFIER_BYTES) {
            throw error(null, "has a name longer than " + DefinitionBuilder.MAX_IDENTIFIER_BYTES
                    + " bytes, which PostgreSQL would truncate and MySQL rejects");
        }
    }

    private void condition(Condition condition) {
        if (condition instanceof Condition.Compare) {
            Condition.Compare compare = (Condition.Compare) condition;
            if (compare.left() instanceof String) {
                attribute((String) compare.left());
            } else {
                expression((Expression) compare.left());
            }
            value(compare.right());
        } else if (condition instanceof Condition.Junction) {
            ((Condition.Junction) condition).parts().forEach(this::condition);
        } else if (condition instanceof Condition.Not) {
            condition(((Condition.Not) condition).condition());
        }
        // Condition.Raw is raw SQL, deliberately not inspected.
    }

    private void value(Object value) {
        if (value instanceof Expression) {
            expression((Expression) value);
        } else if (value instanceof Collection) {
            ((Collection<?>) value).forEach(this::value);
        } else if (value instanceof CharSequence && value.toString().indexOf('\0') >= 0) {
            throw error(null, "compares with a string containing a NUL character, which cannot be written in DDL");
        } else if (value instanceof byte[]) {
            throw error(null, "compares with a binary value, which cannot be written in DDL; use Sql.literal");
        }
    }

    private void expression(Expression e) {
        if (e instanceof Expression.Col) {
            attribute(((Expression.Col) e).name());
        } else if (e instanceof Expression.JsonKeys) {
            String path = ((Expression.JsonKeys) e).path();
            attribute(path);
            AttributeDefinition a = byName.containsKey(path) ? byName.get(path) : byName.get(path.substring(0, path.indexOf('.')));
            if (!a.type().kind().isJson()) {
                throw error(path, "gives '" + path + "' a nested map of keys, but it is not a JSON attribute");
            }
        } else if (e instanceof Expression.Fn) {
            ((Expression.Fn) e).args().forEach(this::value);
        } else if (e instanceof Expression.Cast) {
            value(((Expression.Cast) e).value());
        } else if (e instanceof Expression.Value) {
            value(((Expression.Value) e).value());
        } else if (e instanceof Expression.Distinct) {
            expression(((Expression.Distinct) e).expression());
        } else if (e instanceof Expression.Aliased) {
            expression(((Expression.Aliased) e).expression());
        }
    }

    /** An attribute with a column, or a JSON path into one ({@code meta.size}). */
    private void attribute(String path) {
        AttributeDefinition a = byName.get(path);
        int dot = path.indexOf('.');
        if (a == null && dot > 0) {
            AttributeDefinition json = byName.get(path.substring(0, dot));
            if (json != null && json.type().kind().isJson()) {
                a = json;
            }
        }
        if (a == null || a.isVirtual()) {
            throw error(path, "uses '" + path + "', which is not an attribute with a column; known attributes: "
                    + byName.keySet());
        }
    }
}
