package org.causalworkbench.app.project;

import java.util.List;
import java.util.Map;
import org.causalworkbench.app.interference.InterferenceData;
import org.causalworkbench.app.interference.InterferenceViewModel;
import org.causalworkbench.app.interference.classical.AllocationViewModel;
import org.causalworkbench.app.interference.classical.AronowSamiiReport;
import org.causalworkbench.app.interference.classical.AronowSamiiViewModel;
import org.causalworkbench.app.interference.classical.ClassicalViewModel;
import org.causalworkbench.app.interference.classical.DesignChoice;
import org.causalworkbench.app.interference.classical.HudgensHalloranReport;
import org.causalworkbench.app.interference.classical.HudgensHalloranViewModel;
import org.causalworkbench.app.interference.classical.HudgensHalloranViewModel.Source;

/**
 * Moves the classical tab of the interference workspace into a project and back. The tab
 * analyses the workspace's unit table, so its entries read the data source the interference
 * entry stores. An estimator is stored only when its result is on screen, because the
 * Hudgens-Halloran table recomputes by itself and the other two start from defaults that
 * follow the data.
 */
final class ClassicalProject {

    static final String HUDGENS_HALLORAN_ID = "hudgens-halloran";
    static final String ARONOW_SAMII_ID = "aronow-samii";
    static final String ALLOCATION_ID = "allocation-curves";
    static final String STRATEGIES_DATA = "classical-strategies";

    private final ClassicalViewModel classical;

    ClassicalProject(ClassicalViewModel classical) {
        this.classical = classical;
    }

    /**
     * Adds an entry for each estimator with a result on screen, and the unit table when the
     * interference entry did not add it.
     *
     * @param unitsId the id of the unit table's data source
     * @param data the data sources so far
     * @param analyses the analyses so far
     */
    void capture(String unitsId, List<DataSource> data, List<AnalysisEntry> analyses) {
        InterferenceData table = classical.workspace().dataProperty().get();
        if (table == null) {
            return;
        }
        boolean any = classical.hudgensHalloran().reportProperty().get() != null
                || classical.aronowSamii().reportProperty().get() != null
                || classical.allocation().curves() != null;
        if (any && data.stream().noneMatch(source -> source.id().equals(unitsId))) {
            data.add(InterferenceCodec.unitsSource(unitsId, table));
        }

        captureHudgensHalloran(unitsId, data, analyses);
        AronowSamiiViewModel as = classical.aronowSamii();
        AronowSamiiReport exposures = as.reportProperty().get();
        if (exposures != null) {
            DesignChoice shown = as.designChoice();
            analyses.add(AronowSamiiCodec.entry(ARONOW_SAMII_ID, unitsId, shown, exposures,
                    !shown.equals(as.reportChoice())));
        }

        AllocationViewModel allocation = classical.allocation();
        AllocationViewModel.Curves curves = allocation.curves();
        if (curves != null) {
            AllocationViewModel.Settings shown = allocation.settings();
            analyses.add(AllocationCurvesCodec.entry(ALLOCATION_ID, unitsId, shown,
                    allocation.referenceIndexProperty().get(), curves,
                    !shown.equals(allocation.gridSettings())));
        }
    }

    private void captureHudgensHalloran(String unitsId, List<DataSource> data,
            List<AnalysisEntry> analyses) {
        HudgensHalloranViewModel hh = classical.hudgensHalloran();
        HudgensHalloranReport effects = hh.reportProperty().get();
        if (effects != null) {
            String strategiesId = null;
            Map<String, String> loaded = hh.loadedStrategies();
            if (hh.sourceProperty().get() == Source.TABLE && loaded != null) {
                data.add(HudgensHalloranCodec.strategiesSource(STRATEGIES_DATA, loaded));
                strategiesId = STRATEGIES_DATA;
            }
            analyses.add(HudgensHalloranCodec.entry(HUDGENS_HALLORAN_ID, unitsId, strategiesId,
                    hh.sourceProperty().get(), hh.strategyColumnProperty().get(), effects));
        }
    }

    /** Returns the result object on screen of a classical entry, or {@code null}. */
    Object shown(AnalysisType type) {
        return switch (type) {
            case HUDGENS_HALLORAN -> classical.hudgensHalloran().reportProperty().get();
            case ARONOW_SAMII -> classical.aronowSamii().reportProperty().get();
            case ALLOCATION_CURVES -> classical.allocation().curves();
            default -> throw new IllegalArgumentException(type + " is not a classical analysis");
        };
    }

    /**
     * Applies a classical entry's settings to the tab and runs the estimator again. The
     * interference entry, which comes first, has loaded the unit table; a project without one
     * loads the table here.
     *
     * @param entry the entry
     * @param project the project holding its data
     */
    void restore(AnalysisEntry entry, ProjectDocument project) {
        InterferenceViewModel workspace = classical.workspace();
        if (project.analyses().stream().noneMatch(a -> a.type() == AnalysisType.INTERFERENCE)
                && workspace.dataProperty().get() == null) {
            workspace.load(InterferenceCodec.table(entry, project));
        }
        switch (entry.type()) {
            case HUDGENS_HALLORAN -> restoreHudgensHalloran(entry, project);
            case ARONOW_SAMII -> {
                DesignChoice design = AronowSamiiCodec.design(entry);
                AronowSamiiViewModel as = classical.aronowSamii();
                as.kindProperty().set(design.kind());
                as.probabilityProperty().set(design.probability());
                as.treatedProperty().set(design.treated());
                as.exactProperty().set(design.exact());
                as.drawsProperty().set(design.draws());
                as.seedProperty().set(design.seed());
                as.run();
            }
            case ALLOCATION_CURVES -> {
                AllocationViewModel.Settings settings = AllocationCurvesCodec.settings(entry);
                AllocationViewModel allocation = classical.allocation();
                allocation.propensityProperty().set(settings.propensity());
                allocation.knownProbabilityProperty().set(settings.knownProbability());
                allocation.fromProperty().set(settings.from());
                allocation.toProperty().set(settings.to());
                allocation.pointsProperty().set(settings.points());
                allocation.referenceIndexProperty().set(
                        AllocationCurvesCodec.referenceIndex(entry));
                allocation.estimate();
            }
            default -> throw new IllegalArgumentException(entry.type()
                    + " is not a classical analysis");
        }
    }

    private void restoreHudgensHalloran(AnalysisEntry entry, ProjectDocument project) {
        HudgensHalloranViewModel hh = classical.hudgensHalloran();
        if (HudgensHalloranCodec.source(entry) == Source.TABLE) {
            hh.loadStrategyTable(HudgensHalloranCodec.strategyTable(entry, project));
        } else {
            String column = HudgensHalloranCodec.column(entry);
            hh.sourceProperty().set(Source.COLUMN);
            hh.strategyColumnProperty().set(column);
        }
    }
}
