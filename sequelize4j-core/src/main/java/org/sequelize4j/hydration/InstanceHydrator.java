package org.sequelize4j.hydration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.InstanceState;
import org.sequelize4j.definition.Instances;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.definition.Snapshots;
import org.sequelize4j.errors.UnreadableValueError;
import org.sequelize4j.types.ReadMemo;
import org.sequelize4j.types.UnreadableValue;
import org.sequelize4j.types.ValueCodec;

/**
 * Turns result rows into model instances (or plain maps for raw queries). Columns are read by position
 * through the codecs chosen when the query was planned, and values go straight into each instance's
 * storage; nothing is looked up by name per row. Each instance remembers the values it was read with,
 * which is what later change detection compares against.
 */
public final class InstanceHydrator {

    private final ModelDefinition definition;
    private final ColumnMapping[] columns;
    private final ValueCodec[] codecs;
    private final AttributeDefinition[] attributes;
    private final int[] slots;
    private final boolean[] fieldStored;
    private final boolean[] snapshotCopy;
    private final int offset;
    /** No column needs a copied snapshot or a Java field: instances read share one array for values and snapshot. */
    private final boolean shareSnapshot;
    /** Every column is an attribute kept in the value array (no extras, no Java fields). */
    private final boolean slotsOnly;
    /** Per column: its codec reads with the memo of the result set being read ({@link ValueCodec#usesReadMemo}). */
    private final boolean[] memoized;
    /** Some column's codec does. */
    private final boolean anyMemoized;

    /**
     * @param columns one mapping per selected column, in select-list order
     */
    public InstanceHydrator(ModelDefinition definition, List<ColumnMapping> columns) {
        this(definition, columns, 0);
    }

