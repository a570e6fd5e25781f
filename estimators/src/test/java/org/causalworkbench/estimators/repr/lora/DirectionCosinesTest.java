package org.causalworkbench.estimators.repr.lora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.causalworkbench.estimators.repr.lora.ModuleSpectrum.Side;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class DirectionCosinesTest {

    private static final double[] SPECTRUM = {3.0, 2.0, 1.0};

    /** Returns a module whose top output direction is {@code top} and input directions random. */
    private static ModuleSpectrum module(String name, double[] top, int inputs, Random random) {
        DMatrixRMaj start = KnownAdapter.gaussian(top.length, SPECTRUM.length, random);
        for (int row = 0; row < top.length; row++) {
            start.set(row, 0, top[row]);
        }
        DMatrixRMaj u = orthonormalise(start);
        DMatrixRMaj v = KnownAdapter.orthonormal(inputs, SPECTRUM.length, random);
        return ModuleSpectrum.of(new LoraModule(name, KnownAdapter.factorB(u, SPECTRUM),
                KnownAdapter.factorA(v), 6, 2));
    }

    private static DMatrixRMaj orthonormalise(DMatrixRMaj matrix) {
        var qr = org.ejml.dense.row.factory.DecompositionFactory_DDRM.qr(matrix.numRows,
                matrix.numCols);
        qr.decompose(matrix.copy());
        return qr.getQ(null, true);
    }

    private static double[] unit(int dimension, Random random) {
        double[] vector = new double[dimension];
        double norm = 0;
        for (int i = 0; i < dimension; i++) {
            vector[i] = random.nextGaussian();
            norm += vector[i] * vector[i];
        }
        for (int i = 0; i < dimension; i++) {
            vector[i] /= Math.sqrt(norm);
        }
        return vector;
    }

    @Test
    void matrix_findsSharedDirectionAcrossLayers() {
        Random random = new Random(1);
        double[] shared = unit(20, random);
        double[] other = unit(20, random);
        List<ModuleSpectrum> modules = List.of(
                module("layers.0.o_proj", shared, 20, random),
                module("layers.1.o_proj", shared, 20, random),
                module("layers.2.o_proj", other, 20, random),
                module("layers.0.v_proj", unit(8, random), 20, random));

        double[][] cosines = DirectionCosines.matrix(modules, modules, Side.OUTPUT, 0);

        assertEquals(1.0, cosines[0][0], 1e-12);
        assertEquals(1.0, cosines[0][1], 1e-12);
        assertEquals(1.0, cosines[1][0], 1e-12);
        double expected = Math.abs(dot(shared, other));
        assertEquals(expected, cosines[0][2], 1e-12);
        assertTrue(expected < 0.9, "random directions in 20 dimensions are far from parallel");
        assertTrue(Double.isNaN(cosines[0][3]), "output dimensions 20 and 8 differ");
        assertEquals(1.0, cosines[3][3], 1e-12);
    }

    @Test
    void matrix_comparesInputSide() {
        Random random = new Random(2);
        List<ModuleSpectrum> modules = List.of(module("a", unit(10, random), 12, random),
                module("b", unit(10, random), 12, random));

        double[][] cosines = DirectionCosines.matrix(modules, modules, Side.INPUT, 1);

        double expected = Math.abs(dot(modules.get(0).direction(Side.INPUT, 1),
                modules.get(1).direction(Side.INPUT, 1)));
        assertEquals(expected, cosines[0][1], 1e-15);
        assertEquals(1.0, cosines[1][1], 1e-12);
    }

    @Test
    void matrix_givesNaNForMissingDirection() {
        Random random = new Random(3);
        List<ModuleSpectrum> modules = List.of(module("a", unit(10, random), 12, random));

        double[][] cosines = DirectionCosines.matrix(modules, modules, Side.OUTPUT, 3);

        assertTrue(Double.isNaN(cosines[0][0]));
    }

    @Test
    void matchedByName_comparesSameModuleAcrossAdapters() {
        Random random = new Random(4);
        double[] shared = unit(16, random);
        List<ModuleSpectrum> first = List.of(module("layers.0.q", shared, 8, random),
                module("layers.1.q", unit(16, random), 8, random),
                module("only.first", unit(16, random), 8, random));
        List<ModuleSpectrum> second = List.of(module("layers.1.q", unit(16, random), 8, random),
                module("layers.0.q", shared, 8, random));

        Map<String, Double> cosines = DirectionCosines.matchedByName(first, second,
                Side.OUTPUT, 0);

        assertEquals(List.of("layers.0.q", "layers.1.q"), List.copyOf(cosines.keySet()));
        assertEquals(1.0, cosines.get("layers.0.q"), 1e-12);
        assertEquals(Math.abs(dot(first.get(1).direction(Side.OUTPUT, 0),
                second.get(0).direction(Side.OUTPUT, 0))), cosines.get("layers.1.q"), 1e-15);
    }

    private static double dot(double[] x, double[] y) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * y[i];
        }
        return sum;
    }

    @Test
    void zeroUpdate_definesNoDirection() {
        Random random = new Random(5);
        ModuleSpectrum zero = ModuleSpectrum.of(new LoraModule("fresh", new DMatrixRMaj(10, 3),
                KnownAdapter.gaussian(3, 12, random), 6, 2));
        ModuleSpectrum trained = module("fresh", unit(10, random), 12, random);

        double[][] cosines = DirectionCosines.matrix(List.of(zero, trained),
                List.of(zero, trained), Side.OUTPUT, 0);
        Map<String, Double> matched = DirectionCosines.matchedByName(List.of(zero),
                List.of(trained), Side.INPUT, 0);

        assertFalse(zero.hasDirection(0));
        assertEquals(0, zero.definedDirectionCount());
        assertTrue(Double.isNaN(cosines[0][0]), "a zero update with itself");
        assertTrue(Double.isNaN(cosines[0][1]), "a zero update with a trained one");
        assertEquals(1.0, cosines[1][1], 1e-12);
        assertTrue(Double.isNaN(matched.get("fresh")));
    }

    @Test
    void rankDeficientUpdate_definesOnlyItsRank() {
        Random random = new Random(6);
        DMatrixRMaj b = new DMatrixRMaj(10, 3);
        DMatrixRMaj column = KnownAdapter.gaussian(10, 1, random);
        for (int row = 0; row < 10; row++) {
            // Three equal columns make B, and so B * A, of rank 1.
            for (int k = 0; k < 3; k++) {
                b.set(row, k, column.get(row, 0));
            }
        }
        ModuleSpectrum spectrum = ModuleSpectrum.of(new LoraModule("tied", b,
                KnownAdapter.gaussian(3, 12, random), 6, 2));

        double[][] second = DirectionCosines.matrix(List.of(spectrum), List.of(spectrum),
                Side.OUTPUT, 1);

        assertTrue(spectrum.hasDirection(0));
        assertFalse(spectrum.hasDirection(1));
        assertEquals(1, spectrum.definedDirectionCount());
        assertTrue(Double.isNaN(second[0][0]));
    }
}
