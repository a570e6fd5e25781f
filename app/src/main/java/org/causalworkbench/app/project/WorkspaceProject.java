package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.causalworkbench.app.WorkbenchVersion;
import org.causalworkbench.app.analysis.ObsExpRequest;
import org.causalworkbench.app.analysis.SynthRequest;
import org.causalworkbench.app.interference.InterferenceData;
import org.causalworkbench.app.interference.InterferenceRequest;
import org.causalworkbench.app.interference.InterferenceViewModel;
import org.causalworkbench.app.interference.SignatureChoice;
import org.causalworkbench.app.interference.SignatureComponent;
import org.causalworkbench.app.interference.StructureSource;
import org.causalworkbench.app.interference.UncertaintyChoice;
import org.causalworkbench.app.interference.classical.ClassicalViewModel;
import org.causalworkbench.app.obsexp.HyperparameterSource;
import org.causalworkbench.app.obsexp.ObsExpDataset;
import org.causalworkbench.app.obsexp.ObsExpViewModel;
import org.causalworkbench.app.obsexp.SimulationStudyViewModel;
import org.causalworkbench.app.obsexp.TestScore;
import org.causalworkbench.app.repr.GraspViewModel;
import org.causalworkbench.app.repr.RecommenderViewModel;
import org.causalworkbench.app.repr.TreatmentsViewModel;
import org.causalworkbench.app.synth.DonorChoice;
import org.causalworkbench.app.synth.SensitivityOutcome;
import org.causalworkbench.app.synth.SpilloverViewModel;
import org.causalworkbench.app.synth.robustness.ChecksViewModel;
import org.causalworkbench.app.synth.robustness.DebiasOutcome;
import org.causalworkbench.app.synth.robustness.DebiasViewModel;
import org.causalworkbench.app.synth.robustness.PredictorRow;
import org.causalworkbench.app.synth.robustness.SpilloverStudyViewModel;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.estimators.data.DataFormatException;
import org.causalworkbench.estimators.data.ImportSettings;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.TreatmentProposal;
import org.causalworkbench.estimators.obsexp.GapHyperparameters;
import org.causalworkbench.estimators.obsexp.simulate.ReplicateResult;
import org.causalworkbench.estimators.synth.Predictor;
import org.causalworkbench.estimators.synth.simulate.SpilloverStudyResult;
import org.causalworkbench.estimators.synth.spillover.DonorScreenResult;
import org.causalworkbench.estimators.graph.DistanceMatrix;
import org.causalworkbench.estimators.graph.InterferenceGraph;
import org.causalworkbench.estimators.interference.ExactFraction;

/**
 * Moves the three workspaces into a project document and back. Capture reads the settings on
 * screen, not only those of the last run, so edits made since the last run are saved too. The
 * result on screen is stored with a stale flag when the settings changed after it. Restore
 * loads each workspace's data, applies the settings and starts a run.
 */
public final class WorkspaceProject {

    static final String SYNTH_ID = "synthetic-control";
    static final String SYNTH_DATA = "synth-panel";
    static final String SCREEN_ID = "donor-screen";
    static final String SENSITIVITY_ID = "spillover-sensitivity";
    static final String DEBIAS_ID = "debiased-synthetic-control";
    static final String CHECKS_ID = "robustness-checks";
    static final String OBS_EXP_STUDY_ID = "obs-exp-simulation-study";
    static final String SPILLOVER_STUDY_ID = "spillover-simulation-study";
    static final String GRASP_ID = "grasp-experiment";
    static final String OBS_EXP_ID = "obs-exp";
    static final String OBS_EXP_DATA = "obs-exp-trial";
    static final String INTERFERENCE_ID = "interference";
    static final String INTERFERENCE_UNITS = "interference-units";
    static final String INTERFERENCE_GRAPH = "interference-graph";
    static final String INTERFERENCE_DISTANCES = "interference-distances";

    private final SynthViewModel synth;
    private final ObsExpViewModel obsExp;
    private final InterferenceViewModel interference;
    private final Clock clock;
    private ClassicalProject classical;

    /** The parts of the window a project can hold, named as the save status names them. */
    private enum Part {
        SYNTH("the synthetic-control panel"),
        OBS_EXP("the observational and trial data"),
        INTERFERENCE("the interference data"),
        GRASP("the GRASP experiment"),
        RECOMMENDER("the recommender sweep"),
        TREATMENTS("the structured-treatment run"),
        SPILLOVER_STUDY("the spillover simulation study"),
        OBS_EXP_STUDY("the trial simulation study");

        private final String label;

        Part(String label) {
            this.label = label;
        }
    }

    /**
     * Parts left out of the project: after an open, the workspaces the project did not
     * contain, until the user loads data or runs an analysis in them.
     */
    private final java.util.EnumSet<Part> leftOut = java.util.EnumSet.noneOf(Part.class);
    private boolean restoring;

    private DebiasViewModel debias;
    private ChecksViewModel checks;
    private SimulationStudyViewModel obsExpStudy;
    private SpilloverStudyViewModel spilloverStudy;
    private GraspViewModel grasp;
    private LabProject lab;
    private final PendingRuns pendingRuns = new PendingRuns();
    private DataSource synthSource;
    private Panel synthSourcePanel;
    private ImportSettings synthImportSettings;

