package org.sequelize4j.hydration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.types.ValueCodec;

/**
 * Reads rows that join a root model with its to-one includes into a graph: per row, the root's new
 * instance and each joined node's instance (or null when the row has none), each node read by its
 * own hydrator at its column offset. A node keeps an identity map by primary key, so an author who
 * wrote a hundred of the posts read is one instance, read once.
 */
public final class GraphReader {

    /**
     * One joined node.
     *
     * @param hydrator reads the node's columns (at its offset)
     * @param keyColumns 1-based result-set positions of the node's primary key
     * @param keyCodecs how each key column is read
     */
    public record Node(InstanceHydrator hydrator, int[] keyColumns, ValueCodec[] keyCodecs) {
    }

    private final InstanceHydrator root;
    private final Node[] nodes;

    public GraphReader(InstanceHydrator root, List<Node> nodes) {
        this.root = root;
        this.nodes = nodes.toArray(new Node[0]);
    }

    /**
     * Every row as an array: slot 0 the root, slot {@code i + 1} node {@code i}'s instance or null.
     */
    public List<Model[]> readAll(ResultSet rs) throws SQLException {
        List<Map<Object, Model>> seen = new ArrayList<>(nodes.length);
        for (int i = 0; i < nodes.length; i++) {
            seen.add(new HashMap<>());
        }
        List<Model[]> rows = new ArrayList<>();
        org.sequelize4j.types.ReadMemo memo = new org.sequelize4j.types.ReadMemo();
        while (rs.next()) {
            Model[] row = new Model[nodes.length + 1];
            row[0] = root.readRow(rs, memo);
            for (int i = 0; i < nodes.length; i++) {
                Object key = key(rs, nodes[i]);
                if (key != null) {
                    Model instance = seen.get(i).get(key);
                    if (instance == null) {
                        instance = nodes[i].hydrator().readRow(rs, memo);
                        seen.get(i).put(key, instance);
                    }
                    row[i + 1] = instance;
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** The node's key on this row (one value, or a list for a composite key), or null when it has no row. */
    private static Object key(ResultSet rs, Node node) throws SQLException {
        int[] columns = node.keyColumns();
        if (columns.length == 1) {
            return InstanceHydrator.read(node.keyCodecs()[0], rs, columns[0], node.hydrator().definition().name(), null);
        }
        Object[] parts = new Object[columns.length];
        boolean any = false;
        for (int k = 0; k < columns.length; k++) {
            parts[k] = InstanceHydrator.read(node.keyCodecs()[k], rs, columns[k], node.hydrator().definition().name(),
                    null);
            any |= parts[k] != null;
        }
        return any ? Arrays.asList(parts) : null;
    }
}
