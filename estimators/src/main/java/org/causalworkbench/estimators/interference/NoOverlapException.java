package org.causalworkbench.estimators.interference;

/**
 * Signals that trimming removed every unit, because no propensity cell has both treated and
 * untreated units with a propensity inside the trimming bounds. The message names the
 * adjustment and the cells that failed.
 */
public class NoOverlapException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message a complete sentence naming the cells without overlap
     */
    public NoOverlapException(String message) {
        super(message);
    }
}
