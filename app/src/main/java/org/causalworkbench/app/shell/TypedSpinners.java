package org.causalworkbench.app.shell;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * Makes spinners accept typed values safely. A spinner's own number converter throws on text
 * such as "abc" when the spinner commits it, on the FX thread. The value then stays, but the
 * field keeps the bad text. Here such text puts the current value back into the field.
 */
public final class TypedSpinners {

    private static final String TYPING_KEY = TypedSpinners.class.getName() + ".typing";

    private TypedSpinners() {
    }

    /**
     * Returns an editable spinner of whole numbers from {@code min} to {@code max}. Its arrows
     * stop at the ends. The plain JavaFX factory adds in {@code int}, so one step up from
     * {@link Integer#MAX_VALUE} overflows and lands on the minimum.
     *
     * @throws IllegalArgumentException if {@code value} lies outside [min, max]
     */
    public static Spinner<Integer> wholeNumbers(int min, int max, int value) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("initial value " + value + " lies outside ["
                    + min + ", " + max + "]");
        }
        Spinner<Integer> spinner = new Spinner<>(new BoundedIntegerFactory(min, max, value));
        allowTyping(spinner);
        return spinner;
    }

    /**
     * Lets the user type into {@code spinner}. Typed text is committed on Enter or when the
     * spinner loses focus. Text that is not a valid value, or a number outside the
     * spinner's range, restores the current value. A tool tip names the range of a number
     * spinner that has no tool tip of its own. A second call on the same spinner does
     * nothing.
     *
     * @param spinner a spinner whose value factory is already set
     */
    public static <T> void allowTyping(Spinner<T> spinner) {
        // A second call would wrap the first wrapper, whose fallback then never runs.
        if (spinner.getProperties().putIfAbsent(TYPING_KEY, Boolean.TRUE) != null) {
            return;
        }
        spinner.setEditable(true);
        SpinnerValueFactory<T> factory = spinner.getValueFactory();
        StringConverter<T> strict = factory instanceof SpinnerValueFactory.DoubleSpinnerValueFactory
                ? plainDecimals() : factory.getConverter();
        if (spinner.getTooltip() == null) {
            String range = rangeText(factory);
            if (range != null) {
                spinner.setTooltip(new Tooltip(range));
            }
        }
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return strict.toString(value);
            }

            @Override
            public T fromString(String text) {
                try {
                    T value = strict.fromString(text.strip());
                    if (value != null && inRange(factory, value)) {
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

    /**
     * Returns a converter that shows up to six decimals and reads only a whole decimal number.
     * The JavaFX default shows two decimals, so a typed 0.904 looked like 0.9 and a later
     * commit of the shown text changed the value. It also read the leading number of "0.5x".
     */
    @SuppressWarnings("unchecked")
    private static <T> StringConverter<T> plainDecimals() {
        StringConverter<Double> decimals = new StringConverter<>() {
            @Override
            public String toString(Double value) {
                if (value == null) {
                    return "";
                }
                DecimalFormat format = new DecimalFormat("0.######",
                        DecimalFormatSymbols.getInstance(Locale.ROOT));
                return format.format(value);
            }

            @Override
            public Double fromString(String text) {
                // Rejects "0,5" and "0.5x" alike, unlike DecimalFormat.parse.
                return Double.valueOf(text.strip());
            }
        };
        return (StringConverter<T>) decimals;
    }

    /**
     * Returns whether a typed value lies in a number factory's range. The factory would
     * otherwise clamp it, so "-1" in a seed field would silently become 0.
     */
    private static boolean inRange(SpinnerValueFactory<?> factory, Object value) {
        if (factory instanceof SpinnerValueFactory.IntegerSpinnerValueFactory integers
                && value instanceof Integer number) {
            return number >= integers.getMin() && number <= integers.getMax();
        }
        if (factory instanceof SpinnerValueFactory.DoubleSpinnerValueFactory doubles
                && value instanceof Double number) {
            return number >= doubles.getMin() && number <= doubles.getMax();
        }
        return true;
    }

    /**
     * Returns the range of a number factory in words, such as "A whole number from 0 to 9",
     * or null for other factories. Panes whose spinner has a tool tip of its own add it there.
     */
    public static String rangeText(SpinnerValueFactory<?> factory) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setGroupingUsed(true);
        format.setMaximumFractionDigits(6);
        if (factory instanceof SpinnerValueFactory.IntegerSpinnerValueFactory integers) {
            return "A whole number from " + format.format(integers.getMin()) + " to "
                    + format.format(integers.getMax());
        }
        if (factory instanceof SpinnerValueFactory.DoubleSpinnerValueFactory doubles) {
            return "A number from " + format.format(doubles.getMin()) + " to "
                    + format.format(doubles.getMax());
        }
        return null;
    }

    /** An integer factory whose steps are added in {@code long} and stop at the ends. */
    static final class BoundedIntegerFactory extends SpinnerValueFactory.IntegerSpinnerValueFactory {

        BoundedIntegerFactory(int min, int max, int value) {
            super(min, max, value);
        }

        @Override
        public void increment(int steps) {
            step((long) steps * getAmountToStepBy());
        }

        @Override
        public void decrement(int steps) {
            step(-(long) steps * getAmountToStepBy());
        }

        private void step(long delta) {
            long next = getValue() + delta;
            setValue((int) Math.max(getMin(), Math.min(getMax(), next)));
        }
    }
}
