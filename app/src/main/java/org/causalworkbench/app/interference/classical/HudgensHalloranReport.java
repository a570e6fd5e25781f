package org.causalworkbench.app.interference.classical;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.causalworkbench.app.interference.InterferenceData;
import org.causalworkbench.estimators.interference.classical.EffectEstimate;
import org.causalworkbench.estimators.interference.classical.GroupSummary;
import org.causalworkbench.estimators.interference.classical.HudgensHalloran;
import org.causalworkbench.estimators.interference.classical.HudgensHalloranResult;
import org.causalworkbench.estimators.interference.classical.StrategySummary;

/**
 * The Hudgens-Halloran effects of a unit table for display: DE of every strategy and IE, TE and
 * OE of every pair, with the strategies ordered by their observed treated fraction so that
 * psi0 is the strategy with less coverage and protective effects come out positive.
 *
 * @param effects the effect rows, defined or with a note that says why not
 * @param strategies one row per strategy used, psi0 first
 * @param notes strategies dropped for having fewer than 2 groups, and groups with one arm
 * @param signConvention the estimator's sign convention
 */
public record HudgensHalloranReport(List<EffectRow> effects, List<StrategyRow> strategies,
        List<String> notes, String signConvention) {

    /** Copies the lists. */
    public HudgensHalloranReport {
        effects = List.copyOf(effects);
        strategies = List.copyOf(strategies);
        notes = List.copyOf(notes);
    }

    /**
     * Estimates every effect. Strategies with fewer than 2 groups are dropped with a note,
     * because their variance is undefined.
     *
     * @param data the unit table
     * @param strategyByGroup the strategy of every group of the table
     * @return the report
     * @throws IllegalArgumentException if no strategy has 2 groups, or the estimator rejects
     *     the input
     */
    public static HudgensHalloranReport compute(InterferenceData data,
            Map<String, String> strategyByGroup) {
        List<String> notes = new ArrayList<>();
        Map<String, List<String>> groupsByStrategy = new LinkedHashMap<>();
        strategyByGroup.forEach((group, strategy) ->
                groupsByStrategy.computeIfAbsent(strategy, key -> new ArrayList<>()).add(group));
        Map<String, String> kept = new LinkedHashMap<>();
        groupsByStrategy.forEach((strategy, groups) -> {
            if (groups.size() < 2) {
                notes.add("Strategy '" + strategy + "' is left out: it has only group "
                        + groups.get(0) + ", and the variance needs at least 2 groups per"
                        + " strategy.");
            } else {
                groups.forEach(group -> kept.put(group, strategy));
            }
        });
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("No strategy has at least 2 groups ("
                    + groupsByStrategy.size() + " strategies, each with 1 group), so no"
                    + " Hudgens-Halloran effect can be estimated. Check that the strategy"
                    + " column is the group's allocation, not a unit-level variable.");
        }

        List<String> groupLabels = new ArrayList<>();
        List<Integer> units = new ArrayList<>();
        for (int unit = 0; unit < data.size(); unit++) {
            if (kept.containsKey(data.groups().get(unit))) {
                groupLabels.add(data.groups().get(unit));
                units.add(unit);
            }
        }
        int[] allTreatment = data.treatment();
        double[] allOutcome = data.outcome();
        int[] treatment = new int[units.size()];
        double[] outcome = new double[units.size()];
        for (int k = 0; k < units.size(); k++) {
            treatment[k] = allTreatment[units.get(k)];
            outcome[k] = allOutcome[units.get(k)];
        }
        HudgensHalloranResult result = HudgensHalloran.withDefaults().estimate(groupLabels,
                treatment, outcome, kept);
        return fromResult(result, notes);
    }

    /** Builds the rows from an estimator result, strategies in order of treated fraction. */
    static HudgensHalloranReport fromResult(HudgensHalloranResult result, List<String> notes) {
        List<StrategySummary> ordered = new ArrayList<>(result.strategies());
        ordered.sort(Comparator.comparingDouble(HudgensHalloranReport::treatedFraction));
        List<String> allNotes = new ArrayList<>(notes);
        List<StrategyRow> strategyRows = new ArrayList<>();
        for (StrategySummary summary : ordered) {
            strategyRows.add(new StrategyRow(String.valueOf(summary.strategy()),
                    summary.groupCount(), summary.unitCount(), treatedFraction(summary),
                    summary.untreatedMean(), summary.treatedMean(), summary.outcomeMean()));
            oneArmNote(summary, summary.groupsWithoutTreated(), "treated", allNotes);
            oneArmNote(summary, summary.groupsWithoutUntreated(), "untreated", allNotes);
        }

        List<EffectRow> rows = new ArrayList<>();
        for (StrategySummary summary : ordered) {
            Object psi = summary.strategy();
            rows.add(row("DE(" + psi + ")", () -> result.direct(psi), summary.groupCount()
                    + ""));
        }
        for (int i = 0; i < ordered.size(); i++) {
            for (int j = i + 1; j < ordered.size(); j++) {
                Object psi0 = ordered.get(i).strategy();
                Object psi1 = ordered.get(j).strategy();
                String pair = "(" + psi0 + ", " + psi1 + ")";
                String groups = ordered.get(i).groupCount() + " + " + ordered.get(j).groupCount();
                rows.add(row("IE" + pair, () -> result.indirect(psi0, psi1), groups));
                rows.add(row("TE" + pair, () -> result.total(psi0, psi1), groups));
                rows.add(row("OE" + pair, () -> result.overall(psi0, psi1), groups));
            }
        }
        if (ordered.size() < 2) {
            allNotes.add("IE, TE and OE compare two strategies, but only strategy '"
                    + ordered.get(0).strategy() + "' has at least 2 groups.");
        }
        return new HudgensHalloranReport(rows, strategyRows, allNotes, result.signConvention());
    }

    private static EffectRow row(String effect, Supplier<EffectEstimate> estimate,
            String groups) {
        try {
            EffectEstimate value = estimate.get();
            return new EffectRow(effect, value.estimate(), value.standardError(), groups, "");
        } catch (IllegalArgumentException undefined) {
            return new EffectRow(effect, Double.NaN, Double.NaN, groups,
                    undefined.getMessage());
        }
    }

    private static void oneArmNote(StrategySummary summary, List<Object> groups, String arm,
            List<String> notes) {
        if (!groups.isEmpty()) {
            notes.add(String.format(Locale.ROOT, "Strategy '%s': %d of %d groups have no %s"
                    + " member (%s), so the effects that need their %s mean are undefined.",
                    summary.strategy(), groups.size(), summary.groupCount(), arm,
                    GroupStrategies.list(groups), arm));
        }
    }

    private static double treatedFraction(StrategySummary summary) {
        int treated = 0;
        for (GroupSummary group : summary.groups()) {
            treated += group.treated();
        }
        return (double) treated / summary.unitCount();
    }
}
