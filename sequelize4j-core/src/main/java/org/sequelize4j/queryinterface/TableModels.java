package org.sequelize4j.queryinterface;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.DataType;
import org.sequelize4j.DataTypes;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.DefinitionBuilder;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.definition.ModelSource;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.errors.SchemaChangeError;
import org.sequelize4j.runtime.Engine;
import org.sequelize4j.schema.spec.DefinitionSpecs;
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.ForeignKeySpec;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.sql.TableSpec;

/**
 * Builds model definitions nobody registers, so that the QueryInterface reuses what models already do:
 * attribute options become columns through the same builder and DDL specs as {@code sync} (so a
 * column declared for {@code createTable} is written exactly as for a model), and an existing table's
 * columns become attributes against which conditions resolve and values are checked and bound.
 */
final class TableModels {

    private final Engine engine;
    private final DefinitionSpecs specs;

    TableModels(Engine engine) {
        this.engine = engine;
        this.specs = new DefinitionSpecs(engine);
    }

    DefinitionSpecs specs() {
        return specs;
    }

    private static ModelOptions baseOptions(TableRef table) {
        return ModelOptions.options().tableName(table.name()).schema(table.schema()).timestamps(false)
                .noPrimaryKey(true).freezeTableName(true);
    }

    /** A definition of attributes for a table; definition errors come out naming the operation and table. */
    ModelDefinition define(String operation, TableRef table, List<AttributeOptions> attributes, ModelOptions options) {
        ModelDefinition definition;
        try {
            definition = DefinitionBuilder.build(new ModelSource(table.name(), attributes, options, Model.class, Map.of()),
                    engine.coercion());
        } catch (DefinitionError e) {
            throw new SchemaChangeError(operation, table.name(), e.attribute(), e.problem());
        }
        for (AttributeDefinition a : definition.attributes()) {
            if (!engine.dialect().supportsType(a.type())) {
                throw new SchemaChangeError(operation, table.name(), a.name(), "type " + a.type()
                        + " is not supported by the " + engine.dialect().name() + " dialect");
            }
        }
        return definition;
    }

    /** The table {@code createTable} writes. */
    TableSpec createSpec(TableRef table, List<AttributeOptions> attributes, CreateTableOptions options) {
        if (attributes.isEmpty()) {
            throw new SchemaChangeError("createTable", table.name(), null, "a table needs at least one column");
        }
        ModelOptions modelOptions = baseOptions(table);
        if (options.engine() != null) {
            modelOptions.engine(options.engine());
        }
        if (options.charset() != null) {
            modelOptions.charset(options.charset());
        }
        if (options.collate() != null) {
            modelOptions.collate(options.collate());
        }
        if (options.comment() != null) {
            modelOptions.comment(options.comment());
        }
        if (options.initialAutoIncrement() != null) {
            modelOptions.initialAutoIncrement(options.initialAutoIncrement());
        }
        for (Map.Entry<String, org.sequelize4j.query.Condition> check : options.checks()) {
            modelOptions.check(check.getKey(), check.getValue());
        }
        ModelDefinition definition = define("createTable", table, attributes, modelOptions);
        for (AttributeDefinition a : definition.columns()) {
            requireSchemaDefault("createTable", table, definition, a);
        }
        TableSpec built;
        try {
            built = specs.table(definition);
        } catch (QueryError e) {
            throw new SchemaChangeError("createTable", table.name(), null, e.getMessage());
        }
        List<ForeignKeySpec> foreignKeys = new ArrayList<>();
        for (ForeignKeySpec fk : built.foreignKeys()) {
            foreignKeys.add(inSchema(definition, fk, table));
        }
        TableSpec spec = new TableSpec(built.table(), built.columns(), built.primaryKey(), built.uniqueKeys(), foreignKeys,
                built.checks(), built.options());
        if (options.uniqueKeys().isEmpty()) {
            return spec;
        }
        List<TableSpec.UniqueSpec> uniques = new ArrayList<>(spec.uniqueKeys());
        options.uniqueKeys().forEach((name, columns) -> {
            for (String column : columns) {
                if (spec.columns().stream().noneMatch(c -> c.name().equals(column))) {
                    throw new SchemaChangeError("createTable", table.name(), column, "unique key '" + name
                            + "' names a column the table does not have");
                }
            }
            uniques.add(new TableSpec.UniqueSpec(name, columns));
        });
        return new TableSpec(spec.table(), spec.columns(), spec.primaryKey(), uniques, spec.foreignKeys(), spec.checks(),
                spec.options());
    }

    /**
     * One column of {@code addColumn} or {@code changeColumn}.
     *
     * @param column the column
     * @param foreignKey its reference, or null
     * @param unique a unique constraint over it ({@code unique(true)} or a named one), or null
     * @param table a table spec holding just this column (for the dialects' per-table statements)
     */
    record ColumnParts(ColumnSpec column, ForeignKeySpec foreignKey, TableSpec.UniqueSpec unique, TableSpec table) {
    }

