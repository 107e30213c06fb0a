package org.sequelize4j;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the stage arrows one way (DESIGN.md, "The next stage"; design-review.md §4 item 5), by reading
 * the main sources' import lines and fully qualified {@code org.sequelize4j.…} names in code (comments
 * are skipped). No database, no dependency beyond JUnit.
 *
 * <p>Packages are named relative to {@code org.sequelize4j}: {@code ""} is the root (the front door),
 * {@code "dialect"} means the dialect package and its subpackages, and so on.
 *
 * <p>The six import rules hold without exceptions (measured 2026-12-02, after {@code sql.SqlRenderer}
 * moved from {@code dialect.Dialect} to {@code sql.SqlDialect}), so they have no allow-lists.
 *
 * <p>When a rule fails: move the code to the right stage, or depend on a small interface in the lower
 * stage (as {@code sql.SqlDialect} does for the dialect). Do not extend an allow-list without a reason
 * agreed in review; entries that no longer occur must be removed (the test says which).
 */
class ArchitectureTest {

    private static final String BASE = "org.sequelize4j";
    private static final Path SOURCES = locateSources();

    /** Read on first use, after the patterns below are initialised. */
    private static final class Index {
        static final List<Reference> REFERENCES = readReferences();
    }

    // ---- the stage arrows ------------------------------------------------------------------

    @Test
    void queryAndHydrationNeverReachRuntimeOrSchema() {
        assertNoArrows("query and hydration plan and read; runtime and schema drive them",
                List.of("query", "hydration"), List.of("runtime", "schema"));
    }

    @Test
    void dialectKnowsNothingAboutModelsOrStages() {
        assertNoArrows("the dialect speaks SQL specs and values, never models, plans or handles",
                List.of("dialect"), List.of("definition", "query", "runtime", "schema", "hydration", "association"));
    }

    @Test
    void hydrationNeverBuildsSql() {
        assertNoArrows("hydration reads rows; it never builds or plans SQL",
                List.of("hydration"), List.of("sql", "query"));
    }

    @Test
    void sqlNeverImportsDialect() {
        assertNoArrows("sql depends on its own SqlDialect interface, which the dialect implements",
                List.of("sql"), List.of("dialect"));
    }

    @Test
    void definitionNeverReachesExecution() {
        assertNoArrows("definitions are data; they never execute or hold public handles",
                List.of("definition"), List.of("runtime", "schema", "jdbc", "association"));
    }

    @Test
    void schemaDiffResultsAreData() {
        assertNoArrows("the schema diff's public types describe changes; schema.diff computes and renders them",
                List.of("migrations.diff"), List.of("runtime", "schema", "jdbc", "definition", "dialect", "query"));
        assertNoArrows("the dialect compares specs, never the diff's changes or the migrator",
                List.of("dialect"), List.of("migrations"));
    }

    @Test
    void schemaSubpackagesNeverReachBackIntoSync() {
        // schema (sync) drives schema.diff (diff, alter); both read definitions through schema.spec.
        List<String> offenders = Index.REFERENCES.stream()
                .filter(r -> (within(r.from(), List.of("schema.diff", "schema.spec")) && r.to().equals("schema"))
                        || (within(r.from(), List.of("schema.spec")) && within(r.to(), List.of("schema.diff"))))
                .map(r -> "  " + r).toList();
        if (!offenders.isEmpty()) {
            fail("schema.diff and schema.spec must not depend on schema, nor schema.spec on schema.diff:\n"
                    + String.join("\n", offenders));
        }
    }

    @Test
    void leavesStayLeaves() {
        assertNoArrows("errors, types, validation and naming are leaves below execution",
                List.of("errors", "types", "validation", "definition.naming"),
                List.of("runtime", "schema", "jdbc", "association"));
    }

    @Test
    void warmupKnowsClassesOnlyByName() {
        // The preloader reads class names from its list; depending on a package would load it eagerly.
        assertNoArrows("warmup loads classes named in its list and depends on no other package",
                List.of("warmup"), List.of("", "annotations", "association", "definition", "dialect", "errors",
                        "hydration", "jdbc", "migrations", "observability", "query", "queryinterface", "runtime",
                        "schema", "spi", "sql", "types", "validation"));
    }

