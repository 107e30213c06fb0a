package org.sequelize4j.schema.spec;

import java.util.List;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.runtime.Engine;
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.ForeignKeySpec;
import org.sequelize4j.sql.IndexSpec;
import org.sequelize4j.sql.TableSpec;

/**
 * The table specs {@code sync} writes for a model, for other users of the DDL generators (the
 * QueryInterface builds its tables and columns from attribute options the same way, so both write
 * the same DDL for the same declaration).
 */
public final class DefinitionSpecs {

    private final TableSpecs specs;

    /** Specs resolved against an engine's models and dialect. */
    public DefinitionSpecs(Engine engine) {
        this.specs = new TableSpecs(engine);
    }

    /** The table of a model: columns, keys, foreign keys, checks and table options. */
    public TableSpec table(ModelDefinition model) {
        return specs.tableSpec(model);
    }

    /** The column of one attribute. */
    public ColumnSpec column(ModelDefinition model, AttributeDefinition attribute) {
        return specs.columnSpec(model, attribute);
    }

    /** The foreign key of an attribute with {@code references}, or null. */
    public ForeignKeySpec foreignKey(ModelDefinition model, AttributeDefinition attribute) {
        return specs.foreignKey(model, attribute);
    }

    /** The model's declared indexes. */
    public List<IndexSpec> indexes(ModelDefinition model) {
        return specs.indexes(model);
    }
}
