package org.sequelize4j.associations;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.*;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.association.BelongsToManyOptions.belongsToMany;
import static org.sequelize4j.association.BelongsToOptions.belongsTo;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.association.HasOneOptions.hasOne;

import java.util.*;
import org.sequelize4j.*;
import org.sequelize4j.association.*;
import org.sequelize4j.testing.DialectTest;

class ZzProbeDocsTest {
    static void p(String s) { System.out.println("PROBE " + s); }
    static void tryIt(String label, Runnable r) {
        try { r.run(); p(label + " OK"); } catch (Throwable e) { p(label + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage()); }
    }
    static String fk(ModelStatic<?> m, String a) {
        var d = m.definition().attribute(a);
        if (d == null) return a + " MISSING; attrs=" + m.definition().attributeNames();
        return a + " type=" + d.type() + " field=" + d.field() + " allowNull=" + d.allowNull() + " refs=" + d.references() + " onDelete=" + d.onDelete() + " onUpdate=" + d.onUpdate();
    }

    @DialectTest
    void names(Sequelize sequelize) {
        var users = sequelize.define("user", List.of(attribute("name", STRING)));
        var posts = sequelize.define("post", List.of(attribute("title", STRING)));
        var tags = sequelize.define("tag", List.of(attribute("name", STRING)));
        HasManyAssociation<Model, Model> up = users.hasMany(posts);
        p("default hasMany as=" + up.as() + " names=" + up.names() + " " + fk(posts, "userId"));
        BelongsToAssociation<Model, Model> a = posts.belongsTo(users, belongsTo().as("author"));
        p("belongsTo as author " + fk(posts, "authorId"));
        var pt = posts.belongsToMany(tags, belongsToMany());
        p("default through=" + pt.through().name() + " table=" + pt.through().tableName() + " attrs=" + pt.through().definition().attributeNames() + " pks=" + pt.through().definition().primaryKeys().stream().map(x->x.name()).toList());
        var tp = tags.belongsToMany(posts, belongsToMany());
        p("other side default through=" + tp.through().name());
        var people = sequelize.define("person", List.of(attribute("name", STRING)));
        var h = users.hasMany(people, hasMany().as("person", "people").foreignKey(attribute("ownerId").field("owner_id").allowNull(false)));
        p("as(sing,plur) as=" + h.as() + " names=" + h.names() + " " + fk(people, "ownerId"));
        var profiles = sequelize.define("profile", List.of(attribute("bio", STRING)));
        var ho = users.hasOne(profiles, hasOne().inverse("owner"));
        p("hasOne default as=" + ho.as() + " " + fk(profiles, "userId") + " inverse=" + profiles.associations().all().keySet());
        sequelize.sync();
        Model ada = users.create(Map.of("name", "Ada"));
        Model p1 = up.create(ada, Map.of("title", "a"));
        Model p2 = up.create(ada, Map.of("title", "b"));
        tryIt("has with List", () -> p("has(List)=" + up.has(ada, List.of(p1, p2))));
        Model p3 = posts.create(Map.of("title", "c"));
        tryIt("add with List", () -> { up.add(ada, List.of(p3)); p("count after add(List)=" + up.count(ada)); });
        tryIt("batch limit", () -> up.get(List.of(ada), query().limit(1)));
        // not-null set destroys
        Model o1 = h.create(ada, Map.of("name", "x"));
        Model o2 = h.create(ada, Map.of("name", "y"));
        h.set(ada, List.of(o1));
        p("people after set (not null fk)=" + people.count());
        // hasOne create twice
        ho.create(ada, Map.of("bio", "1"));
        ho.create(ada, Map.of("bio", "2"));
        p("profiles linked to ada=" + profiles.count(query().where(Map.of("userId", ada.get("id")))));
        tryIt("hasOne set", () -> ho.set(ada, profiles.create(Map.of("bio", "3"))));
        p("profiles linked to ada after set=" + profiles.count(query().where(Map.of("userId", ada.get("id")))));
        // transactions
        tryIt("ambient tx rollback", () -> {
            try {
                sequelize.transaction(t -> { up.create(ada, Map.of("title", "tx")); throw new IllegalStateException("no"); });
            } catch (IllegalStateException e) { p("rolled back count posts=" + posts.count()); }
        });
        tryIt("explicit tx", () -> sequelize.transaction(t -> { up.add(ada, List.of(p3), LinkOptions.linkOptions().transaction(t)); }));
    }

