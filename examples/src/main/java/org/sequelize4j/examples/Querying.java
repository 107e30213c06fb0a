package org.sequelize4j.examples;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.DECIMAL;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.JSON;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.desc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.and;
import static org.sequelize4j.Op.between;
import static org.sequelize4j.Op.endsWith;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.Op.gt;
import static org.sequelize4j.Op.or;
import static org.sequelize4j.Sql.col;
import static org.sequelize4j.Sql.fn;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.QueryOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SyncOptions;

/** Finders, operators, computed attributes, grouping and raw queries. */
final class Querying implements Scenario {

    @Override
    public String title() {
        return "Querying: where operators, attributes, order, group, aggregates, raw SQL";
    }

    @Override
    public void run(Sequelize sequelize, PrintStream out) {
        ModelStatic<Model> orders = sequelize.define("order", List.of(
                attribute("customer", STRING), attribute("email", STRING), attribute("items", INTEGER),
                attribute("total", DECIMAL(10, 2)), attribute("meta", JSON)));
        orders.sync(SyncOptions.syncOptions().force(true));
        orders.bulkCreate(List.of(
                Map.of("customer", "ada", "email", "ada@example.com", "items", 3, "total", new BigDecimal("30.50"),
                        "meta", Map.of("channel", "web")),
                Map.of("customer", "ada", "email", "ada@example.com", "items", 1, "total", new BigDecimal("9.99"),
                        "meta", Map.of("channel", "shop")),
                Map.of("customer", "grace", "email", "grace@example.org", "items", 7, "total", new BigDecimal("120.00"),
                        "meta", Map.of("channel", "web"))));

        List<Model> big = orders.findAll(query()
                .where(and(gt("items", 1), or(endsWith("email", "@example.com"), between("total", 100, 200))))
                .order(desc("total")));
        out.println("orders with several items: " + big.stream().map(o -> o.get("total")).toList());
        out.println("web orders (JSON path): " + orders.count(query().where(eq("meta.channel", "web"))));
        out.println("per customer: " + orders.findAllRaw(query()
                .attributes("customer", fn("SUM", col("total")).as("spent"), fn("COUNT", col("id")).as("orders"))
                .group("customer").order(asc("customer"))));
        out.println("max total: " + orders.max("total") + ", item sum: " + orders.sum("items"));
        out.println("raw query with a named replacement: " + sequelize.select(
                "SELECT customer, items FROM orders WHERE customer = :name ORDER BY items",
                QueryOptions.queryOptions().replacements(Map.of("name", "ada"))));
        orders.drop();
    }
}
