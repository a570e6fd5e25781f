package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.causalworkbench.app.analysis.ObsExpAnalysis;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.interference.InterferenceAnalysis;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;

/**
 * Re-runs the analyses of a project without a window, through the same analysis classes the
 * workspaces call, so the report and the application give the same numbers.
 */
public final class ProjectRunner {

    /**
     * One re-run analysis.
     *
     * @param entry the stored analysis
     * @param outcome the outcome object of its type ({@code SynthOutcome},
     *     {@code DonorScreenResult}, {@code ObsExpOutcome}, {@code InterferenceOutcome},
     *     {@code HudgensHalloranReport}, {@code AronowSamiiReport} or
     *     {@code AllocationViewModel.Curves}), for charts
     * @param result the result JSON, in the layout the project stores
     */
    public record Rerun(AnalysisEntry entry, Object outcome, ObjectNode result) {

        /**
         * Returns whether the new result reproduces every value of the stored one. Fields that
         * a later version adds are not compared.
         */
        public boolean matchesStored() {
            return entry.result() != null && firstDifference().isEmpty();
        }

        /**
         * Describes the first stored value that the re-run does not reproduce.
         *
         * @return the description, or empty when nothing is stored or everything reproduces
         */
        public Optional<String> firstDifference() {
            return entry.result() == null ? Optional.empty()
                    : StoredResults.firstDifference(entry.result(), result);
        }
    }

    private ProjectRunner() {
    }

    /**
     * Runs one analysis.
     *
     * @param entry the analysis
     * @param project the project holding its data
     * @param progress receives progress
     * @param cancellation checked by the estimators
     * @return the outcome and its result JSON
     * @throws ProjectFileException if its data are not at hand
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    public static Rerun run(AnalysisEntry entry, ProjectDocument project, ProgressSink progress,
            CancellationToken cancellation) {
        try {
            return runChecked(entry, project, progress, cancellation);
        } catch (org.causalworkbench.estimators.data.DataFormatException invalidData) {
            throw invalidData;
        } catch (IllegalArgumentException invalid) {
            throw new ProjectFileException("The analysis '" + entry.id() + "' of "
                    + project.title() + " has invalid settings: " + invalid.getMessage()
                    + ". The file was damaged or edited by hand.", invalid);
        }
    }

    private static Rerun runChecked(AnalysisEntry entry, ProjectDocument project,
            ProgressSink progress, CancellationToken cancellation) {
        switch (entry.type()) {
            case SYNTHETIC_CONTROL: {
                var outcome = SynthAnalysis.run(SynthControlCodec.request(entry, project),
                        progress, cancellation);
                return new Rerun(entry, outcome, SynthControlCodec.result(outcome));
            }
            case DONOR_SCREEN: {
                var screen = DonorScreenCodec.screen(entry, project, progress, cancellation);
                return new Rerun(entry, screen, DonorScreenCodec.result(screen));
            }
            case SPILLOVER_SENSITIVITY: {
                var analysis = SensitivityCodec.analyse(entry, project, progress, cancellation);
                return new Rerun(entry, analysis, SensitivityCodec.result(analysis));
            }
            case DEBIASED_SYNTHETIC_CONTROL: {
                var debiased = DebiasCodec.fit(entry, project, progress, cancellation);
                return new Rerun(entry, debiased, DebiasCodec.result(debiased));
            }
            case ROBUSTNESS_CHECKS: {
                var checks = ChecksCodec.run(entry, project, progress, cancellation);
                return new Rerun(entry, checks, ChecksCodec.result(checks));
            }
            case OBS_EXP: {
                var outcome = ObsExpAnalysis.run(ObsExpCodec.request(entry, project), progress,
                        cancellation);
                return new Rerun(entry, outcome, ObsExpCodec.result(outcome));
            }
            case GRASP_EXPERIMENT: {
                var result = GraspCodec.run(entry, progress, cancellation);
                return new Rerun(entry, result, GraspCodec.result(
                        GraspCodec.configuration(entry), result));
            }
            case RECOMMENDER_SWEEP: {
                var sweep = RecommenderCodec.run(entry, progress, cancellation);
                return new Rerun(entry, sweep, RecommenderCodec.result(entry, sweep));
            }
            case STRUCTURED_TREATMENTS: {
                var result = TreatmentsCodec.run(entry, progress, cancellation);
                return new Rerun(entry, result, TreatmentsCodec.result(entry, result));
            }
            case SPILLOVER_SIMULATION_STUDY: {
                var study = SpilloverStudyCodec.run(entry, progress, cancellation);
                return new Rerun(entry, study, SpilloverStudyCodec.result(study));
            }
            case OBS_EXP_SIMULATION_STUDY: {
                var study = SimulationStudyCodec.run(entry, progress, cancellation);
                return new Rerun(entry, study, SimulationStudyCodec.result(study));
            }
            case INTERFERENCE: {
                var outcome = InterferenceAnalysis.run(InterferenceCodec.request(entry, project),
                        progress, cancellation);
                return new Rerun(entry, outcome, InterferenceCodec.result(outcome));
            }
            case HUDGENS_HALLORAN: {
                var report = HudgensHalloranCodec.estimate(entry, project);
                return new Rerun(entry, report, HudgensHalloranCodec.result(report));
            }
            case ARONOW_SAMII: {
                var report = AronowSamiiCodec.estimate(entry, project, progress, cancellation);
                return new Rerun(entry, report, AronowSamiiCodec.result(report));
            }
            case ALLOCATION_CURVES: {
                var curves = AllocationCurvesCodec.estimate(entry, project);
                return new Rerun(entry, curves, AllocationCurvesCodec.result(curves));
            }
            default:
                throw new IllegalStateException("No runner for " + entry.type());
        }
    }
}
