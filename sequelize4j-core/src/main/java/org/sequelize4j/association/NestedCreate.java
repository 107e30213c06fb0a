package org.sequelize4j.association;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.SaveOptions;
import org.sequelize4j.errors.QueryError;

/**
 * {@code create} with nested values for associations ({@code include} in Sequelize's create): the
 * rows a new instance points at (belongsTo) are created first and their keys set on it; then the
 * instance; then the rows that point at it (hasOne, hasMany) with its key, and the targets of
 * belongsToMany with their join rows. One transaction; every row's own hooks and validations run.
 */
public final class NestedCreate {

    private NestedCreate() {
    }

    /** Creates the instance and the included nested values. */
    public static <M extends Model> M create(ModelStatic<M> model, Map<String, ?> values, SaveOptions options) {
        Map<String, Object> tree = tree(model, options.include());
        SaveOptions plain = options.withoutInclude();
        if (plain.isTransactionGiven() && plain.transaction() != null) {
            return plain.transaction().inSavepoint(() -> write(model, values, tree, plain));
        }
        // All or nothing inside a running transaction too: a savepoint by name, not the default nest mode.
        return model.sequelize().transactionResult(org.sequelize4j.TransactionOptions.transactionOptions()
                .nestMode(org.sequelize4j.TransactionOptions.NestMode.SAVEPOINT), t -> write(model, values, tree, plain));
    }

    /** The include paths as a tree of aliases, checked against the associations before anything is written. */
    private static Map<String, Object> tree(ModelStatic<?> model, List<String> paths) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (String path : paths) {
            ModelStatic<?> current = model;
            Map<String, Object> level = root;
            for (String alias : path.split("\\.")) {
                Association<?, ?> association = current.associations().find(alias);
                if (association == null) {
                    throw new QueryError("create with include: model '" + current.name() + "' has no association '"
                            + alias + "' (in path '" + path + "'); its associations are "
                            + current.associations().all().keySet());
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> next = (Map<String, Object>) level.computeIfAbsent(alias, a -> new LinkedHashMap<>());
                level = next;
                current = association.target();
            }
        }
        return root;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <M extends Model> M write(ModelStatic<M> model, Map<String, ?> values, Map<String, Object> tree,
                                             SaveOptions options) {
        Map<String, Object> own = new LinkedHashMap<>(values);
        Map<String, Object> nested = new LinkedHashMap<>();
        for (String alias : tree.keySet()) {
            if (own.containsKey(alias)) {
                nested.put(alias, own.remove(alias));
            }
        }
        Map<String, Object> created = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : nested.entrySet()) {
            Association association = model.associations().find(entry.getKey());
            if (association instanceof BelongsToAssociation && entry.getValue() != null) {
                BelongsToAssociation<?, ?> belongsTo = (BelongsToAssociation<?, ?>) association;
                Model parent = write(belongsTo.target(), single(entry), (Map<String, Object>) tree.get(entry.getKey()),
                        options);
                List<String> fk = belongsTo.definition().foreignKey();
                List<String> key = belongsTo.definition().targetKey();
                for (int i = 0; i < fk.size(); i++) {
                    own.put(fk.get(i), parent.getDataValue(key.get(i)));
                }
                created.put(entry.getKey(), parent);
            }
        }
        M instance = model.build(own);
        instance.save(options);
        for (Map.Entry<String, Object> entry : nested.entrySet()) {
            Association association = model.associations().find(entry.getKey());
            Map<String, Object> below = (Map<String, Object>) tree.get(entry.getKey());
            if (association instanceof HasOneAssociation && entry.getValue() != null) {
                HasOneAssociation<M, ?> hasOne = (HasOneAssociation<M, ?>) association;
                Map<String, Object> child = new LinkedHashMap<>(single(entry));
                child.putAll(keyValues(instance, hasOne.definition().foreignKey(), hasOne.definition().sourceKey(),
                        hasOne.definition().common().scope()));
                created.put(entry.getKey(), write(hasOne.target(), child, below, options));
            } else if (association instanceof HasManyAssociation) {
                HasManyAssociation<M, ?> hasMany = (HasManyAssociation<M, ?>) association;
                List<Model> children = new ArrayList<>();
                for (Map<String, ?> childValues : many(entry)) {
                    Map<String, Object> child = new LinkedHashMap<>(childValues);
                    child.putAll(keyValues(instance, hasMany.definition().foreignKey(), hasMany.definition().sourceKey(),
                            hasMany.definition().common().scope()));
                    children.add(write(hasMany.target(), child, below, options));
                }
                created.put(entry.getKey(), children);
            } else if (association instanceof BelongsToManyAssociation) {
                BelongsToManyAssociation<M, Model> many = (BelongsToManyAssociation<M, Model>) association;
                String throughName = many.through().name();
                List<Model> targets = new ArrayList<>();
                for (Map<String, ?> targetValues : many(entry)) {
                    Map<String, Object> target = new LinkedHashMap<>(targetValues);
                    Object through = target.remove(throughName);
                    target.putAll(many.definition().common().scope());
                    Model made = write(many.target(), target, below, options);
                    LinkOptions link = LinkOptions.linkOptions();
                    if (through instanceof Map) {
                        link.withThrough((Map<String, ?>) through);
                    }
                    if (options.isTransactionGiven()) {
                        link.transaction(options.transaction());
                    }
                    many.add(instance, List.of(made), link);
                    targets.add(made);
                }
                created.put(entry.getKey(), targets);
            }
        }
        created.forEach((alias, value) -> ((Association) model.associations().find(alias)).attach(instance, value));
        return instance;
    }

    private static Map<String, Object> keyValues(Model instance, List<String> foreignKey, List<String> sourceKey,
                                                 Map<String, Object> scope) {
        Map<String, Object> values = new LinkedHashMap<>(scope);
        for (int i = 0; i < foreignKey.size(); i++) {
            values.put(foreignKey.get(i), instance.getDataValue(sourceKey.get(i)));
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> single(Map.Entry<String, Object> entry) {
        if (!(entry.getValue() instanceof Map)) {
            throw new QueryError("create with include: the value of '" + entry.getKey() + "' must be a Map of attributes,"
                    + " not " + entry.getValue());
        }
        return (Map<String, ?>) entry.getValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, ?>> many(Map.Entry<String, Object> entry) {
        if (entry.getValue() == null) {
            return List.of();
        }
        if (!(entry.getValue() instanceof Collection)) {
            throw new QueryError("create with include: the value of '" + entry.getKey() + "' must be a list of Maps,"
                    + " not " + entry.getValue());
        }
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Object row : (Collection<?>) entry.getValue()) {
            if (!(row instanceof Map)) {
                throw new QueryError("create with include: each value in '" + entry.getKey() + "' must be a Map of"
                        + " attributes, not " + row);
            }
            rows.add((Map<String, ?>) row);
        }
        return rows;
    }
}
