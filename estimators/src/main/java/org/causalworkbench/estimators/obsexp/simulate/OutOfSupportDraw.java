package org.causalworkbench.estimators.obsexp.simulate;

/**
 * The sampling scheme for evaluation points outside an RCT support of [-1, 1]^d.
 *
 * <p>Each coordinate is drawn independently as a magnitude from U(1, 3) with a sign. So every
 * coordinate of an out-of-support point lies outside [-1, 1], and points that leave the support
 * in only some coordinates, such as (0, 2), are never drawn.
 */
public enum OutOfSupportDraw {

    /**
     * Gives each coordinate a negative sign with probability 1/2, so that in one dimension the
     * points are uniform on (-3, -1) ∪ (1, 3), and in d dimensions uniform on the 2^d corner
     * cubes of (-3, 3)^d outside [-1, 1]^d.
     */
    BOTH_SIDES,

    /**
     * Keeps every coordinate positive, so the points are uniform on (1, 3)^d. This reproduces
     * the draw in the code released by Fawkes et al. (2025), which leaves the negative side
     * unevaluated.
     */
    UPPER_SIDE_ONLY
}
