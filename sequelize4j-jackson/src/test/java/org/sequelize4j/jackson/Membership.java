package org.sequelize4j.jackson;

import org.sequelize4j.Model;

/** The join rows between customers and clubs, with a value of their own. */
public class Membership extends Model {
    public String role;
}
