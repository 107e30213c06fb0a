package org.sequelize4j.jackson;

import java.math.BigDecimal;
import org.sequelize4j.Model;
import org.sequelize4j.annotations.Attribute;

/** Belongs to a {@link Customer}. */
public class Order extends Model {
    public String label;
    @Attribute(type = "DECIMAL(10,2)") public BigDecimal total;
    public Integer customerId;
}
