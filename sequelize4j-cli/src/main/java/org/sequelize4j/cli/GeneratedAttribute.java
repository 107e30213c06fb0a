package org.sequelize4j.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sequelize4j.DataType;
import org.sequelize4j.DataTypes;

/**
 * One attribute of {@code model:generate --attributes}, in sequelize-cli's syntax: {@code name:type},
 * {@code name:enum:{a,b}} or {@code name:array:type}.
 *
 * @param name the attribute (and field) name
 * @param type its type
 * @param values an ENUM's values, else empty
 * @param element an ARRAY's element type, else null
 */
record GeneratedAttribute(String name, AttributeType type, List<String> values, AttributeType element) {

    /** Names that become Java fields and columns: a Java identifier of plain letters, digits and _. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    /** Enum values are written inside quoted SQL and Java literals: kept to characters needing no escape. */
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_ .:/+-]+");
    /** Words Java reserves (a field cannot be called so). */
    static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "record", "yield", "sealed", "permits",
            "_");
    /** Attributes model:generate adds itself, as sequelize-cli does. */
    private static final Set<String> GENERATED = Set.of("id", "createdat", "updatedat", "created_at", "updated_at");

    /** The core data type of the attribute. */
    DataType dataType() {
        return switch (type) {
            case ENUM -> DataTypes.ENUM(values.toArray(new String[0]));
            case ARRAY -> DataTypes.ARRAY(element.dataType);
            default -> type.dataType;
        };
    }

    /** The field's Java type in the model class. */
    String javaType() {
        return type == AttributeType.ARRAY ? "List<" + element.javaType + ">" : type.javaType;
    }

    /** The {@code @Attribute(type = ...)} text the field needs, or null. */
    String annotationType() {
        return switch (type) {
            case ENUM -> "ENUM(" + String.join(",", values.stream().map(v -> "'" + v + "'").toList()) + ")";
            case ARRAY -> "ARRAY(" + element.name() + ")";
            default -> type.annotation;
        };
    }

    /** The data type as Java source over {@code DataTypes}' static members, for the Java migration. */
    String dataTypeSource() {
        return switch (type) {
            case ENUM -> "ENUM(" + String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList()) + ")";
            case ARRAY -> "ARRAY(" + element.name() + ")";
            default -> type.name();
        };
    }

    /**
     * Reads a whole {@code --attributes} value: attributes separated by commas (commas inside an enum's
     * braces belong to the enum).
     *
     * @throws ConfigError naming the attribute and what is wrong with it
     */
    static List<GeneratedAttribute> parseAll(String text) {
        List<GeneratedAttribute> attributes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String item : split(text)) {
            GeneratedAttribute attribute = parse(item.strip());
            if (!seen.add(attribute.name().toLowerCase(Locale.ROOT))) {
                throw new ConfigError("--attributes: attribute '" + attribute.name() + "' is given twice");
            }
            attributes.add(attribute);
        }
        if (attributes.isEmpty()) {
            throw new ConfigError("--attributes is empty: give at least one name:type, e.g. name:string");
        }
        return attributes;
    }

    private static List<String> split(String text) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                items.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0) {
            throw new ConfigError("--attributes '" + text + "': an enum's { has no matching }");
        }
        items.add(text.substring(start));
        items.removeIf(String::isBlank);
        return items;
    }

    private static GeneratedAttribute parse(String item) {
        int colon = item.indexOf(':');
        if (colon < 0) {
            throw new ConfigError("--attributes: '" + item + "' has no type; write it as name:type (types: "
                    + AttributeType.tokens() + ")");
        }
        String name = item.substring(0, colon).strip();
        String rest = item.substring(colon + 1).strip();
        checkName(name);
        int second = rest.indexOf(':');
        String token = (second < 0 ? rest : rest.substring(0, second)).strip();
        String argument = second < 0 ? null : rest.substring(second + 1).strip();
        AttributeType type = AttributeType.of(token);
        if (type == null) {
            throw new ConfigError("--attributes: attribute '" + name + "' has unknown type '" + token + "' (types: "
                    + AttributeType.tokens() + ")");
        }
        return switch (type) {
            case ENUM -> new GeneratedAttribute(name, type, enumValues(name, argument), null);
            case ARRAY -> new GeneratedAttribute(name, type, List.of(), arrayElement(name, argument));
            default -> {
                if (argument != null) {
                    throw new ConfigError("--attributes: attribute '" + name + "' of type " + token
                            + " takes nothing after the type, but has ':" + argument + "'");
                }
                yield new GeneratedAttribute(name, type, List.of(), null);
            }
        };
    }

    private static void checkName(String name) {
        if (!NAME.matcher(name).matches() || JAVA_KEYWORDS.contains(name)) {
            throw new ConfigError("--attributes: '" + name + "' is not a usable attribute name: it becomes a Java"
                    + " field and a column, so it must be letters, digits and _, start with a letter, and not be"
                    + " a Java keyword");
        }
        if (GENERATED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new ConfigError("--attributes: attribute '" + name + "' is added by model:generate itself (id,"
                    + " createdAt, updatedAt); leave it out");
        }
    }

    private static List<String> enumValues(String name, String argument) {
        if (argument == null || !argument.startsWith("{") || !argument.endsWith("}")) {
            throw new ConfigError("--attributes: enum attribute '" + name + "' needs its values in braces,"
                    + " e.g. " + name + ":enum:{draft,published}");
        }
        Set<String> values = new LinkedHashSet<>();
        for (String value : argument.substring(1, argument.length() - 1).split(",", -1)) {
            String v = value.strip();
            if (!VALUE.matcher(v).matches()) {
                throw new ConfigError("--attributes: enum attribute '" + name + "' has value '" + v + "'; values"
                        + " must be non-empty letters, digits, spaces or _ . : / + -");
            }
            if (!values.add(v)) {
                throw new ConfigError("--attributes: enum attribute '" + name + "' lists '" + v + "' twice");
            }
        }
        return List.copyOf(values);
    }

    private static AttributeType arrayElement(String name, String argument) {
        AttributeType element = argument == null ? null : AttributeType.of(argument);
        if (element == null || !element.isArrayElement()) {
            throw new ConfigError("--attributes: array attribute '" + name + "' has "
                    + (argument == null ? "no element type" : "element type '" + argument + "'")
                    + "; write it as " + name + ":array:TYPE with a plain TYPE such as string or integer");
        }
        return element;
    }
}
