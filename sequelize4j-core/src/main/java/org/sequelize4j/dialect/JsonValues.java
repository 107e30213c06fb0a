package org.sequelize4j.dialect;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON into plain Java values: maps, lists, strings, booleans and numbers, each number exact.
 * An integer is an {@code Integer}, {@code Long} or {@code BigInteger} by size (as Jackson reads it); a
 * number with a fraction or exponent is a {@code Double} when a double holds it exactly (its shortest
 * text is the number written), otherwise a {@code BigDecimal}: {@code 0.5} is a Double, while
 * {@code 0.1000000000000000000001} or {@code 1e400} stay exact instead of becoming 0.1 or Infinity.
 */
final class JsonValues extends StdDeserializer<Object> {

    private static final long serialVersionUID = 1L;

    JsonValues() {
        super(Object.class);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
        return read(p, context);
    }

    private Object read(JsonParser p, DeserializationContext context) throws IOException {
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: case FIELD_NAME: {
                Map<String, Object> map = new LinkedHashMap<>();
                String key = token == JsonToken.FIELD_NAME ? p.currentName() : p.nextFieldName();
                for (; key != null; key = p.nextFieldName()) {
                    p.nextToken();
                    map.put(key, read(p, context));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(p, context));
                }
                return list;
            }
            case END_OBJECT:
                return new LinkedHashMap<String, Object>();
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                return number(p.getDecimalValue());
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                return context.handleUnexpectedToken(Object.class, p);
        }
    }

    /** The number as a Double when that is exact, else as the BigDecimal it is. */
    static Object number(BigDecimal exact) {
        double d = exact.doubleValue();
        if (Double.isFinite(d) && (d != 0 || exact.signum() == 0)
                && new BigDecimal(Double.toString(d)).compareTo(exact) == 0) {
            return d;
        }
        return exact;
    }
}
