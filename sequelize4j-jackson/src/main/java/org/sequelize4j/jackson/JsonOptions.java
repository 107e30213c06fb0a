package org.sequelize4j.jackson;

import java.util.Map;
import java.util.Set;

/**
 * The module's settings, fixed when it is registered.
 *
 * @param unknownAttributes what deserializers do with unknown keys
 * @param exactNumbersAsStrings whether BigDecimal, BigInteger and Long values are written as JSON strings
 * @param hidden per model name, attributes never written
 */
record JsonOptions(UnknownAttributes unknownAttributes, boolean exactNumbersAsStrings, Map<String, Set<String>> hidden) {

    Set<String> hiddenOf(String modelName) {
        return hidden.getOrDefault(modelName, Set.of());
    }
}
