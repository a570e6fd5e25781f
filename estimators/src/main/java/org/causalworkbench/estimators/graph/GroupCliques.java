package org.causalworkbench.estimators.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;

/**
 * Builds an interference graph from a group column of the unit table, such as a household id:
 * the members of each group form a clique with unweighted edges, and no edge joins two groups.
 *
 * <p>A group with one member gives an isolated unit, whose group fraction of treated others is
 * 0/0. Such units are kept, and {@link Result#singletonMessages()} names each one with its line,
 * so the caller can show the message or drop the units.
 */
public final class GroupCliques {

    private GroupCliques() {
    }

    /**
     * A graph built from groups, with the groups that have a single member.
     *
     * @param graph the union of cliques
     * @param singletonMessages one message per single-member group, naming file, line and group
     */
    public record Result(InterferenceGraph graph, List<String> singletonMessages) {

        /** Copies the message list. */
        public Result {
            singletonMessages = List.copyOf(singletonMessages);
        }
    }

    /**
     * Builds the cliques.
     *
     * @param units the unit table
     * @param idColumn the name of the unit id column
     * @param groupColumn the name of the group id column
     * @return the graph and the single-member groups
     * @throws DataFormatException if a column is missing, an id or group cell is empty, or an
     *     id repeats. The message names the file and line.
     */
    public static Result build(CsvTable units, String idColumn, String groupColumn) {
        List<String> ids = UnitIds.read(units, idColumn);
        int group = units.requireColumn(groupColumn, "group id");
        Map<String, List<Integer>> rowsByGroup = new LinkedHashMap<>();
        for (int row = 0; row < units.rowCount(); row++) {
            String groupId = units.cell(row, group);
            if (groupId.isEmpty()) {
                throw new DataFormatException(units.location(row, group)
                        + ": the group id is empty; give every unit a group.");
            }
            rowsByGroup.computeIfAbsent(groupId, key -> new ArrayList<>()).add(row);
        }

        InterferenceGraph.Builder builder = InterferenceGraph.builder(ids);
        List<String> singletons = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> entry : rowsByGroup.entrySet()) {
            List<Integer> rows = entry.getValue();
            if (rows.size() == 1) {
                singletons.add(units.location(rows.get(0), group) + ": group '" + entry.getKey()
                        + "' has a single member, unit '" + ids.get(rows.get(0))
                        + "', so its group fraction is 0/0; drop the unit or merge the group.");
            }
            for (int i = 0; i < rows.size(); i++) {
                for (int j = i + 1; j < rows.size(); j++) {
                    String location = units.location(rows.get(j), group);
                    builder.addEdge(ids.get(rows.get(i)), ids.get(rows.get(j)), null, location);
                }
            }
        }
        return new Result(builder.build(), singletons);
    }
}
