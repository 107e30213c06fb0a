package org.sequelize4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sequelize4j.query.Condition;

/**
 * An index declared in a model's options (Sequelize's {@code indexes: [...]}): fields with optional
 * per-field order, collation, prefix length and operator class; uniqueness; the access method
 * ({@code using}); a partial-index condition ({@code where}).
 *
 * <pre>{@code
 * index("author", "status").name("public_by_author").where(eq("status", "public"))
 * index(IndexOptions.field("author"), IndexOptions.field("title").collate("en_US").desc().length(5))
 *     .name("title_index").using("BTREE")
 * index("data").using("GIN").operator("jsonb_path_ops")
 * }</pre>
 *
 * <p>Without a name the index is called {@code [table]_[fields]}, as in Sequelize.
 */
public final class IndexOptions {

    /** One indexed field with its per-field options. */
    public static final class Field {
        private final String attribute;
        private boolean descending;
        private boolean ascendingExplicit;
        private String collate;
        private Integer length;
        private String operator;

        private Field(String attribute) {
            this.attribute = Objects.requireNonNull(attribute, "attribute");
        }

        /** Sorted ascending (written out explicitly). */
        public Field asc() {
            this.descending = false;
            this.ascendingExplicit = true;
            return this;
        }

        /** Sorted descending. */
        public Field desc() {
            this.descending = true;
            return this;
        }

        /** A collation for this field. */
        public Field collate(String collation) {
            this.collate = collation;
            return this;
        }

        /** A prefix length (MySQL/MariaDB; ignored elsewhere). */
        public Field length(int prefixLength) {
            this.length = prefixLength;
            return this;
        }

        /** A PostgreSQL operator class for this field. */
        public Field operator(String operatorClass) {
            this.operator = operatorClass;
            return this;
        }

        /** The attribute name. */
        public String attribute() {
            return attribute;
        }

        /** Whether sorted descending. */
        public boolean isDescending() {
            return descending;
        }

        /** Whether ASC was asked for explicitly. */
        public boolean isAscendingExplicit() {
            return ascendingExplicit;
        }

        /** The collation, or null. */
        public String collate() {
            return collate;
        }

        /** The prefix length, or null. */
        public Integer length() {
            return length;
        }

        /** The operator class, or null. */
        public String operator() {
            return operator;
        }
    }

    private final List<Field> fields;
    private String name;
    private boolean unique;
    private String using;
    private String type;
    private String operator;
    private Condition where;
    private boolean concurrently;

    private IndexOptions(List<Field> fields) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("An index needs at least one field");
        }
        this.fields = fields;
    }

    /** An index on these attributes, in order. */
    public static IndexOptions index(String... attributes) {
        List<Field> list = new ArrayList<>();
        for (String attribute : attributes) {
            list.add(new Field(attribute));
        }
        return new IndexOptions(list);
    }

    /** An index on fields with per-field options. */
    public static IndexOptions index(Field... fields) {
        return new IndexOptions(new ArrayList<>(List.of(fields)));
    }

    /** One field, to be refined with {@code desc()}, {@code collate()}, {@code length()}, {@code operator()}. */
    public static Field field(String attribute) {
        return new Field(attribute);
    }

    /** The index name (default {@code [table]_[fields]}). */
    public IndexOptions name(String indexName) {
        this.name = indexName;
        return this;
    }

    /** A unique index. */
    public IndexOptions unique(boolean isUnique) {
        this.unique = isUnique;
        return this;
    }

    /** The access method: BTREE, HASH, GIN, GIST, SPGIST, BRIN (support depends on the dialect). */
    public IndexOptions using(String method) {
        this.using = method;
        return this;
    }

    /** The MySQL/MariaDB index type: FULLTEXT or SPATIAL (or UNIQUE). */
    public IndexOptions type(String indexType) {
        this.type = indexType;
        return this;
    }

    /** A PostgreSQL operator class applied to every field (e.g. {@code jsonb_path_ops}). */
    public IndexOptions operator(String operatorClass) {
        this.operator = operatorClass;
        return this;
    }

    /** A partial index: only rows matching the condition are indexed (PostgreSQL and SQLite). */
    public IndexOptions where(Condition condition) {
        this.where = condition;
        return this;
    }

    /** Build the index without locking writes ({@code CREATE INDEX CONCURRENTLY}, PostgreSQL). */
    public IndexOptions concurrently(boolean value) {
        this.concurrently = value;
        return this;
    }

    /** The fields. */
    public List<Field> fields() {
        return List.copyOf(fields);
    }

    /** The declared name, or null. */
    public String name() {
        return name;
    }

    /** Whether unique. */
    public boolean isUnique() {
        return unique || "UNIQUE".equalsIgnoreCase(type);
    }

    /** The access method, or null. */
    public String using() {
        return using;
    }

    /** The MySQL index type, or null. */
    public String type() {
        return type;
    }

    /** The operator class for all fields, or null. */
    public String operator() {
        return operator;
    }

    /** The partial-index condition, or null. */
    public Condition where() {
        return where;
    }

    /** Whether to build concurrently. */
    public boolean isConcurrently() {
        return concurrently;
    }
}
