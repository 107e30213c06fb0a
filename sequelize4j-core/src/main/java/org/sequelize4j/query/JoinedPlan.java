package org.sequelize4j.query;

import java.util.List;
import org.sequelize4j.hydration.ColumnMapping;
import org.sequelize4j.sql.SqlStatement;

/**
 * A find with to-one includes joined in: the statement, the root's columns (first in the select
 * list) and, per joined node in depth-first order, where its columns start.
 *
 * @param statement the SQL and its parameters
 * @param rootColumns how the root model's columns are read, from column 1
 * @param nodes the joined nodes; node {@code i} fills slot {@code i + 1} of a row's instances
 */
public record JoinedPlan(SqlStatement statement, List<ColumnMapping> rootColumns, List<Node> nodes) {

    public JoinedPlan {
        rootColumns = List.copyOf(rootColumns);
        nodes = List.copyOf(nodes);
    }

    /**
     * One joined node's columns.
     *
     * @param node what was joined
     * @param parent the slot of the instance it hangs from (0: the root)
     * @param offset the number of select-list columns before its first
     * @param columns how its columns are read, in order
     * @param keyPositions positions within {@code columns} of the target's primary key (all null: no
     *                     target on this row)
     */
    public record Node(JoinNode node, int parent, int offset, List<ColumnMapping> columns, int[] keyPositions) {

        public Node {
            columns = List.copyOf(columns);
        }
    }
}
