package org.sequelize4j.schema.diff;

import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.ConstraintDescription;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.dialect.SchemaComparison;
import org.sequelize4j.migrations.diff.SchemaChange;
import org.sequelize4j.migrations.diff.Undecided;
import org.sequelize4j.sql.CheckSpec;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.sql.TableSpec;

/**
 * The parts of a table {@link TableComparer} leaves to this class: its checks (by name, then by
 * condition) and its comment. Databases write both back in their own words, so every comparison
 * goes through the dialect's {@link SchemaComparison}.
 */
final class DetailComparer {

    private final Dialect dialect;
    private final SchemaComparison comparison;

    DetailComparer(Dialect dialect) {
        this.dialect = dialect;
        this.comparison = dialect.schemaEditor().comparison();
    }

    /**
     * Checks match by name; a check of the same name whose condition differs is replaced. When the
     * database wrote the model's columns and constants with other operators, the comparison cannot
     * tell a change from the database's rewriting, so nothing is changed and the question is left
     * open: replacing a check on every diff (and every {@code sync({alter})}) would be worse.
     */
    void checks(TableSpec spec, LiveTable live, List<SchemaChange> changes, List<Undecided> undecided) {
        TableRef table = spec.table();
        List<ConstraintDescription> present = new ArrayList<>(live.constraints(ConstraintDescription.Type.CHECK));
        for (CheckSpec declared : spec.checks()) {
            ConstraintDescription same = present.stream().filter(c -> declared.name().equalsIgnoreCase(c.name()))
                    .findFirst().orElse(null);
            if (same == null) {
                changes.add(new SchemaChange.AddCheck(table, declared));
                continue;
            }
            present.remove(same);
            if (same.definition() == null) {
                continue;
            }
            switch (comparison.compareCheck(declared.sql(), same.definition())) {
                case CHANGED:
                    changes.add(new SchemaChange.ChangeCheck(table, new CheckSpec(same.name(), same.definition()),
                            declared));
                    break;
                case UNDECIDED:
                    undecided.add(new Undecided(Undecided.Kind.CHECK_CONDITION, table.name(), declared.name(), List.of(),
                            "the check " + declared.name() + " reads " + same.definition() + " in the database and "
                            + declared.sql() + " in the model, with the same columns and constants; if the condition"
                            + " changed, give the check a new name to have it replaced"));
                    break;
                default:
                    break;
            }
        }
        for (ConstraintDescription left : present) {
            if (left.name() != null && left.definition() != null) {
                changes.add(new SchemaChange.DropCheck(table, new CheckSpec(left.name(), left.definition())));
            }
        }
    }

    /** The table comment, where the database keeps one. */
    void comment(TableSpec spec, LiveTable live, List<SchemaChange> changes) {
        if (!dialect.capabilities().comments()) {
            return;
        }
        String declared = spec.options().comment();
        if (!comparison.sameComment(declared, live.comment())) {
            changes.add(new SchemaChange.ChangeTableComment(spec.table(), blankless(live.comment()), blankless(declared)));
        }
    }

    private static String blankless(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
