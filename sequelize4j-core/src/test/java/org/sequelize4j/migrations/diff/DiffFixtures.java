package org.sequelize4j.migrations.diff;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.*;
import static org.sequelize4j.ModelOptions.options;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.IndexOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.References;
import org.sequelize4j.Sequelize;

/** Two versions of a small schema, defined under the same model names so that version 2 replaces version 1. */
final class DiffFixtures {

    private DiffFixtures() {
    }

    /** Owners, and gadgets with most kinds of columns, an index, a unique key, a foreign key and a check. */
    static void version1(Sequelize sequelize) {
        ModelStatic<Model> owners = sequelize.define("owner", List.of(attribute("name", STRING).allowNull(false)),
                options().timestamps(false));
        List<AttributeOptions> attributes = List.of(
                attribute("name", STRING(40)).allowNull(false),
                attribute("label", STRING).defaultValue("it's new"),
                attribute("qty", INTEGER).defaultValue(5),
                attribute("big", BIGINT),
                attribute("flag", BOOLEAN).defaultValue(true),
                attribute("body", TEXT),
                attribute("price", DECIMAL(10, 2)).defaultValue(new BigDecimal("1.50")),
                attribute("ratio", DOUBLE),
                attribute("madeOn", DATEONLY),
                attribute("kind", ENUM("a", "b")).defaultValue("a"),
                attribute("token", UUID),
                attribute("meta", JSON),
                attribute("legacy", STRING).comment("to be removed"),
                attribute("serial", STRING).unique(true),
                attribute("ownerId", INTEGER).references(References.model(owners)).onDelete("CASCADE"));
        sequelize.define("gadget", attributes, options().indexes(IndexOptions.index("name", "qty"))
                .check("gadgets_qty_positive", Op.gt("qty", 0)));
    }

    /**
     * Version 2: {@code nickname} added, {@code name} longer and nullable, {@code qty}'s default changed,
     * {@code legacy} dropped, an index on {@code label}, a unique key on {@code token}, {@code makerId}
     * referencing owners, and a new table.
     */
    static void version2(Sequelize sequelize) {
        ModelStatic<Model> owners = sequelize.define("owner", List.of(attribute("name", STRING).allowNull(false)),
                options().timestamps(false));
        List<AttributeOptions> attributes = List.of(
                attribute("name", STRING(80)),
                attribute("label", STRING).defaultValue("it's new"),
                attribute("qty", INTEGER).defaultValue(7),
                attribute("big", BIGINT),
                attribute("flag", BOOLEAN).defaultValue(true),
                attribute("body", TEXT),
                attribute("price", DECIMAL(10, 2)).defaultValue(new BigDecimal("1.50")),
                attribute("ratio", DOUBLE),
                attribute("madeOn", DATEONLY),
                attribute("kind", ENUM("a", "b")).defaultValue("a"),
                attribute("token", UUID).unique(true),
                attribute("meta", JSON),
                attribute("serial", STRING).unique(true),
                attribute("ownerId", INTEGER).references(References.model(owners)).onDelete("CASCADE"),
                attribute("nickname", STRING(30)),
                attribute("makerId", INTEGER).references(References.model(owners)).onDelete("SET NULL"));
        sequelize.define("gadget", attributes, options().indexes(IndexOptions.index("name", "qty"),
                IndexOptions.index("label")).check("gadgets_qty_positive", Op.gt("qty", 0)));
        sequelize.define("tag", List.of(attribute("label", STRING(20)).allowNull(false).unique(true),
                attribute("gadgetId", INTEGER).references(References.model("gadget"))), options().timestamps(false));
    }

    /** The changes as {@code Kind table.subject} lines, sorted, for comparing with what a test expects. */
    static List<String> summary(SchemaDiff diff) {
        return diff.changes().stream().map(DiffFixtures::summary).sorted().collect(Collectors.toList());
    }

    static String summary(SchemaChange change) {
        String kind = change.getClass().getSimpleName();
        String table = change.table().name();
        if (change instanceof SchemaChange.AddColumn c) {
            return kind + " " + table + "." + c.column().name();
        }
        if (change instanceof SchemaChange.DropColumn c) {
            return kind + " " + table + "." + c.column().name();
        }
        if (change instanceof SchemaChange.ChangeColumn c) {
            return kind + " " + table + "." + c.to().name() + " " + c.differences();
        }
        if (change instanceof SchemaChange.AddIndex c) {
            return kind + " " + table + " " + c.index().fields().stream().map(f -> f.column()).toList();
        }
        if (change instanceof SchemaChange.DropIndex c) {
            return kind + " " + table + " " + c.index().fields().stream().map(f -> f.column()).toList();
        }
        if (change instanceof SchemaChange.AddUnique c) {
            return kind + " " + table + " " + c.columns();
        }
        if (change instanceof SchemaChange.DropUnique c) {
            return kind + " " + table + " " + c.columns();
        }
        if (change instanceof SchemaChange.AddForeignKey c) {
            return kind + " " + table + " " + c.foreignKey().columns();
        }
        if (change instanceof SchemaChange.DropForeignKey c) {
            return kind + " " + table + " " + c.foreignKey().columns();
        }
        return kind + " " + table;
    }
}
