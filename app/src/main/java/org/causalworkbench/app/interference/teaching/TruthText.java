package org.causalworkbench.app.interference.teaching;

import java.util.Locale;
import org.causalworkbench.estimators.interference.simulate.InterferenceStudyResult;
import org.causalworkbench.estimators.interference.simulate.ProcessTruth;

/** Formats the truth behind a study or an example for the "Reveal truth" panel. */
final class TruthText {

    private TruthText() {
    }

    /**
     * Describes the truth of what the preset shows: the example's data sets for an example
     * preset, otherwise the last study. Empty when there is nothing to describe.
     */
    static String of(TeachingPreset preset, InterferenceStudyResult study,
            TeachingExample example) {
        if (!preset.isStudy()) {
            if (example == null) {
                return "";
            }
            StringBuilder text = new StringBuilder();
            for (ExampleDataSet dataSet : example.dataSets()) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(dataSet.name()).append('\n').append(describe(dataSet.truth()));
            }
            return text.toString();
        }
        if (study == null) {
            return "";
        }
        return study.process() + "\n" + describe(study.truth());
    }

    /** Lists f, g, the signature and the true TACE on four lines. */
    static String describe(ProcessTruth truth) {
        return "f(T, X) = " + truth.treatmentPart() + "\ng(I, X) = " + truth.interferencePart()
                + "\nI = " + truth.signature()
                + String.format(Locale.ROOT, "\nTrue TACE = %.4g", truth.trueTace());
    }
}
