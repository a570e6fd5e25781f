package org.causalworkbench.app.obsexp;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.causalworkbench.estimators.obsexp.AverageGapResult;
import org.causalworkbench.estimators.obsexp.BandResult;
import org.causalworkbench.estimators.obsexp.FalsificationResult;
import org.causalworkbench.estimators.obsexp.KernelMomentResult;
import org.causalworkbench.estimators.obsexp.MultipleTestingCorrection;

/**
 * One falsification test's card: its name, the null hypothesis in words, the statistic and
 * p-value, and the verdict sentence of {@link FalsificationResult#verdictText()} word for word.
 */
final class VerdictCard extends VBox {

    /**
     * Creates the card.
     *
     * @param id the test id, "f1", "f2" or "f3", used in the node ids
     * @param result the test's result
     * @param score the score the test used
     * @param band the F3 band, lower and upper gap bound
     */
    VerdictCard(String id, FalsificationResult result, TestScore score, double[] band) {
        setId("verdictCard-" + id);
        getStyleClass().addAll("obsexp-verdict-card",
                result.rejected() ? "falsified" : "not-falsified");

        Label name = new Label(result.testName());
        name.getStyleClass().add("obsexp-verdict-title");
        Label hypothesis = wrapping(nullHypothesis(result, band));
        Label numbers = wrapping(String.format(Locale.ROOT, "Statistic %s, p-value %s,"
                + " \u03b1 = %s. %s Score: %s.", number(result.statistic()),
                ObsExpViewModel.formatPValue(result.pValue()), number(result.alpha()),
                details(result), score));
        Label verdict = wrapping(result.verdictText());
        verdict.setId("verdict-" + id);
        verdict.getStyleClass().add("obsexp-verdict-text");
        getChildren().addAll(name, hypothesis, numbers, verdict);
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Returns the null hypothesis that the test can reject, in words. */
    static String nullHypothesis(FalsificationResult result, double[] band) {
        if (result instanceof AverageGapResult) {
            return "H\u2080: the average gap over the trial population is zero.";
        }
        if (result instanceof KernelMomentResult) {
            return "H\u2080: the gap is zero at every x in the trial's support.";
        }
        return String.format(Locale.ROOT, "H\u2080: the gap lies in [%s, %s] in every bin.",
                number(band[0]), number(band[1]));
    }

    private static String details(FalsificationResult result) {
        if (result instanceof AverageGapResult f1) {
            return String.format(Locale.ROOT, "Student t with %d degrees of freedom.",
                    f1.degreesOfFreedom());
        }
        if (result instanceof KernelMomentResult f2) {
            return f2.exact()
                    ? String.format(Locale.ROOT, "Exact over all %d sign vectors.",
                            f2.resamples())
                    : String.format(Locale.ROOT, "Wild bootstrap, %d draws.", f2.resamples());
        }
        BandResult f3 = (BandResult) result;
        return String.format(Locale.ROOT, "%d bins, %s correction.", f3.bins().size(),
                f3.correction() == MultipleTestingCorrection.HOLM ? "Holm" : "Bonferroni");
    }

    private static String number(double value) {
        return ObsExpViewModel.formatNumber(value);
    }

}
