package org.sequelize4j.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.ModelDefinition;

/**
 * Writes the Java sources of {@code model:generate}: the annotated model class, and the migration
 * class calling the QueryInterface ({@code --format java}). Both are plain text with no formatting
 * library, laid out as a developer would write them, so that they read well after generation.
 */
final class ModelSourceWriter {

    private ModelSourceWriter() {
    }

    /** The model class: an annotated {@code Model} subclass with one public field per attribute. */
    static String modelClass(String pkg, String className, boolean underscored, List<GeneratedAttribute> attributes,
                             String migration) {
        TreeSet<String> imports = new TreeSet<>(List.of("org.sequelize4j.Model", "org.sequelize4j.annotations.Table"));
        StringBuilder fields = new StringBuilder();
        for (GeneratedAttribute a : attributes) {
            AttributeType javaSide = a.type() == AttributeType.ARRAY ? a.element() : a.type();
            if (javaSide.javaImport != null) {
                imports.add(javaSide.javaImport);
            }
            if (a.type().javaImport != null) {
                imports.add(a.type().javaImport);
            }
            fields.append("    ");
            if (a.annotationType() != null) {
                imports.add("org.sequelize4j.annotations.Attribute");
                fields.append("@Attribute(type = \"").append(a.annotationType()).append("\") ");
            }
            fields.append("public ").append(a.javaType()).append(' ').append(a.name()).append(";\n");
        }
        StringBuilder sb = new StringBuilder();
        if (!pkg.isEmpty()) {
            sb.append("package ").append(pkg).append(";\n\n");
        }
        imports.forEach(i -> sb.append("import ").append(i).append(";\n"));
        sb.append("\n/**\n * The ").append(className).append(" model, written by sequelize4j model:generate together with")
                .append(" the migration\n * ").append(migration).append(" that creates its table. The table also has")
                .append(" the id, createdAt and\n * updatedAt columns every model gets.\n */\n");
        sb.append(underscored ? "@Table(underscored = true)\n" : "@Table\n");
        sb.append("public class ").append(className).append(" extends Model {\n").append(fields).append("}\n");
        return sb.toString();
    }

    /**
     * The migration class: {@code createTable} with exactly the columns of the model's table (named as
     * the model names them) and {@code dropTable}, through the QueryInterface, so it runs on every dialect.
     */
    static String migrationClass(String pkg, String className, String migration, ModelDefinition model,
                                 List<GeneratedAttribute> attributes) {
        Map<String, GeneratedAttribute> byName = attributes.stream()
                .collect(Collectors.toMap(GeneratedAttribute::name, Function.identity()));
        StringBuilder columns = new StringBuilder();
        List<AttributeDefinition> all = model.columns();
        for (int i = 0; i < all.size(); i++) {
            AttributeDefinition column = all.get(i);
            GeneratedAttribute given = byName.get(column.name());
            columns.append("                attribute(\"").append(column.field()).append("\", ");
            if (given != null) {
                columns.append(given.dataTypeSource()).append(')');
            } else if (column.isPrimaryKey()) {
                columns.append("INTEGER).primaryKey(true).autoIncrement(true).allowNull(false)");
            } else {
                // The timestamps: written by Sequelize4j on save, not database defaults, as sync makes them.
                columns.append("DATE).allowNull(false)");
            }
            columns.append(i < all.size() - 1 ? ",\n" : ")");
        }
        String table = model.tableName();
        StringBuilder sb = new StringBuilder();
        if (!pkg.isEmpty()) {
            sb.append("package ").append(pkg).append(";\n\n");
        }
        sb.append("import static org.sequelize4j.AttributeOptions.attribute;\n")
                .append("import static org.sequelize4j.DataTypes.*;\n\n")
                .append("import java.util.List;\n")
                .append("import org.sequelize4j.migrations.Migration;\n")
                .append("import org.sequelize4j.migrations.MigrationContext;\n\n")
                .append("/** Creates the table of model ").append(className).append(" (written by sequelize4j model:generate). */\n")
                .append("public final class ").append(migrationClassName(migration)).append(" implements Migration {\n\n")
                .append("    @Override\n    public String name() {\n        return \"").append(migration).append("\";\n    }\n\n")
                .append("    @Override\n    public void up(MigrationContext context) {\n")
                .append("        context.queryInterface().createTable(\"").append(table).append("\", List.of(\n")
                .append(columns).append(");\n    }\n\n")
                .append("    @Override\n    public void down(MigrationContext context) {\n")
                .append("        context.queryInterface().dropTable(\"").append(table).append("\");\n    }\n}\n");
        return sb.toString();
    }

    /** {@code 20261202120000-create-user-profile} becomes {@code M20261202120000_CreateUserProfile}. */
    static String migrationClassName(String migration) {
        int dash = migration.indexOf('-');
        StringBuilder sb = new StringBuilder("M").append(migration, 0, dash).append('_');
        for (String word : migration.substring(dash + 1).split("-")) {
            if (!word.isEmpty()) {
                sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return sb.toString();
    }
}