    /**
     * Creates the bridge.
     *
     * @param synth the synthetic-control workspace
     * @param obsExp the observational-plus-experimental workspace
     * @param interference the interference workspace
     * @param clock the clock of the save time
     */
    public WorkspaceProject(SynthViewModel synth, ObsExpViewModel obsExp,
            InterferenceViewModel interference, Clock clock) {
        this.synth = synth;
        this.obsExp = obsExp;
        this.interference = interference;
        this.clock = clock;
        joinOnChange(Part.SYNTH, synth.panelProperty(), synth.outcomeProperty());
        joinOnChange(Part.OBS_EXP, obsExp.datasetProperty(), obsExp.outcomeProperty());
        joinOnChange(Part.INTERFERENCE, interference.dataProperty(),
                interference.outcomeProperty());
    }

    /** Takes a part back into the project when the user gives it data or a result. */
    private void joinOnChange(Part part, javafx.beans.Observable... changes) {
        for (javafx.beans.Observable change : changes) {
            change.addListener(observable -> {
                if (!restoring) {
                    leftOut.remove(part);
                }
            });
        }
    }

    /**
     * Connects the Debias tab, whose fit is then saved and restored with the project.
     *
     * @param model the Debias tab's view model
     * @return this bridge
     */
    public WorkspaceProject withDebias(DebiasViewModel model) {
        joinOnChange(Part.SYNTH, model.outcomeProperty());
        this.debias = model;
        return this;
    }

    /**
     * Connects the Checks tab, whose in-time placebo and leave-one-out refits are then saved
     * and restored with the project.
     *
     * @param model the Checks tab's view model
     * @return this bridge
     */
    public WorkspaceProject withChecks(ChecksViewModel model) {
        joinOnChange(Part.SYNTH, model.inTimeCheckProperty(), model.leaveOneOutCheckProperty(),
                model.predictorCheckProperty());
        this.checks = model;
        return this;
    }

    /**
     * Connects the observational-plus-experimental simulation study, whose settings and table
     * are then saved and restored with the project.
     *
     * @param model the study's view model
     * @return this bridge
     */
    public WorkspaceProject withObsExpStudy(SimulationStudyViewModel model) {
        joinOnChange(Part.OBS_EXP_STUDY, model.resultProperty());
        this.obsExpStudy = model;
        return this;
    }

    /**
     * Connects the spillover simulation study, whose settings and table are then saved and
     * restored with the project.
     *
     * @param model the study's view model
     * @return this bridge
     */
    public WorkspaceProject withSpilloverStudy(SpilloverStudyViewModel model) {
        joinOnChange(Part.SPILLOVER_STUDY, model.resultProperty());
        this.spilloverStudy = model;
        return this;
    }

    /**
     * Connects the GRASP panel of the Representation lab, whose settings and result are then
     * saved and restored with the project.
     *
     * @param model the GRASP panel's view model
     * @return this bridge
     */
    public WorkspaceProject withGrasp(GraspViewModel model) {
        joinOnChange(Part.GRASP, model.resultProperty());
        this.grasp = model;
        return this;
    }

    /**
     * Connects the recommender and structured-treatment panels of the Representation lab,
     * whose settings and results are then saved and restored with the project.
     *
     * @param recommender the recommender panel's view model
     * @param treatments the structured-treatment panel's view model
     * @return this bridge
     */
    public WorkspaceProject withLab(RecommenderViewModel recommender,
            TreatmentsViewModel treatments) {
        joinOnChange(Part.RECOMMENDER, recommender.resultProperty());
        joinOnChange(Part.TREATMENTS, treatments.resultProperty());
        this.lab = new LabProject(recommender, treatments, pendingRuns);
        return this;
    }

    /**
     * Adds the classical tab of the interference workspace, whose estimates are then saved and
     * restored too. Without it, projects skip the classical analyses they contain.
     *
     * @param tab the classical tab's view model, on the interference workspace given above
     * @return this bridge
     */
    public WorkspaceProject withClassical(ClassicalViewModel tab) {
        this.classical = new ClassicalProject(tab);
        return this;
    }

    /**
     * Records the file a panel was read from, so a save embeds the original bytes and their
     * SHA-256 rather than a rewritten copy.
     *
     * @param name the file name
     * @param bytes the file's bytes, exactly as read
     * @param panel the panel built from them
     */
    public void synthDataRead(String name, byte[] bytes, Panel panel) {
        synthDataRead(name, bytes, null, panel);
    }

    /**
     * Records the file a panel was read from with the import wizard's settings, which a save
     * stores so that opening the project reads the bytes the same way.
     *
     * @param name the file name
     * @param bytes the file's bytes, exactly as read
     * @param settings the settings, or {@code null} for the plain reader
     * @param panel the panel built from them
     */
    public void synthDataRead(String name, byte[] bytes, ImportSettings settings, Panel panel) {
        synthSource = DataSource.embedded(SYNTH_DATA, name, "text/csv", bytes);
        synthImportSettings = settings;
        synthSourcePanel = panel;
    }

