package org.causalworkbench.estimators.repr.lora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HalfFloatsTest {

    @ParameterizedTest
    @CsvSource({
        "0x3c00, 1.0",
        "0xc000, -2.0",
        "0x7bff, 65504.0",
        "0x0400, 6.103515625E-5",
        "0x0001, 5.9604644775390625E-8",
        "0x03ff, 6.097555160522461E-5",
        "0x3555, 0.333251953125",
        "0x0000, 0.0",
    })
    void fromF16_decodesExactly(String bits, double expected) {
        assertEquals(expected, HalfFloats.fromF16(Integer.decode(bits)), 0.0);
    }

    @Test
    void fromF16_decodesSpecialValues() {
        assertEquals(Double.POSITIVE_INFINITY, HalfFloats.fromF16(0x7c00));
        assertEquals(Double.NEGATIVE_INFINITY, HalfFloats.fromF16(0xfc00));
        assertTrue(Double.isNaN(HalfFloats.fromF16(0x7e00)));
        assertEquals(Double.doubleToLongBits(-0.0),
                Double.doubleToLongBits(HalfFloats.fromF16(0x8000)));
    }

    @Test
    void fromF16_decodesNegativeShorts() {
        short negative = (short) 0xc000;

        assertEquals(-2.0, HalfFloats.fromF16(negative), 0.0);
    }

    @ParameterizedTest
    @CsvSource({
        "0x3f80, 1.0",
        "0x4049, 3.140625",
        "0xbf80, -1.0",
        "0x0001, 9.183549615799121E-41",
        "0x7f7f, 3.3895313892515355E38",
    })
    void fromBf16_decodesExactly(String bits, double expected) {
        assertEquals(expected, HalfFloats.fromBf16(Integer.decode(bits)), 0.0);
        assertEquals(expected, HalfFloats.fromBf16((short) (int) Integer.decode(bits)), 0.0);
    }

    @Test
    void encoders_roundTripEveryFiniteF16() {
        for (int bits = 0; bits < 0x10000; bits++) {
            double value = HalfFloats.fromF16(bits);
            if (Double.isFinite(value)) {
                assertEquals(bits, SafetensorsWriter.toF16(value), "bits 0x"
                        + Integer.toHexString(bits));
            }
        }
    }
}
