package org.causalworkbench.estimators.synth.spillover;

/**
 * The effect left after removing an assumed spillover, over a grid for a contour plot:
 * {@code adjustedEffect[i][k] = att + sign * spilloverSizes[i] * weightShares[k]}.
 *
 * <p>A spillover of sign s and size Γ on donors with total weight π moves the estimated ATT by
 * −sΓπ, so the effect without it is the estimate plus sΓπ. The zero contour marks the
 * combinations that would explain the whole estimate.
 *
 * @param att the estimated ATT, in outcome units
 * @param sign +1 for a spillover of the same sign as the donors' outcome change, −1 otherwise
 * @param spilloverSizes the sizes Γ, in outcome units (the x axis)
 * @param weightShares the suspect donors' weight shares π (the y axis)
 * @param adjustedEffect the adjusted effect, indexed [size][share]
 */
public record EffectSurface(double att, int sign, double[] spilloverSizes,
        double[] weightShares, double[][] adjustedEffect) {

    /** Copies the arrays. */
    public EffectSurface {
        spilloverSizes = spilloverSizes.clone();
        weightShares = weightShares.clone();
        adjustedEffect = deepCopy(adjustedEffect);
    }

    @Override
    public double[] spilloverSizes() {
        return spilloverSizes.clone();
    }

    @Override
    public double[] weightShares() {
        return weightShares.clone();
    }

    @Override
    public double[][] adjustedEffect() {
        return deepCopy(adjustedEffect);
    }

    private static double[][] deepCopy(double[][] values) {
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i].clone();
        }
        return copy;
    }
}
