package org.sequelize4j.queryinterface;

/** Options of {@code addEnumValue} (PostgreSQL): where the new value goes among the others. */
public final class EnumValueOptions extends SchemaChangeOptions<EnumValueOptions> {

    private String before;
    private String after;

    private EnumValueOptions() {
    }

    /** Options with every default: the value goes last. */
    public static EnumValueOptions enumValueOptions() {
        return new EnumValueOptions();
    }

    /** Put the new value before this one. */
    public EnumValueOptions before(String value) {
        this.before = value;
        this.after = null;
        return this;
    }

    /** Put the new value after this one. */
    public EnumValueOptions after(String value) {
        this.after = value;
        this.before = null;
        return this;
    }

    /** The value the new one goes before, or null. */
    public String before() {
        return before;
    }

    /** The value the new one goes after, or null. */
    public String after() {
        return after;
    }
}
