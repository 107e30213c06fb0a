package org.sequelize4j.definition;

import org.sequelize4j.Model;

/** Keeps an attribute's value in the instance's value array (models without a Java field for it). */
final class SlotAccessor implements AttributeAccessor {

    private final int slot;

    SlotAccessor(int slot) {
        this.slot = slot;
    }

    @Override
    public Object get(Model instance) {
        return InstanceState.values(instance)[slot];
    }

    @Override
    public void set(Model instance, Object value) {
        InstanceState.valuesForWrite(instance)[slot] = value;
    }
}
