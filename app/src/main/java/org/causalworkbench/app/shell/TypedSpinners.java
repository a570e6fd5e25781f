package org.causalworkbench.app.shell;

import javafx.application.Platform;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * Makes spinners accept typed values safely. A spinner's own number converter throws on text
 * such as "abc" when the spinner commits it, on the FX thread. The value then stays, but the
 * field keeps the bad text. Here such text puts the current value back into the field.
 */
public final class TypedSpinners {

    private TypedSpinners() {
    }

    /**
     * Lets the user type into {@code spinner}. Typed text is committed on Enter or when the
     * spinner loses focus; text that is not a valid value restores the current one.
     *
     * @param spinner a spinner whose value factory is already set
     */
    public static <T> void allowTyping(Spinner<T> spinner) {
        spinner.setEditable(true);
        SpinnerValueFactory<T> factory = spinner.getValueFactory();
        StringConverter<T> strict = factory.getConverter();
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return strict.toString(value);
            }

            @Override
            public T fromString(String text) {
                try {
                    T value = strict.fromString(text.strip());
                    if (value != null) {
                        return value;
                    }
                } catch (RuntimeException notAValue) {
                    // The current value is kept below.
                }
                T current = factory.getValue();
                // The spinner reads the text before converting it, so the field is reset
                // after the commit has finished.
                Platform.runLater(() -> spinner.getEditor().setText(strict.toString(current)));
                return current;
            }
        });
    }
}
