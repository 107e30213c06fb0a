package org.sequelize4j.queryinterface;

import static org.sequelize4j.queryinterface.QueryInterfaceOptions.queryInterfaceOptions;

import java.util.List;
import java.util.Map;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.ConstraintDescription;
import org.sequelize4j.DataType;
import org.sequelize4j.IndexDescription;
import org.sequelize4j.IndexOptions;
import org.sequelize4j.query.Condition;
import org.sequelize4j.runtime.Engine;

/**
 * Sequelize's QueryInterface: changes to the schema and rows of tables named directly, without models,
 * as migrations make them. Obtained with {@code sequelize.getQueryInterface()}; thread-safe.
 *
 * <pre>{@code
 * QueryInterface qi = sequelize.getQueryInterface();
 * qi.createTable("users", List.of(
 *         attribute("id", INTEGER).primaryKey(true).autoIncrement(true),
 *         attribute("email", STRING).allowNull(false).unique(true),
 *         attribute("roleId", INTEGER).references(References.table("roles")).onDelete(ReferentialAction.CASCADE)));
 * qi.addColumn("users", "nickname", attribute("nickname", STRING(40)));
 * qi.addIndex("users", IndexOptions.index("nickname"));
 * Map<String, ColumnDescription> columns = qi.describeTable("users");
 * }</pre>
 *
 * <p>Every operation takes options whose {@code transaction} it runs in (or the managed transaction the
 * thread is in); without one, an operation of several statements runs in a transaction of its own
 * where the database has transactional DDL (PostgreSQL, SQLite), so a failure leaves nothing half
 * done. Names are checked against the live schema first: a missing table, column, index or constraint
 * is a {@link org.sequelize4j.errors.SchemaChangeError} naming it. Identifiers are quoted by the
 * dialect, row values bound as parameters; defaults and check conditions, which DDL cannot bind, are
 * written as the dialect's literals. SQLite changes what its ALTER TABLE cannot (changing or removing a
 * column, constraints) by rebuilding the table with its rows, indexes, triggers and foreign keys.
 */
public final class QueryInterface {

    private final TableOperations tables;
    private final ColumnOperations columns;
    private final IndexOperations indexes;
    private final ConstraintOperations constraints;
    private final SchemaOperations schemas;
    private final DatabaseOperations databases;
    private final BulkWrites bulk;

    /** For {@code Sequelize.getQueryInterface()}, which is the way to get one. */
    public QueryInterface(Engine engine) {
        ChangeRunner runner = new ChangeRunner(engine);
        TableModels models = new TableModels(engine);
        this.tables = new TableOperations(runner, models);
        this.columns = new ColumnOperations(runner, models);
        this.indexes = new IndexOperations(runner, models);
        this.constraints = new ConstraintOperations(runner, models);
        this.schemas = new SchemaOperations(runner);
        this.databases = new DatabaseOperations(runner);
        this.bulk = new BulkWrites(runner, models);
    }

    // ---- tables ------------------------------------------------------------------------------------

    /** {@link #createTable(String, List, CreateTableOptions)} with default options. */
    public void createTable(String table, List<AttributeOptions> attributes) {
        createTable(table, attributes, CreateTableOptions.createTableOptions());
    }

    /**
     * Creates a table if it does not exist ({@code CREATE TABLE IF NOT EXISTS}), its columns declared with
     * the attribute options models use: type, {@code allowNull}, {@code defaultValue} (a constant, or
     * {@code Sql.fn}/{@code Sql.literal} for the database's own), {@code primaryKey}, {@code autoIncrement},
     * {@code unique}, {@code comment}, {@code field}, and {@code references} with {@code onDelete} and
     * {@code onUpdate}. No {@code id} is added: the table has the columns given. Validators, getters and
     * setters have no effect here.
     *
     * @throws org.sequelize4j.errors.SchemaChangeError for a bad declaration or a reference to a table or
     *         column that does not exist
     */
    public void createTable(String table, List<AttributeOptions> attributes, CreateTableOptions options) {
        tables.createTable(table, attributes, options);
    }