    /**
     * A reader of columns that start after {@code offset} others: one model's part of a row that joins
     * several.
     */
    public InstanceHydrator(ModelDefinition definition, List<ColumnMapping> columns, int offset) {
        this.offset = offset;
        this.definition = definition;
        this.columns = columns.toArray(new ColumnMapping[0]);
        int n = this.columns.length;
        this.codecs = new ValueCodec[n];
        this.attributes = new AttributeDefinition[n];
        this.slots = new int[n];
        this.fieldStored = new boolean[n];
        this.snapshotCopy = new boolean[n];
        for (int i = 0; i < n; i++) {
            AttributeDefinition a = this.columns[i].attribute();
            codecs[i] = this.columns[i].codec();
            attributes[i] = a;
            slots[i] = a == null ? -1 : a.index();
            fieldStored[i] = a != null && a.accessor().isField();
            snapshotCopy[i] = a != null && a.isMutableValue();
        }
        boolean share = true;
        for (int i = 0; i < n; i++) {
            share &= !fieldStored[i] && !snapshotCopy[i];
        }
        this.shareSnapshot = share;
        boolean allSlots = true;
        for (int i = 0; i < n; i++) {
            allSlots &= slots[i] >= 0;
        }
        this.slotsOnly = allSlots;
        this.memoized = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            memoized[i] = codecs[i].usesReadMemo();
            any |= memoized[i];
        }
        this.anyMemoized = any;
    }

    /** Reads every row into a new instance. */
    public List<Model> readAll(ResultSet rs) throws SQLException {
        return readAll(rs, DEFAULT_EXPECTED_ROWS);
    }

    /** The result list's first size when a find does not say how many rows to expect (ArrayList's own). */
    public static final int DEFAULT_EXPECTED_ROWS = 10;

    /** Reads every row into a new instance, into a list sized for {@code expectedRows} (a find's limit). */
    public List<Model> readAll(ResultSet rs, int expectedRows) throws SQLException {
        List<Model> result = new ArrayList<>(expectedRows);
        // One memo for the whole result set: equal texts of its rows (a row's two timestamps, the rows of
        // one bulk insert) are converted once and share their value.
        ReadMemo memo = anyMemoized ? new ReadMemo() : null;
        while (rs.next()) {
            result.add(readRow(rs, memo));
        }
        return result;
    }

    /** Reads the first row into a new instance, or null when there is none. */
    public Model readFirst(ResultSet rs) throws SQLException {
        return rs.next() ? readRow(rs) : null;
    }

    /** Reads the current row into a new instance. */
    public Model readRow(ResultSet rs) throws SQLException {
        return readRow(rs, null);
    }

    /**
     * Reads the current row into a new instance, converting through {@code memo} (null for none), which
     * serves the rows of one result set read by one thread.
     */
    public Model readRow(ResultSet rs, ReadMemo memo) throws SQLException {
        Model instance = definition.newInstanceObject();
        InstanceState.attachRead(instance, definition, shareSnapshot);
        fill(rs, instance, memo);
        return instance;
    }

    /** The model whose instances this reads. */
    public ModelDefinition definition() {
        return definition;
    }

    /** Writes the current row into an existing instance (reload, RETURNING after a write). */
    public void readInto(ResultSet rs, Model instance) throws SQLException {
        fill(rs, instance, null);
    }

    private void fill(ResultSet rs, Model instance, ReadMemo memo) throws SQLException {
        // Writing into a shared array is safe only when no column needs a snapshot of its own.
        boolean shared = shareSnapshot && InstanceState.sharesSnapshot(instance);
        if (shared && slotsOnly) {
            // A row just read into a model of plain attributes: every column goes to its slot, which is
            // also the snapshot. The common case, without the per-column branches below.
            Object[] values = InstanceState.values(instance);
            int first = offset + 1;
            for (int i = 0; i < codecs.length; i++) {
                try {
                    values[slots[i]] = memo != null && memoized[i] ? codecs[i].read(rs, first + i, memo)
                            : codecs[i].read(rs, first + i);
                } catch (UnreadableValue e) {
                    throw unreadable(definition.name(), columns[i].key(), e);
                }
            }
            return;
        }
        Object[] values = shared ? InstanceState.values(instance) : InstanceState.valuesForWrite(instance);
        // A new record's snapshot (every value unknown, shared) is left alone: the insert reading its
        // generated values back takes the snapshot of all of them once it is done.
        Object[] previous = shared ? values : InstanceState.previousForFill(instance);
        for (int i = 0; i < codecs.length; i++) {
            Object value;
            try {
                value = memo != null && memoized[i] ? codecs[i].read(rs, offset + i + 1, memo)
                        : codecs[i].read(rs, offset + i + 1);
            } catch (UnreadableValue e) {
                throw unreadable(definition.name(), columns[i].key(), e);
            }
            int slot = slots[i];
            if (slot < 0) {
                InstanceState.putExtra(instance, columns[i].key(), value);
                continue;
            }
            Object stored = value;
            if (fieldStored[i]) {
                // The field may hold another Java type (LocalDateTime for an Instant): remember what it holds.
                attributes[i].accessor().set(instance, value);
                stored = attributes[i].accessor().get(instance);
            } else {
                values[slot] = value;
            }
            if (previous != null) {
                previous[slot] = snapshotCopy[i] ? Snapshots.copy(stored) : stored;
            }
        }
    }

    /**
     * Reads one column through its codec; a value the codec cannot read exactly becomes an
     * {@link UnreadableValueError} naming the model (when known), the attribute and the value.
     */
    public static Object read(ValueCodec codec, ResultSet rs, int index, String model, String attribute)
            throws SQLException {
        try {
            return codec.read(rs, index);
        } catch (UnreadableValue e) {
            throw unreadable(model, attribute, e);
        }
    }

    private static UnreadableValueError unreadable(String model, String attribute, UnreadableValue e) {
        return new UnreadableValueError(model, attribute, e.value(), e.getMessage());
    }

    /** Reads every row as a map from attribute name (or alias) to value. */
    public static List<Map<String, Object>> readMaps(ResultSet rs, List<ColumnMapping> columns) throws SQLException {
        List<Map<String, Object>> result = new ArrayList<>();
        ColumnMapping[] mapped = columns.toArray(new ColumnMapping[0]);
        while (rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>(mapped.length * 2);
            for (int i = 0; i < mapped.length; i++) {
                row.put(mapped[i].key(), read(mapped[i].codec(), rs, i + 1, null, mapped[i].key()));
            }
            result.add(row);
        }
        return result;
    }

    /** Reads every row of a raw query as a map from column label to the driver's value. */
    public static List<Map<String, Object>> readLabelled(ResultSet rs) throws SQLException {
        var meta = rs.getMetaData();
        int count = meta.getColumnCount();
        String[] labels = new String[count];
        for (int i = 0; i < count; i++) {
            labels[i] = meta.getColumnLabel(i + 1);
        }
        List<Map<String, Object>> result = new ArrayList<>();
        while (rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                row.put(labels[i], rs.getObject(i + 1));
            }
            result.add(row);
        }
        return result;
    }
}
