package org.sequelize4j.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.DataType;
import org.sequelize4j.definition.AttributeDefinition;

/** Reads one JSON value at the parser's current token into the Java value an attribute is given. */
final class JsonValues {

    private JsonValues() {
    }

    /**
     * The value for an attribute: base64 text decoded for binary attributes, doubles for floating-point
     * attributes, JSON values as Jackson's own maps and lists read them for JSON attributes, and exact
     * numbers (BigDecimal for any fraction) for everything else, so that the attribute's type decides
     * whether the value fits rather than a rounding on the way in.
     *
     * @throws IllegalArgumentException when the JSON value cannot be given to the attribute at all
     */
    static Object forAttribute(JsonParser p, AttributeDefinition attribute) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        DataType.Kind kind = attribute.type().kind();
        if (kind == DataType.Kind.BLOB || attribute.storageType() == byte[].class) {
            if (token == JsonToken.VALUE_EMBEDDED_OBJECT && p.getEmbeddedObject() instanceof byte[] bytes) {
                return bytes;
            }
            if (token != JsonToken.VALUE_STRING) {
                throw new IllegalArgumentException("expected base64 text for binary data, found " + describe(token));
            }
            try {
                return Base64.getDecoder().decode(p.getText());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not base64 text: " + e.getMessage(), e);
            }
        }
        if (kind.isJson()) {
            return any(p, false);
        }
        if ((kind == DataType.Kind.FLOAT || kind == DataType.Kind.REAL || kind == DataType.Kind.DOUBLE)
                && token == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDoubleValue();
        }
        return any(p, true);
    }

    /** Any JSON value as plain Java: maps, lists, strings, booleans, numbers (exact, or as Jackson reads them). */
    static Object any(JsonParser p, boolean exactNumbers) throws IOException {
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String key = p.currentName();
                    p.nextToken();
                    map.put(key, any(p, exactNumbers));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    list.add(any(p, exactNumbers));
                }
                return list;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return exactNumbers ? p.getNumberValueExact() : p.getNumberValue();
            case VALUE_EMBEDDED_OBJECT:
                return p.getEmbeddedObject();
            default:
                throw new IllegalArgumentException("unexpected " + describe(token));
        }
    }

    static String describe(JsonToken token) {
        switch (token) {
            case START_OBJECT: return "an object";
            case START_ARRAY: return "an array";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER_INT: return "an integer";
            case VALUE_NUMBER_FLOAT: return "a number with a fraction";
            case VALUE_TRUE: case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "null";
            default: return String.valueOf(token);
        }
    }
}
