package org.sequelize4j.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sequelize4j.Model;

/**
 * Writes an instance as its {@code toJSON()} map: every attribute (through getters), the getter-only
 * properties and the extra values — included instances, a belongsToMany's through instance under the
 * through model's name, computed columns — each included instance written the same way, nothing of the
 * instance's state ({@code isNewRecord}, previous values). Values are written the way Sequelize's JSON
 * has them: dates as ISO-8601 text in UTC with milliseconds, {@code DATEONLY} and {@code TIME} as their
 * text, decimals and big integers with all their digits, {@code byte[]} as base64, JSON columns nested.
 */
final class ModelJsonSerializer extends StdSerializer<Model> {

    private static final long serialVersionUID = 1L;

    /** JavaScript's {@code Date.toISOString()}: always three fraction digits. */
    private static final DateTimeFormatter JS_ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final transient JsonOptions options;

    ModelJsonSerializer(JsonOptions options) {
        super(Model.class);
        this.options = options;
    }

    @Override
    public void serialize(Model instance, JsonGenerator gen, SerializerProvider provider) throws IOException {
        Set<String> hidden = options.hiddenOf(instance.model().name());
        gen.writeStartObject(instance);
        // get() rather than toJSON(): included instances stay instances, so each is written with its own
        // model's hidden attributes; the keys and values are those toJSON() gives.
        for (Map.Entry<String, Object> e : instance.get().entrySet()) {
            if (!hidden.contains(e.getKey())) {
                gen.writeFieldName(e.getKey());
                writeValue(e.getValue(), gen, provider);
            }
        }
        gen.writeEndObject();
    }

    private void writeValue(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else if (value instanceof Model m) {
            serialize(m, gen, provider);
        } else if (value instanceof String s) {
            gen.writeString(s);
        } else if (value instanceof Boolean b) {
            gen.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            gen.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long l) {
            if (options.exactNumbersAsStrings()) {
                gen.writeString(l.toString());
            } else {
                gen.writeNumber(l);
            }
        } else if (value instanceof BigDecimal d) {
            // toPlainString: never "1E+3", which a reader might take for a double.
            if (options.exactNumbersAsStrings()) {
                gen.writeString(d.toPlainString());
            } else {
                gen.writeNumber(d.toPlainString());
            }
        } else if (value instanceof BigInteger i) {
            if (options.exactNumbersAsStrings()) {
                gen.writeString(i.toString());
            } else {
                gen.writeNumber(i);
            }
        } else if (value instanceof byte[] bytes) {
            gen.writeBinary(bytes);
        } else if (value instanceof Map<?, ?> map) {
            gen.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                gen.writeFieldName(String.valueOf(e.getKey()));
                writeValue(e.getValue(), gen, provider);
            }
            gen.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            gen.writeStartArray();
            for (Object element : list) {
                writeValue(element, gen, provider);
            }
            gen.writeEndArray();
        } else if (value instanceof Object[] array) {
            gen.writeStartArray();
            for (Object element : array) {
                writeValue(element, gen, provider);
            }
            gen.writeEndArray();
        } else if (!writeTemporal(value, gen)) {
            if (value instanceof UUID || value instanceof Enum<?>) {
                gen.writeString(value.toString());
            } else {
                provider.defaultSerializeValue(value, gen);
            }
        }
    }

    /** Writes dates and times as Sequelize's JSON has them; false for other values. */
    private static boolean writeTemporal(Object value, JsonGenerator gen) throws IOException {
        Instant instant = null;
        if (value instanceof Instant i) {
            instant = i;
        } else if (value instanceof OffsetDateTime o) {
            instant = o.toInstant();
        } else if (value instanceof ZonedDateTime z) {
            instant = z.toInstant();
        } else if (value instanceof java.sql.Date d) {
            gen.writeString(d.toLocalDate().toString());
            return true;
        } else if (value instanceof java.sql.Time t) {
            gen.writeString(TIME.format(t.toLocalTime()));
            return true;
        } else if (value instanceof java.util.Date d) {
            instant = d.toInstant();
        } else if (value instanceof LocalDate d) {
            gen.writeString(d.toString());
            return true;
        } else if (value instanceof LocalTime t) {
            gen.writeString(t.getNano() == 0 ? TIME.format(t) : DateTimeFormatter.ISO_LOCAL_TIME.format(t));
            return true;
        } else if (value instanceof LocalDateTime t) {
            gen.writeString(t.getNano() == 0 ? LOCAL_DATE_TIME.format(t) : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t));
            return true;
        }
        if (instant == null) {
            return false;
        }
        // Microseconds (DATE(6)) are kept: three digits only when that loses nothing.
        gen.writeString(instant.getNano() % 1_000_000 == 0 ? JS_ISO.format(instant) : DateTimeFormatter.ISO_INSTANT.format(instant));
        return true;
    }
}
