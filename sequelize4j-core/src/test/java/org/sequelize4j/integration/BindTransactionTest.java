package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Transaction;
import org.sequelize4j.BoundTransactionScope;
import org.sequelize4j.TransactionOptions;
import org.sequelize4j.testing.DialectTest;

/** {@code bindTransaction}: an unmanaged transaction used implicitly by the thread that bound it, until unbound. */
class BindTransactionTest {

    @DialectTest
    void operationsOfTheBindingThreadRunInTheBoundTransactionAndRollBackWithIt(Sequelize sequelize) {
        ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
        Transaction transaction = sequelize.startUnmanagedTransaction();
        try (BoundTransactionScope ignored = sequelize.bindTransaction(transaction)) {
            assertSame(transaction, sequelize.currentTransaction());
            accounts.create(Map.of("name", "ada"));
            // A callback joins the bound transaction rather than committing on its own.
            sequelize.transaction(t -> {
                assertSame(transaction, t);
                accounts.create(Map.of("name", "bob"));
            });
            assertEquals(2, accounts.count());
        }
        assertNull(sequelize.currentTransaction());
        transaction.rollback();
        assertEquals(0, accounts.count());
    }

    @DialectTest
    void closingRestoresTheEnclosingTransaction(Sequelize sequelize) {
        ModelStatic<Model> accounts = TransactionsTest.accounts(sequelize);
        Transaction outer = sequelize.startUnmanagedTransaction();
        try (BoundTransactionScope binding = sequelize.bindTransaction(outer)) {
            accounts.create(Map.of("name", "ada"));
            sequelize.transaction(TransactionOptions.transactionOptions().nestMode(TransactionOptions.NestMode.SAVEPOINT),
                    t -> assertSame(outer, t.parent()));
            assertSame(outer, sequelize.currentTransaction());
            binding.close();
            binding.close();
            assertNull(sequelize.currentTransaction());
        }
        outer.commit();
        assertEquals(1, accounts.count());
    }

    @DialectTest
    void refusesAnEndedTransactionAndClosingOnAnotherThread(Sequelize sequelize) throws Exception {
        Transaction ended = sequelize.startUnmanagedTransaction();
        ended.rollback();
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> sequelize.bindTransaction(ended));
        assertTrue(refused.getMessage().contains("has already ended"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sequelize.bindTransaction(null));

        Transaction running = sequelize.startUnmanagedTransaction();
        BoundTransactionScope binding = sequelize.bindTransaction(running);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                binding.close();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        other.start();
        other.join();
        assertTrue(failure.get() instanceof IllegalStateException, String.valueOf(failure.get()));
        binding.close();
        running.rollback();
    }
}
