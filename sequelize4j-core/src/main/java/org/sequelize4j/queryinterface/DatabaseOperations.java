package org.sequelize4j.queryinterface;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.sequelize4j.dialect.DatabaseSpec;
import org.sequelize4j.dialect.SchemaEditor;
import org.sequelize4j.errors.SchemaChangeError;

/**
 * createDatabase and dropDatabase. The options are checked here, before any SQL: which ones the
 * database reads is asked of a probe statement per option, so that an option the dialect ignores is
 * reported instead of lost.
 */
final class DatabaseOperations {

    /** Option values are written into the statement (CREATE DATABASE binds nothing), so only plain words. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_.@-]{1,128}");

    private final ChangeRunner runner;

    DatabaseOperations(ChangeRunner runner) {
        this.runner = runner;
    }

    private SchemaEditor editor() {
        return runner.editor();
    }

    void createDatabase(String name, DatabaseOptions options) {
        requireDatabases("createDatabase", name);
        Map<String, String> given = new LinkedHashMap<>();
        given.put("charset", options.charset());
        given.put("collate", options.collate());
        given.put("encoding", options.encoding());
        given.put("ctype", options.ctype());
        given.put("template", options.template());
        given.values().removeIf(java.util.Objects::isNull);
        for (Map.Entry<String, String> option : given.entrySet()) {
            DatabaseSpec alone = only(option.getKey(), option.getValue());
            if (editor().createDatabase(name, alone).equals(editor().createDatabase(name, DatabaseSpec.DEFAULTS))) {
                throw new SchemaChangeError("createDatabase", null, option.getKey(), "the "
                        + runner.engine().dialect().name() + " dialect has no such option for CREATE DATABASE");
            }
        }
        for (Map.Entry<String, String> option : given.entrySet()) {
            if (!WORD.matcher(option.getValue()).matches()) {
                throw new SchemaChangeError("createDatabase", null, option.getKey(), "'" + option.getValue()
                        + "' for database '" + name + "' is not a plain name (letters, digits, _ . - @)");
            }
        }
        DatabaseSpec spec = new DatabaseSpec(options.charset(), options.collate(), options.encoding(), options.ctype(),
                options.template());
        runner.execute(options, editor().createDatabase(name, spec));
    }

    void dropDatabase(String name, DatabaseOptions options) {
        requireDatabases("dropDatabase", name);
        runner.execute(options, editor().dropDatabase(name));
    }

    private void requireDatabases(String operation, String name) {
        if (name == null || name.isBlank()) {
            throw new SchemaChangeError(operation, null, "name", "a database name is required");
        }
        if (!editor().databases()) {
            throw new SchemaChangeError(operation, null, name, editor().noDatabases());
        }
    }

    private static DatabaseSpec only(String option, String value) {
        return switch (option) {
            case "charset" -> new DatabaseSpec(value, null, null, null, null);
            case "collate" -> new DatabaseSpec(null, value, null, null, null);
            case "encoding" -> new DatabaseSpec(null, null, value, null, null);
            case "ctype" -> new DatabaseSpec(null, null, null, value, null);
            default -> new DatabaseSpec(null, null, null, null, value);
        };
    }
}
