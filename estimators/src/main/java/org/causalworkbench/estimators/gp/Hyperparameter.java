package org.causalworkbench.estimators.gp;

import java.util.Objects;

/**
 * Description of one learned hyperparameter of a covariance function: its name, what it measures
 * and, for a lengthscale, the covariate it scales.
 *
 * <p>Covariance functions list their learned hyperparameters in the order of
 * {@link CovarianceFunction#logParameters()}. The optimiser uses the kind to check fitted values,
 * for example whether a lengthscale collapsed far below the spread of its covariate.
 *
 * @param name a dotted name such as {@code gap.lengthscale[0]}, unique within one covariance
 * @param kind what the hyperparameter measures
 * @param covariateIndex the index of the covariate a lengthscale scales, or -1 for a variance
 */
public record Hyperparameter(String name, Kind kind, int covariateIndex) {

    /** Quantity that a hyperparameter measures. */
    public enum Kind {
        /** A lengthscale in the units of one covariate. */
        LENGTHSCALE,
        /** A variance in squared output units, such as an output scale or a slope variance. */
        VARIANCE
    }

    /** Checks the name and that only lengthscales refer to a covariate. */
    public Hyperparameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.LENGTHSCALE ? covariateIndex < 0 : covariateIndex != -1) {
            throw new IllegalArgumentException("covariate index " + covariateIndex
                    + " is invalid for a " + kind + " hyperparameter. Use an index of at least 0"
                    + " for a lengthscale and -1 for a variance");
        }
    }

    /** Returns a lengthscale hyperparameter named {@code lengthscale[index]}. */
    static Hyperparameter lengthscale(int index) {
        return new Hyperparameter("lengthscale[" + index + "]", Kind.LENGTHSCALE, index);
    }

    /** Returns a variance hyperparameter with the given name. */
    static Hyperparameter variance(String name) {
        return new Hyperparameter(name, Kind.VARIANCE, -1);
    }

    /** Returns a copy whose name starts with {@code prefix} and a dot. */
    Hyperparameter withPrefix(String prefix) {
        return new Hyperparameter(prefix + "." + name, kind, covariateIndex);
    }
}
