package org.causalworkbench.app.obsexp;

/**
 * A triangular bump added to a gap function. It is zero outside [center - width/2, center +
 * width/2] and rises linearly to {@code height} at the center.
 *
 * <p>It is the counterexample of the impossibility result: a narrow spike moves the gap far
 * outside any band, yet changes the distribution of the trial data only for rows whose
 * covariate falls under it.
 *
 * @param center the position of the peak on the first covariate
 * @param width the width of the base, positive
 * @param height the value at the peak, negative for a dip
 */
public record GapSpike(double center, double width, double height) {

    /** The default width. */
    public static final double DEFAULT_WIDTH = 0.2;
    /** The default height. */
    public static final double DEFAULT_HEIGHT = 5;

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a value is not finite or the width is not positive
     */
    public GapSpike {
        if (!Double.isFinite(center) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("the spike's center and height must be finite,"
                    + " got " + center + " and " + height);
        }
        if (!(width > 0) || !Double.isFinite(width)) {
            throw new IllegalArgumentException("the spike's width must be positive, got "
                    + width);
        }
    }

    /**
     * Evaluates the spike.
     *
     * @param x the first covariate
     * @return height * max(0, 1 - |x - center| / (width / 2))
     */
    public double valueAt(double x) {
        double relative = Math.abs(x - center) / (width / 2);
        return relative >= 1 ? 0 : height * (1 - relative);
    }

    /** Returns whether x lies strictly inside the spike's base, where it can be nonzero. */
    public boolean covers(double x) {
        return Math.abs(x - center) < width / 2;
    }

    /**
     * Adds the spike to a gap given on points.
     *
     * @param axis the first covariate of each point
     * @param gap the gap at each point. Not modified.
     * @return a new array, gap plus spike
     */
    public double[] addTo(double[] axis, double[] gap) {
        if (axis.length != gap.length) {
            throw new IllegalArgumentException(axis.length + " points but " + gap.length
                    + " gap values; give one per point");
        }
        double[] spiked = new double[gap.length];
        for (int i = 0; i < gap.length; i++) {
            spiked[i] = gap[i] + valueAt(axis[i]);
        }
        return spiked;
    }
}
