package org.sequelize4j.runtime;

import java.util.function.Function;
import org.sequelize4j.jdbc.ConnectionScope;

/** Runs work in a transaction of its own: committed when the work returns, rolled back when it throws. */
public interface TransactionRunner {

    /** Runs {@code work} in a new transaction and returns its result. */
    <T> T inNewTransaction(Function<ConnectionScope, T> work);
}
