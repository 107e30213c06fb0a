package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.DataTypes.VIRTUAL;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.Op.and;
import static org.sequelize4j.Op.gt;
import static org.sequelize4j.Op.isNotNull;
import static org.sequelize4j.Op.isNull;
import static org.sequelize4j.Op.notIn;
import static org.sequelize4j.Op.or;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.References;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Sql;
import org.sequelize4j.errors.CheckConstraintError;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.errors.UnknownConstraintError;
import org.sequelize4j.query.Condition;
import org.sequelize4j.testing.Catalog;
import org.sequelize4j.testing.DialectTest;

/**
 * Named CHECK constraints from {@code ModelOptions.check}: created by sync, enforced by the database,
 * reported as {@link CheckConstraintError}, with constants written safely into the DDL (seed 002, form B:
 * a comment on an article or a video, never both, never neither).
 */
class CheckConstraintsTest {

    private static final Condition ONE_TARGET = or(
            and(isNotNull("articleId"), isNull("videoId")),
            and(isNull("articleId"), isNotNull("videoId")));

    private static ModelStatic<Model> defineComment(Sequelize sequelize) {
        ModelStatic<Model> articles = sequelize.define("article", List.of(attribute("title", STRING)));
        ModelStatic<Model> videos = sequelize.define("video", List.of(attribute("title", STRING)));
        return sequelize.define("comment", List.of(
                attribute("content", STRING).allowNull(false),
                attribute("articleId", INTEGER).references(References.model(articles)),
                attribute("videoId", INTEGER).references(References.model(videos))),
                options().check("comment_one_target", ONE_TARGET));
    }

    private static Map<String, Object> comment(String content, Object articleId, Object videoId) {
        Map<String, Object> values = new HashMap<>();
        values.put("content", content);
        values.put("articleId", articleId);
        values.put("videoId", videoId);
        return values;
    }

    @DialectTest
    void aCommentTargetsExactlyOneOfArticleAndVideo(Sequelize sequelize) {
        ModelStatic<Model> comments = defineComment(sequelize);
        sequelize.sync();
        Object article = sequelize.model("article").create(Map.of("title", "Java 17")).get("id");
        Object video = sequelize.model("video").create(Map.of("title", "Records")).get("id");

        CheckConstraintError both = assertThrows(CheckConstraintError.class,
                () -> comments.create(comment("both", article, video)));
        assertEquals("comment_one_target", both.constraint(), both.getMessage());
        assertInstanceOf(UnknownConstraintError.class, both, "still an UnknownConstraintError for older handlers");
        assertTrue(both.sql().startsWith("INSERT"), both.sql());
        CheckConstraintError neither = assertThrows(CheckConstraintError.class,
                () -> comments.create(comment("neither", null, null)));
        assertEquals("comment_one_target", neither.constraint(), neither.getMessage());
        assertEquals(0, comments.count(), "no rejected row was written");

        Model onArticle = comments.create(comment("on the article", article, null));
        comments.create(comment("on the video", null, video));
        assertEquals(2, comments.count());

        onArticle.set("videoId", video);
        CheckConstraintError update = assertThrows(CheckConstraintError.class, onArticle::save);
        assertEquals("comment_one_target", update.constraint(), update.getMessage());
        Model stored = comments.findByPk(onArticle.get("id"));
        assertEquals(article, stored.get("articleId"));
        assertNull(stored.get("videoId"), "the refused update changed nothing");
    }

    @DialectTest
    void theConstraintIsInTheCatalogUnderItsName(Sequelize sequelize) {
        ModelStatic<Model> comments = defineComment(sequelize);
        sequelize.sync();
        Map<String, String> checks = Catalog.checkConstraints(sequelize, comments.tableName());
        assertTrue(checks.containsKey("comment_one_target"), checks.toString());
        String clause = checks.get("comment_one_target");
        if (clause != null) {
            // Where the database reports the condition, it is on the quoted columns, resolved from attributes.
            assertTrue(clause.contains("articleId") && clause.contains("videoId"), clause);
        }
        // sync without force leaves the table, and its constraint, as they are.
        sequelize.sync();
        assertEquals(checks.keySet(), Catalog.checkConstraints(sequelize, comments.tableName()).keySet());
    }