    @DialectTest
    void errors(Sequelize sequelize) {
        var users = sequelize.define("User", List.of(attribute("name", STRING), attribute("code", STRING)));
        var posts = sequelize.define("Post", List.of(attribute("title", STRING), attribute("writerId", STRING)));
        tryIt("clash", () -> { users.hasMany(posts, hasMany().as("posts")); users.hasMany(posts, hasMany().as("posts").foreignKey("x")); });
        tryIt("alias=attr", () -> users.hasMany(posts, hasMany().as("name").foreignKey("y")));
        tryIt("unknown sourceKey", () -> users.hasMany(posts, hasMany().as("p2").sourceKey("nope")));
        tryIt("fk type", () -> users.hasMany(posts, hasMany().as("p3").foreignKey("writerId")));
        tryIt("fk type2", () -> users.hasMany(posts, hasMany().as("p4").foreignKey(attribute("z", SMALLINT))));
        tryIt("scope unknown", () -> users.hasMany(posts, hasMany().as("p5").foreignKey("w").scope(Map.of("kind", "x"))));
        tryIt("hooks without cascade", () -> users.hasMany(posts, hasMany().as("p6").foreignKey("v").hooks(true)));
        tryIt("target null", () -> users.hasMany(null));
        tryIt("through unknown scope", () -> users.belongsToMany(posts, belongsToMany().as("liked").through("Likes").throughScope(Map.of("k", 1))));
        sequelize.sync();
        var tags = sequelize.define("Tag", List.of(attribute("name", STRING)));
        tryIt("after sync (fk on used model)", () -> users.belongsTo(tags, belongsTo().as("tag")));
        tryIt("after sync (fk on new model)", () -> users.hasMany(tags, hasMany().as("tags")));
        users.create(Map.of("name", "x"));
    }

    @DialectTest
    void constraintsInverse(Sequelize sequelize) {
        var comments = sequelize.define("Comment", List.of(attribute("body", STRING), attribute("targetType", STRING), attribute("targetId", INTEGER)));
        var articles = sequelize.define("Article", List.of(attribute("title", STRING)));
        var videos = sequelize.define("Video", List.of(attribute("title", STRING)));
        var ac = articles.hasMany(comments, hasMany().as("comments").foreignKey("targetId").constraints(false).scope(Map.of("targetType", "article")).inverse("article"));
        var vc = videos.hasMany(comments, hasMany().as("comments").foreignKey("targetId").constraints(false).scope(Map.of("targetType", "video")).inverse("video"));
        p("poly " + fk(comments, "targetId") + " comment assocs=" + comments.associations().all().keySet());
        var x = sequelize.define("X", List.of(attribute("n", STRING)));
        var y = sequelize.define("Y", List.of(attribute("n", STRING)));
        x.belongsTo(y, belongsTo().as("why").constraints(false).inverse("exes"));
        p("belongsTo constraints(false)+inverse " + fk(x, "whyId"));
        var a = sequelize.define("A", List.of(attribute("n", STRING)));
        var b = sequelize.define("B", List.of(attribute("n", STRING)));
        var ab = a.belongsToMany(b, belongsToMany().through("AB").constraints(false).inverse("as2"));
        p("btm constraints(false)+inverse " + fk(ab.through(), "AId") + " | " + fk(ab.through(), "BId"));
        var own = sequelize.define("Own", List.of(attribute("id", INTEGER).primaryKey(true).autoIncrement(true), attribute("role", STRING)));
        var ab2 = a.belongsToMany(b, belongsToMany().through(own).as("bees"));
        p("own through pks=" + own.definition().primaryKeys().stream().map(z->z.name()).toList() + " uniques=" + own.definition().uniqueKeys());
        var bt = comments.belongsTo(articles, belongsTo().as("art2").foreignKey(attribute("art2Id").allowNull(false)));
        p("belongsTo notnull " + fk(comments, "art2Id"));
        sequelize.sync();
        Model art = articles.create(Map.of("title", "A"));
        Model vid = videos.create(Map.of("title", "V"));
        Model c = ac.create(art, Map.of("body", "hi", "art2Id", art.get("id")));
        p("scope written: targetType=" + c.get("targetType"));
        vc.create(vid, Map.of("body", "v", "art2Id", art.get("id")));
        p("article comments=" + ac.count(art) + " video comments=" + vc.count(vid));
        BelongsToAssociation<Model, Model> inv = comments.association("article");
        Model vcom = comments.findOne(query().where(Map.of("targetType", "video")));
        p("unsafe inverse on video comment: " + inv.get(vcom));
    }
}
