package org.sequelize4j.definition;

import java.lang.reflect.Modifier;
import java.util.List;
import java.util.function.Consumer;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.annotations.Index;
import org.sequelize4j.annotations.Table;

/**
 * Model options from the {@link Table} and {@link Table.Abstract} annotations of a class hierarchy
 * (concrete table inheritance, seed 000): every class from the root down contributes its options, a
 * subclass's winning over its parent's, except the model and table names, which are never inherited
 * (Sequelize: "these options cannot be inherited").
 */
final class TableAnnotations {

    private TableAnnotations() {
    }

    /**
     * Whether a class is an abstract model, never registered and without a table: a Java
     * {@code abstract} class, or one annotated {@link Table.Abstract} itself (not only through a parent)
     * without {@link Table}.
     */
    static boolean isAbstract(Class<?> modelClass) {
        return Modifier.isAbstract(modelClass.getModifiers())
                || modelClass.getDeclaredAnnotation(Table.Abstract.class) != null
                && modelClass.getDeclaredAnnotation(Table.class) == null;
    }

    /**
     * The options of the last class of {@code hierarchy} (ordered from the root down).
     *
     * @param modelName for error messages
     */
    static ModelOptions options(List<Class<?>> hierarchy, String modelName) {
        ModelOptions options = ModelOptions.options();
        Class<?> model = hierarchy.get(hierarchy.size() - 1);
        for (Class<?> c : hierarchy) {
            Table.Abstract parent = c.getDeclaredAnnotation(Table.Abstract.class);
            Table table = c.getDeclaredAnnotation(Table.class);
            if (table != null) {
                applyTable(options, table, modelName, c == model);
            } else if (parent != null) {
                applyAbstract(options, parent, modelName);
            }
        }
        return options;
    }

    private static void applyTable(ModelOptions options, Table table, String modelName, boolean own) {
        if (own && !table.tableName().isEmpty()) {
            options.tableName(table.tableName());
        }
        applyFlag(table.freezeTableName(), options::freezeTableName);
        applyFlag(table.underscored(), options::underscored);
        applyFlag(table.timestamps(), options::timestamps);
        applyFlag(table.paranoid(), options::paranoid);
        applyFlag(table.version(), options::version);
        applyTimestampName(table.createdAt(), options::createdAt, options::createdAt);
        applyTimestampName(table.updatedAt(), options::updatedAt, options::updatedAt);
        applyTimestampName(table.deletedAt(), options::deletedAt, options::deletedAt);
        applyStrings(options, table.schema(), table.engine(), table.charset(), table.collate());
        if (!table.comment().isEmpty()) {
            options.comment(table.comment());
        }
        for (Index index : table.indexes()) {
            options.indexes(AnnotationReader.tableIndex(index, modelName));
        }
    }

    private static void applyAbstract(ModelOptions options, Table.Abstract parent, String modelName) {
        applyFlag(parent.freezeTableName(), options::freezeTableName);
        applyFlag(parent.underscored(), options::underscored);
        applyFlag(parent.timestamps(), options::timestamps);
        applyFlag(parent.paranoid(), options::paranoid);
        applyFlag(parent.version(), options::version);
        applyTimestampName(parent.createdAt(), options::createdAt, options::createdAt);
        applyTimestampName(parent.updatedAt(), options::updatedAt, options::updatedAt);
        applyTimestampName(parent.deletedAt(), options::deletedAt, options::deletedAt);
        applyStrings(options, parent.schema(), parent.engine(), parent.charset(), parent.collate());
        if (!parent.comment().isEmpty()) {
            options.comment(parent.comment());
        }
        for (Index index : parent.indexes()) {
            options.indexes(AnnotationReader.tableIndex(index, modelName));
        }
    }

    /** Applies an on/off option given as {@code boolean[]}: empty means "not given". */
    private static void applyFlag(boolean[] value, Consumer<Boolean> setter) {
        if (value.length > 0) {
            setter.accept(value[0]);
        }
    }

    private static void applyStrings(ModelOptions options, String schema, String engine, String charset, String collate) {
        if (!schema.isEmpty()) {
            options.schema(schema);
        }
        if (!engine.isEmpty()) {
            options.engine(engine);
        }
        if (!charset.isEmpty()) {
            options.charset(charset);
        }
        if (!collate.isEmpty()) {
            options.collate(collate);
        }
    }

    private static void applyTimestampName(String value, Consumer<String> byName, Consumer<Boolean> byFlag) {
        if (value.isEmpty()) {
            return;
        }
        if (value.equals("false") || value.equals("true")) {
            byFlag.accept(Boolean.parseBoolean(value));
        } else {
            byName.accept(value);
        }
    }
}
