package org.causalworkbench.estimators.gp;

/**
 * Thrown when a kernel matrix stays numerically singular after the largest allowed jitter was
 * added to its diagonal.
 */
public final class SingularKernelMatrixException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final double maxJitter;

    /**
     * Creates the exception.
     *
     * @param size the number of rows of the matrix
     * @param maxJitter the largest jitter that was tried
     */
    public SingularKernelMatrixException(int size, double maxJitter) {
        super("kernel matrix is singular: the Cholesky factorisation of the " + size + "x" + size
                + " matrix failed even with jitter " + maxJitter + " added to its diagonal."
                + " Remove duplicate inputs, raise the noise variance or its lower bound, or"
                + " allow a larger jitter");
        this.maxJitter = maxJitter;
    }

    /** Returns the largest jitter that was tried. */
    public double maxJitter() {
        return maxJitter;
    }
}
