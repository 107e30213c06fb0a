package org.sequelize4j.inheritance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.annotations.BelongsTo;
import org.sequelize4j.annotations.HasMany;
import org.sequelize4j.annotations.Inverse;
import org.sequelize4j.annotations.NotNull;
import org.sequelize4j.annotations.Table;
import org.sequelize4j.association.BelongsToAssociation;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.testing.DialectTest;

/** Seed 002 form A, seed 000's limits on inherited associations, and associations declared once on an abstract parent. */
class InheritedAssociationsTest {

    // ---- seed 002, form A ----------------------------------------------------------------------------

    public static class Article extends Model {
        public String title;
    }

    public static class Video extends Model {
        public String title;
    }

    @Table.Abstract
    public abstract static class AbstractComment extends Model {
        @NotNull public String content;
        @NotNull public Integer targetId;
    }

    public static class ArticleComment extends AbstractComment {
        @BelongsTo(target = Article.class, foreignKey = "targetId", inverse = @Inverse(as = "comments"))
        public Article target;
    }

    public static class VideoComment extends AbstractComment {
        @BelongsTo(target = Video.class, foreignKey = "targetId", inverse = @Inverse(as = "comments"))
        public Video target;
    }

    @DialectTest
    void inheritanceBasedPolymorphismKeepsRealForeignKeys(Sequelize sequelize) {
        ModelStatic<Article> articles = sequelize.define(Article.class);
        ModelStatic<Video> videos = sequelize.define(Video.class);
        ModelStatic<ArticleComment> articleComments = sequelize.define(ArticleComment.class);
        ModelStatic<VideoComment> videoComments = sequelize.define(VideoComment.class);
        sequelize.sync();
        assertEquals("ArticleComments", articleComments.tableName());
        assertEquals("VideoComments", videoComments.tableName());

        Article article = articles.create(Map.of("title", "A"));
        Video video = videos.create(Map.of("title", "V"));
        HasManyAssociation<Article, ArticleComment> onArticle = articles.association("comments");
        HasManyAssociation<Video, VideoComment> onVideo = videos.association("comments");
        onArticle.create(article, Map.of("content", "read it"));
        onVideo.create(video, Map.of("content", "watched it"));
        assertEquals(1, onArticle.count(article));
        assertEquals(1, onVideo.count(video));

        BelongsToAssociation<VideoComment, Video> target = videoComments.association("target");
        VideoComment comment = videoComments.findOne(org.sequelize4j.FindOptions.query());
        assertEquals("V", target.get(comment).title);
        assertThrows(ForeignKeyConstraintError.class, () -> articleComments.create(Map.of("content", "x",
                "targetId", 999)), "a real foreign key: no article 999");

        // Eager loading both ways: each comment model's target, and each target's comments.
        VideoComment withTarget = videoComments.findOne(org.sequelize4j.FindOptions.query().include("target"));
        assertEquals("V", withTarget.target.title, "the typed field receives the included target");
        Article withComments = articles.findByPk(article.get("id"), org.sequelize4j.FindOptions.query()
                .include("comments"));
        assertEquals("read it", ((java.util.List<?>) withComments.get("comments")).stream()
                .map(c -> ((AbstractComment) c).content).findFirst().orElse(null));
    }

    // ---- seed 000's limits -------------------------------------------------------------------------

    public static class Tag extends Model {
        public String name;
    }

    public static class Shop extends Model {
        public String name;

        @HasMany(target = Tag.class)
        public List<Tag> tags;
    }

    public static class Outlet extends Shop {
        public String city;
    }

    public static class Owner extends Model {
        public String name;
    }

    public static class Car extends Model {
        @BelongsTo(target = Owner.class, inverse = @Inverse(as = "cars"))
        public Owner owner;
    }

    public static class Van extends Car {
        public Integer seats;
    }

    @DialectTest
    void associationsOnAConcreteParentAreRefusedAsInSequelize(Sequelize sequelize) {
        sequelize.define(Tag.class);
        DefinitionError hasMany = assertThrows(DefinitionError.class, () -> sequelize.define(Outlet.class));
        assertTrue(hasMany.getMessage().contains("declared on Shop"), hasMany.getMessage());
        assertTrue(hasMany.getMessage().contains("abstract parent"), hasMany.getMessage());
        sequelize.define(Owner.class);
        DefinitionError inverse = assertThrows(DefinitionError.class, () -> sequelize.define(Van.class));
        assertTrue(inverse.getMessage().contains("inverse"), inverse.getMessage());
    }

    // ---- beyond Sequelize: declared once on an abstract parent ---------------------------------------

    public static class Note extends Model {
        public String text;
    }

    public abstract static class Notable extends Model {
        public String title;

        @HasMany(target = Note.class, inverse = @Inverse(as = "{model}"))
        public List<Note> notes;
    }

    public static class Book extends Notable {
    }

    public static class Film extends Notable {
    }

    public abstract static class Careless extends Model {
        @HasMany(target = Note.class, inverse = @Inverse(as = "owner"))
        public List<Note> notes;
    }

    public static class First extends Careless {
    }

    public static class Second extends Careless {
    }

    @DialectTest
    void anAbstractParentGivesEachModelItsOwnAssociation(Sequelize sequelize) {
        ModelStatic<Note> notes = sequelize.define(Note.class);
        ModelStatic<Book> books = sequelize.define(Book.class);
        ModelStatic<Film> films = sequelize.define(Film.class);
        sequelize.sync();
        assertTrue(notes.definition().attribute("BookId") != null, "Book's own foreign key on Note");
        assertTrue(notes.definition().attribute("FilmId") != null, "and Film's");
        BelongsToAssociation<Note, Book> book = notes.association("book");
        BelongsToAssociation<Note, Film> film = notes.association("film");

        HasManyAssociation<Book, Note> bookNotes = books.association("notes");
        HasManyAssociation<Film, Note> filmNotes = films.association("notes");
        Book dune = books.create(Map.of("title", "Dune"));
        Film alien = films.create(Map.of("title", "Alien"));
        Note n = bookNotes.create(dune, Map.of("text", "sand"));
        filmNotes.create(alien, Map.of("text", "space"));
        assertEquals(1, bookNotes.count(dune));
        assertEquals("Dune", book.get(n).title);
        assertEquals(null, film.get(n));
        bookNotes.load(List.of(dune), null);
        assertEquals("sand", dune.notes.get(0).text, "the inherited field receives the loaded notes");
    }

    @DialectTest
    void aTemplateWithoutPerModelNamesIsRefused(Sequelize sequelize) {
        sequelize.define(Note.class);
        sequelize.define(First.class);
        DefinitionError error = assertThrows(DefinitionError.class, () -> sequelize.define(Second.class));
        assertTrue(error.getMessage().contains("owner"), error.getMessage());
        assertTrue(error.getMessage().contains("{model}"), error.getMessage());
    }
}
