package org.sequelize4j.definition.association;

import org.sequelize4j.definition.naming.Inflector;

/**
 * An association's alias and the singular and plural words Sequelize builds its accessor names from
 * ({@code getPosts}, {@code addPost}, {@code addPosts}, {@code countPosts}, …).
 *
 * @param as the alias
 * @param singular the singular form, capitalised in accessor names
 * @param plural the plural form
 */
public record AccessorNames(String as, String singular, String plural) {

    /**
     * Names for an alias given in the form the association uses: plural for to-many associations
     * ({@code "posts"} → singular {@code "post"}), singular for to-one ones.
     */
    public static AccessorNames of(String as, boolean multiple) {
        if (multiple) {
            return new AccessorNames(as, Inflector.singularize(as), as);
        }
        return new AccessorNames(as, as, Inflector.pluralize(as));
    }

    /** Sequelize's name of a generated method, e.g. {@code accessor("add", true)} → {@code addPosts}. */
    public String accessor(String verb, boolean pluralForm) {
        String word = pluralForm ? plural : singular;
        return verb + Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