    @Test
    void replicationSitsBesideThePoolNotAboveIt() {
        // Replica routing is connection plumbing: it knows pools, the dialect's replication SQL and errors,
        // never models, plans or the front door (which configures it).
        assertNoArrows("jdbc.replication routes statements between pools; it never sees models or the front door",
                List.of("jdbc.replication"), List.of("", "definition", "query", "runtime", "schema", "hydration",
                        "association", "sql", "queryinterface", "migrations"));
        // The executor and transactions reach replicas only through jdbc.ReadRouting, never the other way round.
        List<String> offenders = Index.REFERENCES.stream()
                .filter(r -> r.from().equals("jdbc") && (r.to().equals("jdbc.replication")
                        || r.to().startsWith("jdbc.replication.")))
                .map(r -> "  " + r).toList();
        if (!offenders.isEmpty()) {
            fail("jdbc must not depend on jdbc.replication (it implements jdbc.ReadRouting):\n"
                    + String.join("\n", offenders));
        }
    }

    // ---- the front door's public signatures -------------------------------------------------

    /** Packages whose types should not appear in the root's public signatures. */
    private static final List<String> INTERNAL = List.of(
            "definition", "dialect", "runtime", "jdbc", "query", "sql", "hydration", "schema");

    /**
     * Public declarations in the root package that mention internal types today, as
     * {@code "File: member -> package.Type, …"} (member is {@code name(parameter types)} for methods and constructors,
     * {@code class Name} etc. for types, the name for fields). Recorded on 2026-12-02 so that a new
     * leak fails; shrink it, never grow it.
     */
    private static final Set<String> ROOT_SIGNATURE_ALLOWED = Set.of(
            // The where/order vocabulary: query.Condition, query.Expression, query.OrderItem (and sql.Operator in
            // Op.where) are what users build conditions with; they belong in a public package.
            "DestroyOptions: where() -> query.Condition",
            "DestroyOptions: where(Condition) -> query.Condition",
            "FindOptions: asc(Expression) -> query.Expression, query.OrderItem",
            "FindOptions: asc(String) -> query.OrderItem",
            "FindOptions: desc(Expression) -> query.Expression, query.OrderItem",
            "FindOptions: desc(String) -> query.OrderItem",
            "FindOptions: having() -> query.Condition",
            "FindOptions: having(Condition) -> query.Condition",
            "FindOptions: order() -> query.OrderItem",
            "FindOptions: where() -> query.Condition",
            "FindOptions: where(Condition) -> query.Condition",
            "FindOrCreateOptions: where() -> query.Condition",
            "FindOrCreateOptions: where(Condition) -> query.Condition",
            "IncrementOptions: where() -> query.Condition",
            "IncrementOptions: where(Condition) -> query.Condition",
            "IndexOptions: where() -> query.Condition",
            "IndexOptions: where(Condition) -> query.Condition",
            "Op: all(Collection<?>) -> query.Condition",
            "Op: and(Condition...) -> query.Condition",
            "Op: and(List<Condition>) -> query.Condition",
            "Op: any(Collection<?>) -> query.Condition",
            "Op: between(Object, Object) -> query.Condition",
            "Op: between(String, Object, Object) -> query.Condition",
            "Op: contained(String, Object) -> query.Condition",
            "Op: contains(String, Object) -> query.Condition",
            "Op: endsWith(String) -> query.Condition",
            "Op: endsWith(String, String) -> query.Condition",
            "Op: eq(Expression, Object) -> query.Condition, query.Expression",
            "Op: eq(Object) -> query.Condition",
            "Op: eq(String, Object) -> query.Condition",
            "Op: gt(Expression, Object) -> query.Condition, query.Expression",
            "Op: gt(Object) -> query.Condition",
            "Op: gt(String, Object) -> query.Condition",
            "Op: gte(Expression, Object) -> query.Condition, query.Expression",
            "Op: gte(Object) -> query.Condition",
            "Op: gte(String, Object) -> query.Condition",
            "Op: iLike(String, String) -> query.Condition",
            "Op: iRegexp(String, String) -> query.Condition",
            "Op: in(Collection<?>) -> query.Condition",
            "Op: in(String, Collection<?>) -> query.Condition",
            "Op: in(String, Object...) -> query.Condition",
            "Op: is(Boolean) -> query.Condition",
            "Op: is(String, Boolean) -> query.Condition",
            "Op: isNot(String, Boolean) -> query.Condition",
            "Op: isNotNull(String) -> query.Condition",
            "Op: isNull(String) -> query.Condition",
            "Op: like(String) -> query.Condition",
            "Op: like(String, String) -> query.Condition",
            "Op: lt(Expression, Object) -> query.Condition, query.Expression",
            "Op: lt(Object) -> query.Condition",
            "Op: lt(String, Object) -> query.Condition",
            "Op: lte(Expression, Object) -> query.Condition, query.Expression",
            "Op: lte(Object) -> query.Condition",
            "Op: lte(String, Object) -> query.Condition",
            "Op: ne(Expression, Object) -> query.Condition, query.Expression",
            "Op: ne(Object) -> query.Condition",
            "Op: ne(String, Object) -> query.Condition",
            "Op: not(Condition) -> query.Condition",
            "Op: not(Object) -> query.Condition",
            "Op: not(String, Object) -> query.Condition",
            "Op: notBetween(String, Object, Object) -> query.Condition",
            "Op: notEndsWith(String, String) -> query.Condition",
            "Op: notILike(String, String) -> query.Condition",
            "Op: notIRegexp(String, String) -> query.Condition",
            "Op: notIn(Collection<?>) -> query.Condition",
            "Op: notIn(String, Collection<?>) -> query.Condition",
            "Op: notIn(String, Object...) -> query.Condition",
            "Op: notLike(String) -> query.Condition",
            "Op: notLike(String, String) -> query.Condition",
            "Op: notRegexp(String, String) -> query.Condition",
            "Op: notStartsWith(String, String) -> query.Condition",
            "Op: notSubstring(String, String) -> query.Condition",
            "Op: or(Condition...) -> query.Condition",
            "Op: or(List<Condition>) -> query.Condition",
            "Op: overlap(String, Collection<?>) -> query.Condition",
            "Op: raw(Expression.Literal) -> query.Condition, query.Expression",
            "Op: regexp(String, String) -> query.Condition",
            "Op: startsWith(String) -> query.Condition",
            "Op: startsWith(String, String) -> query.Condition",
            "Op: substring(String) -> query.Condition",
            "Op: substring(String, String) -> query.Condition",
            "Op: where(Expression, Operator, Object) -> query.Condition, query.Expression, sql.Operator",
            "Op: where(Map<String, ?>) -> query.Condition",
            "Sql: cast(Object, String) -> query.Expression",
            "Sql: col(String) -> query.Expression",
            "Sql: distinct(Expression) -> query.Expression",
            "Sql: fn(String, Object...) -> query.Expression",
            "Sql: json(String) -> query.Expression",
            "Sql: literal(String) -> query.Expression",
            "Sql: random() -> query.Expression",
            "Sql: value(Object) -> query.Expression",
            "UpdateOptions: where() -> query.Condition",
            "UpdateOptions: where(Condition) -> query.Condition",
            // CHECK constraints are written with the same where building blocks.
            "ModelOptions: check(String, org.sequelize4j.query.Condition) -> query.Condition",
            "ModelOptions: check(String, org.sequelize4j.query.Expression.Literal) -> query.Expression",
            "ModelOptions: checks() -> query.Condition",
            "ModelStatic: scopeWhere() -> query.Condition",
            // Definitions exposed by ModelStatic (design-review §1).
            "ModelStatic: attributes() -> definition.AttributeDefinition",
            "ModelStatic: definition() -> definition.ModelDefinition",
            // The dialect exposed by Sequelize (design-review §1).
            "Sequelize: dialect() -> dialect.Dialect",
            // Transaction implements jdbc.ConnectionScope, so run(ConnectionWork) is public API (design-review §1).
            "Transaction: class Transaction -> jdbc.ConnectionScope");