    /**
     * Returns sentences naming work on screen that a save leaves out, or an empty text. That is
     * work still on screen from before an open whose project did not contain it, and lab work
     * that a project does not hold: a recommender sweep on imported KuaiRand logs, the
     * threshold sweep and the GRASP sweep.
     */
    public String notSaved() {
        List<String> leftOnScreen = new ArrayList<>();
        for (Part part : leftOut) {
            if (shows(part)) {
                leftOnScreen.add(part.label);
            }
        }
        List<String> sentences = new ArrayList<>();
        if (!leftOnScreen.isEmpty()) {
            sentences.add("Left out of the save: " + String.join(", ", leftOnScreen)
                    + " (on screen from before the project was opened). Run or load again"
                    + " what you want to keep.");
        }
        if (lab != null && !lab.notSaved().isEmpty()) {
            sentences.add(lab.notSaved());
        }
        if (grasp != null && grasp.sweepProperty().get() != null) {
            sentences.add("The GRASP sweep is not saved; press Sweep again after opening the"
                    + " project.");
        }
        return String.join(" ", sentences);
    }

    /** Returns whether a part shows data or a result, which a save would leave out. */
    private boolean shows(Part part) {
        return switch (part) {
            case SYNTH -> synth.panelProperty().get() != null;
            case OBS_EXP -> obsExp.datasetProperty().get() != null;
            case INTERFERENCE -> interference.dataProperty().get() != null;
            case GRASP -> grasp != null && grasp.resultProperty().get() != null;
            case RECOMMENDER -> lab != null && lab.shown(AnalysisType.RECOMMENDER_SWEEP) != null;
            case TREATMENTS -> lab != null
                    && lab.shown(AnalysisType.STRUCTURED_TREATMENTS) != null;
            case SPILLOVER_STUDY -> spilloverStudy != null
                    && spilloverStudy.resultProperty().get() != null;
            case OBS_EXP_STUDY -> obsExpStudy != null
                    && obsExpStudy.resultProperty().get() != null;
        };
    }

    /**
     * A captured project with the outcome objects on screen, so a report can be drawn without
     * re-running anything.
     *
     * @param document the project
     * @param shown per analysis the outcome on screen and its result, for those that have one
     */
    public record Captured(ProjectDocument document, List<ProjectRunner.Rerun> shown) {
    }

    /**
     * Captures every workspace that has data, with the outcomes on screen.
     *
     * @param title the project title
     * @param layout the window layout
     * @return the document and the outcomes
     */
    public Captured captureWithOutcomes(String title, ObjectNode layout) {
        ProjectDocument document = capture(title, layout);
        List<ProjectRunner.Rerun> shown = new ArrayList<>();
        for (AnalysisEntry entry : document.analyses()) {
            Object outcome = switch (entry.type()) {
                case SYNTHETIC_CONTROL -> synth.outcomeProperty().get();
                case DONOR_SCREEN -> synth.spillover().screenResultProperty().get();
                case SPILLOVER_SENSITIVITY -> synth.spillover().sensitivityProperty().get();
                case DEBIASED_SYNTHETIC_CONTROL -> debias == null ? null
                        : debias.outcomeProperty().get();
                case ROBUSTNESS_CHECKS -> checks == null ? null
                        : new ChecksCodec.Rerun(checks.inTimeCheckProperty().get() == null ? null
                                : checks.inTimeCheckProperty().get().placebo(),
                                checks.leaveOneOutCheckProperty().get() == null ? null
                                        : checks.leaveOneOutCheckProperty().get().refits(),
                                checks.predictorCheckProperty().get() == null ? null
                                        : checks.predictorCheckProperty().get()
                                                .predictorFit());
                case OBS_EXP -> obsExp.outcomeProperty().get();
                case OBS_EXP_SIMULATION_STUDY -> obsExpStudy == null ? null
                        : obsExpStudy.resultProperty().get();
                case SPILLOVER_SIMULATION_STUDY -> spilloverStudy == null ? null
                        : spilloverStudy.resultProperty().get();
                case GRASP_EXPERIMENT -> grasp == null ? null : grasp.resultProperty().get();
                case RECOMMENDER_SWEEP, STRUCTURED_TREATMENTS -> lab == null ? null
                        : lab.shown(entry.type());
                case INTERFERENCE -> interference.outcomeProperty().get();
                case HUDGENS_HALLORAN, ARONOW_SAMII, ALLOCATION_CURVES ->
                        classical == null ? null : classical.shown(entry.type());
            };
            if (outcome != null && entry.result() != null) {
                shown.add(new ProjectRunner.Rerun(entry, outcome, entry.result()));
            }
        }
        return new Captured(document, shown);
    }

