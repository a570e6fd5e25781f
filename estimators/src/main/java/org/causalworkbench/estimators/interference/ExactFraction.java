package org.causalworkbench.estimators.interference;

/**
 * Rational number in lowest terms, so that equal fractions such as 1/3 and 2/6 compare equal
 * and can serve as exact stratification keys.
 *
 * <p>The constructor divides both parts by their greatest common divisor and moves the sign to
 * the numerator. A zero denominator is rejected.
 *
 * <p><strong>Limitations.</strong> Parts are {@code long}; arithmetic overflow is not checked,
 * which is safe for counts of units but not for arbitrary rationals.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable.
 *
 * @param numerator the numerator after reduction
 * @param denominator the denominator after reduction, always positive
 */
public record ExactFraction(long numerator, long denominator) implements Comparable<ExactFraction> {

    /** The fraction 0/1. */
    public static final ExactFraction ZERO = new ExactFraction(0, 1);

    /**
     * Reduces the fraction to lowest terms with a positive denominator.
     *
     * @throws IllegalArgumentException if {@code denominator} is 0
     */
    public ExactFraction {
        if (denominator == 0) {
            throw new IllegalArgumentException(
                    "Invalid fraction " + numerator + "/0: the denominator must not be 0.");
        }
        if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
            // Math.abs and the sign flip of Long.MIN_VALUE overflow.
            throw new IllegalArgumentException("Invalid fraction " + numerator + "/"
                    + denominator + ": both parts must lie in [-" + Long.MAX_VALUE + ", "
                    + Long.MAX_VALUE + "].");
        }
        long divisor = gcd(Math.abs(numerator), Math.abs(denominator));
        long sign = denominator < 0 ? -1 : 1;
        numerator = sign * numerator / divisor;
        denominator = sign * denominator / divisor;
    }

    /** Returns the integer {@code value} as {@code value/1}. */
    public static ExactFraction of(long value) {
        return new ExactFraction(value, 1);
    }

    /** Subtracts {@code other} from this fraction. */
    public ExactFraction minus(ExactFraction other) {
        return new ExactFraction(
                numerator * other.denominator - other.numerator * denominator,
                denominator * other.denominator);
    }

    /** Multiplies this fraction by the integer {@code factor}. */
    public ExactFraction times(long factor) {
        return new ExactFraction(numerator * factor, denominator);
    }

    /** Returns the nearest {@code double}. */
    public double doubleValue() {
        return (double) numerator / denominator;
    }

    @Override
    public int compareTo(ExactFraction other) {
        return Long.compare(numerator * other.denominator, other.numerator * denominator);
    }

    @Override
    public String toString() {
        return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? Math.max(a, 1) : gcd(b, a % b);
    }
}
