package org.causalworkbench.estimators.synth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.causalworkbench.estimators.data.DataFormatException;
import org.causalworkbench.estimators.data.Panel;

/**
 * Holds one synthetic-control problem: a panel, the treated unit, the intervention time and the
 * donor pool, checked and ready to fit.
 *
 * <p>The intervention time is the first post-intervention period, and must be one of the panel's
 * times. Times strictly before it form the pre-period used to fit the weights, and it and every
 * later time form the post-period.
 *
 * <p>Rejected with a {@link DataFormatException} naming the file, column or line: a treated unit
 * that is not in the panel, an excluded donor that is not in the panel, fewer than two
 * pre-intervention periods, no post-intervention period, a missing outcome of the treated unit,
 * an intervention time that is not a panel time, and a donor pool left empty. A donor with a missing outcome in any period is dropped from the
 * pool, and {@link #notes()} names it with the time and line.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable.
 */
public final class SyntheticControlSetup {

    private final Panel panel;
    private final String treatedUnit;
    private final int treatedIndex;
    private final double interventionTime;
    private final int preCount;
    private final List<String> donors;
    private final int[] donorIndices;
    private final List<String> notes;

    private SyntheticControlSetup(Panel panel, String treatedUnit, double interventionTime,
            int preCount, List<String> donors, List<String> notes) {
        this.panel = panel;
        this.treatedUnit = treatedUnit;
        this.treatedIndex = panel.findUnit(treatedUnit).orElseThrow();
        this.interventionTime = interventionTime;
        this.preCount = preCount;
        this.donors = List.copyOf(donors);
        this.donorIndices = donors.stream()
                .mapToInt(d -> panel.findUnit(d).orElseThrow()).toArray();
        this.notes = List.copyOf(notes);
    }

