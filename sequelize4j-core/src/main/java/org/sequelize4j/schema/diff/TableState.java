package org.sequelize4j.schema.diff;

import java.util.List;
import org.sequelize4j.sql.IndexSpec;
import org.sequelize4j.sql.TableSpec;

/**
 * A table as one side of a comparison has it (declared by a model, or read from the database): what a
 * CREATE TABLE and its CREATE INDEXes would make, and what a table rebuild makes it into.
 *
 * @param spec the table, with its keys, foreign keys and checks
 * @param indexes its indexes other than unique keys
 */
record TableState(TableSpec spec, List<IndexSpec> indexes) {

    TableState {
        indexes = List.copyOf(indexes);
    }
}
