package org.causalworkbench.app.interference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds the units whose fraction signature is 0/0: units without neighbours for the neighbour
 * fraction and the hop-distance version of the inverse distance, and units alone in their group
 * for the group fraction.
 */
final class IsolatedUnits {

    /** The number of ids a message names before it adds "and N more". */
    static final int NAMED = 5;

    private IsolatedUnits() {
    }

    /** Returns the ids of the units without neighbours, in table order. */
    static List<String> withoutNeighbours(InterferenceData data) {
        int[][] neighbours = data.neighbours();
        List<String> isolated = new ArrayList<>();
        for (int i = 0; i < neighbours.length; i++) {
            if (neighbours[i].length == 0) {
                isolated.add(data.ids().get(i));
            }
        }
        return isolated;
    }

    /** Returns the ids of the units alone in their group, in table order. */
    static List<String> aloneInGroup(InterferenceData data) {
        Map<String, Integer> sizes = new HashMap<>();
        data.groups().forEach(group -> sizes.merge(group, 1, Integer::sum));
        List<String> alone = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (sizes.get(data.groups().get(i)) == 1) {
                alone.add(data.ids().get(i));
            }
        }
        return alone;
    }

    /**
     * Rejects a signature that would be 0/0 for some unit.
     *
     * @param data the units and their structure
     * @param components the chosen signature components
     * @param realDistances whether the inverse distance uses a distance matrix, which gives
     *     every unit a value
     * @throws IllegalArgumentException counting the units and naming the first {@value #NAMED}
     */
    static void requireNone(InterferenceData data, List<SignatureComponent> components,
            boolean realDistances) {
        if (components.contains(SignatureComponent.GROUP_FRACTION)) {
            List<String> alone = aloneInGroup(data);
            if (!alone.isEmpty()) {
                throw rejection(alone, "are alone in their group, so their group fraction");
            }
        }
        boolean usesNeighbours = components.contains(SignatureComponent.NEIGHBOUR_FRACTION)
                || components.contains(SignatureComponent.INVERSE_DISTANCE) && !realDistances;
        if (usesNeighbours) {
            List<String> isolated = withoutNeighbours(data);
            if (!isolated.isEmpty()) {
                throw rejection(isolated, "have no neighbours, so their signature");
            }
        }
    }

    private static IllegalArgumentException rejection(List<String> units, String reason) {
        return new IllegalArgumentException(units.size() + " unit(s) " + reason + " is 0/0: "
                + name(units) + ". Choose the isolated-unit policy 'Set I to 0' or 'Missing',"
                + " or give these units neighbours.");
    }

    /** Names the first {@value #NAMED} ids in quotes and counts the rest. */
    static String name(List<String> units) {
        String named = units.stream().limit(NAMED).map(id -> "'" + id + "'")
                .collect(Collectors.joining(", "));
        return units.size() > NAMED ? named + " and " + (units.size() - NAMED) + " more" : named;
    }
}
