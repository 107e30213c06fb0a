package org.sequelize4j.errors;

import java.util.List;
import java.util.stream.Collectors;
import org.sequelize4j.Model;

/**
 * Several operations failed at once (Sequelize's {@code AggregateError}): thrown by
 * {@code bulkCreate(rows, bulkCreateOptions().validate(true))} when records fail validation, with one
 * {@link BulkRecordError} per failing record. Nothing was written.
 */
public class AggregateError extends SequelizeException {

    private static final long serialVersionUID = 1L;

    /**
     * One record of a bulk write that failed (Sequelize's {@code BulkRecordError}).
     *
     * @param index the record's position in the list given to the bulk write
     * @param record the record, with the values that were checked
     * @param error the record's own validation failures
     */
    public record BulkRecordError(int index, Model record, ValidationError error) {
    }

    private final transient List<BulkRecordError> errors;

    /** An aggregate of record failures, in record order. */
    public AggregateError(List<BulkRecordError> errors) {
        super(summarize(errors));
        this.errors = List.copyOf(errors);
    }

    private static String summarize(List<BulkRecordError> errors) {
        int shown = Math.min(errors.size(), 10);
        String text = errors.subList(0, shown).stream()
                .map(e -> "record " + e.index() + ": " + e.error().getMessage())
                .collect(Collectors.joining("\n"));
        String more = errors.size() > shown ? "\n… and " + (errors.size() - shown) + " more" : "";
        return errors.size() + (errors.size() == 1 ? " record" : " records") + " failed validation:\n" + text + more;
    }

    /** One entry per failing record, in the order the records were given. */
    public List<BulkRecordError> errors() {
        return errors;
    }
}
