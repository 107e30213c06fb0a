package org.sequelize4j.association;

import java.util.List;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.ModelStatic;

/**
 * What declaring an association needs from the models' registry: the attributes a model declares, and
 * a way to add (or complete) the foreign-key attribute an association puts on a model. Implemented by
 * {@code Sequelize}; applications do not call it.
 */
public interface ModelExtender {

    /** The attributes declared for a model so far (by the user and by earlier associations), in order. */
    List<AttributeOptions> declaredAttributes(ModelStatic<?> model);

    /**
     * Adds the attribute to the model, or replaces the declared attribute of the same name with it, and
     * rebuilds the model's definition.
     *
     * @param association the association asking, for error messages
     * @throws org.sequelize4j.errors.DefinitionError if the model is in use already (it has instances or
     *         a synced table) or the new definition cannot work
     */
    void putAttribute(ModelStatic<?> model, AttributeOptions attribute, String association);

    /**
     * Adds a foreign key over several attributes (already put on the model) to the model, replacing
     * one over the same attributes, and rebuilds its definition.
     */
    void putForeignKey(ModelStatic<?> model, org.sequelize4j.definition.ForeignKeyDefinition foreignKey,
                       String association);

    /**
     * Remembers every model's declaration as it is now; running the result puts back the declarations
     * (and definitions) of models changed since, so that a refused association leaves nothing behind.
     */
    Runnable snapshot();
}
