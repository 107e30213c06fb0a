/**
 * Watching what Sequelize4j sends to the database: {@link org.sequelize4j.observability.QueryListener}
 * (registered with {@code SequelizeOptions.queryListener}) receives a
 * {@link org.sequelize4j.observability.QueryEvent} per statement. Public API with no dependency on the
 * internal stages, so that metrics bindings (sequelize4j-micrometer) need nothing else.
 */
package org.sequelize4j.observability;
