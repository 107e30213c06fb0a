package org.sequelize4j.errors;

/**
 * A QueryInterface operation that cannot be carried out as asked: the table, column, index or
 * constraint it names does not exist (or already does), a foreign key names a table or column that is
 * missing, or the database cannot make the change in the circumstances (SQLite inside a transaction
 * with foreign keys on). Raised before the change is sent, or with the change undone; the message names
 * the operation, the table and the column, index, constraint or option at fault.
 */
public class SchemaChangeError extends SequelizeException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String table;
    private final String subject;
    private final String problem;

    /**
     * An error about one operation.
     *
     * @param operation the QueryInterface method ({@code removeColumn}, {@code addConstraint}, …)
     * @param table the table it was called on, or null
     * @param subject the column, index, constraint or option at fault, or null
     * @param problem what is wrong
     */
    public SchemaChangeError(String operation, String table, String subject, String problem) {
        super(describe(operation, table, subject, problem));
        this.operation = operation;
        this.table = table;
        this.subject = subject;
        this.problem = problem;
    }

    private static String describe(String operation, String table, String subject, String problem) {
        StringBuilder sb = new StringBuilder(operation);
        if (table != null) {
            sb.append(" on table '").append(table).append('\'');
        }
        if (subject != null) {
            sb.append(", '").append(subject).append('\'');
        }
        return sb.append(": ").append(problem).toString();
    }

    /** The QueryInterface method that failed. */
    public String operation() {
        return operation;
    }

    /** The table it was called on, or null. */
    public String table() {
        return table;
    }

    /** The column, index, constraint or option at fault, or null. */
    public String subject() {
        return subject;
    }

    /** What is wrong, without the names the message starts with. */
    public String problem() {
        return problem;
    }
}
