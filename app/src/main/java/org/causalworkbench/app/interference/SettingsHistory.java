package org.causalworkbench.app.interference;

import java.util.Locale;
import org.causalworkbench.app.command.CommandStack;
import org.causalworkbench.app.command.PropertyEdits;

/**
 * Records the interference settings that the inputs pane edits as entries on the window's
 * stack. Spinners and text fields merge consecutive changes, so holding an arrow or typing a
 * number is one entry.
 */
final class SettingsHistory {

    private SettingsHistory() {
    }

    static void track(InterferenceViewModel model, CommandStack commands) {
        for (SignatureComponent component : SignatureComponent.values()) {
            PropertyEdits.track(commands, model.componentProperty(component),
                    on -> (on ? "Add " : "Remove ") + label(component)
                            + (on ? " to the signature" : " from the signature"));
        }

        PropertyEdits.trackMerging(commands, model.distancePowerProperty(),
                power -> "Set distance power to " + power);
        PropertyEdits.track(commands, model.ownTreatmentModifierProperty(),
                on -> on ? "Turn on the own-treatment modifier"
                        : "Turn off the own-treatment modifier");
        PropertyEdits.trackMerging(commands, model.ownTreatmentReductionProperty(),
                text -> "Set own-treatment reduction to " + text);
        PropertyEdits.track(commands, model.isolatedUnitPolicyProperty(),
                policy -> "Set isolated units to " + words(policy));
        PropertyEdits.track(commands, model.propensityModelProperty(),
                choice -> "Set propensity model to " + choice);
        PropertyEdits.trackMerging(commands, model.binsProperty(), count -> "Set bins to " + count);


        PropertyEdits.trackMerging(commands, model.trimmingProperty(),
                level -> "Set trimming to " + level);
        PropertyEdits.trackMerging(commands, model.replicatesProperty(),
                count -> "Set bootstrap replicates to " + count);
        PropertyEdits.trackMerging(commands, model.seedProperty(), seed -> "Set seed to " + seed);
        PropertyEdits.track(commands, model.inflationProperty(),
                choice -> "Set variance inflation to " + words(choice));
        PropertyEdits.track(commands, model.inflationGraphProperty(),
                choice -> "Set inflation graph to " + choice);
        PropertyEdits.track(commands, model.assumeAdditivityProperty(),
                on -> on ? "Assume additivity" : "Drop the additivity assumption");
        PropertyEdits.trackMerging(commands, model.defaultLevelProperty(),
                text -> "Set default level to " + text);

        PropertyEdits.track(commands, model.structure().sourceProperty(),
                source -> "Set structure to " + source);
    }

    private static String label(SignatureComponent component) {
        return component.toString().toLowerCase(Locale.ROOT);
    }

    /** Returns an enum constant as lower-case words, such as "spectral radius". */
    private static String words(Enum<?> constant) {
        return constant == null ? "none"
                : constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
