package org.sequelize4j.queryinterface;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.dialect.SchemaEditor;
import org.sequelize4j.errors.SchemaChangeError;
import org.sequelize4j.sql.TableRef;

/** createSchema, dropSchema and showAllSchemas where the dialect has schemas; PostgreSQL's enum types. */
final class SchemaOperations {

    private final ChangeRunner runner;

    SchemaOperations(ChangeRunner runner) {
        this.runner = runner;
    }

    private SchemaEditor editor() {
        return runner.editor();
    }

    private void requireSchemas(String operation, String schema) {
        if (!runner.engine().dialect().capabilities().schemas()) {
            throw new SchemaChangeError(operation, null, schema, "the " + runner.engine().dialect().name()
                    + " dialect has no schemas");
        }
    }

    void createSchema(String schema, QueryInterfaceOptions options) {
        requireSchemas("createSchema", schema);
        runner.execute(options, runner.engine().dialect().ddl().createSchema(schema));
    }

    void dropSchema(String schema, QueryInterfaceOptions options) {
        requireSchemas("dropSchema", schema);
        runner.execute(options, editor().dropSchema(schema, true));
    }

    List<String> showAllSchemas(QueryInterfaceOptions options) {
        requireSchemas("showAllSchemas", null);
        return runner.read(options, editor()::schemas);
    }

    // ---- enum types ------------------------------------------------------------------------------

    private void requireEnums(String operation, String name) {
        if (!editor().enumTypes()) {
            throw new SchemaChangeError(operation, null, name, "the " + runner.engine().dialect().name()
                    + " dialect has no enum types of its own; its ENUM columns carry their values themselves");
        }
    }

    Map<String, List<String>> listEnums(QueryInterfaceOptions options) {
        requireEnums("listEnums", null);
        return runner.read(options, connection -> {
            String schema = options.schema() != null ? options.schema() : connection.getSchema();
            Map<String, List<String>> result = new LinkedHashMap<>();
            editor().enums(connection, schema).forEach((type, values) -> result.put(type.name(), List.copyOf(values)));
            return java.util.Collections.unmodifiableMap(result);
        });
    }

    void createEnum(String name, List<String> values, QueryInterfaceOptions options) {
        requireEnums("createEnum", name);
        if (values.isEmpty()) {
            throw new SchemaChangeError("createEnum", null, name, "an enum type needs at least one value");
        }
        runner.execute(options, editor().createEnum(new TableRef(options.schema(), name, null), values));
    }

    void addEnumValue(String name, String value, EnumValueOptions options) {
        requireEnums("addEnumValue", name);
        TableRef type = new TableRef(options.schema(), name, null);
        runner.run(options, connection -> {
            String schema = options.schema() != null ? options.schema() : connection.getSchema();
            List<String> values = editor().enums(connection, schema).get(new TableRef(schema, name, null));
            if (values == null) {
                throw new SchemaChangeError("addEnumValue", null, name, "there is no enum type of this name");
            }
            String position = options.before() != null ? options.before() : options.after();
            if (position != null && !values.contains(position)) {
                throw new SchemaChangeError("addEnumValue", null, name, "the value '" + position + "' to place '" + value
                        + "' next to is not one of the type's values " + values);
            }
            return org.sequelize4j.dialect.DdlPlan.of(editor().addEnumValue(type, value, options.before(), options.after()));
        });
    }

    void dropEnum(String name, QueryInterfaceOptions options) {
        requireEnums("dropEnum", name);
        runner.execute(options, editor().dropEnum(new TableRef(options.schema(), name, null)));
    }

    void dropAllEnums(QueryInterfaceOptions options) {
        requireEnums("dropAllEnums", null);
        runner.run(options, connection -> {
            String schema = options.schema() != null ? options.schema() : connection.getSchema();
            List<String> statements = new java.util.ArrayList<>();
            for (TableRef type : editor().enums(connection, schema).keySet()) {
                statements.addAll(editor().dropEnum(type));
            }
            return org.sequelize4j.dialect.DdlPlan.of(statements);
        });
    }
}
