package org.causalworkbench.app.cli;

import java.util.Locale;
import java.util.Set;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.contrastive.AutoencoderTraining;
import org.causalworkbench.estimators.repr.contrastive.ContrastiveLoss;
import org.causalworkbench.estimators.repr.contrastive.ContrastiveTraining;
import org.causalworkbench.estimators.repr.contrastive.LabResult;
import org.causalworkbench.estimators.repr.contrastive.OutcomeModelTraining;
import org.causalworkbench.estimators.repr.contrastive.StructuredTreatmentGenerator;
import org.causalworkbench.estimators.repr.contrastive.StructuredTreatmentLab;

/**
 * Runs the structured-treatment lab on its synthetic toy and writes, per representation, the
 * root PEHE and bias of the effects of unseen treatments and the probe R<sup>2</sup> of the
 * causal and non-causal latent blocks, as JSON.
 */
final class ContrastiveCommand {

    static final String USAGE = "usage: causal-workbench contrastive --seed S"
            + " [--loss triplet|infonce] [--units N] [--steps N] [--out FILE]";

    static final String OPTIONS = String.join(System.lineSeparator(),
            "  --seed S        seed of the toy data, the triplets and every network, 0 to"
                    + " 2147483647",
            "  --loss L        contrastive loss: triplet (default) or infonce",
            "  --units N       training units of the toy (default 4000, at least 100)",
            "  --steps N       Adam steps of every network (default 1200 for the encoders and"
                    + " 1500 for the outcome models)",
            "  --out FILE      write the JSON to FILE instead of standard output");

    static final Set<String> VALUED = Set.of("--seed", "--loss", "--units", "--steps", "--out");

    private ContrastiveCommand() {
    }

    /**
     * Runs the lab.
     *
     * @param options the parsed options
     * @return the JSON text
     */
    static String run(Options options) {
        long seed = Options.labSeed("--seed", options.require("--seed"));
        StructuredTreatmentLab lab = configure(options);
        LabResult result = lab.run(seed, ProgressSink.NONE, CancellationToken.NEVER);
        return ContrastiveJson.toJson(seed, lab.contrastive().loss(), result).toPrettyString()
                + System.lineSeparator();
    }

    private static StructuredTreatmentLab configure(Options options) {
        StructuredTreatmentLab lab = StructuredTreatmentLab.withDefaults();
        ContrastiveTraining contrastive = ContrastiveTraining.withDefaults()
                .withLoss(loss(options.get("--loss").orElse("triplet")));
        if (options.get("--units").isPresent()) {
            long units = Options.integer("--units", options.get("--units").get());
            if (units < StructuredTreatmentGenerator.MIN_TRAINING_SIZE || units > 1_000_000) {
                throw new IllegalArgumentException("--units " + units + " is out of range;"
                        + " give a number of training units from "
                        + StructuredTreatmentGenerator.MIN_TRAINING_SIZE + " to 1000000");
            }
            lab = lab.withGenerator(StructuredTreatmentGenerator.withDefaults()
                    .withTrainingSize((int) units));
        }
        if (options.get("--steps").isPresent()) {
            long steps = Options.integer("--steps", options.get("--steps").get());
            if (steps < 1 || steps > 1_000_000) {
                throw new IllegalArgumentException("--steps " + steps + " is out of range;"
                        + " give a number of Adam steps from 1 to 1000000");
            }
            contrastive = contrastive.withSteps((int) steps);
            lab = lab.withAutoencoder(AutoencoderTraining.withDefaults().withSteps((int) steps))
                    .withOutcomeModel(OutcomeModelTraining.withDefaults().withSteps((int) steps));
        }
        return lab.withContrastive(contrastive);
    }

    private static ContrastiveLoss loss(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "triplet" -> ContrastiveLoss.TRIPLET;
            case "infonce" -> ContrastiveLoss.INFO_NCE;
            default -> throw new IllegalArgumentException("--loss '" + text + "' is not a"
                    + " known loss; give triplet or infonce");
        };
    }
}
