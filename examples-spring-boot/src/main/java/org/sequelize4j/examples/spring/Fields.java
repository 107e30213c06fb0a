package org.sequelize4j.examples.spring;

import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps the fields a client may set from a request body (Sequelize's {@code fields} option, by hand). */
final class Fields {

    private Fields() {
    }

    static Map<String, Object> only(Map<String, Object> body, String... names) {
        Map<String, Object> kept = new LinkedHashMap<>();
        for (String name : names) {
            if (body.containsKey(name)) {
                kept.put(name, body.get(name));
            }
        }
        return kept;
    }
}
