package org.sequelize4j.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.ReferentialAction;
import org.sequelize4j.Sequelize;
import org.sequelize4j.annotations.BelongsTo;
import org.sequelize4j.annotations.BelongsToMany;
import org.sequelize4j.annotations.HasMany;
import org.sequelize4j.annotations.HasOne;
import org.sequelize4j.annotations.Inverse;
import org.sequelize4j.association.BelongsToAssociation;
import org.sequelize4j.association.BelongsToManyAssociation;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.association.HasOneAssociation;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.testing.DialectTest;

/** Seed 001's decorator samples as annotated Java classes, defined in any order. */
class AnnotatedAssociationsTest {

    public static class Person extends Model {
        public String name;

        @HasOne(target = DrivingLicense.class, foreignKey = "ownerId", inverse = @Inverse(as = "owner"))
        public DrivingLicense currentDrivingLicense;

        @BelongsToMany(target = Person.class, through = "PersonChildren", inverse = @Inverse(as = "parents"))
        public List<Person> children;

        public List<Person> parents;

        /** What a model class writes to offer Sequelize's generated method. */
        public List<Person> getChildren() {
            BelongsToManyAssociation<Person, Person> children = Persons.get().association("children");
            return children.get(this);
        }
    }

    public static class DrivingLicense extends Model {
        public String number;
        public Person owner;
    }

    public static class Author extends Model {
        public String name;

        @HasMany(target = Article.class, foreignKey = "writerId", onDelete = "CASCADE",
                inverse = @Inverse(as = "writer"))
        public List<Article> articles;
    }

    public static class Article extends Model {
        public String title;
        public Integer writerId;
        public Author writer;
    }

    /** Where the test keeps the current run's model, as an application would in a field. */
    static final class Persons {
        private static ModelStatic<Person> current;

        static ModelStatic<Person> get() {
            return current;
        }
    }

    private static List<String> names(List<? extends Model> people) {
        return people.stream().map(p -> (String) p.get("name")).sorted().collect(Collectors.toList());
    }

    @DialectTest
    void decoratorsOfSeed001(Sequelize sequelize) {
        // The target class is defined after the class declaring the association.
        ModelStatic<Person> people = sequelize.define(Person.class);
        ModelStatic<DrivingLicense> licenses = sequelize.define(DrivingLicense.class);
        Persons.current = people;
        sequelize.sync();

        HasOneAssociation<Person, DrivingLicense> license = people.association("currentDrivingLicense");
        BelongsToAssociation<DrivingLicense, Person> owner = licenses.association("owner");
        assertEquals(List.of("ownerId"), license.definition().foreignKey());
        assertEquals(List.of("ownerId"), owner.definition().foreignKey(), "the inverse shares the foreign key");
        assertEquals(1, licenses.definition().attributes().stream().filter(a -> a.name().equals("ownerId")).count());

        Person ada = people.create(Map.of("name", "Ada"));
        DrivingLicense card = license.create(ada, Map.of("number", "A-1"));
        assertEquals("Ada", owner.get(card).name);

        license.load(List.of(ada), null);
        assertEquals("A-1", ada.currentDrivingLicense.number, "load fills the typed field");
        assertSame(ada.currentDrivingLicense, ada.get("currentDrivingLicense"));
        assertEquals("A-1", ((Map<?, ?>) ada.toJSON().get("currentDrivingLicense")).get("number"));

        Person byron = people.create(Map.of("name", "Byron"));
        Person ada2 = people.create(Map.of("name", "Ada junior"));
        BelongsToManyAssociation<Person, Person> children = people.association("children");
        BelongsToManyAssociation<Person, Person> parents = people.association("parents");
        children.add(byron, ada, ada2);
        assertEquals(List.of("Ada", "Ada junior"), names(byron.getChildren()));
        assertEquals(List.of("Byron"), names(parents.get(ada)));
        parents.load(List.of(ada, ada2, byron), null);
        assertEquals(List.of("Byron"), names(ada2.parents));
        assertEquals(List.of(), byron.parents);
    }

    @DialectTest
    void hasManyDeclaredOnAFieldCompletesTheDeclaredForeignKey(Sequelize sequelize) {
        ModelStatic<Article> articles = sequelize.define(Article.class);
        ModelStatic<Author> authors = sequelize.define(Author.class);
        sequelize.sync();
        assertEquals(ReferentialAction.CASCADE, articles.definition().attribute("writerId").onDelete());

        HasManyAssociation<Author, Article> written = authors.association("articles");
        Author ann = authors.create(Map.of("name", "Ann"));
        Article one = written.create(ann, Map.of("title", "One"));
        assertEquals(ann.get("id"), one.writerId, "the declared field holds the foreign key");
        written.create(ann, Map.of("title", "Two"));
        written.load(List.of(ann), query().order(asc("title")));
        assertEquals(List.of("One", "Two"), ann.articles.stream().map(a -> a.title).toList());

        ann.destroy();
        assertEquals(0, articles.count(), "ON DELETE CASCADE from onDelete = \"CASCADE\"");
    }

    @DialectTest
    void anUndefinedTargetClassStopsSync(Sequelize sequelize) {
        sequelize.define(Author.class);
        DefinitionError error = assertThrows(DefinitionError.class, sequelize::sync);
        assertTrue(error.getMessage().contains("Author.articles"), error.getMessage());
        assertTrue(error.getMessage().contains("Article"), error.getMessage());
        assertNull(sequelize.model(Author.class).associations().find("articles"));
    }
}
