package org.sequelize4j.spring.health;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sequelize4j.Sequelize;

/**
 * The health check both Boot generations' indicators run: {@code sequelize.authenticate()}, a trivial
 * query through Sequelize's own path to the database (the application's pool, Sequelize's session
 * set-up), so a failure here is one Sequelize's calls would meet.
 */
final class SequelizeHealthCheck {

    private SequelizeHealthCheck() {
    }

    /** The details of a healthy database; throws the error of an unhealthy one. */
    static Map<String, Object> check(Sequelize sequelize) {
        sequelize.authenticate();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("dialect", sequelize.getDialect());
        details.put("models", sequelize.models().size());
        return details;
    }
}
