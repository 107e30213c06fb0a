package org.sequelize4j.dialect.mysql;

import java.util.List;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.ConstraintDescription;
import org.sequelize4j.DataType;
import org.sequelize4j.DataTypes;
import org.sequelize4j.IndexDescription;
import org.sequelize4j.ReferentialAction;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.dialect.SchemaComparison;

/**
 * MySQL and MariaDB: a UUID is kept as CHAR(36); a foreign key without actions reports RESTRICT
 * (which InnoDB treats as NO ACTION); InnoDB indexes a foreign key's columns by itself, naming the
 * index after the constraint or the column; MariaDB guards a JSON column with a CHECK named after it.
 */
final class MySqlSchemaComparison extends SchemaComparison {

    MySqlSchemaComparison(Dialect dialect) {
        super(dialect);
    }

    @Override
    public boolean sameType(DataType declared, ColumnDescription live) {
        if (declared.kind() == DataType.Kind.UUID && live.dataType() != null
                && dialect.typeSql(live.dataType()).equals(dialect.typeSql(DataTypes.CHAR(36)))) {
            return true;
        }
        return super.sameType(declared, live);
    }

    @Override
    public ReferentialAction reportedAction(ReferentialAction declared) {
        return declared == null || declared == ReferentialAction.NO_ACTION ? ReferentialAction.RESTRICT : declared;
    }

    @Override
    public boolean isImplicitIndex(IndexDescription index, List<ConstraintDescription> constraints) {
        if (super.isImplicitIndex(index, constraints)) {
            return true;
        }
        if (index.unique()) {
            return false;
        }
        for (ConstraintDescription c : constraints) {
            if (c.type() == ConstraintDescription.Type.FOREIGN_KEY && c.columns().equals(index.columns())
                    && (index.name().equals(c.name()) || index.name().equals(c.columns().get(0)))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isImplicitConstraint(ConstraintDescription constraint) {
        return constraint.type() == ConstraintDescription.Type.CHECK && constraint.definition() != null
                && constraint.definition().replace(" ", "").equalsIgnoreCase("json_valid(`" + constraint.name() + "`)");
    }
}
