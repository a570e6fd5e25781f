package org.causalworkbench.estimators.interference;

/**
 * Treatment of a unit whose neighbourhood is empty, so that a fraction signature is 0/0.
 */
public enum IsolatedUnitPolicy {
    /** Raise an {@link IllegalArgumentException} that names the unit. */
    REJECT,
    /** Set the signature to 0, as if no neighbour were treated. */
    ZERO,
    /** Leave the signature missing ({@code null}) so the estimator drops the unit. */
    MISSING
}
