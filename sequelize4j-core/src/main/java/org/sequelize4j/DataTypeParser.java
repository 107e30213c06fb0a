package org.sequelize4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads Sequelize's textual type notation ({@code "DECIMAL(10,2)"}, {@code "ENUM('a','b')"}) so that
 * annotations, which can only carry strings, can declare any {@link DataType}.
 */
final class DataTypeParser {

    private final String text;
    private int pos;

    private DataTypeParser(String text) {
        this.text = text;
    }

    static DataType parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A data type is required, got an empty string");
        }
        DataTypeParser parser = new DataTypeParser(text.trim());
        DataType type = parser.type();
        parser.skipSpaces();
        if (parser.pos != parser.text.length()) {
            throw parser.error("unexpected '" + parser.text.substring(parser.pos) + "'");
        }
        return type;
    }

    private DataType type() {
        skipSpaces();
        String name = word().toUpperCase(Locale.ROOT);
        DataType type;
        switch (name) {
            case "STRING": case "VARCHAR":
                type = optionalInt() instanceof Integer ? DataTypes.STRING(lastInt) : DataTypes.STRING;
                break;
            case "CHAR":
                type = optionalInt() instanceof Integer ? DataTypes.CHAR(lastInt) : DataTypes.CHAR;
                break;
            case "TEXT":
                type = DataTypes.TEXT;
                if (peek('(')) {
                    type = DataTypes.TEXT(singleQuotedOrWord());
                }
                break;
            case "TINYTEXT": type = DataTypes.TEXT("tiny"); break;
            case "MEDIUMTEXT": type = DataTypes.TEXT("medium"); break;
            case "LONGTEXT": type = DataTypes.TEXT("long"); break;
            case "CITEXT": type = DataTypes.CITEXT; break;
            case "TINYINT": type = intWithWidth(DataTypes.TINYINT); break;
            case "SMALLINT": type = intWithWidth(DataTypes.SMALLINT); break;
            case "MEDIUMINT": type = intWithWidth(DataTypes.MEDIUMINT); break;
            case "INTEGER": case "INT": type = intWithWidth(DataTypes.INTEGER); break;
            case "BIGINT": type = intWithWidth(DataTypes.BIGINT); break;
            case "FLOAT": type = decimalLike(DataTypes.FLOAT); break;
            case "REAL": type = decimalLike(DataTypes.REAL); break;
            case "DOUBLE": type = decimalLike(DataTypes.DOUBLE); break;
            case "DECIMAL": case "NUMERIC": type = decimalLike(DataTypes.DECIMAL); break;
            case "BOOLEAN": case "BOOL": type = DataTypes.BOOLEAN; break;
            case "DATE":
                type = optionalInt() instanceof Integer ? DataTypes.DATE(lastInt) : DataTypes.DATE;
                break;
            case "DATEONLY": type = DataTypes.DATEONLY; break;
            case "TIME":
                type = optionalInt() instanceof Integer ? DataTypes.TIME(lastInt) : DataTypes.TIME;
                break;
            case "UUID": type = DataTypes.UUID; break;
            case "JSON": type = DataTypes.JSON; break;
            case "JSONB": type = DataTypes.JSONB; break;
            case "BLOB":
                type = DataTypes.BLOB;
                if (peek('(')) {
                    type = DataTypes.BLOB(singleQuotedOrWord());
                }
                break;
            case "ENUM":
                type = DataTypes.ENUM(enumValues().toArray(new String[0]));
                break;
            case "ARRAY":
                expect('(');
                DataType element = type();
                skipSpaces();
                expect(')');
                type = DataTypes.ARRAY(element);
                break;
            case "VIRTUAL": type = DataTypes.VIRTUAL; break;
            default:
                throw error("unknown data type '" + name + "'");
        }
        return modifiers(type);
    }

    private DataType modifiers(DataType type) {
        while (true) {
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == '.') {
                pos++;
                String modifier = word().toUpperCase(Locale.ROOT);
                switch (modifier) {
                    case "UNSIGNED": type = type.UNSIGNED(); break;
                    case "ZEROFILL": type = type.ZEROFILL(); break;
                    case "BINARY": type = type.BINARY(); break;
                    default: throw error("unknown modifier '." + modifier + "'");
                }
            } else {
                return type;
            }
        }
    }

    private int lastInt;

    private Object optionalInt() {
        skipSpaces();
        if (!peek('(')) {
            return null;
        }
        expect('(');
        lastInt = integer();
        skipSpaces();
        expect(')');
        return lastInt;
    }

    private DataType intWithWidth(DataType base) {
        return optionalInt() instanceof Integer ? base.withLength(lastInt) : base;
    }

    private DataType decimalLike(DataType base) {
        skipSpaces();
        if (!peek('(')) {
            return base;
        }
        expect('(');
        int precision = integer();
        Integer scale = null;
        skipSpaces();
        if (peek(',')) {
            expect(',');
            scale = integer();
        }
        skipSpaces();
        expect(')');
        return base.withPrecision(precision, scale);
    }

    private String singleQuotedOrWord() {
        expect('(');
        skipSpaces();
        String value = peek('\'') ? quoted() : word();
        skipSpaces();
        expect(')');
        return value.toLowerCase(Locale.ROOT);
    }

    private List<String> enumValues() {
        expect('(');
        List<String> values = new ArrayList<>();
        while (true) {
            skipSpaces();
            values.add(quoted());
            skipSpaces();
            if (peek(',')) {
                expect(',');
            } else {
                expect(')');
                return values;
            }
        }
    }

    private String quoted() {
        skipSpaces();
        if (!peek('\'') && !peek('"')) {
            throw error("expected a quoted value");
        }
        char quote = text.charAt(pos++);
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) {
                if (pos < text.length() && text.charAt(pos) == quote) {
                    sb.append(quote);
                    pos++;
                } else {
                    return sb.toString();
                }
            } else {
                sb.append(c);
            }
        }
        throw error("unterminated quoted value");
    }

    private String word() {
        skipSpaces();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw error("expected a name");
        }
        return text.substring(start, pos);
    }

    private int integer() {
        skipSpaces();
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw error("expected a number");
        }
        return Integer.parseInt(text.substring(start, pos));
    }

    private boolean peek(char c) {
        skipSpaces();
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) {
        skipSpaces();
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("Cannot read data type \"" + text + "\" at position " + pos + ": " + what);
    }
}