    /**
     * Captures every workspace that has data.
     *
     * @param title the project title
     * @param layout the window layout
     * @return the document
     */
    public ProjectDocument capture(String title, ObjectNode layout) {
        List<DataSource> data = new ArrayList<>();
        List<AnalysisEntry> analyses = new ArrayList<>();
        if (!leftOut.contains(Part.SYNTH)) {
            captureSynth(data, analyses);
        }
        if (!leftOut.contains(Part.OBS_EXP)) {
            captureObsExp(data, analyses);
        }
        if (!leftOut.contains(Part.INTERFERENCE)) {
            captureInterference(data, analyses);
        }
        if (grasp != null && !leftOut.contains(Part.GRASP)) {
            analyses.add(GraspCodec.entry(GRASP_ID, grasp));
        }
        if (lab != null && !leftOut.contains(Part.RECOMMENDER)) {
            lab.captureRecommender(analyses);
        }
        if (lab != null && !leftOut.contains(Part.TREATMENTS)) {
            lab.captureTreatments(analyses);
        }
        if (spilloverStudy != null && !leftOut.contains(Part.SPILLOVER_STUDY)) {
            SpilloverStudyResult study = spilloverStudy.resultProperty().get();
            analyses.add(SpilloverStudyCodec.entry(SPILLOVER_STUDY_ID, spilloverStudy, study,
                    study != null && !spilloverStudy.staleReasonProperty().get().isEmpty()));
        }
        if (obsExpStudy != null && !leftOut.contains(Part.OBS_EXP_STUDY)) {
            ReplicateResult study = obsExpStudy.resultProperty().get();
            analyses.add(SimulationStudyCodec.entry(OBS_EXP_STUDY_ID, obsExpStudy, study,
                    study != null && !obsExpStudy.staleReasonProperty().get().isEmpty()));
        }
        if (classical != null && !leftOut.contains(Part.INTERFERENCE)) {
            classical.capture(INTERFERENCE_UNITS, data, analyses);
        }
        return new ProjectDocument(ProjectKind.PROJECT, title, WorkbenchVersion.current(),
                clock.instant(), data, analyses, layout);
    }

    private void captureSynth(List<DataSource> data, List<AnalysisEntry> analyses) {
        Panel panel = synth.panelProperty().get();
        if (panel == null || synth.treatedUnitProperty().get() == null) {
            return;
        }
        boolean tracked = panel == synthSourcePanel;
        DataSource source = tracked ? synthSource
                : DataSource.embeddedText(SYNTH_DATA, panel.sourceName(), "text/csv",
                        PanelCsv.write(panel));
        SynthRequest request = synth.currentRequest();
        var outcome = synth.outcomeProperty().get();
        data.add(source);
        AnalysisEntry fit = SynthControlCodec.entry(SYNTH_ID, SYNTH_DATA,
                tracked ? synthImportSettings : null, synth.datasetNoteProperty().get(), request,
                outcome,
                outcome != null && synth.outcomeStaleProperty().get());
        analyses.add(fit);

        SpilloverViewModel spillover = synth.spillover();
        DonorScreenResult screen = spillover.screenResultProperty().get();
        analyses.add(DonorScreenCodec.entry(SCREEN_ID, SYNTH_DATA, fit.configuration(),
                request.treatedUnit(), request.interventionTime(),
                DonorScreenCodec.decisions(synth.donors()), spillover.settingsProperty().get(),
                screen, screen != null && !spillover.screenStaleProperty().get().isEmpty()));

        SensitivityOutcome sensitivity = spillover.sensitivityProperty().get();
        List<String> flagged = screen == null ? List.of() : screen.scores().stream()
                .filter(score -> score.flagged()).map(score -> score.donor()).toList();
        analyses.add(SensitivityCodec.entry(SENSITIVITY_ID, fit,
                sensitivity == null ? flagged : sensitivity.suspects(),
                sensitivity, sensitivity != null
                        && !spillover.sensitivityStaleProperty().get().isEmpty()));

        if (debias != null) {
            DebiasOutcome debiased = debias.outcomeProperty().get();
            analyses.add(DebiasCodec.entry(DEBIAS_ID, fit, debias, debiased,
                    debiased != null && !debias.staleReasonProperty().get().isEmpty()));
        }
        if (checks != null) {
            captureChecks(fit, analyses);
        }
    }

    private void captureChecks(AnalysisEntry fit, List<AnalysisEntry> analyses) {
        AnalysisEntry checked = ChecksCodec.entry(CHECKS_ID, fit,
                checks.inTimeCheckProperty().get(), checks.leaveOneOutCheckProperty().get(),
                checks.predictorCheckProperty().get(), completePredictors(),
                !checks.staleReasonProperty().get().isEmpty());
        if (checked != null) {
            analyses.add(checked);
        }
    }

    /** Returns the predictor rows of the checks panel that have a column and both periods. */
    private List<Predictor> completePredictors() {
        List<Predictor> rows = new ArrayList<>();
        for (PredictorRow row : checks.predictors()) {
            if (row.columnProperty().get() != null && row.fromProperty().get() != null
                    && row.toProperty().get() != null) {
                rows.add(new Predictor(row.columnProperty().get(), row.fromProperty().get(),
                        row.toProperty().get()));
            }
        }
        return rows;
    }

