package org.sequelize4j.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.Op.gt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sequelize4j.BulkCreateOptions;
import org.sequelize4j.DestroyOptions;
import org.sequelize4j.HookType;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.SaveOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.Validators;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.testing.DialectTest;

class HooksTest {

    private ModelStatic<Model> users(Sequelize sequelize, List<String> log) {
        ModelStatic<Model> users = sequelize.define("user", List.of(
                attribute("name", STRING).validate(Validators.len(1, 20)),
                attribute("slug", STRING),
                attribute("score", INTEGER)),
                ModelOptions.options().hook(HookType.BEFORE_CREATE, e -> log.add("beforeCreate(options)")));
        for (HookType type : HookType.values()) {
            users.addHook(type, e -> log.add(type.name()));
        }
        sequelize.sync();
        log.clear();
        return users;
    }

    @DialectTest
    void createAndUpdateRunHooksInSequelizesOrder(Sequelize sequelize) {
        List<String> log = new ArrayList<>();
        ModelStatic<Model> users = users(sequelize, log);
        Model user = users.create(Map.of("name", "Ada"));
        assertEquals(List.of("BEFORE_VALIDATE", "AFTER_VALIDATE", "beforeCreate(options)", "BEFORE_CREATE",
                "BEFORE_SAVE", "AFTER_CREATE", "AFTER_SAVE"), log);
        log.clear();
        user.update(Map.of("score", 3));
        assertEquals(List.of("BEFORE_VALIDATE", "AFTER_VALIDATE", "BEFORE_UPDATE", "BEFORE_SAVE", "AFTER_UPDATE",
                "AFTER_SAVE"), log);
        log.clear();
        user.destroy();
        assertEquals(List.of("BEFORE_DESTROY", "AFTER_DESTROY"), log);
        log.clear();
        users.findAll(query().where(gt("score", 0)));
        assertEquals(List.of("BEFORE_FIND", "AFTER_FIND"), log);
        log.clear();
        users.count();
        assertEquals(List.of("BEFORE_COUNT"), log);
    }

    @DialectTest
    void rawFindsRunBothFindHooksOnThePlainRows(Sequelize sequelize) {
        List<String> log = new ArrayList<>();
        ModelStatic<Model> users = users(sequelize, log);
        users.create(Map.of("name", "Ada", "score", 3));
        users.create(Map.of("name", "Bob", "score", 5));
        log.clear();
        List<Object> seen = new ArrayList<>();
        users.addHook(HookType.AFTER_FIND, e -> {
            seen.add(e.result());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) e.result();
            e.result(rows.stream().filter(r -> ((Number) r.get("score")).intValue() > 4).toList());
        });
        List<Map<String, Object>> rows = users.findAllRaw(query().order(org.sequelize4j.FindOptions.asc("id")));
        assertEquals(List.of("BEFORE_FIND", "AFTER_FIND"), log);
        assertEquals(2, ((List<?>) seen.get(0)).size(), "the hook saw both plain rows");
        assertTrue(((List<?>) seen.get(0)).get(0) instanceof Map, "plain rows, not instances");
        assertEquals(1, rows.size(), "the hook's replacement is returned");
        assertEquals("Bob", rows.get(0).get("name"));

