package org.sequelize4j.definition.association;

/**
 * Sequelize's default foreign-key names: the camel-cased join of a model's (or alias's) singular name
 * and the referenced key, {@code user} + {@code id} → {@code userId}, {@code User} + {@code id} →
 * {@code UserId}. With {@code underscored}, the attribute keeps this name and its column becomes
 * {@code user_id}, which the definition stage already does for every attribute.
 */
public final class ForeignKeyNames {

    private ForeignKeyNames() {
    }

    /** The default name: Sequelize's {@code camelize(prefix + "_" + key)}. */
    public static String of(String prefix, String key) {
        return camelize(prefix + "_" + key);
    }

    /**
     * Sequelize's {@code Utils.camelize}: every run of {@code -}, {@code _} or white space is removed and
     * the character after it upper-cased; the first character is kept as it is.
     */
    static String camelize(String text) {
        String trimmed = text.trim();
        StringBuilder out = new StringBuilder(trimmed.length());
        boolean upper = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '-' || c == '_' || Character.isWhitespace(c)) {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
