/**
 * Interfaces through which framework integrations plug into Sequelize: {@link
 * org.sequelize4j.spi.TransactionBinding} hands it the transaction a framework runs on the calling
 * thread. Applications rarely implement them; {@code sequelize4j-spring-boot-starter} does.
 */
package org.sequelize4j.spi;