    private void captureObsExp(List<DataSource> data, List<AnalysisEntry> analyses) {
        ObsExpDataset dataset = obsExp.datasetProperty().get();
        if (dataset == null) {
            return;
        }
        ObsExpRequest request;
        try {
            request = obsExp.currentRequest();
        } catch (IllegalArgumentException invalid) {
            // The settings on screen cannot run, so save those of the result, if any.
            if (obsExp.outcomeProperty().get() == null) {
                return;
            }
            request = obsExp.outcomeProperty().get().request();
        }
        var outcome = obsExp.outcomeProperty().get();
        data.add(ObsExpCodec.source(OBS_EXP_DATA, dataset));
        analyses.add(ObsExpCodec.entry(OBS_EXP_ID, OBS_EXP_DATA, request, outcome,
                outcome != null && obsExp.outcomeStaleProperty().get()));
    }

    private void captureInterference(List<DataSource> data, List<AnalysisEntry> analyses) {
        InterferenceData table = interference.dataProperty().get();
        if (table == null) {
            return;
        }
        InterferenceRequest request;
        try {
            request = interference.currentRequest();
        } catch (IllegalArgumentException invalid) {
            if (interference.outcomeProperty().get() == null) {
                return;
            }
            request = interference.outcomeProperty().get().request();
        }

        StructureSource source = interference.structure().sourceProperty().get();
        InterferenceGraph graph = interference.structure().graphProperty().get();
        DistanceMatrix distances = interference.structure().distancesProperty().get();
        data.add(InterferenceCodec.unitsSource(INTERFERENCE_UNITS, table));
        String graphId = null;
        if (graph != null && graph.unitIds().equals(table.ids())) {
            data.add(InterferenceCodec.graphSource(INTERFERENCE_GRAPH, graph));
            graphId = INTERFERENCE_GRAPH;
        }
        String distancesId = null;
        if (distances != null && distances.unitIds().equals(table.ids())) {
            data.add(InterferenceCodec.distancesSource(INTERFERENCE_DISTANCES, distances));
            distancesId = INTERFERENCE_DISTANCES;
        }

        var outcome = interference.outcomeProperty().get();
        analyses.add(InterferenceCodec.entry(INTERFERENCE_ID, new InterferenceCodec.DataIds(
                INTERFERENCE_UNITS, graphId, distancesId), table, source, request, outcome,
                outcome != null && interference.outcomeStaleProperty().get()));
    }

    /**
     * Loads a project into the workspaces and starts their runs. Workspaces the project does
     * not mention keep what they show.
     *
     * @param project the project, with its data at hand
     * @throws ProjectFileException if an analysis' data are missing
     */
    public void restore(ProjectDocument project) {
        leftOut.clear();
        leftOut.addAll(java.util.EnumSet.allOf(Part.class));
        for (AnalysisEntry entry : project.analyses()) {
            leftOut.remove(partOf(entry.type()));
        }
        restoring = true;
        try {
            restoreAll(project);
        } finally {
            restoring = false;
        }
    }

    /**
     * Checks every setting of {@code project} that can be read without its data, without
     * changing any workspace. {@link #restore} checks them too; calling this first lets a
     * caller tell a file rejected before any change from one that failed half-way.
     *
     * @throws ProjectFileException naming the analysis and its first invalid setting
     */
    public static void check(ProjectDocument project) {
        for (AnalysisEntry entry : project.analyses()) {
            withSettingsChecked(entry, project, () -> checkSettings(entry));
        }
    }

    private static Part partOf(AnalysisType type) {
        return switch (type) {
            case SYNTHETIC_CONTROL, DONOR_SCREEN, SPILLOVER_SENSITIVITY,
                    DEBIASED_SYNTHETIC_CONTROL, ROBUSTNESS_CHECKS -> Part.SYNTH;
            case SPILLOVER_SIMULATION_STUDY -> Part.SPILLOVER_STUDY;
            case OBS_EXP -> Part.OBS_EXP;
            case OBS_EXP_SIMULATION_STUDY -> Part.OBS_EXP_STUDY;
            case INTERFERENCE, HUDGENS_HALLORAN, ARONOW_SAMII, ALLOCATION_CURVES ->
                    Part.INTERFERENCE;
            case GRASP_EXPERIMENT -> Part.GRASP;
            case RECOMMENDER_SWEEP -> Part.RECOMMENDER;
            case STRUCTURED_TREATMENTS -> Part.TREATMENTS;
        };
    }

    private void restoreAll(ProjectDocument project) {
        // Settings that can be read without the data are checked first, so that a bad one
        // stops the open before any workspace changes. The rest are checked as they are
        // restored, so a damaged data-dependent setting can still stop an open half-way.
        check(project);
        for (AnalysisEntry entry : project.analyses()) {
            withSettingsChecked(entry, project, () -> restore(entry, project));
        }
    }

    private static void withSettingsChecked(AnalysisEntry entry, ProjectDocument project,
            Runnable step) {
        try {
            step.run();
        } catch (DataFormatException invalidData) {
            throw invalidData;
        } catch (IllegalArgumentException invalid) {
            throw new ProjectFileException("The analysis '" + entry.id() + "' of "
                    + project.title() + " has invalid settings: " + invalid.getMessage()
                    + ". The file was damaged or edited by hand.", invalid);
        }
    }

