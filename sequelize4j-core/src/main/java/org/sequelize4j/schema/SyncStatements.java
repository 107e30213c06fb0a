package org.sequelize4j.schema;

import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.dialect.DdlGenerator;
import org.sequelize4j.runtime.Engine;
import org.sequelize4j.schema.spec.TableSpecs;
import org.sequelize4j.sql.IndexSpec;
import org.sequelize4j.sql.TableSpec;

/**
 * The statements {@code sync} sends to create one model's table on an empty database, and to drop it,
 * as text and without sending them: what a tool writing migrations needs to write a migration that
 * leaves exactly the table {@code sync} would have made. Built from the same specs as {@link SchemaSync}.
 */
public final class SyncStatements {

    private SyncStatements() {
    }

    /** CREATE SCHEMA (where the model has one and the dialect has schemas), CREATE TABLE and its indexes. */
    public static List<String> create(Engine engine, ModelDefinition model) {
        DdlGenerator ddl = engine.dialect().ddl();
        TableSpecs specs = new TableSpecs(engine);
        TableSpec table = specs.tableSpec(model);
        List<String> statements = new ArrayList<>();
        if (model.schema() != null && engine.dialect().capabilities().schemas()) {
            statements.addAll(ddl.createSchema(model.schema()));
        }
        statements.addAll(ddl.createTable(table));
        for (IndexSpec index : specs.indexes(model)) {
            statements.addAll(ddl.createIndex(index, engine.renderer()));
        }
        return statements;
    }

    /** DROP TABLE of the model's table, without CASCADE, as {@code ModelStatic.drop()} sends it. */
    public static List<String> drop(Engine engine, ModelDefinition model) {
        return engine.dialect().ddl().dropTable(TableSpecs.table(model), false);
    }
}
