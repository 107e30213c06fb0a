package org.sequelize4j.association;

import java.util.ArrayList;
import java.util.Collection;

/**
 * The targets of a to-many association loaded with a where, limit or offset: a part of the targets,
 * not all of them. {@code set(source, partialList)} is refused with a {@code QueryError}, since it
 * would unlink every target that was never loaded; {@code add} and {@code remove} take it as usual.
 *
 * @param <T> the target instance type
 */
public final class PartialList<T> extends ArrayList<T> {

    private static final long serialVersionUID = 1L;

    PartialList(Collection<? extends T> loaded) {
        super(loaded);
    }

    /** Whether a list of targets is a part only (loaded with a where, limit or offset). */
    public static boolean isPartial(Collection<?> targets) {
        return targets instanceof PartialList;
    }
}
