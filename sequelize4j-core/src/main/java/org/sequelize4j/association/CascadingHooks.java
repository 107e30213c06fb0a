package org.sequelize4j.association;

import java.util.List;
import org.sequelize4j.DestroyOptions;
import org.sequelize4j.FindOptions;
import org.sequelize4j.HookType;
import org.sequelize4j.Model;
import org.sequelize4j.ReferentialAction;

/**
 * Sequelize's {@code hooks: true} on a hasOne/hasMany with ON DELETE CASCADE: the database's cascade
 * deletes the targets without running their hooks, so before a source instance is destroyed its
 * targets are destroyed one by one, in the same transaction, each with its own hooks.
 */
final class CascadingHooks {

    private CascadingHooks() {
    }

    /** Refuses {@code hooks(true)} without ON DELETE CASCADE (before the association is registered). */
    static void check(Association<?, ?> association, AssociationOptions<?> options) {
        if (!options.isHooks()) {
            return;
        }
        List<String> fk = association.definition().foreignKey();
        var target = association.target().definition();
        // A composite key's actions are on the model's foreign key, a single column's on its attribute.
        ReferentialAction onDelete = fk.size() == 1 ? target.attribute(fk.get(0)).onDelete()
                : target.foreignKeys().stream().filter(k -> k.attributes().equals(fk)).map(k -> k.onDelete())
                        .findFirst().orElse(null);
        if (onDelete != ReferentialAction.CASCADE) {
            throw new org.sequelize4j.errors.DefinitionError(association.source().name(), null, "association "
                    + association + ": option hooks(true) destroys targets one by one in place of ON DELETE CASCADE,"
                    + " but the foreign key's ON DELETE is " + onDelete + "; add onDelete(\"CASCADE\")");
        }
    }

    /** Adds the hook that destroys the targets one by one. */
    static <S extends Model, T extends Model> void install(Association<S, T> association, AssociationOptions<?> options) {
        if (!options.isHooks()) {
            return;
        }
        association.source().addHook(HookType.BEFORE_DESTROY, event -> {
            DestroyOptions given = event.options(DestroyOptions.class);
            FindOptions read = FindOptions.query();
            if (given != null && given.isTransactionGiven()) {
                read.transaction(given.transaction());
            }
            List<T> targets = association instanceof HasManyAssociation
                    ? ((HasManyAssociation<S, T>) association).get(event.instance(), read)
                    : single(((HasOneAssociation<S, T>) association).get(event.instance(), read));
            for (T target : targets) {
                DestroyOptions destroy = DestroyOptions.destroyOptions();
                if (given != null && given.isTransactionGiven()) {
                    destroy.transaction(given.transaction());
                }
                target.destroy(destroy);
            }
        });
    }

    private static <T> List<T> single(T value) {
        return value == null ? List.of() : List.of(value);
    }
}