    /** Drops a table if it exists; see {@link #dropTable(String, DropTableOptions)}. */
    public void dropTable(String table) {
        dropTable(table, DropTableOptions.dropTableOptions());
    }

    /**
     * Drops a table if it exists ({@code DROP TABLE IF EXISTS}). Without {@code cascade}, a table others
     * reference is refused by PostgreSQL and MySQL/MariaDB, and by Sequelize4j on SQLite (where the drop
     * would run the referencing tables' ON DELETE actions).
     */
    public void dropTable(String table, DropTableOptions options) {
        tables.dropTable(table, options);
    }

    /** Drops every table; see {@link #dropAllTables(DropTableOptions)}. */
    public void dropAllTables() {
        dropAllTables(DropTableOptions.dropTableOptions());
    }

    /**
     * Drops every table of the database (every user schema on PostgreSQL) except those in {@code skip},
     * referencing tables first, with foreign-key checks off where the database can (MySQL/MariaDB, SQLite)
     * and CASCADE on PostgreSQL. Enum types stay; see {@link #dropAllEnums}.
     */
    public void dropAllTables(DropTableOptions options) {
        tables.dropAllTables(options);
    }

    /** Renames a table (within its schema). */
    public void renameTable(String before, String after) {
        renameTable(before, after, queryInterfaceOptions());
    }

    /** Renames a table (within its schema); foreign keys of other tables follow it. */
    public void renameTable(String before, String after, QueryInterfaceOptions options) {
        tables.renameTable(before, after, options);
    }

    /** {@link #changeTableComment(String, String, QueryInterfaceOptions)} with default options. */
    public void changeTableComment(String table, String comment) {
        changeTableComment(table, comment, queryInterfaceOptions());
    }

    /**
     * Sets a table's comment, or removes it when {@code comment} is null (PostgreSQL's COMMENT ON TABLE,
     * MySQL/MariaDB's {@code COMMENT=}); a dialect whose database keeps no table comments (SQLite) refuses.
     */
    public void changeTableComment(String table, String comment, QueryInterfaceOptions options) {
        tables.changeTableComment(table, comment, options);
    }

    /** The tables of the database, by schema and name. */
    public List<TableName> showAllTables() {
        return showAllTables(queryInterfaceOptions());
    }

    /** The tables of the database (every user schema on PostgreSQL, the current database elsewhere). */
    public List<TableName> showAllTables(QueryInterfaceOptions options) {
        return tables.showAllTables(options);
    }

    /** The columns of a table; see {@link #describeTable(String, QueryInterfaceOptions)}. */
    public Map<String, ColumnDescription> describeTable(String table) {
        return describeTable(table, queryInterfaceOptions());
    }

    /**
     * The columns of a table by name, in table order, as the database reports them.
     *
     * @throws org.sequelize4j.errors.SchemaChangeError when the table does not exist
     */
    public Map<String, ColumnDescription> describeTable(String table, QueryInterfaceOptions options) {
        return tables.describeTable(table, options);
    }

    // ---- columns -----------------------------------------------------------------------------------

    /** Adds a column of a type, which allows NULL. */
    public void addColumn(String table, String column, DataType type) {
        addColumn(table, column, AttributeOptions.attribute(column, type), queryInterfaceOptions());
    }

    /** {@link #addColumn(String, String, AttributeOptions, QueryInterfaceOptions)} with default options. */
    public void addColumn(String table, String column, AttributeOptions attribute) {
        addColumn(table, column, attribute, queryInterfaceOptions());
    }

    /**
     * Adds a column declared with attribute options (the name given here wins over the attribute's, as
     * in Sequelize). A column that SQLite cannot add in place (a key, a unique column, NOT NULL without a
     * default, a non-constant default) is added by rebuilding the table.
     *
     * @throws org.sequelize4j.errors.SchemaChangeError when the table does not exist, has the column
     *         already, or the column references a missing table or column
     */
    public void addColumn(String table, String column, AttributeOptions attribute, QueryInterfaceOptions options) {
        columns.addColumn(table, column, attribute, options);
    }