    /**
     * Checks and builds a problem whose donor pool is every other unit less the excluded ones.
     *
     * @param panel the panel
     * @param treatedUnit the treated unit's name
     * @param interventionTime the first post-intervention time
     * @param excludedDonors units to leave out of the donor pool
     * @return the problem
     * @throws DataFormatException if the problem cannot be fitted
     */
    public static SyntheticControlSetup of(Panel panel, String treatedUnit,
            double interventionTime, Collection<String> excludedDonors) {
        String unitColumn = panel.spec().unitColumn();
        int treated = panel.findUnit(treatedUnit).orElseThrow(() -> new DataFormatException(
                panel.sourceName() + ": treated unit '" + treatedUnit + "' is not in column '"
                        + unitColumn + "'; the units are " + listUnits(panel.units()) + "."));
        for (String excluded : excludedDonors) {
            if (panel.findUnit(excluded).isEmpty()) {
                throw new DataFormatException(panel.sourceName() + ": excluded donor '"
                        + excluded + "' is not in column '" + unitColumn
                        + "'; check the spelling against the units in the file.");
            }
        }
        int preCount = countBefore(panel, interventionTime);
        checkPeriods(panel, interventionTime, preCount);
        checkIsPanelTime(panel, interventionTime, preCount);
        checkTreatedComplete(panel, treated);

        Set<String> excluded = new LinkedHashSet<>(excludedDonors);
        List<String> donors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int u = 0; u < panel.unitCount(); u++) {
            String unit = panel.units().get(u);
            if (u == treated || excluded.contains(unit)) {
                continue;
            }
            int missingAt = firstMissing(panel, u);
            if (missingAt >= 0) {
                String period = missingAt < preCount ? "pre-intervention" : "post-intervention";
                notes.add("Dropped donor '" + unit + "': its " + panel.spec().outcomeColumn()
                        + " is missing at " + panel.spec().timeColumn() + " "
                        + Panel.formatTime(panel.time(missingAt)) + " (" + period + ", "
                        + panel.sourceName() + " line " + panel.line(u, missingAt) + ").");
                continue;
            }
            donors.add(unit);
        }
        if (donors.isEmpty()) {
            throw new DataFormatException(panel.sourceName() + ": no donor is left for '"
                    + treatedUnit + "' after exclusions and dropping donors with missing"
                    + " outcomes; include at least one complete donor.");
        }
        return new SyntheticControlSetup(panel, treatedUnit, interventionTime, preCount, donors,
                notes);
    }

    /**
     * Builds the placebo problem in which a donor plays the treated unit.
     *
     * @param placeboUnit a donor of this problem
     * @param includeTreated whether the real treated unit joins the placebo's donor pool
     * @return the problem, whose donors are this problem's other donors
     */
    SyntheticControlSetup placebo(String placeboUnit, boolean includeTreated) {
        List<String> placeboDonors = new ArrayList<>(donors);
        placeboDonors.remove(placeboUnit);
        if (includeTreated) {
            placeboDonors.add(treatedUnit);
        }
        return new SyntheticControlSetup(panel, placeboUnit, interventionTime, preCount,
                placeboDonors, List.of());
    }

    /**
     * Builds the in-time placebo problem: the same units and donors with an earlier intervention
     * time, so only the periods before it fit the weights.
     *
     * @param placeboTime a panel time inside the pre-period, with at least two periods before it
     * @return the problem
     * @throws IllegalArgumentException if the time is not such a panel time
     */
    SyntheticControlSetup withEarlierIntervention(double placeboTime) {
        int placeboPre = countBefore(panel, placeboTime);
        if (placeboPre >= preCount || panel.time(placeboPre) != placeboTime || placeboPre < 2) {
            throw new IllegalArgumentException("placebo time " + Panel.formatTime(placeboTime)
                    + " must be a panel time after the second period and before the intervention"
                    + " at " + Panel.formatTime(interventionTime) + ", such as "
                    + Panel.formatTime(panel.time(Math.max(2, preCount / 2))) + ".");
        }
        return new SyntheticControlSetup(panel, treatedUnit, placeboTime, placeboPre, donors,
                notes);
    }

    /**
     * Builds the problem with one donor left out of the pool.
     *
     * @param donor a donor of this problem
     * @return the problem
     * @throws IllegalArgumentException if the donor is not in the pool or is the only one
     */
    SyntheticControlSetup withoutDonor(String donor) {
        if (!donors.contains(donor)) {
            throw new IllegalArgumentException("'" + donor + "' is not in the donor pool of '"
                    + treatedUnit + "'; pick one of " + listUnits(donors) + ".");
        }
        if (donors.size() == 1) {
            throw new IllegalArgumentException("cannot leave out '" + donor + "', the only donor"
                    + " of '" + treatedUnit + "'; include more donors first.");
        }
        List<String> remaining = new ArrayList<>(donors);
        remaining.remove(donor);
        return new SyntheticControlSetup(panel, treatedUnit, interventionTime, preCount,
                remaining, notes);
    }

    private static int countBefore(Panel panel, double interventionTime) {
        int count = 0;
        while (count < panel.timeCount() && panel.time(count) < interventionTime) {
            count++;
        }
        return count;
    }

    private static void checkPeriods(Panel panel, double interventionTime, int preCount) {
        String timeColumn = panel.spec().timeColumn();
        if (preCount < 2) {
            throw new DataFormatException(panel.sourceName() + ": column '" + timeColumn
                    + "' has " + preCount + " period(s) before the intervention at "
                    + Panel.formatTime(interventionTime) + "; a synthetic control needs at least"
                    + " two pre-intervention periods, so choose a later intervention time.");
        }
        if (preCount == panel.timeCount()) {
            throw new DataFormatException(panel.sourceName() + ": column '" + timeColumn
                    + "' has no period at or after the intervention time "
                    + Panel.formatTime(interventionTime) + " (the last is "
                    + Panel.formatTime(panel.time(panel.timeCount() - 1))
                    + "); choose an intervention time inside the data.");
        }
    }

    /**
     * Rejects an intervention time between two observed times, because the user most likely
     * mistyped it and the period it would fall into is ambiguous.
     */
    private static void checkIsPanelTime(Panel panel, double interventionTime, int preCount) {
        if (panel.time(preCount) != interventionTime) {
            throw new DataFormatException(panel.sourceName() + ": intervention time "
                    + Panel.formatTime(interventionTime) + " is not a time in column '"
                    + panel.spec().timeColumn() + "'; use the first treated period, such as "
                    + Panel.formatTime(panel.time(preCount - 1)) + " or "
                    + Panel.formatTime(panel.time(preCount)) + ".");
        }
    }

    private static void checkTreatedComplete(Panel panel, int treated) {
        int missingAt = firstMissing(panel, treated);
        if (missingAt >= 0) {
            throw new DataFormatException(panel.sourceName() + ", line "
                    + panel.line(treated, missingAt) + ", column '"
                    + panel.spec().outcomeColumn() + "': the treated unit '"
                    + panel.units().get(treated) + "' has no outcome at "
                    + Panel.formatTime(panel.time(missingAt))
                    + "; the treated unit needs an outcome in every period.");
        }
    }

    private static int firstMissing(Panel panel, int unit) {
        for (int t = 0; t < panel.timeCount(); t++) {
            if (Double.isNaN(panel.outcome(unit, t))) {
                return t;
            }
        }
        return -1;
    }

    private static String listUnits(List<String> units) {
        int shown = Math.min(units.size(), 12);
        String list = "'" + String.join("', '", units.subList(0, shown)) + "'";
        return units.size() > shown ? list + " and " + (units.size() - shown) + " more" : list;
    }

    /** Returns the panel. */
    public Panel panel() {
        return panel;
    }

    /** Returns the treated unit's name. */
    public String treatedUnit() {
        return treatedUnit;
    }

    /** Returns the treated unit's row in the panel. */
    int treatedIndex() {
        return treatedIndex;
    }

    /** Returns the first post-intervention time. */
    public double interventionTime() {
        return interventionTime;
    }

    /** Returns the number of pre-intervention periods. */
    public int preCount() {
        return preCount;
    }

    /** Returns the donor pool after exclusions and drops, in panel order. */
    public List<String> donors() {
        return donors;
    }

    /** Returns the donors' rows in the panel. */
    int[] donorIndices() {
        return donorIndices.clone();
    }

    /** Returns messages about donors dropped for missing outcomes. */
    public List<String> notes() {
        return notes;
    }
}