    /** Reads every setting of an entry that does not depend on its data. */
    private static void checkSettings(AnalysisEntry entry) {
        entry.ranWhenSaved();
        switch (entry.type()) {
            case GRASP_EXPERIMENT -> GraspCodec.configuration(entry);
            case RECOMMENDER_SWEEP -> RecommenderCodec.validate(entry);
            case STRUCTURED_TREATMENTS -> TreatmentsCodec.validate(entry);
            case DONOR_SCREEN -> {
                DonorScreenCodec.settings(entry);
                DonorScreenCodec.decisions(entry);
            }
            case ROBUSTNESS_CHECKS -> ChecksCodec.predictors(entry);
            case INTERFERENCE -> {
                InterferenceCodec.signature(entry);
                InterferenceCodec.uncertainty(entry);
            }
            case ARONOW_SAMII -> AronowSamiiCodec.design(entry);
            case ALLOCATION_CURVES -> AllocationCurvesCodec.settings(entry);
            case HUDGENS_HALLORAN -> HudgensHalloranCodec.source(entry);
            default -> {
                // The other entries' settings name columns or rows of their data.
            }
        }
    }

    private void restore(AnalysisEntry entry, ProjectDocument project) {
        {
            switch (entry.type()) {
                case SYNTHETIC_CONTROL -> restoreSynth(entry, project);
                case DONOR_SCREEN -> restoreScreen(entry);
                case SPILLOVER_SENSITIVITY -> restoreSensitivity(entry);
                case DEBIASED_SYNTHETIC_CONTROL -> restoreDebias(entry);
                case ROBUSTNESS_CHECKS -> restoreChecks(entry);
                case OBS_EXP -> restoreObsExp(entry, project);
                case GRASP_EXPERIMENT -> {
                    if (grasp != null) {
                        GraspCodec.apply(entry, grasp);
                        pendingRuns.afterStopping(grasp.runningProperty(), grasp::cancel,
                                entry.ranWhenSaved() ? grasp::run : grasp::clear);
                    }
                }
                case RECOMMENDER_SWEEP, STRUCTURED_TREATMENTS -> {
                    if (lab != null) {
                        lab.restore(entry, entry.ranWhenSaved());
                    }
                }
                case SPILLOVER_SIMULATION_STUDY -> {
                    if (spilloverStudy != null) {
                        SpilloverStudyCodec.apply(entry, spilloverStudy);
                        if (entry.ranWhenSaved()) {
                            spilloverStudy.run();
                        }
                    }
                }
                case OBS_EXP_SIMULATION_STUDY -> {
                    if (obsExpStudy != null) {
                        SimulationStudyCodec.apply(entry, obsExpStudy);
                        if (entry.ranWhenSaved()) {
                            obsExpStudy.run();
                        }
                    }
                }
                case INTERFERENCE -> restoreInterference(entry, project);
                case HUDGENS_HALLORAN, ARONOW_SAMII, ALLOCATION_CURVES -> {
                    if (classical != null) {
                        classical.restore(entry, project);
                    }
                }
                default -> throw new IllegalStateException("No workspace for " + entry.type());
            }
        }
    }

    private void restoreSynth(AnalysisEntry entry, ProjectDocument project) {
        Panel panel = SynthControlCodec.panel(entry, project);
        DataSource source = ProjectData.require(entry, project, 0);
        synth.loadPanel(panel, project.kind() == ProjectKind.TEMPLATE
                ? TreatmentProposal.of(panel) : Optional.empty(),
                project.kind() == ProjectKind.TEMPLATE ? ""
                        : entry.configuration().path("note").asText(""));
        synthSource = source;
        synthSourcePanel = panel;
        if (checks != null) {
            // Predictors may read columns other than the outcome from the original table.
            checks.useSourceTable(panel, SynthControlCodec.table(entry, project));
        }
        JsonNode settings = entry.configuration().get("import");
        synthImportSettings = settings == null ? null : ImportSettingsJson.fromJson(settings);
        applySynthSettings(entry.configuration());
        synth.run();
    }

    /**
     * Applies stored settings to the panel on screen. Names the panel lacks, as with a template
     * opened on other data, leave the workspace's own proposal in place.
     */
    private void applySynthSettings(ObjectNode c) {
        String treated = c.path("treatedUnit").asText();
        if (synth.units().contains(treated)) {
            synth.treatedUnitProperty().set(treated);
        }
        double time = JsonValues.toDouble(c.get("interventionTime"), "interventionTime");
        if (synth.times().contains(time)) {
            synth.interventionTimeProperty().set(time);
        }
        Set<String> excluded = new HashSet<>(JsonValues.toStrings(c.get("excludedDonors"),
                "excludedDonors"));
        if (synth.donors().stream().anyMatch(d -> excluded.contains(d.unit()))) {
            for (DonorChoice donor : synth.donors()) {
                donor.includedProperty().set(!excluded.contains(donor.unit()));
            }
        }
        synth.placeboProperty().set(JsonValues.bool(c, "placebo"));
        synth.treatedInPlaceboPoolsProperty().set(JsonValues.bool(c, "treatedInPlaceboPools"));
    }