    /** Removes a column. */
    public void removeColumn(String table, String column) {
        removeColumn(table, column, queryInterfaceOptions());
    }

    /**
     * Removes a column and the indexes and constraints that use it (MySQL/MariaDB would refuse while a
     * foreign key uses it, so those are dropped first; SQLite rebuilds the table without it).
     *
     * @throws org.sequelize4j.errors.SchemaChangeError when the table or column does not exist, or (SQLite)
     *         another table's foreign key or a view uses the column
     */
    public void removeColumn(String table, String column, QueryInterfaceOptions options) {
        columns.removeColumn(table, column, options);
    }

    /** Changes a column to a type (allowing NULL, without a default), as Sequelize's {@code changeColumn(t, c, type)}. */
    public void changeColumn(String table, String column, DataType type) {
        changeColumn(table, column, AttributeOptions.attribute(column, type), queryInterfaceOptions());
    }

    /** {@link #changeColumn(String, String, AttributeOptions, QueryInterfaceOptions)} with default options. */
    public void changeColumn(String table, String column, AttributeOptions attribute) {
        changeColumn(table, column, attribute, queryInterfaceOptions());
    }

    /**
     * Gives a column a new type, nullability, default and comment; {@code references} replaces the
     * foreign key over the column, {@code unique} adds a unique constraint unless it has one. Its other
     * constraints and indexes stay. SQLite rebuilds the table, converting the rows' values by the new
     * column's affinity; a NOT NULL the rows do not satisfy fails and changes nothing.
     */
    public void changeColumn(String table, String column, AttributeOptions attribute, QueryInterfaceOptions options) {
        columns.changeColumn(table, column, attribute, options);
    }

    /** Renames a column. */
    public void renameColumn(String table, String before, String after) {
        renameColumn(table, before, after, queryInterfaceOptions());
    }

    /** Renames a column; indexes, constraints and foreign keys of other tables follow it. */
    public void renameColumn(String table, String before, String after, QueryInterfaceOptions options) {
        columns.renameColumn(table, before, after, options);
    }

    // ---- indexes -----------------------------------------------------------------------------------

    /** Adds an index over columns, named {@code [table]_[columns]}. */
    public void addIndex(String table, List<String> columns) {
        addIndex(table, IndexOptions.index(columns.toArray(new String[0])), queryInterfaceOptions());
    }

    /** {@link #addIndex(String, IndexOptions, QueryInterfaceOptions)} with default options. */
    public void addIndex(String table, IndexOptions index) {
        addIndex(table, index, queryInterfaceOptions());
    }

    /**
     * Adds an index described as a model's indexes are ({@code IndexOptions.index("a", "b").unique(true)
     * .where(…)}), its fields naming columns. Without a name it is called {@code [table]_[columns]}, as in
     * Sequelize.
     *
     * @throws org.sequelize4j.errors.SchemaChangeError when a column does not exist, an index of the name
     *         exists already, or the dialect lacks a feature asked for
     */
    public void addIndex(String table, IndexOptions index, QueryInterfaceOptions options) {
        indexes.addIndex(table, index, options);
    }

    /** Removes an index by name. */
    public void removeIndex(String table, String index) {
        removeIndex(table, index, queryInterfaceOptions());
    }

    /**
     * Removes an index by name. The index of a unique constraint goes with its constraint; a primary key's
     * index is refused (use {@link #removeConstraint}).
     */
    public void removeIndex(String table, String index, QueryInterfaceOptions options) {
        indexes.removeIndex(table, index, options);
    }

    /** Removes the index named by default after these columns ({@code [table]_[columns]}). */
    public void removeIndex(String table, List<String> columns, QueryInterfaceOptions options) {
        indexes.removeIndex(table, IndexOperations.defaultName(table, columns), options);
    }

