package org.causalworkbench.app.graph;

/**
 * An unordered pair of unit ids, the key of an undirected edge. The factory stores the ids in
 * lexicographic order, so both directions give equal keys.
 *
 * @param first the lexicographically smaller id
 * @param second the larger id
 */
public record NodePair(String first, String second) {

    /** Creates the key of the edge between two distinct ids, in either order. */
    public static NodePair of(String one, String other) {
        return one.compareTo(other) <= 0 ? new NodePair(one, other) : new NodePair(other, one);
    }

    /** Returns whether the pair has the given id at either end. */
    public boolean touches(String id) {
        return first.equals(id) || second.equals(id);
    }
}