    /**
     * Starts a project from a template. The synthetic-control analysis reads the CSV the user
     * chose with the template's column roles. The other workspaces keep their data and take the
     * template's settings, because their data are not plain CSV files.
     *
     * @param template the template
     * @param synthCsv the CSV for the synthetic-control analysis, or {@code null} to skip it
     * @return the analyses that were applied, by type title
     * @throws DataFormatException if the CSV lacks the
     *     template's columns
     */
    public List<String> startFromTemplate(ProjectDocument template, DataSource synthCsv) {
        List<String> applied = new ArrayList<>();
        for (AnalysisEntry entry : template.analyses()) {
            switch (entry.type()) {
                case SYNTHETIC_CONTROL -> {
                    if (synthCsv == null) {
                        continue;
                    }
                    DataSource renamed = new DataSource(SYNTH_DATA, synthCsv.name(),
                            synthCsv.mediaType(), null, synthCsv.sha256(), synthCsv.bytes());
                    AnalysisEntry withData = new AnalysisEntry(entry.id(), entry.type(),
                            List.of(SYNTH_DATA), entry.configuration(), entry.seeds(), null,
                            false);
                    restoreSynth(withData, new ProjectDocument(ProjectKind.TEMPLATE,
                            template.title(), template.applicationVersion(), template.saved(),
                            List.of(renamed), List.of(withData), template.layout()));
                }
                case SPILLOVER_SENSITIVITY, HUDGENS_HALLORAN, ARONOW_SAMII,
                        ALLOCATION_CURVES -> {
                    // Templates store no results, and the classical settings name columns and
                    // counts of the data they were saved with.
                    continue;
                }
                case DEBIASED_SYNTHETIC_CONTROL -> {
                    if (debias == null || synthCsv == null) {
                        continue;
                    }
                    DebiasCodec.apply(entry, debias);
                }
                case ROBUSTNESS_CHECKS -> {
                    continue;
                }
                case GRASP_EXPERIMENT -> {
                    if (grasp == null) {
                        continue;
                    }
                    GraspCodec.apply(entry, grasp);
                }
                case RECOMMENDER_SWEEP, STRUCTURED_TREATMENTS -> {
                    if (lab == null) {
                        continue;
                    }
                    lab.restore(entry, false);
                }
                case SPILLOVER_SIMULATION_STUDY -> {
                    if (spilloverStudy == null) {
                        continue;
                    }
                    SpilloverStudyCodec.apply(entry, spilloverStudy);
                }
                case OBS_EXP_SIMULATION_STUDY -> {
                    if (obsExpStudy == null) {
                        continue;
                    }
                    SimulationStudyCodec.apply(entry, obsExpStudy);
                }
                case DONOR_SCREEN -> {
                    if (synthCsv == null) {
                        continue;
                    }
                    synth.spillover().settingsProperty().set(DonorScreenCodec.settings(entry));
                }
                case OBS_EXP -> {
                    if (obsExp.datasetProperty().get() == null) {
                        continue;
                    }
                    applyObsExpSettings(entry);
                }
                case INTERFERENCE -> {
                    if (interference.dataProperty().get() == null) {
                        continue;
                    }
                    applyInterferenceSettings(entry);
                }
                default -> throw new IllegalStateException("No workspace for " + entry.type());
            }
            applied.add(entry.type().title());
        }
        return applied;
    }

    /**
     * Restores the donor decisions and screen settings on the panel the synthetic-control entry
     * loaded, which comes first in every project, and screens again if the saved project had
     * a screen.
     */
    private void restoreScreen(AnalysisEntry entry) {
        java.util.Map<String, DonorScreenCodec.Decision> byUnit = new java.util.HashMap<>();
        DonorScreenCodec.decisions(entry).forEach(d -> byUnit.put(d.unit(), d));
        for (DonorChoice donor : synth.donors()) {
            DonorScreenCodec.Decision decision = byUnit.get(donor.unit());
            if (decision != null) {
                donor.includedProperty().set(decision.included());
                donor.trustedProperty().set(decision.trusted());
                donor.reasonProperty().set(decision.reason());
            }
        }
        SpilloverViewModel spillover = synth.spillover();
        spillover.settingsProperty().set(DonorScreenCodec.settings(entry));
        if (entry.ranWhenSaved()) {
            spillover.runScreen();
        }
    }

    /**
     * Runs the sensitivity analysis again when the saved project had one, with the flagged
     * donors it was saved with. It reads the fit on screen, so it starts once the synthetic
     * control restored before it has finished.
     */
    private void restoreSensitivity(AnalysisEntry entry) {
        if (!entry.ranWhenSaved()) {
            return;
        }
        SpilloverViewModel spillover = synth.spillover();
        java.util.Set<String> flagged = new java.util.LinkedHashSet<>(JsonValues.toStrings(
                entry.configuration().get("flagged"), "flagged"));
        whenIdle(synth.runningProperty(), () -> spillover.runSensitivity(flagged));
    }