    /** The indexes of a table. */
    public List<IndexDescription> showIndex(String table) {
        return showIndex(table, queryInterfaceOptions());
    }

    /** The indexes of a table, the primary key's included where the database keeps one. */
    public List<IndexDescription> showIndex(String table, QueryInterfaceOptions options) {
        return indexes.showIndex(table, options);
    }

    // ---- constraints -------------------------------------------------------------------------------

    /** {@link #addConstraint(String, ConstraintOptions, QueryInterfaceOptions)} with default options. */
    public void addConstraint(String table, ConstraintOptions constraint) {
        addConstraint(table, constraint, queryInterfaceOptions());
    }

    /**
     * Adds a unique, primary-key, foreign-key or check constraint, or sets a column default (see
     * {@link ConstraintOptions}). SQLite rebuilds the table with the constraint, and the change fails,
     * changing nothing, when the rows do not satisfy it.
     *
     * @throws org.sequelize4j.errors.SchemaChangeError when a column or the referenced table or column does
     *         not exist, the name is taken, or the table has a primary key already
     */
    public void addConstraint(String table, ConstraintOptions constraint, QueryInterfaceOptions options) {
        constraints.addConstraint(table, constraint, options);
    }

    /** Removes a constraint by name. */
    public void removeConstraint(String table, String constraint) {
        removeConstraint(table, constraint, queryInterfaceOptions());
    }

    /**
     * Removes a constraint by name; a unique index of that name counts as one.
     *
     * @throws org.sequelize4j.errors.SchemaChangeError when the table has no such constraint
     */
    public void removeConstraint(String table, String constraint, QueryInterfaceOptions options) {
        constraints.removeConstraint(table, constraint, options);
    }

    /** The constraints of a table. */
    public List<ConstraintDescription> showConstraint(String table) {
        return showConstraint(table, null, queryInterfaceOptions());
    }

    /** The constraints of a table: all, or the one named {@code constraint} (an empty list when none is). */
    public List<ConstraintDescription> showConstraint(String table, String constraint, QueryInterfaceOptions options) {
        return constraints.showConstraint(table, constraint, options);
    }

    // ---- databases ---------------------------------------------------------------------------------

    /** Creates a database on the server this instance is connected to, with the server's defaults. */
    public void createDatabase(String name) {
        createDatabase(name, DatabaseOptions.databaseOptions());
    }

    /**
     * Creates a database on the server this instance is connected to (Sequelize's
     * {@code createDatabase}). PostgreSQL fails when it exists (and refuses inside a transaction);
     * MySQL/MariaDB use {@code IF NOT EXISTS} and leave an existing one alone.
     *
     * @throws org.sequelize4j.errors.SchemaChangeError where the dialect has no databases of this kind
     *         (SQLite: the database is the file), for an option the database does not read, or an
     *         option value that is not a plain name
     */
    public void createDatabase(String name, DatabaseOptions options) {
        databases.createDatabase(name, options);
    }

    /** Drops a database of the server if it exists; see {@link #dropDatabase(String, DatabaseOptions)}. */
    public void dropDatabase(String name) {
        dropDatabase(name, DatabaseOptions.databaseOptions());
    }

    /**
     * Drops a database of the server, with everything in it, if it exists. PostgreSQL refuses to drop
     * the database a connection is using, so connect to another one (such as {@code postgres}) first.
     *
     * @throws org.sequelize4j.errors.SchemaChangeError where the dialect has no databases of this kind (SQLite)
     */
    public void dropDatabase(String name, DatabaseOptions options) {
        databases.dropDatabase(name, options);
    }

    // ---- schemas -----------------------------------------------------------------------------------

    /** Creates a schema if it does not exist (only where the dialect has schemas: PostgreSQL). */
    public void createSchema(String schema) {
        createSchema(schema, queryInterfaceOptions());
    }

    /** Creates a schema if it does not exist. */
    public void createSchema(String schema, QueryInterfaceOptions options) {
        schemas.createSchema(schema, options);
    }

