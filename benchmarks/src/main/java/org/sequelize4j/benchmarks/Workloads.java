package org.sequelize4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The table of workloads, in the order they run. */
public final class Workloads {

    /**
     * Every workload's constructor. The read workloads come first, so they share one seeded
     * {@code users} table (W7 and W8 add posts, tags and join rows referring to it). The include
     * workloads follow: W4 adds 200 users of its own (with posts and comments; W4b reads them too),
     * which the workloads before it must not see in {@code userIds()}, and W4c adds posts to every
     * seeded user, which W7 (counting exactly 5,000 posts) must not see. W1 empties the table, and
     * with it what refers to it, before each of its runs, so it stays last.
     */
    public static final List<Function<BenchContext, Workload>> ALL = List.of(
            W2FindAll::new,
            W3FindByPk::new,
            W6FindPage::new,
            W5UpdateById::new,
            W7HasManyBatchGet::new,
            W8BelongsToManyAdd::new,
            W4NestedInclude::new,
            W4bTwoIncludesPaged::new,
            W4cTopPostsPerUser::new,
            W1BulkCreate::new);

    private Workloads() {
    }

    /**
     * The workloads whose ids are listed (comma-separated, case-insensitive), or all of them when
     * {@code selection} is null or blank.
     */
    public static List<Workload> select(BenchContext context, String selection) {
        List<String> wanted = new ArrayList<>();
        if (selection != null) {
            for (String id : selection.split(",")) {
                if (!id.isBlank()) {
                    wanted.add(id.trim().toUpperCase(Locale.ROOT));
                }
            }
        }
        List<Workload> result = new ArrayList<>();
        for (Function<BenchContext, Workload> constructor : ALL) {
            Workload workload = constructor.apply(context);
            if (wanted.isEmpty() || wanted.contains(workload.id().toUpperCase(Locale.ROOT))) {
                result.add(workload);
            }
        }
        if (result.isEmpty()) {
            throw new IllegalArgumentException("No workload matches '" + selection + "'");
        }
        return result;
    }
}
