package org.sequelize4j.dialect.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.ConstraintDescription;
import org.sequelize4j.DataType;
import org.sequelize4j.DataTypes;
import org.sequelize4j.IndexDescription;
import org.sequelize4j.ReferentialAction;
import org.sequelize4j.dialect.ConditionTokens;
import org.sequelize4j.dialect.ConditionTokens.Kind;
import org.sequelize4j.dialect.ConditionTokens.Token;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.sql.IndexSpec;
import org.sequelize4j.dialect.SchemaComparison;

/**
 * MySQL and MariaDB: a UUID is kept as CHAR(36); a foreign key without actions reports RESTRICT
 * (which InnoDB treats as NO ACTION); InnoDB indexes a foreign key's columns by itself, naming the
 * index after the constraint or the column; MariaDB guards a JSON column with a CHECK named after it.
 * MariaDB writes a check's condition back in lower case, with backslash escapes in strings and a
 * negated comparison as the opposite one, {@code LOWER} as {@code lcase}; MySQL puts a character
 * set before strings ({@code _utf8mb4'a'}). An index is B-tree, FULLTEXT or SPATIAL as far as the
 * catalog tells: InnoDB builds a B-tree for {@code USING HASH} and reports BTREE, and MariaDB makes
 * a long unique key a HASH index by itself, so BTREE and HASH are not told apart.
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

    /** The comparison a negated comparison becomes. */
    private static final Map<String, String> NEGATED = Map.of("=", "<>", "<>", "=", "!=", "=", "<", ">=", ">=", "<",
            ">", "<=", "<=", ">");

    /** The functions MariaDB writes back under another name. */
    private static final Map<String, String> FUNCTION_SYNONYMS = Map.of("lcase", "lower", "ucase", "upper");

    @Override
    protected List<Token> checkTokens(String condition) {
        List<Token> tokens = ConditionTokens.tokenize(condition, true);
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            // NOT (a = b) is written a <> b.
            if (tokens.get(i).is("not") && i + 5 < tokens.size() && tokens.get(i + 1).is("(") && tokens.get(i + 5).is(")")
                    && ConditionTokens.operand(tokens.get(i + 2)) && ConditionTokens.operand(tokens.get(i + 4))
                    && tokens.get(i + 3).kind() == Kind.SYMBOL && NEGATED.containsKey(tokens.get(i + 3).text())) {
                out.add(tokens.get(i + 2));
                out.add(new Token(Kind.SYMBOL, NEGATED.get(tokens.get(i + 3).text()), false));
                out.add(tokens.get(i + 4));
                i += 5;
                continue;
            }
            Token t = tokens.get(i);
            // MySQL writes a string with its character set: _utf8mb4'a'.
            if (t.kind() == Kind.NAME && !t.quoted() && t.text().startsWith("_") && i + 1 < tokens.size()
                    && tokens.get(i + 1).kind() == Kind.STRING) {
                continue;
            }
            String function = t.kind() == Kind.NAME && !t.quoted() ? FUNCTION_SYNONYMS.get(t.text()) : null;
            out.add(function == null ? t : new Token(Kind.NAME, function, false));
        }
        return out;
    }

    @Override
    public boolean sameIndexMethod(IndexSpec declared, IndexDescription live) {
        String type = declared.type() == null || declared.type().equalsIgnoreCase("UNIQUE") ? null
                : declared.type().trim().toUpperCase(Locale.ROOT);
        return java.util.Objects.equals(type, indexType(live));
    }

    @Override
    public String indexUsing(IndexDescription live) {
        return null;
    }

    @Override
    public String indexType(IndexDescription live) {
        String method = live.method() == null ? "" : live.method().toUpperCase(Locale.ROOT);
        return method.equals("FULLTEXT") || method.equals("SPATIAL") ? method : null;
    }
}