    /** Drops a schema, with everything in it, if it exists. */
    public void dropSchema(String schema) {
        dropSchema(schema, queryInterfaceOptions());
    }

    /** Drops a schema, with everything in it, if it exists. */
    public void dropSchema(String schema, QueryInterfaceOptions options) {
        schemas.dropSchema(schema, options);
    }

    /** The user schemas, as Sequelize lists them: without {@code public} and the system's own. */
    public List<String> showAllSchemas() {
        return showAllSchemas(queryInterfaceOptions());
    }

    /** The user schemas, without {@code public} and the system's own. */
    public List<String> showAllSchemas(QueryInterfaceOptions options) {
        return schemas.showAllSchemas(options);
    }

    // ---- enum types (PostgreSQL) -------------------------------------------------------------------

    /** The name Sequelize gives the enum type of an ENUM column: {@code enum_[table]_[column]}. */
    public static String enumName(String table, String column) {
        return "enum_" + table + "_" + column;
    }

    /** The enum types of the schema (the options' schema, or the current one), each with its values in order. */
    public Map<String, List<String>> listEnums(QueryInterfaceOptions options) {
        return schemas.listEnums(options);
    }

    /** Creates an enum type ({@code CREATE TYPE … AS ENUM}). */
    public void createEnum(String name, List<String> values, QueryInterfaceOptions options) {
        schemas.createEnum(name, values, options);
    }

    /** Adds a value to an enum type, last or before/after another; a value it has already is left alone. */
    public void addEnumValue(String name, String value, EnumValueOptions options) {
        schemas.addEnumValue(name, value, options);
    }

    /** Drops an enum type if it exists (refused by PostgreSQL while a column uses it). */
    public void dropEnum(String name, QueryInterfaceOptions options) {
        schemas.dropEnum(name, options);
    }

    /** Drops every enum type of the schema. */
    public void dropAllEnums(QueryInterfaceOptions options) {
        schemas.dropAllEnums(options);
    }

    // ---- rows --------------------------------------------------------------------------------------

    /** {@link #bulkInsert(String, List, BulkOptions)} with default options. */
    public int bulkInsert(String table, List<? extends Map<String, ?>> rows) {
        return bulkInsert(table, rows, BulkOptions.bulkOptions());
    }

    /**
     * Inserts rows given as column-to-value maps, in as few statements as the bind limits allow (in one
     * transaction when there are several). A row leaves out the columns it does not name, which get their
     * defaults. Values are checked against the column types.
     *
     * @return the number of rows inserted, as the database counts them (with {@code ignoreDuplicates},
     *         MySQL/MariaDB count a skipped duplicate as well)
     * @throws org.sequelize4j.errors.ValidationError when a value does not fit its column
     */
    public int bulkInsert(String table, List<? extends Map<String, ?>> rows, BulkOptions options) {
        return bulk.bulkInsert(table, rows, options);
    }

    /** {@link #bulkUpdate(String, Map, Condition, BulkOptions)} with default options. */
    public int bulkUpdate(String table, Map<String, ?> values, Condition where) {
        return bulkUpdate(table, values, where, BulkOptions.bulkOptions());
    }

    /**
     * Sets columns of the rows {@code where} matches ({@code Op.and()} for every row); a value may be an
     * expression ({@code Sql.literal}, {@code Sql.col}, {@code Sql.fn}).
     *
     * @return the number of rows changed
     */
    public int bulkUpdate(String table, Map<String, ?> values, Condition where, BulkOptions options) {
        return bulk.bulkUpdate(table, values, where, options);
    }

    /** {@link #bulkDelete(String, Condition, BulkOptions)} with default options. */
    public int bulkDelete(String table, Condition where) {
        return bulkDelete(table, where, BulkOptions.bulkOptions());
    }

    /**
     * Deletes the rows {@code where} matches ({@code Op.and()} for every row; a null where is refused).
     *
     * @return the number of rows deleted
     */
    public int bulkDelete(String table, Condition where, BulkOptions options) {
        return bulk.bulkDelete(table, where, options);
    }
}
