package org.sequelize4j.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;

/**
 * Jackson support for Sequelize4j instances: register it on an {@link ObjectMapper} and instances, lists
 * of them and whole include graphs are written as {@link Model#toJSON()} gives them (see the user guide,
 * docs/json.md, for how each type is written), and JSON bodies are read back into new instances with
 * values in their attributes' types.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new Sequelize4jModule(sequelize));
 * String json = mapper.writeValueAsString(Users.findAll(query().include(include("posts"))));
 * User user = mapper.readValue(body, User.class);                           // a model with a class
 * Model tag = Sequelize4jModule.readerFor(mapper, Tags).readValue(body);    // a model without one
 * }</pre>
 *
 * <p>Configure it before registering it; a registered module's settings do not change. Thread-safe once
 * registered, like the mapper.
 */
public final class Sequelize4jModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The reader attribute naming the model to read into (see {@link #readerFor}). */
    static final Object MODEL_ATTRIBUTE = Sequelize4jModule.class.getName() + ".model";

    private final transient Sequelize sequelize;
    private UnknownAttributes unknownAttributes = UnknownAttributes.FAIL;
    private boolean exactNumbersAsStrings;
    private final Map<String, Set<String>> hidden = new LinkedHashMap<>();
    private boolean registered;

    /** A module that writes instances; reading needs {@link #readerFor} for every model. */
    public Sequelize4jModule() {
        this(null);
    }

    /**
     * A module that writes instances and reads JSON into the model classes defined on {@code sequelize}
     * ({@code mapper.readValue(body, User.class)}).
     */
    public Sequelize4jModule(Sequelize sequelize) {
        super("Sequelize4jModule", Version.unknownVersion());
        this.sequelize = sequelize;
    }

    /** What reading does with keys a model does not have: {@link UnknownAttributes#FAIL} (the default) or ignore them. */
    public Sequelize4jModule unknownAttributes(UnknownAttributes value) {
        requireUnregistered();
        if (value == null) {
            throw new IllegalArgumentException("Sequelize4jModule.unknownAttributes: null; use FAIL or IGNORE");
        }
        this.unknownAttributes = value;
        return this;
    }

    /**
     * Writes {@code BigDecimal}, {@code BigInteger} and {@code Long} values as JSON strings, as Sequelize
     * gives DECIMAL and BIGINT columns on PostgreSQL, for clients (JavaScript) whose numbers are doubles
     * and would round them. Off by default: they are written as JSON numbers with all their digits.
     */
    public Sequelize4jModule exactNumbersAsStrings(boolean value) {
        requireUnregistered();
        this.exactNumbersAsStrings = value;
        return this;
    }

    /**
     * Never writes these attributes of a model (a password hash, say), wherever its instances appear in
     * a graph. Reading still accepts them.
     *
     * @param modelName the model's name, as given to {@code define}
     * @param attributes attribute or property names
     */
    public Sequelize4jModule hide(String modelName, String... attributes) {
        requireUnregistered();
        if (modelName == null || modelName.isBlank()) {
            throw new IllegalArgumentException("Sequelize4jModule.hide: the model name is empty");
        }
        hidden.computeIfAbsent(modelName, k -> new LinkedHashSet<>()).addAll(List.of(attributes));
        return this;
    }

    /**
     * A reader of JSON into instances of {@code model}; needed for models without a class (whose
     * instances are all {@code Model}) and for a mapper whose module has no {@code Sequelize}.
     */
    public static ObjectReader readerFor(ObjectMapper mapper, ModelStatic<?> model) {
        if (model == null) {
            throw new IllegalArgumentException("Sequelize4jModule.readerFor: the model is null");
        }
        if (!mapper.getRegisteredModuleIds().contains(Sequelize4jModule.class.getName())) {
            throw new IllegalStateException("Sequelize4jModule.readerFor: register a Sequelize4jModule on the mapper first");
        }
        return mapper.readerFor(model.modelClass()).withAttribute(MODEL_ATTRIBUTE, model);
    }

    @Override
    public Object getTypeId() {
        // One registration per mapper, whichever instance.
        return Sequelize4jModule.class.getName();
    }

    @Override
    public void setupModule(SetupContext context) {
        registered = true;
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        hidden.forEach((model, names) -> frozen.put(model, Set.copyOf(names)));
        JsonOptions options = new JsonOptions(unknownAttributes, exactNumbersAsStrings, Map.copyOf(frozen));
        addSerializer(Model.class, new ModelJsonSerializer(options));
        super.setupModule(context);
        context.addDeserializers(new ModelDeserializers(options, sequelize));
    }

    private void requireUnregistered() {
        if (registered) {
            throw new IllegalStateException("Sequelize4jModule: configure the module before registering it");
        }
    }

    /** Gives every Model type the model deserializer. */
    private static final class ModelDeserializers extends Deserializers.Base {
        private final JsonOptions options;
        private final Sequelize sequelize;

        ModelDeserializers(JsonOptions options, Sequelize sequelize) {
            this.options = options;
            this.sequelize = sequelize;
        }

        @Override
        public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                        BeanDescription beanDesc) {
            return Model.class.isAssignableFrom(type.getRawClass())
                    ? new ModelJsonDeserializer(type.getRawClass(), options, sequelize) : null;
        }
    }
}
