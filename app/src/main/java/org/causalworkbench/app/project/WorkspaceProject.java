package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
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
import org.causalworkbench.app.obsexp.HyperparameterSource;
import org.causalworkbench.app.obsexp.ObsExpDataset;
import org.causalworkbench.app.obsexp.ObsExpViewModel;
import org.causalworkbench.app.obsexp.TestScore;
import org.causalworkbench.app.synth.DonorChoice;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.graph.DistanceMatrix;
import org.causalworkbench.estimators.graph.InterferenceGraph;
import org.causalworkbench.estimators.interference.ExactFraction;

/**
 * Moves the three workspaces into a project document and back. Capture reads the settings on
 * screen (not only those of the last run), so edits made since the last run are saved too; the
 * result on screen is stored with a stale flag when the settings changed after it. Restore
 * loads each workspace's data, applies the settings and starts a run.
 */
public final class WorkspaceProject {

    static final String SYNTH_ID = "synthetic-control";
    static final String SYNTH_DATA = "synth-panel";
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

    private DataSource synthSource;
    private Panel synthSourcePanel;

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
        synthSource = DataSource.embedded(SYNTH_DATA, name, "text/csv", bytes);
        synthSourcePanel = panel;
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
        captureSynth(data, analyses);
        captureObsExp(data, analyses);
        captureInterference(data, analyses);
        return new ProjectDocument(ProjectKind.PROJECT, title, WorkbenchVersion.current(),
                clock.instant(), data, analyses, layout);
    }

    private void captureSynth(List<DataSource> data, List<AnalysisEntry> analyses) {
        Panel panel = synth.panelProperty().get();
        if (panel == null || synth.treatedUnitProperty().get() == null) {
            return;
        }
        DataSource source = panel == synthSourcePanel ? synthSource
                : DataSource.embeddedText(SYNTH_DATA, panel.sourceName(), "text/csv",
                        PanelCsv.write(panel));
        SynthRequest request = synth.currentRequest();
        var outcome = synth.outcomeProperty().get();
        data.add(source);
        analyses.add(SynthControlCodec.entry(SYNTH_ID, SYNTH_DATA, request, outcome,
                outcome != null && synth.outcomeStaleProperty().get()));
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
        for (AnalysisEntry entry : project.analyses()) {
            switch (entry.type()) {
                case SYNTHETIC_CONTROL -> restoreSynth(entry, project);
                case OBS_EXP -> restoreObsExp(entry, project);
                case INTERFERENCE -> restoreInterference(entry, project);
                default -> throw new IllegalStateException("No workspace for " + entry.type());
            }
        }
    }

    private void restoreSynth(AnalysisEntry entry, ProjectDocument project) {
        SynthRequest request = SynthControlCodec.request(entry, project);
        DataSource source = ProjectData.require(entry, project, 0);
        synth.loadPanel(request.panel(), Optional.empty(), "");
        synthSource = source;
        synthSourcePanel = request.panel();
        synth.treatedUnitProperty().set(request.treatedUnit());
        synth.interventionTimeProperty().set(request.interventionTime());
        Set<String> excluded = new HashSet<>(request.excludedDonors());
        for (DonorChoice donor : synth.donors()) {
            donor.includedProperty().set(!excluded.contains(donor.unit()));
        }
        synth.placeboProperty().set(request.placebo());
        synth.treatedInPlaceboPoolsProperty().set(request.treatedInPlaceboPools());
        synth.run();
    }

    private void restoreObsExp(AnalysisEntry entry, ProjectDocument project) {
        ObsExpRequest request = ObsExpCodec.request(entry, project);
        obsExp.load(ObsExpCodec.dataset(entry, project));
        obsExp.propensityProperty().set(request.trial().propensity());
        obsExp.averageGapTestProperty().set(request.tests().contains("f1"));
        obsExp.kernelMomentTestProperty().set(request.tests().contains("f2"));
        obsExp.bandTestProperty().set(request.tests().contains("f3"));
        obsExp.scoreProperty().set(request.aipw() ? TestScore.AIPW : TestScore.IPW);
        if (request.hyperparameters() != null) {
            obsExp.keepHyperparameters(request.hyperparameters());
        } else {
            obsExp.hyperparameterSourceProperty().set(HyperparameterSource.FIT);
        }
        obsExp.run();
    }

    private void restoreInterference(AnalysisEntry entry, ProjectDocument project) {
        InterferenceData table = InterferenceCodec.table(entry, project);
        InterferenceGraph graph = InterferenceCodec.graph(entry, project);
        DistanceMatrix distances = InterferenceCodec.distances(entry, project, table.ids());
        interference.load(table);
        interference.structure().restore(InterferenceCodec.structureSource(entry), graph,
                distances);
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
                entry.configuration().path("assumeAdditivity").asBoolean(true));
        interference.run();
    }
}
