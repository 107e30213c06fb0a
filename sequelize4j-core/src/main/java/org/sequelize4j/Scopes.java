package org.sequelize4j;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sequelize4j.errors.ScopeError;

/**
 * Resolves scope names of a model into the options they stand for: {@code "defaultScope"}, named
 * scopes, and scopes called with arguments ({@link ScopeCall}). Several scopes merge left to right:
 * conditions are ANDed, and later scopes win for everything else.
 */
final class Scopes {

    private Scopes() {
    }

    static FindOptions resolve(ModelStatic<?> model, Object... scopes) {
        Map<String, Function<Object[], FindOptions>> declared = model.definition().options().scopes();
        FindOptions result = null;
        for (Object scope : scopes) {
            FindOptions next;
            if (scope == null) {
                continue;
            }
            if ("defaultScope".equals(scope)) {
                next = model.definition().options().defaultScope();
            } else if (scope instanceof String || scope instanceof ScopeCall) {
                ScopeCall call = scope instanceof String ? new ScopeCall((String) scope, List.of()) : (ScopeCall) scope;
                Function<Object[], FindOptions> definition = declared.get(call.name());
                if (definition == null) {
                    throw new ScopeError("Invalid scope '" + call.name() + "' called on model '" + model.name()
                            + "'; its scopes are " + declared.keySet());
                }
                next = definition.apply(call.args().toArray());
            } else if (scope instanceof FindOptions) {
                next = (FindOptions) scope;
            } else {
                throw new ScopeError("A scope is a name, a ScopeCall or FindOptions, got " + scope.getClass().getName());
            }
            if (next != null) {
                result = result == null ? next.copy() : next.onTopOf(result);
            }
        }
        return result;
    }
}
