package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.query.Condition;
import org.sequelize4j.testing.DialectTest;

/**
 * One escape rule for the caller's LIKE patterns on every dialect: backslash makes the next character
 * literal ({@code \_}, {@code \%}, {@code \\}), as PostgreSQL and MariaDB do by default; SQLite, which has
 * no default escape character, is given {@code ESCAPE '\'}.
 */
class LikeEscapeTest {

    private static final List<String> NAMES = List.of("a_c", "abc", "a\\_c", "a\\bc", "a%c", "aXc", "A_C");

    private static ModelStatic<Model> words(Sequelize sequelize) {
        ModelStatic<Model> words = sequelize.define("word", List.of(attribute("name", STRING)));
        sequelize.sync();
        words.bulkCreate(NAMES.stream().map(n -> Map.of("name", n)).toList());
        return words;
    }

    private static void assertMatches(ModelStatic<Model> words, Condition where, String... expected) {
        TreeSet<String> found = new TreeSet<>();
        for (Model m : words.findAll(query().where(where))) {
            found.add((String) m.get("name"));
        }
        assertEquals(new TreeSet<>(List.of(expected)), found, where.toString());
    }

    @DialectTest
    void backslashEscapesWildcardsOnEveryDialect(Sequelize sequelize) {
        ModelStatic<Model> words = words(sequelize);
        assertMatches(words, Op.like("name", "a\\_c"), "a_c");
        assertMatches(words, Op.like("name", "a\\%c"), "a%c");
        assertMatches(words, Op.like("name", "a_c"), "a_c", "abc", "a%c", "aXc");
        // An escaped backslash is a literal backslash; the _ after it is a wildcard again.
        assertMatches(words, Op.like("name", "a\\\\_c"), "a\\_c", "a\\bc");
        assertMatches(words, Op.like("name", "%\\\\%"), "a\\_c", "a\\bc");
        // A backslash before an ordinary character stands for that character.
        assertMatches(words, Op.like("name", "a\\bc"), "abc");
        assertMatches(words, Op.notLike("name", "a\\_c"), "abc", "a\\_c", "a\\bc", "a%c", "aXc", "A_C");
        assertMatches(words, Op.iLike("name", "A\\_c"), "a_c", "A_C");
        assertMatches(words, Op.notILike("name", "%\\_%"), "abc", "a\\bc", "a%c", "aXc");
    }

    @DialectTest
    void escapingOperatorsStillMatchLiterally(Sequelize sequelize) {
        ModelStatic<Model> words = words(sequelize);
        // startsWith/endsWith/substring escape the text themselves: every character is literal.
        assertMatches(words, Op.startsWith("name", "a\\"), "a\\_c", "a\\bc");
        assertMatches(words, Op.substring("name", "_"), "a_c", "a\\_c", "A_C");
        assertMatches(words, Op.endsWith("name", "%c"), "a%c");
    }
}
