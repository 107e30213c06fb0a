package org.sequelize4j.definition.association;

import java.util.List;
import java.util.Map;

/**
 * One association as resolved at definition time: which models it joins, through which keys, under
 * which name. Keys are lists of attribute names so that an association can span several columns
 * (a composite primary or unique key); for the common single-column case each list has one entry.
 *
 * <p>Immutable data with no behaviour: the query planner reads it to build joins and batches, the
 * association handles to read and write links.
 */
public sealed interface AssociationDefinition
        permits AssociationDefinition.BelongsTo, AssociationDefinition.TargetKeyed,
        AssociationDefinition.BelongsToMany {

    /** Names and flags every kind shares. */
    Common common();

    /** The alias ({@code as}). */
    default String as() {
        return common().names().as();
    }

    /** The model the association is declared on. */
    default String source() {
        return common().source();
    }

    /** The model it leads to. */
    default String target() {
        return common().target();
    }

    /** Whether it leads to many targets. */
    boolean isMultiple();

    /**
     * The foreign key's attributes: the source's (belongsTo), the target's (hasOne, hasMany) or the
     * through model's attributes referring to the source (belongsToMany).
     */
    List<String> foreignKey();

    /** hasOne and hasMany: the target holds the foreign key, referring to the source's key. */
    sealed interface TargetKeyed extends AssociationDefinition permits HasOne, HasMany {

        /** The source's attributes the foreign key refers to. */
        List<String> sourceKey();

        /** Whether the foreign key allows NULL (unlinking is possible). */
        boolean foreignKeyNullable();
    }

    /**
     * What every kind shares.
     *
     * @param names the alias and the singular and plural forms used for accessor names
     * @param source the source model's name
     * @param target the target model's name
     * @param scope attribute values the targets must have (filter on read, set on write); empty for none
     * @param constraints whether the foreign key is a database constraint
     * @param hooks whether deleting a source deletes its targets one by one, so that their hooks run
     */
    record Common(AccessorNames names, String source, String target, Map<String, Object> scope,
                  boolean constraints, boolean hooks) {
        public Common {
            scope = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scope));
        }
    }

    /**
     * The source holds the foreign key: {@code source.foreignKey → target.targetKey}.
     *
     * @param common shared names and flags
     * @param foreignKey the source's attributes holding the key
     * @param targetKey the target's attributes they refer to (its primary key by default)
     */
    record BelongsTo(Common common, List<String> foreignKey, List<String> targetKey) implements AssociationDefinition {
        public BelongsTo {
            foreignKey = List.copyOf(foreignKey);
            targetKey = List.copyOf(targetKey);
        }

        @Override
        public boolean isMultiple() {
            return false;
        }
    }

    /**
     * The target holds the foreign key, and at most one target refers to a source:
     * {@code target.foreignKey → source.sourceKey}.
     *
     * @param common shared names and flags
     * @param foreignKey the target's attributes holding the key
     * @param sourceKey the source's attributes they refer to
     * @param foreignKeyNullable whether the foreign key allows NULL (unlinking is possible)
     */
    record HasOne(Common common, List<String> foreignKey, List<String> sourceKey, boolean foreignKeyNullable)
            implements TargetKeyed {
        public HasOne {
            foreignKey = List.copyOf(foreignKey);
            sourceKey = List.copyOf(sourceKey);
        }

        @Override
        public boolean isMultiple() {
            return false;
        }
    }

    /**
     * The target holds the foreign key, and many targets may refer to a source.
     *
     * @param common shared names and flags
     * @param foreignKey the target's attributes holding the key
     * @param sourceKey the source's attributes they refer to
     * @param foreignKeyNullable whether the foreign key allows NULL (unlinking is possible)
     */
    record HasMany(Common common, List<String> foreignKey, List<String> sourceKey, boolean foreignKeyNullable)
            implements TargetKeyed {
        public HasMany {
            foreignKey = List.copyOf(foreignKey);
            sourceKey = List.copyOf(sourceKey);
        }

        @Override
        public boolean isMultiple() {
            return true;
        }
    }

    /**
     * Sources and targets linked by rows of a through (junction) model:
     * {@code through.foreignKey → source.sourceKey} and {@code through.otherKey → target.targetKey}.
     *
     * @param common shared names and flags
     * @param through the through model's name
     * @param foreignKey the through model's attributes referring to the source
     * @param otherKey the through model's attributes referring to the target
     * @param sourceKey the source's referenced attributes
     * @param targetKey the target's referenced attributes
     * @param throughScope attribute values the through rows must have (filter on read, set on write)
     * @param throughUnique whether a pair can be linked once only (one join row per pair)
     */
    record BelongsToMany(Common common, String through, List<String> foreignKey, List<String> otherKey,
                         List<String> sourceKey, List<String> targetKey, Map<String, Object> throughScope,
                         boolean throughUnique) implements AssociationDefinition {
        public BelongsToMany {
            foreignKey = List.copyOf(foreignKey);
            otherKey = List.copyOf(otherKey);
            sourceKey = List.copyOf(sourceKey);
            targetKey = List.copyOf(targetKey);
            throughScope = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(throughScope));
        }

        @Override
        public boolean isMultiple() {
            return true;
        }
    }
}
