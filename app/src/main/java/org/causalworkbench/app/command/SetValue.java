package org.causalworkbench.app.command;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.Property;

/**
 * Sets one property, such as a setting bound to a control. A mergeable edit merges with a
 * following edit of the same property, so typing "0.25" or holding a spinner arrow is one entry
 * that undoes to the value before the first change.
 *
 * @param <T> the property's value type
 * @param name the entry's name
 * @param property the property
 * @param before the value before the edit
 * @param after the value after it
 * @param mergeable whether a following edit of the same property joins this entry
 */
public record SetValue<T>(String name, Property<T> property, T before, T after,
        boolean mergeable) implements Command {

    /** Checks that name and property are present. */
    public SetValue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(property, "property");
    }

    @Override
    public void apply() {
        property.setValue(after);
    }

    @Override
    public void revert() {
        property.setValue(before);
    }

    @Override
    public Optional<Command> mergeWith(Command later) {
        if (mergeable && later instanceof SetValue<?> next && next.property() == property) {
            @SuppressWarnings("unchecked")
            T merged = (T) next.after();
            return Optional.of(new SetValue<>(next.name(), property, before, merged, true));
        }
        return Optional.empty();
    }
}
