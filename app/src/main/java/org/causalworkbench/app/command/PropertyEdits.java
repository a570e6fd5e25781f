package org.causalworkbench.app.command;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.beans.property.Property;

/**
 * Records the user's changes of settings properties on a {@link CommandStack}. A control bound
 * to a tracked property therefore pushes one entry per change, and undo sets the property back,
 * which the binding shows in the control.
 *
 * <p>Changes made while the stack applies or reverts a command are not recorded. This keeps
 * undo from recording its own change, and lets a command such as loading data set many
 * properties as one entry.
 */
public final class PropertyEdits {

    private PropertyEdits() {
    }

    /**
     * Records each change of a property as its own entry, for check boxes and choice boxes.
     *
     * @param stack the stack
     * @param property the setting
     * @param name returns the entry's name for the new value, such as "Set score to AIPW"
     * @param <T> the value type
     */
    public static <T> void track(CommandStack stack, Property<T> property,
            Function<? super T, String> name) {
        listen(stack, property, name, false);
    }

    /**
     * Records consecutive changes of a property as one entry, for text fields, spinners and
     * sliders whose every keystroke, arrow click or drag step changes the value. Another
     * command, an undo, a save or {@link CommandStack#closeMerge()} starts a new entry.
     *
     * @param stack the stack
     * @param property the setting
     * @param name returns the entry's name for the new value
     * @param <T> the value type
     */
    public static <T> void trackMerging(CommandStack stack, Property<T> property,
            Function<? super T, String> name) {
        listen(stack, property, name, true);
    }

    /**
     * Records consecutive changes of a property as one entry, like
     * {@link #trackMerging(CommandStack, Property, Function)}, except changes made while
     * {@code partOfOther} is true, which another entry covers.
     *
     * @param stack the stack
     * @param property the setting
     * @param name returns the entry's name for the new value
     * @param partOfOther returns true while the current change belongs to another entry
     * @param <T> the value type
     */
    public static <T> void trackMerging(CommandStack stack, Property<T> property,
            Function<? super T, String> name, BooleanSupplier partOfOther) {
        listen(stack, property, name, true, partOfOther);
    }

    private static <T> void listen(CommandStack stack, Property<T> property,
            Function<? super T, String> name, boolean mergeable) {
        listen(stack, property, name, mergeable, () -> false);
    }

    private static <T> void listen(CommandStack stack, Property<T> property,
            Function<? super T, String> name, boolean mergeable, BooleanSupplier partOfOther) {
        property.addListener((observable, old, now) -> {
            if (!stack.isApplying() && !partOfOther.getAsBoolean()
                    && !Objects.equals(old, now)) {
                stack.execute(new SetValue<>(name.apply(now), property, old, now, mergeable));
            }
        });
    }
}