    /** Applies the Debias tab's options and fits again when the saved project had a fit. */
    private void restoreDebias(AnalysisEntry entry) {
        if (debias == null) {
            return;
        }
        DebiasCodec.apply(entry, debias);
        if (entry.ranWhenSaved()) {
            debias.run();
        }
    }

    /**
     * Runs the stored checks again, one after the other, because the tab runs one check at a
     * time: the in-time placebo at its saved time, the leave-one-out refits and the
     * predictor-weighted fit with the saved predictor rows.
     */
    private void restoreChecks(AnalysisEntry entry) {
        if (checks == null) {
            return;
        }
        Deque<Runnable> queue = new ArrayDeque<>();
        Double time = ChecksCodec.placeboTime(entry);
        if (time != null) {
            queue.add(() -> {
                checks.placeboTimeProperty().set(time);
                checks.runInTimePlacebo();
            });
        }
        if (ChecksCodec.leaveOneOut(entry)) {
            queue.add(checks::runLeaveOneOut);
        }
        List<Predictor> rows = ChecksCodec.predictors(entry);
        if (!rows.isEmpty()) {
            checks.predictors().setAll(rows.stream().map(row ->
                    new PredictorRow(row.column(), row.fromTime(), row.toTime())).toList());
        }
        if (ChecksCodec.predictorFit(entry)) {
            queue.add(checks::runPredictorFit);
        }
        runInTurn(queue);
    }

    /** Starts each check once the one before it has finished. */
    private void runInTurn(Deque<Runnable> queue) {
        if (!queue.isEmpty()) {
            queue.poll().run();
            whenIdle(checks.runningProperty(), () -> runInTurn(queue));
        }
    }

    /** Runs an action now if a job is idle, or once, when it next becomes idle. */
    private static void whenIdle(javafx.beans.value.ObservableBooleanValue running,
            Runnable action) {
        if (!running.get()) {
            action.run();
            return;
        }
        running.addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable changed) {
                if (!running.get()) {
                    running.removeListener(this);
                    action.run();
                }
            }
        });
    }

    private void restoreObsExp(AnalysisEntry entry, ProjectDocument project) {
        obsExp.load(ObsExpCodec.dataset(entry, project));
        applyObsExpSettings(entry);
        obsExp.run();
    }

    private void applyObsExpSettings(AnalysisEntry entry) {
        ObjectNode c = entry.configuration();
        obsExp.propensityProperty().set(JsonValues.toDouble(c.get("propensity"), "propensity"));
        List<String> tests = JsonValues.toStrings(c.get("tests"), "tests");
        obsExp.averageGapTestProperty().set(tests.contains("f1"));
        obsExp.kernelMomentTestProperty().set(tests.contains("f2"));
        obsExp.bandTestProperty().set(tests.contains("f3"));
        obsExp.scoreProperty().set(ObsExpCodec.score(c) ? TestScore.AIPW : TestScore.IPW);
        GapHyperparameters fixed = ObsExpCodec.hyperparameters(c);
        if (fixed != null) {
            obsExp.keepHyperparameters(fixed);
        } else {
            obsExp.hyperparameterSourceProperty().set(HyperparameterSource.FIT);
        }
    }

    private void restoreInterference(AnalysisEntry entry, ProjectDocument project) {
        InterferenceData table = InterferenceCodec.table(entry, project);
        InterferenceGraph graph = InterferenceCodec.graph(entry, project);
        DistanceMatrix distances = InterferenceCodec.distances(entry, project, table.ids());
        interference.load(table);
        interference.structure().restore(InterferenceCodec.structureSource(entry), graph,
                distances);
        applyInterferenceSettings(entry);
        interference.run();
    }

    private void applyInterferenceSettings(AnalysisEntry entry) {
        SignatureChoice signature = InterferenceCodec.signature(entry);
        for (SignatureComponent component : SignatureComponent.values()) {
            interference.componentProperty(component).set(
                    signature.components().contains(component));
        }
        interference.distancePowerProperty().set(signature.distancePower());
        ExactFraction reduction = signature.ownTreatmentReduction();
        interference.ownTreatmentModifierProperty().set(reduction != null);
        if (reduction != null) {
            interference.ownTreatmentReductionProperty().set(reduction.numerator() + "/"
                    + reduction.denominator());
        }
        interference.isolatedUnitPolicyProperty().set(signature.isolatedUnitPolicy());
        interference.propensityModelProperty().set(signature.propensityModel());
        interference.binsProperty().set(signature.bins());
        interference.trimmingProperty().set(JsonValues.toDouble(
                entry.configuration().get("trimming"), "trimming"));
        UncertaintyChoice uncertainty = InterferenceCodec.uncertainty(entry);
        interference.replicatesProperty().set(uncertainty.replicates());
        interference.seedProperty().set(Math.toIntExact(uncertainty.seed()));
        interference.inflationProperty().set(uncertainty.inflation());
        interference.inflationGraphProperty().set(uncertainty.inflationGraph());
        ExactFraction level = InterferenceCodec.defaultLevel(entry);
        interference.defaultLevelProperty().set(level.numerator() + "/" + level.denominator());
        interference.assumeAdditivityProperty().set(
                JsonValues.bool(entry.configuration(), "assumeAdditivity"));
    }
}
