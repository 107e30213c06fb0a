package org.sequelize4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.dialect.Dialect;

/** Compiles what model:generate wrote, and compares a model with the live table. */
final class GeneratedCode {

    private GeneratedCode() {
    }

    /** Compiles every .java file under {@code sources} with the test class path and loads them. */
    static ClassLoader compile(Path sources, Path classes) throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
        }
        assertTrue(!files.isEmpty(), "sources were generated under " + sources);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        List<String> arguments = new java.util.ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Werror",
                "-classpath", System.getProperty("java.class.path"), "-d", classes.toString()));
        arguments.addAll(files);
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
        boolean ok = compiler.run(null, errors, errors, arguments.toArray(new String[0])) == 0;
        diagnostics.write(errors.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(ok, () -> "the generated sources compile without warnings:\n" + diagnostics);
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedCode.class.getClassLoader());
    }

    /** Asserts that the table has exactly the model's columns, with the same types and nullability. */
    static void assertTableMatches(Sequelize sequelize, ModelStatic<?> model) {
        Map<String, ColumnDescription> live = sequelize.getQueryInterface().describeTable(model.tableName());
        TreeSet<String> expected = new TreeSet<>();
        model.definition().columns().forEach(a -> expected.add(a.field()));
        assertEquals(expected, new TreeSet<>(live.keySet()), "the table's columns are the model's");
        Dialect dialect = sequelize.dialect();
        for (AttributeDefinition attribute : model.definition().columns()) {
            ColumnDescription column = live.get(attribute.field());
            assertNotNull(column.dataType(), () -> "column " + column.name() + " (" + column.type() + ") reads as a type");
            assertEquals(normal(dialect.typeSql(attribute.type())), normal(dialect.typeSql(column.dataType())),
                    () -> "type of " + column.name() + ", live " + column.type());
            assertEquals(attribute.allowNull(), column.allowNull(), () -> "nullability of " + column.name());
            assertEquals(attribute.isPrimaryKey(), column.primaryKey(), () -> "primary key " + column.name());
        }
    }

    /**
     * The spellings describeTable's reading and the model's type may differ by: SQL's synonyms, and
     * MySQL/MariaDB's {@code CHAR(36) BINARY} for a UUID, which is a CHAR(36) whose binary collation
     * (already the table's) describeTable does not report.
     */
    private static String normal(String typeSql) {
        return typeSql.toUpperCase(Locale.ROOT).replace("NUMERIC", "DECIMAL").replace("DOUBLE PRECISION", "DOUBLE")
                .replaceFirst(" BINARY$", "");
    }
}
