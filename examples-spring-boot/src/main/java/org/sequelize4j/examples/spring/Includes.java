package org.sequelize4j.examples.spring;

import static org.sequelize4j.association.IncludeOptions.include;

import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.FindOptions;
import org.sequelize4j.association.IncludeOptions;

/**
 * Reads {@code ?include=posts,comments.commenter} into Sequelize includes: a comma-separated list of
 * association paths, each step an association of the model before it. Unknown names are left to
 * Sequelize, which refuses them with a QueryError naming the model's associations (a 400 here).
 */
final class Includes {

    private Includes() {
    }

    static FindOptions query(List<String> paths) {
        FindOptions query = FindOptions.query();
        List<Object> includes = new ArrayList<>();
        for (String path : paths) {
            for (String one : path.split(",")) {
                if (!one.isBlank()) {
                    includes.add(step(one.trim().split("\\.")));
                }
            }
        }
        return includes.isEmpty() ? query : query.include(includes.toArray());
    }

    private static IncludeOptions step(String[] names) {
        IncludeOptions last = include(names[names.length - 1]);
        for (int i = names.length - 2; i >= 0; i--) {
            last = include(names[i]).with(last);
        }
        return last;
    }
}
