package org.sequelize4j.spring;

import java.beans.Introspector;
import java.util.List;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Scans for model classes while bean definitions are being registered, so that each model's
 * {@link ModelStatic} can be a bean of its own, injectable as {@code ModelStatic<User>}: the generic
 * type is on the bean definition, and the instance is the Sequelize bean's model, looked up when first
 * injected. Also registers {@link ScannedModels}, from which the Sequelize bean defines the models.
 */
class ModelBeansRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware, BeanFactoryAware,
        BeanClassLoaderAware {

    static final String PACKAGES_PROPERTY = "sequelize4j.model-packages";

    private Environment environment;
    private BeanFactory beanFactory;
    private ClassLoader classLoader;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        List<String> packages = Binder.get(environment).bind(PACKAGES_PROPERTY, Bindable.listOf(String.class))
                .orElse(List.of());
        if (packages.isEmpty() && AutoConfigurationPackages.has(beanFactory)) {
            packages = AutoConfigurationPackages.get(beanFactory);
        }
        List<Class<? extends Model>> classes = ModelScanner.scan(packages, environment, classLoader);
        ScannedModels scanned = new ScannedModels(packages, classes);
        registry.registerBeanDefinition("sequelize4jScannedModels", new RootBeanDefinition(ScannedModels.class,
                () -> scanned));
        for (Class<? extends Model> modelClass : classes) {
            String name = Introspector.decapitalize(modelClass.getSimpleName()) + "Model";
            if (registry.containsBeanDefinition(name)) {
                name = modelClass.getName() + ".Model";
            }
            registry.registerBeanDefinition(name, modelDefinition(modelClass));
        }
    }

    private RootBeanDefinition modelDefinition(Class<? extends Model> modelClass) {
        RootBeanDefinition definition = new RootBeanDefinition(ModelStatic.class);
        definition.setTargetType(ResolvableType.forClassWithGenerics(ModelStatic.class, modelClass));
        definition.setInstanceSupplier(() -> beanFactory.getBean(Sequelize.class).model(modelClass));
        return definition;
    }
}
