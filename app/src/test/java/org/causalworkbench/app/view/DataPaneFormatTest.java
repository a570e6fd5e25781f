package org.causalworkbench.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataPaneFormatTest {

    @ParameterizedTest
    @CsvSource({"707, 707", "89.5078, 89.5078", "10240, 10240", "100.7, 100.7", "-0.25, -0.25",
            "1234567.125, 1234567.125", "0.000015, 0.000015"})
    void format_keepsEveryDigitOfValue(double value, String expected) {
        assertEquals(expected, DataPane.format(value));
    }

    @ParameterizedTest
    @CsvSource({"NaN, NA"})
    void format_showsMissingAsNa(double value, String expected) {
        assertEquals(expected, DataPane.format(value));
    }
}
