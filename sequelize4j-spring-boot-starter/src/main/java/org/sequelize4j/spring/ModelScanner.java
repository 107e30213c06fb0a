package org.sequelize4j.spring;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sequelize4j.Model;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds the model classes of the application: concrete, top-level or static nested subclasses of
 * {@link Model} in the scanned packages, read from class files (nothing is initialised before it is
 * defined), sorted by name so that start-up does not depend on the order of the class path.
 */
final class ModelScanner {

    private ModelScanner() {
    }

    @SuppressWarnings("unchecked")
    static List<Class<? extends Model>> scan(List<String> packages, Environment environment, ClassLoader loader) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
                environment);
        scanner.addIncludeFilter(new AssignableTypeFilter(Model.class));
        Set<String> names = new LinkedHashSet<>();
        for (String pkg : packages) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(pkg)) {
                names.add(candidate.getBeanClassName());
            }
        }
        List<Class<? extends Model>> classes = new ArrayList<>();
        for (String name : names) {
            Class<?> type = ClassUtils.resolveClassName(name, loader);
            if (Model.class.isAssignableFrom(type) && type != Model.class && !Modifier.isAbstract(type.getModifiers())) {
                classes.add((Class<? extends Model>) type);
            }
        }
        classes.sort(Comparator.comparing(Class::getName));
        return List.copyOf(classes);
    }
}
