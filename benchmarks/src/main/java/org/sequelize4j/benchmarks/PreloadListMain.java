package org.sequelize4j.benchmarks;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.and;
import static org.sequelize4j.Op.gt;
import static org.sequelize4j.Op.like;
import static org.sequelize4j.association.BelongsToOptions.belongsTo;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.association.IncludeOptions.include;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SyncOptions;
import org.sequelize4j.UpdateOptions;

/**
 * Writes the list of classes the library loads in the background as an instance starts
 * ({@code sequelize4j-core/src/main/resources/org/sequelize4j/warmup/preload.txt}, read by
 * {@code warmup.ClassPreloader}): the library classes a fresh JVM loads for the first statements of the
 * common kinds (create, bulkCreate, findByPk, findOne, a filtered and paged findAll, count, a static
 * update by key, an instance's save, increment and destroy, a transaction, a hasMany and a belongsTo
 * include), after the models are defined and synced, which an application does at once itself. One
 * child JVM per database runs those statements with preloading off and {@code -Xlog:class+load}; the
 * parent merges the names in the order first loaded. Run it again when the statement paths change:
 *
 * <pre>
 * mvn -q -pl benchmarks -am compile exec:exec -Dexec.executable=java -Dexec.args="-cp %classpath \
 *     org.sequelize4j.benchmarks.PreloadListMain $PWD/sequelize4j-core/src/main/resources/org/sequelize4j/warmup/preload.txt \
 *     sqlite postgres mariadb"
 * </pre>
 *
 * <p>(from the repository's root; the output path is absolute because {@code exec:exec} runs in the module's
 * directory).
 */
public final class PreloadListMain {

    private static final String START = "PRELOAD-START";
    private static final String END = "PRELOAD-END";

    private PreloadListMain() {
    }

    /** Parent: {@code PreloadListMain <output> <databases…>}; child: {@code PreloadListMain --child <database>}. */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--child")) {
            child(BenchDialect.parse(args[1]));
            return;
        }
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: PreloadListMain <output file> <database>…");
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = 1; i < args.length; i++) {
            names.addAll(loadedBy(BenchDialect.parse(args[i])));
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Library classes loaded in the background as a Sequelize instance starts (warmup.ClassPreloader).");
        lines.add("# Written by the benchmarks module's PreloadListMain: what a fresh JVM loads for the first statements");
        lines.add("# of the common kinds on " + String.join(", ", List.of(args).subList(1, args.length))
                + ", in the order first loaded. Do not edit by hand; run it again.");
        lines.addAll(names);
        Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
        System.out.println("wrote " + names.size() + " classes to " + args[0]);
    }

    private static List<String> loadedBy(BenchDialect dialect) throws Exception {
        List<String> command = List.of(System.getProperty("java.home") + "/bin/java", "-Xlog:class+load:stdout",
                "-cp", System.getProperty("java.class.path"), PreloadListMain.class.getName(), "--child",
                dialect.argument());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> names = new ArrayList<>();
        StringBuilder output = new StringBuilder();
        boolean recording = false;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.append(line).append('\n');
                if (line.equals(START)) {
                    recording = true;
                } else if (line.equals(END)) {
                    recording = false;
                } else if (recording) {
                    String name = loadedClass(line);
                    if (name != null) {
                        names.add(name);
                    }
                }
            }
        }
        if (process.waitFor() != 0 || names.isEmpty()) {
            throw new IllegalStateException("The child for " + dialect.argument() + " failed:\n" + output);
        }
        return names;
    }

    /** The library class a {@code class+load} line names, or null (JDK, drivers, this module, hidden classes). */
    static String loadedClass(String line) {
        int at = line.indexOf("org.sequelize4j.");
        if (at < 0 || !line.contains("[class,load]")) {
            return null;
        }
        int end = line.indexOf(' ', at);
        String name = end < 0 ? line.substring(at) : line.substring(at, end);
        // Lambda and other hidden classes are made at run time, never loaded by name.
        return name.startsWith("org.sequelize4j.benchmarks.") || name.contains("$$") || name.contains("/") ? null : name;
    }

    private static void child(BenchDialect dialect) throws Exception {
        Path dir = Files.createTempDirectory("s4j-preload");
        try (Sequelize sequelize = dialect.open(dir, o -> o.logging(false).preloadClasses(false))) {
            ModelStatic<Model> authors = sequelize.define("preloadAuthor", List.of(
                    attribute("name", STRING).allowNull(false), attribute("email", STRING), attribute("age", INTEGER)));
            ModelStatic<Model> books = sequelize.define("preloadBook", List.of(
                    attribute("title", STRING).allowNull(false), attribute("pages", INTEGER)));
            authors.hasMany(books, hasMany().as("books").foreignKey("authorId"));
            books.belongsTo(authors, belongsTo().as("author").foreignKey("authorId"));
            sequelize.sync(SyncOptions.syncOptions().force(true));
            System.out.println(START);
            Model ada = authors.create(Map.of("name", "Ada", "email", "ada@example.com", "age", 36));
            authors.bulkCreate(List.of(Map.of("name", "Bob", "email", "bob@example.com", "age", 41),
                    Map.of("name", "Cy", "email", "cy@example.org", "age", 29)));
            books.bulkCreate(List.of(Map.of("title", "Notes", "pages", 120, "authorId", ada.get("id")),
                    Map.of("title", "Sketches", "pages", 80, "authorId", ada.get("id"))));
            Object id = ada.get("id");
            authors.findByPk(id);
            authors.findOne(query().where(Map.of("email", "bob@example.com")));
            authors.findAll(query().where(and(gt("id", 0), like("email", "%@example.com"))).order(asc("id")).limit(50));
            authors.findAll();
            authors.count();
            authors.update(Map.of("name", "Ada L."), UpdateOptions.where(Map.of("id", id)));
            Model bob = authors.findOne(query().where(Map.of("name", "Bob")));
            bob.set("age", 42);
            bob.save();
            bob.increment("age");
            sequelize.transaction(t -> {
                authors.update(Map.of("email", "ada@example.net"), UpdateOptions.where(Map.of("id", id)).transaction(t));
            });
            authors.findAll(query().include(include("books")));
            books.findAll(query().include(include("author")));
            bob.destroy();
            System.out.println(END);
            books.drop();
            authors.drop();
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
