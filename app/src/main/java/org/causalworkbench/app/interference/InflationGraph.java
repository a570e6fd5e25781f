package org.causalworkbench.app.interference;

import org.causalworkbench.estimators.interference.DependencyInflation;

/**
 * The dependency graph whose factor D multiplies the block-bootstrap variance.
 *
 * <p>A block is resampled whole, so its bootstrap variance already contains the dependence
 * between its own units; only dependence across blocks is missing. The graph between blocks
 * therefore gives D = 1 when the blocks are groups or connected components. The unit graph is
 * the recipe of O'Riordan and Gilligan-Lee (CLeaR 2025), which with blocks of k mutually
 * dependent units widens the interval by about sqrt(k) beyond what the bootstrap needs.
 */
public enum InflationGraph {
    /** The graph between bootstrap blocks: block b depends on c when a unit of c acts on b. */
    BLOCKS("blocks (default)"),
    /** The graph between units, where two units depend when some unit acts on both. */
    UNITS("units (paper's recipe)");

    private final String label;

    InflationGraph(String label) {
        this.label = label;
    }

    /**
     * Returns the factors of this graph.
     *
     * @param neighbours neighbour indices per unit
     * @param blocks block label per unit, {@code 0..B-1}
     * @param units the factors of the unit graph, which {@link #UNITS} returns unchanged
     */
    DependencyInflation factors(int[][] neighbours, int[] blocks, DependencyInflation units) {
        return this == UNITS ? units : DependencyInflation.betweenBlocks(neighbours, blocks);
    }

    /** Explains the choice in one or two sentences, for a tooltip. */
    String explain() {
        return switch (this) {
            case BLOCKS -> "Each block (connected component) is resampled whole, so only"
                    + " dependence across blocks needs the factor: with components as blocks"
                    + " D = 1.";
            case UNITS -> "Every dependent pair of units counts, as O'Riordan and Gilligan-Lee"
                    + " (2025) apply D; dependence inside a block is then counted twice and the"
                    + " interval is wider.";
        };
    }

    /** Returns the label that follows "from the dependence between" in the inputs pane. */
    @Override
    public String toString() {
        return label;
    }
}
