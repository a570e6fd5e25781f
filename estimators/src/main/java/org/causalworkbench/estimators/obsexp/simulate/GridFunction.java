package org.causalworkbench.estimators.obsexp.simulate;

/**
 * A function of one variable stored as values on an equally spaced grid and evaluated by
 * lower-index lookup: for G grid points on [a, b],
 * \[ f(x) = v_i, \quad i = \lfloor (G - 1)(x - a) / (b - a) \rfloor , \]
 * so f is piecewise constant and takes the value of the nearest grid point at or below x.
 *
 * <ul>
 *   <li>x = b maps to the last grid point.</li>
 *   <li>Points below a take the first value and points above b the last value.</li>
 *   <li>NaN is rejected.</li>
 * </ul>
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 */
public final class GridFunction {

    private final double lower;
    private final double upper;
    private final double[] values;

    /**
     * Creates a function from its grid values.
     *
     * @param lower the first grid point a
     * @param upper the last grid point b, greater than a
     * @param values the values at the G grid points a + k(b - a)/(G - 1), G at least 2. Copied.
     * @throws IllegalArgumentException if the range or the number of values is invalid
     */
    public GridFunction(double lower, double upper, double[] values) {
        if (!(lower < upper) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("the grid range must be finite with lower < upper,"
                    + " got [" + lower + ", " + upper + "].");
        }
        SimulationChecks.requireAtLeast(values.length, 2, "number of grid values");
        this.lower = lower;
        this.upper = upper;
        this.values = values.clone();
    }

    /** Returns the number of grid points. */
    public int gridSize() {
        return values.length;
    }

    /** Returns the grid values, as a copy. */
    public double[] values() {
        return values.clone();
    }

    /**
     * Evaluates the function by lower-index lookup.
     *
     * @param x the point
     * @return the value of grid point i as defined in the class description
     * @throws IllegalArgumentException if x is NaN
     */
    public double value(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("cannot evaluate a grid function at NaN.");
        }
        if (x <= lower) {
            return values[0];
        }
        if (x >= upper) {
            return values[values.length - 1];
        }
        int index = (int) Math.floor((values.length - 1) * (x - lower) / (upper - lower));
        return values[Math.min(index, values.length - 1)];
    }
}
