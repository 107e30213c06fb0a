package org.sequelize4j.definition.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks {@link Inflector} against results recorded from the real npm {@code inflection}
 * 1.13.4 package, plus some hand-picked edge cases (checked against the same package) that the
 * golden file does not cover.
 */
class InflectorGoldenTest {

    private static final String GOLDEN_RESOURCE = "/golden/sequelize-inflection.json";

    /** One row of the golden file. Every field is required so a truncated row cannot pass. */
    private record GoldenCase(
            String word, String plural, String singular, String camelize, String underscore) {
    }

    private static List<GoldenCase> loadGoldenCases() throws IOException {
        try (InputStream in = InflectorGoldenTest.class.getResourceAsStream(GOLDEN_RESOURCE)) {
            assertNotNull(in, "missing classpath resource " + GOLDEN_RESOURCE);
            JsonNode cases = new ObjectMapper().readTree(in).path("cases");
            assertTrue(cases.isArray(), "golden file has no \"cases\" array");
            List<GoldenCase> result = new ArrayList<>();
            for (JsonNode node : cases) {
                result.add(new GoldenCase(
                        field(node, "word"), field(node, "plural"), field(node, "singular"),
                        field(node, "camelize"), field(node, "underscore")));
            }
            return result;
        }
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        assertTrue(value != null && value.isTextual(),
                "case " + node + " lacks text field " + name);
        return value.asText();
    }

    @TestFactory
    Stream<DynamicTest> agreesWithNpmInflection() throws IOException {
        List<GoldenCase> cases = loadGoldenCases();
        Stream<DynamicTest> perCase = cases.stream().flatMap(c -> Stream.of(
                dynamicTest("pluralize(\"" + c.word() + "\")",
                        () -> assertEquals(c.plural(), Inflector.pluralize(c.word()))),
                dynamicTest("singularize(\"" + c.word() + "\")",
                        () -> assertEquals(c.singular(), Inflector.singularize(c.word()))),
                dynamicTest("camelize(\"" + c.word() + "\")",
                        () -> assertEquals(c.camelize(), Inflector.camelize(c.word()))),
                dynamicTest("underscore(\"" + c.word() + "\")",
                        () -> assertEquals(c.underscore(), Inflector.underscore(c.word())))));
        // Guards against an empty or badly truncated resource passing vacuously.
        DynamicTest count = dynamicTest("golden file has more than 100 cases",
                () -> assertTrue(cases.size() > 100, "only " + cases.size() + " golden cases"));
        return Stream.concat(perCase, Stream.of(count));
    }

    @Test
    void emptyString() {
        // The final "$" rule matches the empty string too, so the package returns "s".
        assertEquals("s", Inflector.pluralize(""));
        assertEquals("", Inflector.singularize(""));
        assertEquals("", Inflector.camelize(""));
        assertEquals("", Inflector.camelize("", true));
        assertEquals("", Inflector.underscore(""));
    }

    @Test
    void uncountablesAreMatchedOnTheWholeWordIgnoringCase() {
        assertEquals("sheep", Inflector.pluralize("sheep"));
        assertEquals("Sheep", Inflector.pluralize("Sheep"));
        assertEquals("equipment", Inflector.singularize("equipment"));
        assertEquals("EQUIPMENT", Inflector.pluralize("EQUIPMENT"));
        assertEquals("BlackSheeps", Inflector.pluralize("BlackSheep"));
        // JS toLowerCase maps KELVIN SIGN to 'k', so this still counts as "karate".
        assertEquals("\u212Aarate", Inflector.pluralize("\u212Aarate"));
    }

    @Test
    void irregularsKeepTheCaseOfTheUntouchedPart() {
        assertEquals("People", Inflector.pluralize("Person"));
        assertEquals("Person", Inflector.singularize("People"));
        assertEquals("children", Inflector.pluralize("child"));
        assertEquals("child", Inflector.singularize("children"));
        assertEquals("Salespeople", Inflector.pluralize("Salesperson"));
        assertEquals("Grandchildren", Inflector.pluralize("Grandchild"));
        assertEquals("women", Inflector.pluralize("woman"));
        assertEquals("Chairmans", Inflector.pluralize("Chairman"));
        assertEquals("PEople", Inflector.pluralize("PERSON"));
        assertEquals("USERs", Inflector.pluralize("USER"));
        assertEquals("Vertexs", Inflector.pluralize("VertexS"));
    }

    @Test
    void alreadyInflectedWordsAndKnownQuirks() {
        assertEquals("Users", Inflector.pluralize("User"));
        assertEquals("UserRoles", Inflector.pluralize("UserRoles"));
        assertEquals("UserRole", Inflector.singularize("UserRoles"));
        assertEquals("SequelizeMeta", Inflector.pluralize("SequelizeMeta"));
        assertEquals("SequelizeMetum", Inflector.singularize("SequelizeMeta"));
        assertEquals("Lens", Inflector.pluralize("Lens"));
        assertEquals("Statuses", Inflector.pluralize("Status"));
        assertEquals("Status", Inflector.singularize("Status"));
        assertEquals("analyasis", Inflector.singularize("analyses"));
        assertEquals("basis", Inflector.singularize("bases"));
        assertEquals("Oxford", Inflector.singularize("Oxenford"));
        assertEquals("index", Inflector.singularize("indices"));
    }

    @Test
    void regexSemanticsFollowJavaScript() {
        // JS "$" matches only at the very end, not before a final line break.
        assertEquals("person\ns", Inflector.pluralize("person\n"));
        assertEquals("person\n", Inflector.singularize("person\n"));
        // JS "i" without "u" never folds LATIN SMALL LETTER LONG S to 's'.
        assertEquals("hero\u017Fs", Inflector.pluralize("hero\u017F"));
    }

    @Test
    void camelizeEdgeCases() {
        assertEquals("UserRoles", Inflector.camelize("user_roles"));
        assertEquals("userRoles", Inflector.camelize("user_roles", true));
        assertEquals("PhoneNumber", Inflector.camelize("phoneNumber"));
        assertEquals("USERId", Inflector.camelize("USER_ID"));
        assertEquals("Foo", Inflector.camelize("__Foo"));
        assertEquals("Foo", Inflector.camelize("_Foo", true));
        assertEquals("Admin::UserRole", Inflector.camelize("admin/user_role"));
        assertEquals("admin::UserRole", Inflector.camelize("admin/user_role", true));
        assertEquals("SSSStra\u00DFe", Inflector.camelize("\u00DF_\u00DFtra\u00DFe"));
    }

    @Test
    void underscoreEdgeCases() {
        assertEquals("phone_number", Inflector.underscore("PhoneNumber"));
        assertEquals("user_i_d", Inflector.underscore("UserID"));
        assertEquals("u_s_e_r__i_d", Inflector.underscore("USER_ID"));
        assertEquals("_foo", Inflector.underscore("_Foo"));
        assertEquals("admin/user_role", Inflector.underscore("Admin::UserRole"));
    }

    @Test
    void nullIsRejected() {
        assertThrows(NullPointerException.class, () -> Inflector.pluralize(null));
        assertThrows(NullPointerException.class, () -> Inflector.singularize(null));
        assertThrows(NullPointerException.class, () -> Inflector.camelize(null));
        assertThrows(NullPointerException.class, () -> Inflector.underscore(null));
    }
}
