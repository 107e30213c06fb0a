package org.sequelize4j.jackson;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.annotations.Attribute;
import org.sequelize4j.annotations.BelongsToMany;
import org.sequelize4j.annotations.HasMany;
import org.sequelize4j.annotations.Inverse;

/** A model with a value of each kind the JSON mapping treats specially, and three kinds of include. */
public class Customer extends Model {
    public String name;
    @Attribute(type = "DECIMAL(20,6)") public BigDecimal balance;
    public Long points;
    public byte[] avatar;
    public Map<String, Object> preferences;
    public LocalDate birthday;
    public Instant lastSeen;
    public String passwordHash;

    @HasMany(target = Order.class, foreignKey = "customerId", inverse = @Inverse(as = "customer"))
    public List<Order> orders;

    @BelongsToMany(target = Club.class, throughModel = Membership.class, inverse = @Inverse(as = "members"))
    public List<Club> clubs;
}
