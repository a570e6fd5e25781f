package org.causalworkbench.app.interference;

import java.util.Locale;
import java.util.Objects;
import org.causalworkbench.estimators.interference.BootstrapInterval;
import org.causalworkbench.estimators.interference.BootstrapResult;
import org.causalworkbench.estimators.interference.DependencyInflation;
import org.causalworkbench.estimators.interference.VarianceInflation;

/**
 * The bootstrap of one run with the dependency factors that inflate it.
 *
 * @param choice the settings the run used
 * @param dependence D_avg, D_sr and D_max of the unit graph, {@code null} when the bootstrap
 *     is off
 * @param inflationFactors the factors of the graph chosen by
 *     {@link UncertaintyChoice#inflationGraph()}, one of which multiplies the variance;
 *     {@code null} when the bootstrap is off
 * @param bootstrap the intervals of the TACE, {@code null} when the bootstrap is off
 */
public record Uncertainty(UncertaintyChoice choice, DependencyInflation dependence,
        DependencyInflation inflationFactors, BootstrapResult bootstrap) {

    /** The bootstrap of a run with B = 0. */
    static final Uncertainty OFF = new Uncertainty(UncertaintyChoice.OFF, null, null, null);

    /** Checks that the factors and the bootstrap are all present or all absent. */
    public Uncertainty {
        Objects.requireNonNull(choice, "choice");
        if ((dependence == null) != (bootstrap == null)
                || (inflationFactors == null) != (bootstrap == null)) {
            throw new IllegalArgumentException("The dependency factors and the bootstrap come"
                    + " together: pass both or neither.");
        }
    }

    /** Returns the name of an inflation as the estimates pane writes it, such as "D_sr". */
    public static String symbol(VarianceInflation inflation) {
        return switch (inflation) {
            case NONE -> "none (D = 1)";
            case AVERAGE -> "D_avg";
            case SPECTRAL_RADIUS -> "D_sr";
            case MAXIMUM -> "D_max";
        };
    }

    /** Names the graph the factor came from, as the uncertainty text writes it. */
    String graphName() {
        return choice.inflationGraph() == InflationGraph.BLOCKS
                ? "dependency graph between the " + bootstrap.blocks() + " blocks"
                : "dependency graph between units";
    }

    /** Describes the bootstrap and the dependency factors in a few lines. */
    public String describe() {
        if (bootstrap == null) {
            return "No interval: the bootstrap is off (B = 0). Set B under Uncertainty and"
                    + " press Run.";
        }
        BootstrapInterval hajek = bootstrap.hajek();
        BootstrapInterval ht = bootstrap.horvitzThompson();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "95%% block bootstrap of the TACE row only: B = %d over %d blocks, seed %d",
                bootstrap.replicates(), bootstrap.blocks(), choice.seed()));
        if (bootstrap.failedReplicates() > 0) {
            text.append(String.format(Locale.ROOT, ", %d replicate(s) without an estimate"
                    + " left out", bootstrap.failedReplicates()));
        }
        text.append(".\n").append(String.format(Locale.ROOT,
                "Unit-level dependency factors: D_avg = %.3f, D_sr = %.3f, D_max = %d."
                        + "\nInflation chosen: %s = %.3f, from the %s.",
                dependence.average(), dependence.spectralRadius(), dependence.maximum(),
                symbol(bootstrap.inflation()), bootstrap.inflationFactor(), graphName()));
        if (choice.inflationGraph() == InflationGraph.BLOCKS && bootstrap.inflationFactor() == 1
                && bootstrap.inflation() != VarianceInflation.NONE) {
            text.append(" No unit acts across blocks, so the blocks are independent.");
        }
        text.append(String.format(Locale.ROOT, "\nHajek: V_boot = %.3g, V = D x V_boot = %.3g,"
                + " interval [%.4f, %.4f].", hajek.bootstrapVariance(), hajek.variance(),
                hajek.lower(), hajek.upper()));
        text.append(String.format(Locale.ROOT, "\nHorvitz-Thompson: V_boot = %.3g, V = %.3g,"
                + " interval [%.4f, %.4f].", ht.bootstrapVariance(), ht.variance(), ht.lower(),
                ht.upper()));
        text.append("\nThe naive, covariate and extension rows have no interval.");
        return text.toString();
    }
}
