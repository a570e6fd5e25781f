package org.causalworkbench.app.repr;

import org.causalworkbench.estimators.repr.contrastive.AutoencoderTraining;
import org.causalworkbench.estimators.repr.contrastive.ContrastiveTraining;
import org.causalworkbench.estimators.repr.contrastive.OutcomeModelTraining;
import org.causalworkbench.estimators.repr.contrastive.StructuredTreatmentGenerator;
import org.causalworkbench.estimators.repr.contrastive.StructuredTreatmentLab;

/** Sizes of the structured-treatment lab that suit a lesson or a full run. */
public enum TreatmentsPreset {
    /**
     * 1,500 training units, 400 test contrasts, 400 encoder steps and 500 outcome-model
     * steps: a few seconds.
     */
    TEACHING("Teaching (1,500 units, 400 encoder steps)") {
        @Override
        public StructuredTreatmentLab lab() {
            return StructuredTreatmentLab.withDefaults()
                    .withGenerator(StructuredTreatmentGenerator.withDefaults()
                            .withTrainingSize(1500).withTestSize(400))
                    .withContrastive(ContrastiveTraining.withDefaults().withSteps(400))
                    .withAutoencoder(AutoencoderTraining.withDefaults().withSteps(400))
                    .withOutcomeModel(OutcomeModelTraining.withDefaults().withSteps(500));
        }
    },
    /** The lab's defaults: 4,000 units, 1,000 contrasts, 1,200 encoder steps. */
    FULL("Full (4,000 units, 1,200 encoder steps)") {
        @Override
        public StructuredTreatmentLab lab() {
            return StructuredTreatmentLab.withDefaults();
        }
    };

    private final String label;

    TreatmentsPreset(String label) {
        this.label = label;
    }

    /** Returns the lab with the preset's sizes. */
    public abstract StructuredTreatmentLab lab();

    @Override
    public String toString() {
        return label;
    }
}
