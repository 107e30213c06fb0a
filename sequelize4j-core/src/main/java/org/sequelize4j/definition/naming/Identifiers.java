package org.sequelize4j.definition.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Generated identifiers (constraint and index names built from table and column names) kept within
 * the databases' limit of 63 bytes: PostgreSQL truncates longer names silently, so two long names
 * can become one, and MySQL/MariaDB refuse them. A longer name keeps a prefix and gets a stable
 * hash of the whole name, so it stays unique and is the same on every run.
 */
public final class Identifiers {

    /** The longest identifier, in UTF-8 bytes, that every supported database keeps as written. */
    public static final int MAX_BYTES = 63;

    private Identifiers() {
    }

    /** {@code name} as it is when it fits, else a prefix of it, {@code _} and 8 hex digits of its SHA-256. */
    public static String shorten(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_BYTES) {
            return name;
        }
        String suffix = "_" + hash(bytes);
        StringBuilder prefix = new StringBuilder();
        int used = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > MAX_BYTES - suffix.length()) {
                break;
            }
            prefix.appendCodePoint(cp);
            used += size;
            i += Character.charCount(cp);
        }
        return prefix + suffix;
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                hex.append(String.format("%02x", digest[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
