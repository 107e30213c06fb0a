package org.sequelize4j.schema.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sequelize4j.DataType;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.References;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.ForeignKeyDefinition;
import org.sequelize4j.definition.IndexDefinition;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.definition.UniqueKey;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.query.Expression;
import org.sequelize4j.runtime.Engine;
import org.sequelize4j.runtime.ModelRuntime;
import org.sequelize4j.sql.CheckSpec;
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.ForeignKeySpec;
import org.sequelize4j.sql.IndexSpec;
import org.sequelize4j.sql.SqlExpr;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.sql.TableSpec;

/**
 * Describes a model's table in the dialect-neutral terms the DDL generators take: columns with their
 * defaults, keys, foreign keys (references resolved to the target model's table and column), CHECK
 * constraints and indexes.
 */
public final class TableSpecs {

    private final Engine engine;

    /** Specs of the models of an engine. */
    public TableSpecs(Engine engine) {
        this.engine = engine;
    }

    /** The table of a model. */
    public static TableRef table(ModelDefinition model) {
        return new TableRef(model.schema(), model.tableName(), null);
    }

    /** The table of a model, as CREATE TABLE takes it. */
    public TableSpec tableSpec(ModelDefinition model) {
        List<ColumnSpec> columns = new ArrayList<>();
        List<String> primaryKey = new ArrayList<>();
        List<ForeignKeySpec> foreignKeys = new ArrayList<>();
        for (AttributeDefinition a : model.columns()) {
            columns.add(columnSpec(model, a));
            if (a.isPrimaryKey()) {
                primaryKey.add(a.field());
            }
            ForeignKeySpec fk = foreignKey(model, a);
            if (fk != null) {
                foreignKeys.add(fk);
            }
        }
        for (ForeignKeyDefinition fk : model.foreignKeys()) {
            foreignKeys.add(compositeForeignKey(model, fk));
        }
        List<TableSpec.UniqueSpec> uniques = new ArrayList<>();
        for (UniqueKey key : model.uniqueKeys()) {
            uniques.add(new TableSpec.UniqueSpec(key.name(), key.attributes().stream().map(AttributeDefinition::field).toList()));
        }
        ModelOptions o = model.options();
        List<CheckSpec> checks = model.checks().isEmpty() ? List.of()
                : CheckClauses.specs(model, engine.selects().resolver(model, null, Map.of()), engine.renderer());
        return new TableSpec(table(model), columns, primaryKey, uniques, foreignKeys, checks,
                new TableSpec.TableOptions(o.engine(), o.charset(), o.collate(), o.comment(), o.initialAutoIncrement()));
    }

    /** The column of an attribute. */
    ColumnSpec columnSpec(ModelDefinition model, AttributeDefinition a) {
        Object constant = null;
        String expression = null;
        if (a.defaultKind() == AttributeDefinition.DefaultKind.CONSTANT && a.defaultValue() != null
                && isSchemable(a.type())) {
            constant = a.defaultValue();
        } else if (a.defaultKind() == AttributeDefinition.DefaultKind.DATABASE) {
            Expression e = (Expression) a.defaultValue();
            expression = e instanceof Expression.Literal ? ((Expression.Literal) e).sql()
                    : engine.renderer().inline(engine.selects().resolver(model, null, Map.of()).expression(e, "defaultValue"));
        }
        return new ColumnSpec(a.field(), a.type(), a.allowNull(), constant, expression, a.isAutoIncrement(),
                a.isAutoIncrementIdentity(), a.isPrimaryKey(), a.comment(), null);
    }

    private static boolean isSchemable(DataType type) {
        // JSON, arrays and blobs keep their defaults on the Java side, as Sequelize does.
        switch (type.kind()) {
            case JSON: case JSONB: case ARRAY: case BLOB:
                return false;
            default:
                return true;
        }
    }

    /** The foreign key of an attribute with {@code references}, or null. */
    ForeignKeySpec foreignKey(ModelDefinition model, AttributeDefinition a) {
        References r = a.references();
        if (r == null) {
            return null;
        }
        TableRef target;
        String targetColumn;
        if (r.targetTable() != null) {
            target = new TableRef(null, r.targetTable(), null);
            targetColumn = r.key() != null ? r.key() : "id";
        } else {
            ModelRuntime targetModel = engine.models().apply(r.targetModel());
            if (targetModel == null) {
                throw new QueryError("Attribute '" + a.name() + "' of model '" + model.name() + "' references model "
                        + r.targetModel() + ", which is not defined");
            }
            ModelDefinition targetDefinition = targetModel.definition();
            target = table(targetDefinition);
            AttributeDefinition key;
            if (r.key() != null) {
                key = targetDefinition.attribute(r.key());
                if (key == null) {
                    key = targetDefinition.attributeByField(r.key());
                }
                if (key == null) {
                    throw new QueryError("Attribute '" + a.name() + "' of model '" + model.name() + "' references key '"
                            + r.key() + "' of model '" + targetDefinition.name() + "', which has no such attribute");
                }
            } else {
                key = targetDefinition.primaryKey();
                if (key == null) {
                    throw new QueryError("Attribute '" + a.name() + "' of model '" + model.name() + "' references model '"
                            + targetDefinition.name() + "', which has no single primary key; name the key");
                }
            }
            targetColumn = key.field();
        }
        return new ForeignKeySpec(null, List.of(a.field()), target, List.of(targetColumn), a.onDelete(), a.onUpdate(),
                r.deferrable());
    }

    /** A foreign key over several columns, resolved to the referenced table's columns. */
    ForeignKeySpec compositeForeignKey(ModelDefinition model, ForeignKeyDefinition fk) {
        ModelRuntime targetModel = engine.models().apply(fk.targetModel());
        if (targetModel == null) {
            throw new QueryError("The foreign key " + fk.attributes() + " of model '" + model.name() + "' references model '"
                    + fk.targetModel() + "', which is not defined");
        }
        ModelDefinition target = targetModel.definition();
        List<String> columns = new ArrayList<>();
        for (String attribute : fk.attributes()) {
            columns.add(model.attribute(attribute).field());
        }
        List<String> targetColumns = new ArrayList<>();
        for (String attribute : fk.targetAttributes()) {
            AttributeDefinition key = target.attribute(attribute);
            if (key == null) {
                throw new QueryError("The foreign key " + fk.attributes() + " of model '" + model.name() + "' references '"
                        + attribute + "' of model '" + target.name() + "', which has no such attribute");
            }
            targetColumns.add(key.field());
        }
        return new ForeignKeySpec(null, columns, table(target), targetColumns, fk.onDelete(), fk.onUpdate(),
                fk.deferrable());
    }

    /** The model's indexes. */
    public List<IndexSpec> indexes(ModelDefinition model) {
        List<IndexSpec> specs = new ArrayList<>();
        for (IndexDefinition index : model.indexes()) {
            List<IndexSpec.Field> fields = new ArrayList<>();
            for (IndexDefinition.Field f : index.fields()) {
                fields.add(new IndexSpec.Field(f.column(), f.descending(), f.ascendingExplicit(), f.collate(), f.length(),
                        f.operator()));
            }
            SqlExpr where = null;
            if (index.where() != null) {
                where = engine.selects().resolver(model, null, Map.of()).condition(index.where(), "index where");
            }
            specs.add(new IndexSpec(index.name(), table(model), fields, index.unique(), index.using(), index.type(), where,
                    index.concurrently()));
        }
        return specs;
    }
}