        users.addHook(HookType.AFTER_FIND, e -> e.result("nonsense"));
        org.sequelize4j.errors.QueryError wrong = assertThrows(org.sequelize4j.errors.QueryError.class,
                () -> users.findAllRaw(query()));
        assertTrue(wrong.getMessage().contains("'user'"), wrong.getMessage());
    }

    @DialectTest
    void beforeHookChangesArePersistedAndThrowingAbortsWithNothingWritten(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING), attribute("slug", STRING)));
        users.addHook(HookType.BEFORE_SAVE, e -> e.instance().set("slug", e.instance().get("name").toString().toLowerCase()));
        users.addHook(HookType.BEFORE_CREATE, "guard", e -> {
            if ("Forbidden".equals(e.instance().get("name"))) {
                throw new IllegalStateException("not allowed");
            }
        });
        sequelize.sync();
        Model ada = users.create(Map.of("name", "Ada"));
        assertEquals("ada", users.findByPk(ada.get("id")).get("slug"));
        ada.update(Map.of("name", "ADA L"));
        assertEquals("ada l", users.findByPk(ada.get("id")).get("slug"));

        assertThrows(IllegalStateException.class, () -> users.create(Map.of("name", "Forbidden")));
        assertEquals(1, users.count());
        assertTrue(users.removeHook(HookType.BEFORE_CREATE, "guard"));
        users.create(Map.of("name", "Forbidden"));
        assertEquals(2, users.count());
    }

    @DialectTest
    void validationFailedHookAndHooksFalse(Sequelize sequelize) {
        List<String> log = new ArrayList<>();
        ModelStatic<Model> users = users(sequelize, log);
        assertThrows(ValidationError.class, () -> users.create(Map.of("name", "")));
        assertEquals(List.of("BEFORE_VALIDATE", "VALIDATION_FAILED"), log);
        log.clear();
        Model quiet = users.build(Map.of("name", "Quiet"));
        quiet.save(SaveOptions.saveOptions().hooks(false));
        assertEquals(List.of(), log);
    }

    @DialectTest
    void bulkHooksAndIndividualHooks(Sequelize sequelize) {
        List<String> log = new CopyOnWriteArrayList<>();
        ModelStatic<Model> users = users(sequelize, log);
        users.bulkCreate(List.of(Map.of("name", "a"), Map.of("name", "b")));
        assertEquals(List.of("BEFORE_BULK_CREATE", "AFTER_BULK_CREATE"), log);
        log.clear();
        users.bulkCreate(List.of(Map.of("name", "c")), BulkCreateOptions.bulkCreateOptions().individualHooks(true));
        assertEquals(List.of("BEFORE_BULK_CREATE", "beforeCreate(options)", "BEFORE_CREATE", "AFTER_CREATE",
                "AFTER_BULK_CREATE"), log);

        log.clear();
        users.update(Map.of("score", 1), UpdateOptions.where(eq("name", "a")));
        assertEquals(List.of("BEFORE_BULK_UPDATE", "AFTER_BULK_UPDATE"), log);
        log.clear();
        users.update(Map.of("score", 2), UpdateOptions.where(gt("id", 0)).individualHooks(true));
        assertEquals(3, log.stream().filter("BEFORE_UPDATE"::equals).count());
        assertEquals(3, log.stream().filter("AFTER_UPDATE"::equals).count());
        assertEquals("BEFORE_BULK_UPDATE", log.get(0));
        assertEquals("AFTER_BULK_UPDATE", log.get(log.size() - 1));
        assertEquals(3, users.count(query().where(eq("score", 2))));

        log.clear();
        users.destroy(DestroyOptions.where(eq("name", "a")).individualHooks(true));
        assertEquals(List.of("BEFORE_BULK_DESTROY", "BEFORE_FIND", "AFTER_FIND", "BEFORE_DESTROY", "AFTER_DESTROY",
                "AFTER_BULK_DESTROY"), log);
    }

    @DialectTest
    void perRowHookChangesInIndividualBulkUpdatesAreKept(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING), attribute("slug", STRING)));
        users.addHook(HookType.BEFORE_UPDATE, e -> e.instance().set("slug", e.instance().get("name") + "-" + e.instance().get("id")));
        sequelize.sync();
        users.bulkCreate(List.of(Map.of("name", "a"), Map.of("name", "b")));
        users.update(Map.of("name", "z"), UpdateOptions.where(gt("id", 0)).individualHooks(true));
        for (Model user : users.findAll()) {
            assertEquals("z-" + user.get("id"), user.get("slug"));
        }
    }

    @DialectTest
    void globalHooksRunForEveryModelAfterTheModelsOwn(Sequelize sequelize) {
        List<String> log = new ArrayList<>();
        sequelize.addHook(HookType.BEFORE_CREATE, "audit", e -> log.add("global:" + e.model().name()));
        ModelStatic<Model> a = sequelize.define("a", List.of(attribute("x", STRING)));
        ModelStatic<Model> b = sequelize.define("b", List.of(attribute("x", STRING)));
        a.addHook(HookType.BEFORE_CREATE, e -> log.add("a"));
        sequelize.sync();
        a.create(Map.of("x", "1"));
        b.create(Map.of("x", "1"));
        assertEquals(List.of("a", "global:a", "global:b"), log);
        assertTrue(sequelize.removeHook(HookType.BEFORE_CREATE, "audit"));
        assertFalse(b.hasHook(HookType.BEFORE_CREATE));
    }

    @DialectTest
    void syncHooks(Sequelize sequelize) {
        List<String> log = new ArrayList<>();
        ModelStatic<Model> a = sequelize.define("a", List.of(attribute("x", STRING)));
        a.addHook(HookType.BEFORE_SYNC, e -> log.add("before"));
        a.addHook(HookType.AFTER_SYNC, e -> log.add("after"));
        sequelize.sync();
        assertEquals(List.of("before", "after"), log);
    }

    /** A model class with hook methods. */
    public static class Member extends Model {
        public String email;
        public String slug;
        static final List<String> LOG = new CopyOnWriteArrayList<>();

        @org.sequelize4j.annotations.OnHook(HookType.BEFORE_SAVE)
        void normalise() {
            email = email.toLowerCase();
        }

        @org.sequelize4j.annotations.OnHook({HookType.AFTER_CREATE, HookType.AFTER_DESTROY})
        static void audit(org.sequelize4j.HookEvent<Member> event) {
            LOG.add(event.type() + ":" + event.instance().email);
        }
    }

    @DialectTest
    void hookMethodsOfAnnotatedClasses(Sequelize sequelize) {
        Member.LOG.clear();
        ModelStatic<Member> members = sequelize.define(Member.class);
        sequelize.sync();
        Member member = members.create(Map.of("email", "ADA@Example.COM"));
        assertEquals("ada@example.com", members.findByPk(member.get("id")).email);
        member.destroy();
        assertEquals(List.of("AFTER_CREATE:ada@example.com", "AFTER_DESTROY:ada@example.com"), Member.LOG);
    }
}
