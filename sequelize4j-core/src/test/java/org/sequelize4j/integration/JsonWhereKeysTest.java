package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.JSON;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;

import java.util.List;
import java.util.Map;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.query.Condition;
import org.sequelize4j.testing.DialectTest;

/**
 * In the nested-map form of where, each map key is one JSON object key, taken as written: a key with a
 * dot is not two levels, a key of digits is not an array index. Paths with levels and indexes are the
 * explicit dotted form ({@code "meta.items.0"}) only.
 */
class JsonWhereKeysTest {

    /** Documents built so that a re-read key finds a different document than the literal key does. */
    private static ModelStatic<Model> documents(Sequelize sequelize) {
        ModelStatic<Model> docs = sequelize.define("doc", List.of(attribute("name", STRING), attribute("meta", JSON)),
                options().timestamps(false));
        sequelize.sync();
        docs.create(Map.of("name", "dotted key", "meta", Map.of("a.b", 1)));
        docs.create(Map.of("name", "nested a then b", "meta", Map.of("a", Map.of("b", 1))));
        docs.create(Map.of("name", "key zero", "meta", Map.of("list", Map.of("0", "x"))));
        docs.create(Map.of("name", "index zero", "meta", Map.of("list", List.of("x"))));
        docs.create(Map.of("name", "quote key", "meta", Map.of("it's \"q\" \\", "y")));
        return docs;
    }

    private static List<Object> names(ModelStatic<Model> docs, Condition where) {
        return docs.findAll(query().where(where).order(FindOptions.asc("id"))).stream().map(m -> m.get("name")).toList();
    }

    @DialectTest
    void aMapKeyWithADotIsOneKey(Sequelize sequelize) {
        ModelStatic<Model> docs = documents(sequelize);
        assertEquals(List.of("dotted key"), names(docs, Op.where(Map.of("meta", Map.of("a.b", 1)))));
        assertEquals(List.of("nested a then b"), names(docs, Op.where(Map.of("meta", Map.of("a", Map.of("b", 1))))));
        assertEquals(List.of("nested a then b"), names(docs, Op.eq("meta.a.b", 1)), "the dotted form walks levels");
    }

    @DialectTest
    void aMapKeyOfDigitsIsAnObjectKeyNotAnIndex(Sequelize sequelize) {
        ModelStatic<Model> docs = documents(sequelize);
        assertEquals(List.of("key zero"), names(docs, Op.where(Map.of("meta", Map.of("list", Map.of("0", "x"))))));
        assertEquals(List.of("index zero"), names(docs, Op.eq("meta.list.0", "x")), "the dotted form indexes arrays");
        // An explicit path continued by map keys: the keys stay keys.
        assertEquals(List.of("key zero"), names(docs, Op.where(Map.of("meta.list", Map.of("0", "x")))));
        assertEquals(List.of("key zero"), names(docs, Op.where(Map.of("meta", Map.of("list", Map.of("0", Op.eq("x")))))));
    }

    @DialectTest
    void aMapKeyWithQuotesAndBackslashesIsMatchedExactly(Sequelize sequelize) {
        ModelStatic<Model> docs = documents(sequelize);
        assertEquals(List.of("quote key"), names(docs, Op.where(Map.of("meta", Map.of("it's \"q\" \\", "y")))));
        assertEquals(List.of(), names(docs, Op.where(Map.of("meta", Map.of("it's \"q\" \\\\", "y")))));
    }

    @DialectTest
    void nestedMapsReachIntoJsonAttributesOnly(Sequelize sequelize) {
        ModelStatic<Model> docs = documents(sequelize);
        QueryError notJson = assertThrows(QueryError.class,
                () -> docs.findAll(query().where(Op.where(Map.of("name", Map.of("a", 1))))));
        assertTrue(notJson.getMessage().contains("'name'") && notJson.getMessage().contains("JSON"),
                notJson.getMessage());
        assertThrows(QueryError.class, () -> Op.where(Map.of("meta", Map.of())), "an empty nested map compares nothing");
        assertThrows(QueryError.class, () -> Op.where(Map.of("meta", Map.of(0, "x"))), "JSON keys are text");
    }
}
