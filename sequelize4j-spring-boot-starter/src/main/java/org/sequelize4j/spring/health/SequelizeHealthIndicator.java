package org.sequelize4j.spring.health;

import org.sequelize4j.Sequelize;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The {@code sequelize} health indicator on Spring Boot 3: UP with the dialect when a trivial query
 * through Sequelize answers, DOWN with the error when it does not.
 */
public class SequelizeHealthIndicator extends AbstractHealthIndicator {

    private final Sequelize sequelize;

    /** An indicator for this Sequelize. */
    public SequelizeHealthIndicator(Sequelize sequelize) {
        super("Sequelize health check failed");
        this.sequelize = sequelize;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up().withDetails(SequelizeHealthCheck.check(sequelize));
    }
}
