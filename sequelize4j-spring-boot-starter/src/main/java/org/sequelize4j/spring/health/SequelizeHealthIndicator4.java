package org.sequelize4j.spring.health;

import org.sequelize4j.Sequelize;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code sequelize} health indicator on Spring Boot 4, whose health API moved to
 * {@code org.springframework.boot.health.contributor}: same check as {@link SequelizeHealthIndicator}.
 */
public class SequelizeHealthIndicator4 extends AbstractHealthIndicator {

    private final Sequelize sequelize;

    /** An indicator for this Sequelize. */
    public SequelizeHealthIndicator4(Sequelize sequelize) {
        super("Sequelize health check failed");
        this.sequelize = sequelize;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up().withDetails(SequelizeHealthCheck.check(sequelize));
    }
}
