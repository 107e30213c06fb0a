package org.sequelize4j.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.desc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.Op.ne;
import static org.sequelize4j.association.HasManyOptions.hasMany;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.testing.DialectTest;

/** Per-parent limits in a batch get: ranked in the database, exact for every parent, on every dialect. */
class PerParentLimitTest {

    @DialectTest
    void eachOfManyParentsGetsItsOwnTopN(Sequelize sequelize) {
        ModelStatic<Model> authors = sequelize.define("author", List.of(attribute("name", STRING)),
                options().timestamps(false));
        ModelStatic<Model> posts = sequelize.define("post", List.of(attribute("title", STRING),
                attribute("score", INTEGER)), options().timestamps(false));
        HasManyAssociation<Model, Model> written = authors.hasMany(posts, hasMany().as("posts"));
        sequelize.sync();
        int parents = 1_500;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < parents; i++) {
            rows.add(Map.of("name", "a" + i));
        }
        List<Model> all = authors.bulkCreate(rows);
        List<Map<String, Object>> children = new ArrayList<>();
        for (Model author : all) {
            int id = ((Number) author.get("id")).intValue();
            for (int k = 0; k < id % 6; k++) {
                Map<String, Object> post = new HashMap<>();
                post.put("title", "p" + id + "-" + k);
                post.put("score", (id * 7 + k * 13) % 10);
                post.put("authorId", id);
                children.add(post);
            }
        }
        posts.bulkCreate(children);

        Map<Model, List<Model>> top = written.get(all, query().order(desc("score"), asc("id")).limit(2).offset(1)
                .where(ne("title", "p7-0")));
        for (Model author : all) {
            List<Model> expected = written.get(author, query().order(desc("score"), asc("id")).limit(2).offset(1)
                    .where(ne("title", "p7-0")));
            assertEquals(ids(expected), ids(top.get(author)), "author " + author.get("id"));
        }
        assertEquals(parents, top.size());
    }

    @DialectTest
    void limitPerOnAFinderAndItsLimits(Sequelize sequelize) {
        ModelStatic<Model> posts = sequelize.define("post", List.of(attribute("author", STRING),
                attribute("score", INTEGER)), options().timestamps(false));
        sequelize.sync();
        posts.bulkCreate(List.of(Map.of("author", "x", "score", 1), Map.of("author", "x", "score", 5),
                Map.of("author", "x", "score", 3), Map.of("author", "y", "score", 2)));
        List<Model> best = posts.findAll(query().limitPer("author").limit(1).order(desc("score")));
        Map<Object, Object> byAuthor = new HashMap<>();
        best.forEach(p -> byAuthor.put(p.get("author"), p.get("score")));
        assertEquals(Map.of("x", 5, "y", 2), byAuthor);
        assertEquals(2, best.size());
        assertThrows(QueryError.class, () -> posts.findAll(query().limitPer("author").limit(1).group("author")));
        assertThrows(QueryError.class, () -> posts.findAll(query().limitPer("nope").limit(1)));
    }

    @DialectTest
    void eachSourceGetsItsOwnTopTargetsThroughAJoinTable(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING)),
                options().timestamps(false));
        ModelStatic<Model> tags = sequelize.define("tag", List.of(attribute("name", STRING), attribute("weight", INTEGER)),
                options().timestamps(false));
        var tagged = users.belongsToMany(tags, org.sequelize4j.association.BelongsToManyOptions.belongsToMany()
                .as("tags").through("user_tags"));
        sequelize.sync();
        List<Model> allTags = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            allTags.add(tags.create(Map.of("name", "t" + i, "weight", (i * 7) % 12)));
        }
        List<Model> all = new ArrayList<>();
        for (int u = 0; u < 30; u++) {
            Model user = users.create(Map.of("name", "u" + u));
            all.add(user);
            List<Model> mine = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                if ((i + u) % 3 != 0) {
                    mine.add(allTags.get(i));
                }
            }
            tagged.add(user, mine, org.sequelize4j.association.LinkOptions.linkOptions());
        }
        var options = query().where(ne("name", "t5")).order(desc("weight"), asc("name")).limit(3).offset(1);
        Map<Model, List<Model>> top = tagged.get(all, options);
        for (Model user : all) {
            assertEquals(ids(tagged.get(user, options)), ids(top.get(user)), "user " + user.get("name"));
        }
        List<Model> included = users.findAll(query().order(asc("id")).include(
                org.sequelize4j.association.IncludeOptions.include("tags").order(desc("weight"), asc("name")).limit(2)));
        assertEquals(ids(tagged.get(all.get(4), query().order(desc("weight"), asc("name")).limit(2))),
                ids((List<Model>) included.get(4).get("tags")), "the include's per-parent limit");
    }

    private static List<Object> ids(List<Model> models) {
        return models.stream().map(m -> m.get("id")).toList();
    }
}
