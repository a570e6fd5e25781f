package org.causalworkbench.app.interference.teaching;

import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** A labelled slider with its current value, bound to a view-model property. */
final class SliderRow {

    final Label name;
    final Slider slider;
    final Label value = new Label();

    private SliderRow(String text, double min, double max, double start, String id) {
        name = new Label(text);
        name.setMinWidth(Region.USE_PREF_SIZE);
        slider = new Slider(min, max, start);
        slider.setId(id);
        slider.setPrefWidth(150);
        value.setId(id + "Value");
        value.setMinWidth(48);
    }

    /** Creates a row for a whole-number property, moving in steps of {@code step}. */
    static SliderRow ofInt(String text, IntegerProperty property, int min, int max, int step,
            String id) {
        SliderRow row = new SliderRow(text, min, max, property.get(), id);
        row.slider.setBlockIncrement(step);
        row.slider.setMajorTickUnit(step);
        row.slider.setMinorTickCount(0);
        row.slider.setSnapToTicks(step > 1);
        row.slider.valueProperty().addListener((obs, old, now) ->
                property.set((int) Math.round(now.doubleValue())));
        property.addListener((obs, old, now) -> {
            row.slider.setValue(now.intValue());
            row.value.setText(String.valueOf(now.intValue()));
        });
        row.value.setText(String.valueOf(property.get()));
        return row;
    }

    /** Creates a row for a decimal property, rounded to multiples of {@code step}. */
    static SliderRow ofDouble(String text, DoubleProperty property, double min, double max,
            double step, String id) {
        SliderRow row = new SliderRow(text, min, max, property.get(), id);
        row.slider.setBlockIncrement(step);
        row.slider.valueProperty().addListener((obs, old, now) ->
                property.set(Math.round(now.doubleValue() / step) * step));
        property.addListener((obs, old, now) -> {
            row.slider.setValue(now.doubleValue());
            row.value.setText(format(now.doubleValue()));
        });
        row.value.setText(format(property.get()));
        return row;
    }

    /** Adds the name, slider and value to {@code grid} as row {@code index}. */
    void addTo(GridPane grid, int index) {
        grid.addRow(index, name, slider, value);
    }

    /** Enables or disables the whole row. */
    void setDisable(boolean disabled) {
        name.setDisable(disabled);
        slider.setDisable(disabled);
        value.setDisable(disabled);
    }

    private static String format(double number) {
        return String.format(Locale.ROOT, "%.2f", number);
    }
}
