package org.sequelize4j.runtime;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sequelize4j.FindOptions;
import org.sequelize4j.HookType;
import org.sequelize4j.Model;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.errors.EmptyResultError;
import org.sequelize4j.hydration.InstanceHydrator;
import org.sequelize4j.jdbc.Cursor;
import org.sequelize4j.query.SelectPlan;

/**
 * A find whose rows become instances as the stream is consumed, so that a result of any size is read
 * in the memory of one fetch (plus one chunk of instances when includes or after-find hooks need a
 * chunk at a time). The database cursor behind it stays open until the stream is closed or read to
 * its end.
 *
 * <p>Rows are handed out one at a time when nothing needs to see them together. With includes, the
 * parents are read a chunk ({@code fetchSize} rows) at a time and the chunk's includes are loaded by
 * one batch query per level before its instances are handed out; after-find hooks see each chunk.
 */
final class StreamedFind extends Spliterators.AbstractSpliterator<Model> {

    private final ModelRuntime runtime;
    private final FindOptions options;
    private final int fetchSize;
    private final Consumer<List<Model>> loadChunk;
    private final boolean chunked;
    private final boolean afterFindHooks;
    private final InstanceHydrator hydrator;
    /** The cursor's read memo: a spliterator is advanced by one thread at a time, as the memo needs. */
    private final org.sequelize4j.types.ReadMemo memo = new org.sequelize4j.types.ReadMemo();
    private final Cursor cursor;
    private List<Model> chunk = List.of();
    private int next;
    private boolean exhausted;
    private boolean anyRow;

    private StreamedFind(ModelRuntime runtime, FindOptions options, int fetchSize, Consumer<List<Model>> loadChunk,
                         InstanceHydrator hydrator, Cursor cursor) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.runtime = runtime;
        this.options = options;
        this.fetchSize = fetchSize;
        this.loadChunk = loadChunk;
        this.afterFindHooks = runtime.hooks().has(HookType.AFTER_FIND);
        this.chunked = loadChunk != null || afterFindHooks;
        this.hydrator = hydrator;
        this.cursor = cursor;
    }

    /**
     * Opens the stream: runs the before-find hooks, plans the query and executes it.
     *
     * @param loadChunk loads the includes of a chunk of parents, or null without includes
     */
    static Stream<Model> open(ModelRuntime runtime, FindOptions options, int fetchSize, Consumer<List<Model>> loadChunk) {
        HookDispatcher hooks = runtime.hooks();
        if (hooks.has(HookType.BEFORE_FIND)) {
            hooks.run(HookCall.of(HookType.BEFORE_FIND, options));
        }
        ModelDefinition definition = runtime.definition();
        SelectPlan plan = runtime.engine().selects().find(definition, options);
        InstanceHydrator hydrator = new InstanceHydrator(definition, plan.columns());
        Cursor cursor = runtime.engine().executor().openCursor(runtime.engine().scope(options), plan.statement(),
                runtime.errorContext(), fetchSize);
        StreamedFind rows = new StreamedFind(runtime, options, fetchSize, loadChunk, hydrator, cursor);
        return StreamSupport.stream(rows, false).onClose(cursor::close);
    }

    @Override
    public boolean tryAdvance(Consumer<? super Model> action) {
        try {
            while (next >= chunk.size()) {
                if (exhausted || !readChunk()) {
                    return false;
                }
            }
            action.accept(chunk.get(next++));
            return true;
        } catch (RuntimeException | Error e) {
            cursor.close();
            throw e;
        }
    }

    /** Reads the next chunk (one row when nothing needs a chunk); false at the end of the rows. */
    private boolean readChunk() {
        int want = chunked ? fetchSize : 1;
        List<Model> read = new ArrayList<>(want);
        try {
            while (read.size() < want && cursor.resultSet().next()) {
                read.add(hydrator.readRow(cursor.resultSet(), memo));
            }
        } catch (SQLException e) {
            throw cursor.failed(e);
        }
        exhausted = read.size() < want;
        if (read.isEmpty()) {
            cursor.close();
            if (!anyRow && options.isRejectOnEmpty()) {
                throw new EmptyResultError("No " + runtime.definition().name() + " matched the query");
            }
            return false;
        }
        anyRow = true;
        if (loadChunk != null) {
            cursor.alongside(() -> {
                loadChunk.accept(read);
                return null;
            });
        }
        chunk = read;
        if (afterFindHooks) {
            chunk = Finder.toInstances(runtime.hooks().run(HookCall.of(HookType.AFTER_FIND, options).withResult(read)));
        }
        next = 0;
        if (exhausted) {
            // The end: the connection goes back now rather than when the caller gets round to closing.
            cursor.close();
        }
        return true;
    }
}
