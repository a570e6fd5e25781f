package org.causalworkbench.estimators.interference.classical;

/**
 * One direct, indirect, total or overall effect estimate under partial interference, from
 * {@link HudgensHalloran} or {@link AllocationIpw}, with its simple between-group variance.
 *
 * <p>Every effect is a difference "0 minus 1": the mean under the first strategy or the
 * untreated arm minus the mean under the second strategy or the treated arm, so a protective
 * treatment gives a positive effect on a harmful outcome.
 *
 * @param kind the effect
 * @param strategy0 psi0, or psi for a direct effect; for {@link AllocationIpw} the allocation
 *     alpha0 as a {@link Double}
 * @param strategy1 psi1, or psi for a direct effect; for {@link AllocationIpw} the allocation
 *     alpha1 as a {@link Double}
 * @param estimate the point estimate
 * @param variance the simple between-group variance estimate (see {@link HudgensHalloran} and
 *     {@link AllocationIpw})
 * @param groups0 number of groups on {@code strategy0}; all groups for {@link AllocationIpw}
 * @param groups1 number of groups on {@code strategy1}; all groups for {@link AllocationIpw}
 */
public record EffectEstimate(
        Kind kind,
        Object strategy0,
        Object strategy1,
        double estimate,
        double variance,
        int groups0,
        int groups1) {

    /** The four effects of Hudgens and Halloran (2008). */
    public enum Kind {
        /** {@code DE(psi) = Y(0; psi) - Y(1; psi)}. */
        DIRECT,
        /** {@code IE(psi0, psi1) = Y(0; psi0) - Y(0; psi1)}. */
        INDIRECT,
        /** {@code TE(psi0, psi1) = Y(0; psi0) - Y(1; psi1) = DE(psi1) + IE(psi0, psi1)}. */
        TOTAL,
        /** {@code OE(psi0, psi1) = Y(psi0) - Y(psi1)}. */
        OVERALL
    }

    /** Returns the square root of {@link #variance()}. */
    public double standardError() {
        return Math.sqrt(variance);
    }
}