    /** The column an attribute declares for an existing table. */
    ColumnParts column(String operation, TableRef table, String name, AttributeOptions attribute) {
        AttributeOptions named = attribute.name().equals(name) ? attribute : attribute.copyAs(name, attribute.type());
        ModelDefinition definition = define(operation, table, List.of(named), baseOptions(table));
        AttributeDefinition a = definition.columns().get(0);
        requireSchemaDefault(operation, table, definition, a);
        ColumnSpec column = specs.column(definition, a);
        ForeignKeySpec fk;
        try {
            fk = specs.foreignKey(definition, a);
            fk = fk == null ? null : inSchema(definition, fk, table);
        } catch (QueryError e) {
            throw new SchemaChangeError(operation, table.name(), a.field(), e.getMessage());
        }
        TableSpec.UniqueSpec unique = definition.uniqueKeys().isEmpty() ? null
                : new TableSpec.UniqueSpec(definition.uniqueKeys().get(0).name(), List.of(a.field()));
        TableSpec spec = new TableSpec(table, List.of(column), column.primaryKey() ? List.of(column.name()) : List.of(),
                List.of(), List.of(), List.of(), new TableSpec.TableOptions(null, null, null, null, null));
        return new ColumnParts(column, fk, unique, spec);
    }

    /**
     * A reference by table name ({@code References.table("people")}) from a table in a schema means the
     * table of that name in the same schema, as for addConstraint; a reference to a model keeps the model's.
     */
    private static ForeignKeySpec inSchema(ModelDefinition definition, ForeignKeySpec fk, TableRef table) {
        if (table.schema() == null || fk.target().schema() != null || fk.columns().size() != 1) {
            return fk;
        }
        AttributeDefinition a = definition.attributeByField(fk.columns().get(0));
        if (a == null || a.references() == null || a.references().targetTable() == null) {
            return fk;
        }
        return new ForeignKeySpec(fk.name(), fk.columns(), new TableRef(table.schema(), fk.target().name(), null),
                fk.targetColumns(), fk.onDelete(), fk.onUpdate(), fk.deferrable());
    }

    /** Refuses defaults that models fill in Java (NOW, UUIDV4, suppliers), which a table cannot hold. */
    private void requireSchemaDefault(String operation, TableRef table, ModelDefinition definition, AttributeDefinition a) {
        if (a.defaultKind() == AttributeDefinition.DefaultKind.GENERATED) {
            throw new SchemaChangeError(operation, table.name(), a.field(), "its defaultValue is computed by models in"
                    + " Java (NOW, UUIDV1, UUIDV4 or a supplier), which a table cannot hold; give the database's own,"
                    + " e.g. Sql.literal(\"CURRENT_TIMESTAMP\") or Sql.fn(\"gen_random_uuid\")");
        }
        if (a.defaultKind() == AttributeDefinition.DefaultKind.CONSTANT && a.defaultValue() != null
                && !specs.column(definition, a).hasDefault()) {
            throw new SchemaChangeError(operation, table.name(), a.field(), "a constant default of type " + a.type()
                    + " cannot be written into the table; give it as SQL with Sql.literal");
        }
    }

    /**
     * A definition of an existing table's columns, for conditions and values: each column typed as the
     * database reports it, or as {@code types} says, or as TEXT when the type has no Sequelize4j reading.
     */
    ModelDefinition live(String operation, TableRef table, List<ColumnDescription> columns, Map<String, DataType> types) {
        if (columns.isEmpty()) {
            throw new SchemaChangeError(operation, table.name(), null, "the table does not exist");
        }
        for (String column : types.keySet()) {
            if (columns.stream().noneMatch(c -> c.name().equals(column))) {
                throw new SchemaChangeError(operation, table.name(), column, "a type is given for a column the table"
                        + " does not have; its columns are " + columns.stream().map(ColumnDescription::name).toList());
            }
        }
        List<AttributeOptions> attributes = new ArrayList<>();
        int i = 0;
        for (ColumnDescription c : columns) {
            DataType type = types.getOrDefault(c.name(), c.dataType() != null ? c.dataType() : DataTypes.TEXT);
            // Names models refuse ('.', '$', ':' are paths and casts there) keep their column under a plain name.
            boolean plain = !(c.name().contains(".") || c.name().contains("$") || c.name().contains(":"));
            AttributeOptions attribute = AttributeOptions.attribute(plain ? c.name() : "column " + i, type);
            if (!plain) {
                attribute.field(c.name());
            }
            attributes.add(attribute.allowNull(true));
            i++;
        }
        return define(operation, table, attributes, baseOptions(table));
    }
}
