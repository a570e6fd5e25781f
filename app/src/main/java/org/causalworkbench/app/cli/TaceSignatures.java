package org.causalworkbench.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.graph.DistanceMatrix;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.causalworkbench.estimators.interference.SignatureBuilder;

/**
 * Builds the signature chosen with {@code --signature} for the {@code tace} command.
 */
final class TaceSignatures {

    /** Resolution of inverse-distance values once they are stored as exact fractions. */
    static final long CONTINUOUS_RESOLUTION = 1_000_000_000L;

    private TaceSignatures() {
    }

    /**
     * Computes the signature per unit.
     *
     * @param kind the --signature value
     * @param neighbours neighbour indices per unit row from --graph or --groups
     * @param groupLabels group label per unit row, or {@code null} without --groups
     * @param ids unit ids in row order, to match the rows of a distance matrix
     */
    static ExactFraction[] build(String kind, Options options, int[] treatment,
            int[][] neighbours, List<String> groupLabels, List<String> ids) {
        SignatureBuilder builder = SignatureBuilder.withDefaults();
        for (String option : List.of("--distances", "--power")) {
            if (!kind.equals("inverse-distance") && options.get(option).isPresent()) {
                throw new IllegalArgumentException(option + " is read only with --signature"
                        + " inverse-distance; drop it or change the signature");
            }
        }
        return switch (kind) {
            case "group-fraction" -> {
                if (groupLabels == null) {
                    throw new IllegalArgumentException("--signature group-fraction needs"
                            + " --groups; with --graph use neighbour-fraction or count");
                }
                yield builder.groupFraction(groupLabels, treatment);
            }
            case "neighbour-fraction" -> builder.adjacentFraction(neighbours, treatment);
            case "count" -> builder.treatedNeighbourCount(neighbours, treatment);
            case "inverse-distance" -> inverseDistance(options, treatment, ids);
            default -> throw new IllegalArgumentException("--signature '" + kind + "' is not"
                    + " one of group-fraction, neighbour-fraction, count, inverse-distance");
        };
    }

    private static ExactFraction[] inverseDistance(Options options, int[] treatment,
            List<String> ids) {
        if (options.get("--distances").isEmpty()) {
            String graphHint = options.get("--graph").isPresent()
                    ? "; the edge weights of --graph are not read as distances, so write the"
                    + " distances between all pairs of units to a square CSV matrix (first"
                    + " column and header list the unit ids, diagonal 0) and pass it"
                    : "";
            throw new IllegalArgumentException("--signature inverse-distance needs --distances"
                    + " FILE, a square CSV matrix of distances between units" + graphHint);
        }
        Path file = Path.of(options.get("--distances").get());
        DistanceMatrix matrix = DistanceMatrix.read(CsvTable.read(file), ids);
        double power = options.get("--power").map(text -> Options.number("--power", text,
                "give a positive exponent such as 2")).orElse(2.0);
        if (!(power > 0) || Double.isInfinite(power)) {
            throw new IllegalArgumentException("--power " + power + " is not a positive finite"
                    + " number; give an exponent such as 2");
        }
        double[][] distances = new double[ids.size()][ids.size()];
        for (int row = 0; row < ids.size(); row++) {
            for (int column = 0; column < ids.size(); column++) {
                distances[row][column] = matrix.distance(row, column);
            }
        }
        double[] values = SignatureBuilder.withDefaults()
                .inverseDistance(distances, treatment, power);
        return SignatureBuilder.rounded(values, CONTINUOUS_RESOLUTION);
    }
}
