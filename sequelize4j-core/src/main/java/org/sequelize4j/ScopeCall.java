package org.sequelize4j;

import java.util.List;
import java.util.Objects;

/**
 * A call of a scope that takes arguments: {@code Users.scope(ScopeCall.of("olderThan", 30))}
 * (Sequelize's {@code { method: ['olderThan', 30] }}).
 *
 * @param name the scope name
 * @param args the arguments passed to the scope's function
 */
public record ScopeCall(String name, List<Object> args) {

    public ScopeCall {
        Objects.requireNonNull(name, "scope name");
        args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    /** A call with arguments. */
    public static ScopeCall of(String name, Object... args) {
        return new ScopeCall(name, java.util.Arrays.asList(args));
    }
}