    @DialectTest
    void quotesAndBackslashesInConstantsAreWrittenAsLiterals(Sequelize sequelize) {
        String injection = "x'); DROP TABLE labels; --";
        ModelStatic<Model> labels = sequelize.define("label", List.of(attribute("name", STRING),
                attribute("size", INTEGER)), options()
                .check("label_not_reserved", notIn("name", "O'Brien", "back\\slash", "say \"hi\"", injection, "'"))
                .check("label_size", or(isNull("size"), gt("size", 0))));
        sequelize.sync();

        for (String reserved : List.of("O'Brien", "back\\slash", "say \"hi\"", injection, "'")) {
            CheckConstraintError error = assertThrows(CheckConstraintError.class,
                    () -> labels.create(Map.of("name", reserved)), reserved);
            assertEquals("label_not_reserved", error.constraint(), error.getMessage());
        }
        // Values that differ only in how they would be escaped are other values, and allowed.
        for (String allowed : List.of("O''Brien", "back\\\\slash", "backslash", "OBrien", "\\", "x")) {
            labels.create(Map.of("name", allowed));
        }
        assertEquals(6, labels.count(), "the table survived and holds the allowed names");
        assertEquals("back\\\\slash", labels.findOne(org.sequelize4j.FindOptions.query()
                .where(org.sequelize4j.Op.eq("name", "back\\\\slash"))).get("name"));

        CheckConstraintError size = assertThrows(CheckConstraintError.class,
                () -> labels.create(Map.of("name", "y", "size", 0)));
        assertEquals("label_size", size.constraint(), size.getMessage());
    }

    @DialectTest
    void rawSqlIsTheEscapeHatch(Sequelize sequelize) {
        ModelStatic<Model> notes = sequelize.define("note", List.of(attribute("content", STRING).allowNull(false)),
                options().check("note_not_empty", Sql.literal("length(content) > 0")));
        sequelize.sync();
        CheckConstraintError empty = assertThrows(CheckConstraintError.class,
                () -> notes.create(Map.of("content", "")));
        assertEquals("note_not_empty", empty.constraint(), empty.getMessage());
        notes.create(Map.of("content", "fine"));
        assertEquals(1, notes.count());
    }

    @DialectTest
    void aNameOfTheLongestPortableLengthIsKept(Sequelize sequelize) {
        String name = "c".repeat(63);
        ModelStatic<Model> items = sequelize.define("item", List.of(attribute("qty", INTEGER)),
                options().check(name, gt("qty", 0)));
        sequelize.sync();
        CheckConstraintError error = assertThrows(CheckConstraintError.class, () -> items.create(Map.of("qty", -1)));
        assertEquals(name, error.constraint(), error.getMessage());
        assertTrue(Catalog.checkConstraints(sequelize, items.tableName()).containsKey(name));
    }

    private static DefinitionError defineWith(Sequelize sequelize, ModelOptions options) {
        return assertThrows(DefinitionError.class, () -> sequelize.define("comment", List.of(
                attribute("content", STRING), attribute("articleId", INTEGER), attribute("videoId", INTEGER),
                attribute("summary", VIRTUAL)), options));
    }

    @DialectTest
    void badDeclarationsFailWhenTheModelIsDefined(Sequelize sequelize) {
        DefinitionError unknown = defineWith(sequelize, options().check("comment_one_target",
                or(and(isNotNull("articleId"), isNull("podcastId")), isNotNull("videoId"))));
        assertEquals("comment", unknown.model());
        assertEquals("podcastId", unknown.attribute());
        assertTrue(unknown.getMessage().contains("'comment_one_target'") && unknown.getMessage().contains("articleId"),
                unknown.getMessage());

        DefinitionError virtual = defineWith(sequelize, options().check("has_summary", isNotNull("summary")));
        assertEquals("summary", virtual.attribute(), virtual.getMessage());

        DefinitionError empty = defineWith(sequelize, options().check("", ONE_TARGET));
        assertTrue(empty.getMessage().contains("'comment'") && empty.getMessage().contains("empty"), empty.getMessage());
        defineWith(sequelize, options().check("   ", ONE_TARGET));
        defineWith(sequelize, options().check(" padded", ONE_TARGET));

        DefinitionError twice = defineWith(sequelize, options().check("one_target", ONE_TARGET)
                .check("ONE_TARGET", isNotNull("content")));
        assertTrue(twice.getMessage().contains("'ONE_TARGET'") && twice.getMessage().contains("twice"),
                twice.getMessage());

        DefinitionError tooLong = defineWith(sequelize, options().check("c".repeat(64), ONE_TARGET));
        assertTrue(tooLong.getMessage().contains("63 bytes"), tooLong.getMessage());

        DefinitionError badValue = defineWith(sequelize, options().check("positive_article", gt("articleId", "many")));
        assertTrue(badValue.getMessage().contains("'positive_article'"), badValue.getMessage());

        DefinitionError nul = defineWith(sequelize, options().check("no_nul", notIn("content", "a\0b")));
        assertTrue(nul.getMessage().contains("NUL"), nul.getMessage());

        assertThrows(NullPointerException.class, () -> options().check(null, ONE_TARGET));
        assertThrows(NullPointerException.class, () -> options().check("x", (Condition) null));
    }

    @DialectTest
    void aCheckMayNotTakeTheNameOfAUniqueKey(Sequelize sequelize) {
        DefinitionError clash = assertThrows(DefinitionError.class, () -> sequelize.define("account", List.of(
                attribute("email", STRING).unique("account_email")),
                options().check("account_email", isNotNull("email"))));
        assertTrue(clash.getMessage().contains("unique key"), clash.getMessage());
    }
}
