package org.sequelize4j.junit;

/** How {@link Sequelize4jTest} keeps the tests of a class from seeing each other's rows. */
public enum Isolation {

    /**
     * Each test, with its {@code @BeforeEach} and {@code @AfterEach} methods, runs inside one transaction
     * that is rolled back afterwards. Operations without an explicit {@code transaction} option use it
     * (through {@link org.sequelize4j.Sequelize#bindTransaction}), and {@code sequelize.transaction(...)}
     * callbacks join it. Rows written in {@code @BeforeAll} or by a setup's {@code seed} stay for every
     * test. Statements that end a transaction by themselves (DDL on MariaDB/MySQL) defeat it: use
     * {@link #TRUNCATE} for such tests.
     */
    ROLLBACK,

    /**
     * After each test every row of every model is deleted, tables that reference others first, so that
     * no foreign key gets in the way (as {@link org.sequelize4j.Sequelize#destroyAll()} does). Rows seeded
     * before the first test are gone after it. Auto-increment counters are not reset.
     */
    TRUNCATE,

    /** Nothing: tests see the rows earlier tests left. */
    NONE
}
