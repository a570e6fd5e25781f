package org.causalworkbench.estimators.repr.lora;

/**
 * Converts 16-bit floating-point values to double. Both conversions are exact, because every
 * F16 and BF16 value is representable as a double.
 */
final class HalfFloats {

    private HalfFloats() {
    }

    /**
     * Converts an IEEE 754 binary16 value: 1 sign bit, 5 exponent bits with bias 15 and 10
     * fraction bits.
     *
     * @param bits the 16 bits in the low half of the argument
     * @return the value, including subnormals, signed zeros, infinities and NaN
     */
    static double fromF16(int bits) {
        int sign = (bits >>> 15) & 0x1;
        int exponent = (bits >>> 10) & 0x1f;
        int fraction = bits & 0x3ff;
        double magnitude;
        if (exponent == 0) {
            magnitude = Math.scalb((double) fraction, -24);
        } else if (exponent == 0x1f) {
            magnitude = fraction == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            magnitude = Math.scalb((double) (fraction | 0x400), exponent - 25);
        }
        return sign == 0 ? magnitude : -magnitude;
    }

    /**
     * Converts a bfloat16 value, which is the upper half of an IEEE 754 binary32 value.
     *
     * @param bits the 16 bits in the low half of the argument
     * @return the value
     */
    static double fromBf16(int bits) {
        return Float.intBitsToFloat((bits & 0xffff) << 16);
    }
}
