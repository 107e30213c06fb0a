package org.sequelize4j.jackson;

import org.sequelize4j.Model;

/** Reached from {@link Customer} through {@link Membership}. */
public class Club extends Model {
    public String title;
}
