package org.sequelize4j.migrations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.sequelize4j.QueryOptions;
import org.sequelize4j.errors.MigrationError;

/**
 * A migration written as two SQL files, {@code NAME.up.sql} and {@code NAME.down.sql}.
 *
 * <p>Raw queries run one statement each, so a file holding several statements separates them with a
 * line that contains only {@code --;;} (spaces around it allowed). It is an SQL comment, so the file
 * still runs as a whole in a database console. A trailing {@code ;} of a statement is dropped; parts
 * holding nothing but white space and {@code --} comment lines are skipped.
 */
public final class SqlMigration implements Migration {

    private final String name;
    private final String upSql;
    private final String downSql;

    /** A migration from the texts of its two files. */
    public SqlMigration(String name, String upSql, String downSql) {
        this.name = name;
        this.upSql = upSql;
        this.downSql = downSql;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void up(MigrationContext context) {
        run(context, statements(upSql));
    }

    @Override
    public void down(MigrationContext context) {
        run(context, statements(downSql));
    }

    /**
     * The SHA-256 of both files (hexadecimal), recorded when the migration is applied so that a later
     * edit of an applied file is noticed. Line endings are normalised first, so a checkout on Windows
     * does not count as a change.
     */
    public String checksum() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(normalise(upSql).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(normalise(downSql).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    String upText() {
        return upSql;
    }

    String downText() {
        return downSql;
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n");
    }

    /** The statements of a file's text, split at {@code --;;} lines. */
    public static List<String> statements(String text) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : normalise(text).split("\n", -1)) {
            if (line.trim().equals("--;;")) {
                add(statements, current);
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder part) {
        String statement = part.toString().strip();
        while (statement.endsWith(";")) {
            statement = statement.substring(0, statement.length() - 1).strip();
        }
        // A part of only comments (a freshly generated file) is no statement: some drivers refuse it.
        boolean onlyComments = statement.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("--"));
        if (!onlyComments) {
            statements.add(statement);
        }
    }

    private void run(MigrationContext context, List<String> statements) {
        List<String> done = new ArrayList<>();
        for (String statement : statements) {
            try {
                context.sequelize().query(statement, QueryOptions.queryOptions().transaction(context.transaction()));
            } catch (RuntimeException e) {
                // Only where there is no transaction do the statements before this one stay applied.
                throw new MigrationError(name, MigrationError.Reason.FAILED, "statement " + (done.size() + 1) + " of "
                        + statements.size() + " failed: " + e.getMessage(),
                        context.transaction() == null ? done : List.of(), e);
            }
            done.add(statement);
        }
    }

    @Override
    public String toString() {
        return "SqlMigration[" + name + "]";
    }
}
