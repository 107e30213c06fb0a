package org.sequelize4j.jackson;

/** What a model's JSON deserializer does with a key that is neither an attribute, a setter nor an association. */
public enum UnknownAttributes {

    /** Refuse the body with an {@link InvalidModelJsonException} naming the key and the model's attributes. */
    FAIL,

    /** Skip the key and its value. */
    IGNORE
}
