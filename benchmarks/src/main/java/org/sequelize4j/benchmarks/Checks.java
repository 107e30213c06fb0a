package org.sequelize4j.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sequelize4j.Model;

/** Comparisons of the two sides' results, used by {@link Workload#verify}. */
final class Checks {

    private Checks() {
    }

    /** The five user values of each instance. */
    static List<User> users(List<Model> instances) {
        List<User> result = new ArrayList<>(instances.size());
        for (Model m : instances) {
            result.add(User.of(m));
        }
        return result;
    }

    /**
     * Fails unless both lists hold {@code expectedSize} equal users (every field, timestamps to the
     * nanosecond); with {@code anyOrder}, order is ignored.
     */
    static void sameUsers(List<User> orm, List<User> raw, int expectedSize, boolean anyOrder) {
        if (orm.size() != expectedSize || raw.size() != expectedSize) {
            throw new IllegalStateException("Expected " + expectedSize + " users, ORM gave " + orm.size() + ", raw "
                    + raw.size());
        }
        List<User> a = new ArrayList<>(orm);
        List<User> b = new ArrayList<>(raw);
        if (anyOrder) {
            a.sort(Comparator.comparingInt(u -> u.id));
            b.sort(Comparator.comparingInt(u -> u.id));
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                throw new IllegalStateException("Row " + i + " differs: ORM " + a.get(i) + ", raw " + b.get(i));
            }
            if (a.get(i).createdAt == null || a.get(i).updatedAt == null) {
                throw new IllegalStateException("Row " + i + " lacks timestamps: " + a.get(i));
            }
        }
    }
}
