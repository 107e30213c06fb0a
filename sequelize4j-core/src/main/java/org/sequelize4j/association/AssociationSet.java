package org.sequelize4j.association;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.errors.QueryError;

/** The associations declared on one model, by alias, in declaration order. Thread-safe. */
public final class AssociationSet {

    private final Map<String, Association<?, ?>> byAlias = new LinkedHashMap<>();
    private final Map<String, PolymorphicAssociation<?>> polymorphic = new LinkedHashMap<>();

    /** Registers an association; an alias in use already is a {@link DefinitionError} naming both. */
    synchronized void add(Association<?, ?> association) {
        Association<?, ?> existing = byAlias.get(association.as());
        if (existing == null && polymorphic.containsKey(association.as())) {
            throw new DefinitionError(association.source().name(), null, "association '" + association.as() + "' ("
                    + association + ") clashes with the polymorphic association " + polymorphic.get(association.as())
                    + " declared earlier; give one of them another 'as'");
        }
        if (existing != null) {
            throw new DefinitionError(association.source().name(), null, "association '" + association.as()
                    + "' (" + association + ") clashes with the association " + existing + " declared earlier;"
                    + " give one of them another 'as' (several associations to one model need distinct aliases"
                    + " and named inverses)");
        }
        byAlias.put(association.as(), association);
    }

    /** Registers a polymorphic belongsTo; an alias in use already is a {@link DefinitionError}. */
    synchronized void addPolymorphic(ModelStatic<?> source, PolymorphicAssociation<?> association) {
        if (byAlias.containsKey(association.as()) || polymorphic.containsKey(association.as())) {
            throw new DefinitionError(source.name(), association.as(), "polymorphic association " + association
                    + " has the alias of an association declared earlier; give it another 'as'");
        }
        polymorphic.put(association.as(), association);
    }

    /** The polymorphic association with this alias, or null. */
    public synchronized PolymorphicAssociation<?> findPolymorphic(String alias) {
        return polymorphic.get(alias);
    }

    /** Forgets an association whose declaration was refused after it was registered. */
    synchronized void remove(Association<?, ?> association) {
        byAlias.remove(association.as(), association);
    }

    /** The association with this alias, or null. */
    public synchronized Association<?, ?> find(String alias) {
        return byAlias.get(alias);
    }

    /** The association with this alias; a {@link QueryError} listing the aliases when there is none. */
    public synchronized Association<?, ?> get(ModelStatic<?> model, String alias) {
        Association<?, ?> association = byAlias.get(alias);
        if (association == null) {
            throw new QueryError("Model '" + model.name() + "' has no association '" + alias + "'; its associations are "
                    + byAlias.keySet());
        }
        return association;
    }

    /** Every association, by alias. */
    public synchronized Map<String, Association<?, ?>> all() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(byAlias));
    }
}
