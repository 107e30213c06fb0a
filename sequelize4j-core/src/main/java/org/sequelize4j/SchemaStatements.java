package org.sequelize4j;

import java.util.List;
import org.sequelize4j.schema.SyncStatements;

/**
 * The schema statements {@code sync()} would send for a model, as text, without connecting: for
 * tools that write a model's table into a migration (the command-line tool's {@code model:generate}),
 * so that applying the migration leaves the same table as syncing the model would.
 *
 * <pre>{@code
 * Sequelize sequelize = new Sequelize("postgres://localhost/app");   // not connected by this
 * ModelStatic<User> Users = sequelize.define(User.class);
 * List<String> up = SchemaStatements.createTable(Users);             // CREATE TABLE IF NOT EXISTS "Users" (...)
 * List<String> down = SchemaStatements.dropTable(Users);
 * }</pre>
 */
public final class SchemaStatements {

    private SchemaStatements() {
    }

    /**
     * What {@code model.sync()} sends on a database without the table: the table (with what it needs
     * first, such as PostgreSQL's enum types) and its indexes, in order, in the model's dialect.
     */
    public static List<String> createTable(ModelStatic<?> model) {
        return SyncStatements.create(model.runtime().engine(), model.definition());
    }

    /** What {@code model.drop()} sends: DROP TABLE IF EXISTS, without CASCADE. */
    public static List<String> dropTable(ModelStatic<?> model) {
        return SyncStatements.drop(model.runtime().engine(), model.definition());
    }
}
