package org.sequelize4j.spring;

import java.util.List;
import org.sequelize4j.Model;

/**
 * The model classes found by the package scan ({@code sequelize4j.model-packages}, by default the
 * application's package), which the auto-configured Sequelize defines; a bean, so that applications
 * and tests can see what was found.
 *
 * @param packages the packages scanned
 * @param classes the model classes, sorted by name
 */
public record ScannedModels(List<String> packages, List<Class<? extends Model>> classes) {

    public ScannedModels {
        packages = List.copyOf(packages);
        classes = List.copyOf(classes);
    }
}