    @Test
    void rootSignaturesGainNoInternalTypes() throws IOException {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                for (Map.Entry<String, String> e : rootSignatures(file).entrySet()) {
                    found.putIfAbsent(e.getKey(), e.getValue());
                }
            }
        }
        List<String> added = found.keySet().stream().filter(k -> !ROOT_SIGNATURE_ALLOWED.contains(k))
                .map(k -> "  " + found.get(k) + "   [" + k + "]").toList();
        List<String> stale = ROOT_SIGNATURE_ALLOWED.stream().filter(k -> !found.containsKey(k)).sorted()
                .map(k -> "  " + k).toList();
        StringBuilder message = new StringBuilder();
        if (!added.isEmpty()) {
            message.append("Public signatures in org.sequelize4j gained internal types (").append(INTERNAL)
                    .append("); return or accept a public type instead:\n").append(String.join("\n", added))
                    .append('\n');
        }
        if (!stale.isEmpty()) {
            message.append("Allow-list entries no longer found; remove them from ROOT_SIGNATURE_ALLOWED:\n")
                    .append(String.join("\n", stale)).append('\n');
        }
        if (message.length() > 0) {
            fail(message.toString());
        }
    }

    // ---- reading the sources ------------------------------------------------------------------

    /** One reference from a main source file to an org.sequelize4j package. */
    private record Reference(String file, int line, String from, String to, String text) {
        @Override
        public String toString() {
            return file + ":" + line + "  " + text;
        }
    }

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?org\\.sequelize4j\\.([\\w.*]+)\\s*;");
    private static final Pattern QUALIFIED = Pattern.compile("\\borg\\.sequelize4j\\.((?:[a-z]\\w*\\.)*)[A-Z]\\w*");

    private static void assertNoArrows(String why, List<String> from, List<String> to) {
        List<String> offenders = Index.REFERENCES.stream()
                .filter(r -> within(r.from(), from) && within(r.to(), to))
                .map(r -> "  " + r).toList();
        if (!offenders.isEmpty()) {
            fail(describe(from) + " must not depend on " + describe(to) + " (" + why + "):\n"
                    + String.join("\n", offenders));
        }
    }

    private static boolean within(String pkg, List<String> roots) {
        for (String root : roots) {
            if (root.isEmpty() ? pkg.isEmpty() : pkg.equals(root) || pkg.startsWith(root + ".")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(List<String> packages) {
        return packages.stream().map(p -> p.isEmpty() ? "the root" : p).collect(Collectors.joining(", "));
    }

    private static Path locateSources() {
        for (String base : List.of(System.getProperty("basedir", "."), ".", "sequelize4j-core")) {
            Path candidate = Path.of(base, "src", "main", "java", "org", "sequelize4j");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Cannot find src/main/java/org/sequelize4j from " + Path.of(".").toAbsolutePath());
    }

    private static List<Reference> readReferences() {
        List<Reference> references = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                String from = packageOf(lines, name);
                boolean inComment = false;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    String trimmed = line.trim();
                    if (inComment) {
                        inComment = !trimmed.contains("*/");
                        continue;
                    }
                    if (trimmed.startsWith("/*")) {
                        inComment = !trimmed.contains("*/");
                        continue;
                    }
                    if (trimmed.startsWith("*") || trimmed.startsWith("//") || PACKAGE.matcher(line).find()) {
                        continue;
                    }
                    Matcher imp = IMPORT.matcher(line);
                    if (imp.find()) {
                        references.add(new Reference(name, i + 1, from, packagePart(imp.group(2)), trimmed));
                        continue;
                    }
                    String code = stripLineComment(line);
                    Matcher q = QUALIFIED.matcher(code);
                    while (q.find()) {
                        String pkg = q.group(1).isEmpty() ? "" : q.group(1).substring(0, q.group(1).length() - 1);
                        references.add(new Reference(name, i + 1, from, pkg, q.group()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return references;
    }

    /** The package of a file relative to org.sequelize4j, from its package line (or its path). */
    private static String packageOf(List<String> lines, String relativePath) {
        for (String line : lines) {
            Matcher m = PACKAGE.matcher(line);
            if (m.find()) {
                String pkg = m.group(1);
                return pkg.equals(BASE) ? "" : pkg.startsWith(BASE + ".") ? pkg.substring(BASE.length() + 1) : pkg;
            }
        }
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash).replace('/', '.');
    }

    /** The package segments of a name after org.sequelize4j: lower-case segments up to the first type or '*'. */
    private static String packagePart(String name) {
        List<String> segments = new ArrayList<>();
        for (String segment : name.split("\\.")) {
            if (segment.equals("*") || Character.isUpperCase(segment.charAt(0))) {
                break;
            }
            segments.add(segment);
        }
        return String.join(".", segments);
    }

    private static String stripLineComment(String line) {
        int comment = line.indexOf("//");
        return comment < 0 ? line : line.substring(0, comment);
    }

    // ---- root signatures ------------------------------------------------------------------------

    private static final Pattern TYPE_DECLARATION = Pattern.compile("\\b(class|interface|enum|record|@interface)\\s+(\\w+)");
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\w.])[A-Z]\\w*");
    private static final Pattern LAST_NAME = Pattern.compile("(\\w+)\\s*$");

    /**
     * The public declarations of a root file that mention internal types: key (see
     * {@link #ROOT_SIGNATURE_ALLOWED}) to a description with the file and line. Reads lines starting
     * with {@code public} up to the first '{', ';' or field initializer, except {@code @Override}s. Implicitly public members of
     * interfaces (no {@code public} keyword) are not seen; the root's interfaces have none today that
     * mention internal types.
     */
    private static Map<String, String> rootSignatures(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String stem = file.getFileName().toString().replace(".java", "");
        Map<String, String> imported = new HashMap<>();
        for (String line : lines) {
            Matcher imp = IMPORT.matcher(line);
            if (imp.find() && imp.group(1) == null && !imp.group(2).endsWith("*")) {
                String name = imp.group(2);
                imported.put(name.substring(name.lastIndexOf('.') + 1), packagePart(name));
            }
        }
        Map<String, String> result = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String trimmed = lines.get(i).trim();
            if (!trimmed.startsWith("public ") || overrides(lines, i)) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (int j = i; j < lines.size(); j++) {
                String part = stripLineComment(lines.get(j)).trim();
                text.append(part).append(' ');
                if (part.contains("{") || part.contains(";")) {
                    break;
                }
            }
            String signature = signatureOf(text.toString());
            Set<String> internal = new TreeSet<>();
            Matcher q = QUALIFIED.matcher(signature);
            while (q.find()) {
                String pkg = q.group(1).isEmpty() ? "" : q.group(1).substring(0, q.group(1).length() - 1);
                if (within(pkg, INTERNAL)) {
                    internal.add(pkg + "." + q.group().substring(q.group().lastIndexOf('.') + 1));
                }
            }
            Matcher t = CAPITALISED.matcher(QUALIFIED.matcher(signature).replaceAll(" "));
            while (t.find()) {
                String pkg = imported.get(t.group());
                if (pkg != null && within(pkg, INTERNAL)) {
                    internal.add(pkg + "." + t.group());
                }
            }
            if (!internal.isEmpty()) {
                String key = stem + ": " + memberOf(signature) + " -> " + String.join(", ", internal);
                result.putIfAbsent(key, stem + ".java:" + (i + 1) + "  " + signature.replaceAll("\\s+", " ").trim());
            }
        }
        return result;
    }

    /**
     * Whether the declaration at a line is annotated {@code @Override}: its types come from a supertype,
     * whose own declaration (or the {@code implements} clause naming it) is checked instead. This also
     * skips anonymous classes inside method bodies, which are no public API.
     */
    private static boolean overrides(List<String> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            String previous = lines.get(i).trim();
            if (previous.equals("@Override")) {
                return true;
            }
            if (!previous.startsWith("@")) {
                return false;
            }
        }
        return false;
    }

    /** The declaration without its body or initializer. */
    private static String signatureOf(String text) {
        int paren = text.indexOf('(');
        int assign = text.indexOf('=');
        int end = assign >= 0 && (paren < 0 || assign < paren) ? assign : text.length();
        for (char c : new char[] {'{', ';'}) {
            int at = text.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return text.substring(0, end).trim();
    }

    /** The member's name: {@code class Name} for types, {@code name()} for methods, the name for fields. */
    private static String memberOf(String signature) {
        int paren = signature.indexOf('(');
        Matcher type = TYPE_DECLARATION.matcher(paren < 0 ? signature : signature.substring(0, paren));
        if (type.find()) {
            return type.group(1) + " " + type.group(2);
        }
        Matcher name = LAST_NAME.matcher(paren < 0 ? signature : signature.substring(0, paren));
        String member = name.find() ? name.group(1) : signature;
        return paren < 0 ? member : member + "(" + parameterTypes(signature.substring(paren + 1)) + ")";
    }

    /** The parameter types of a parameter list (text after the opening parenthesis), names dropped. */
    private static String parameterTypes(String afterParen) {
        int close = afterParen.lastIndexOf(')');
        String params = (close < 0 ? afterParen : afterParen.substring(0, close)).trim();
        if (params.isEmpty()) {
            return "";
        }
        List<String> types = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= params.length(); i++) {
            char c = i < params.length() ? params.charAt(i) : ',';
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                String param = params.substring(start, i).replaceAll("@\\w+|\\bfinal\\b", " ").trim();
                types.add(param.replaceAll("\\s*\\w+$", "").replaceAll("\\s+", " ").replace(" <", "<"));
                start = i + 1;
            }
        }
        return String.join(", ", types);
    }

    @Test
    void theSourcesAreFound() {
        assertTrue(Index.REFERENCES.size() > 100, "expected hundreds of references in " + SOURCES.toAbsolutePath());
    }
}
