package org.causalworkbench.app.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.synth.Predictor;

/**
 * Parses {@code --predictors} of the {@code synth} command. Each comma-separated item is
 * {@code COL} (the column's mean over the whole pre-period), {@code COL@T} (its value at time
 * T, such as an outcome lag {@code cigsale@1975}) or {@code COL@FROM:TO} (its mean over the
 * inclusive window, such as {@code beer@1984:1988}). A colon separates the window ends so that
 * negative times stay readable.
 */
final class PredictorArguments {

    private PredictorArguments() {
    }

    /**
     * Parses the items into predictors.
     *
     * @param text the option's value
     * @param firstTime the panel's first time, the start of a bare {@code COL}'s window
     * @param lastPreTime the last pre-intervention time, the end of that window
     * @return the predictors in the given order
     * @throws IllegalArgumentException if an item is malformed, naming it
     */
    static List<Predictor> parse(String text, double firstTime, double lastPreTime) {
        List<Predictor> predictors = new ArrayList<>();
        for (String item : Options.list(text)) {
            int at = item.lastIndexOf('@');
            if (at < 0) {
                predictors.add(Predictor.mean(item, firstTime, lastPreTime));
                continue;
            }
            String column = item.substring(0, at).strip();
            String window = item.substring(at + 1);
            if (column.isEmpty()) {
                throw new IllegalArgumentException("--predictors item '" + item + "' has no"
                        + " column name; write COL, COL@T or COL@FROM:TO");
            }
            int colon = window.indexOf(':');
            double from = time(item, colon < 0 ? window : window.substring(0, colon));
            double to = colon < 0 ? from : time(item, window.substring(colon + 1));
            if (to > lastPreTime) {
                throw new IllegalArgumentException("--predictors item '" + item + "' reaches"
                        + " past the pre-period, which ends at " + Panel.formatTime(lastPreTime)
                        + "; predictors may use pre-intervention times only");
            }
            predictors.add(new Predictor(column, from, to));
        }
        rejectDuplicates(predictors);
        if (predictors.isEmpty()) {
            throw new IllegalArgumentException("--predictors is empty; give items such as"
                    + " retprice,cigsale@1975,beer@1984:1988");
        }
        return predictors;
    }

    /** Rejects repeated predictors, which would count one column twice in the weights V. */
    private static void rejectDuplicates(List<Predictor> predictors) {
        Set<Predictor> seen = new HashSet<>();
        for (Predictor predictor : predictors) {
            if (!seen.add(predictor)) {
                throw new IllegalArgumentException("--predictors lists '" + predictor.label()
                        + "' twice; give each column and window once");
            }
        }
    }

    private static double time(String item, String text) {
        return Options.number("--predictors", text.strip(), "item '" + item + "' needs a"
                + " numeric time: write COL@T or COL@FROM:TO, for example beer@1984:1988");
    }
}
