package org.causalworkbench.estimators.gp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every kernel's analytic derivatives against central finite differences, and the
 * bookkeeping of learned and fixed hyperparameters.
 */
class KernelGradientTest {

    static Stream<Arguments> kernels() {
        Kernel squaredExponential = SquaredExponentialKernel.ard(0.7, 1.9);
        return Stream.of(
                Arguments.of("squared exponential", squaredExponential),
                Arguments.of("Matern 3/2", MaternKernel.threeHalves(0.6, 1.3)),
                Arguments.of("Matern 5/2", MaternKernel.fiveHalves(1.1, 0.4)),
                Arguments.of("linear", LinearKernel.withVariance(0.8)),
                Arguments.of("constant", ConstantKernel.withVariance(2.5)),
                Arguments.of("scaled", ScaledKernel.of(squaredExponential, 3.0)),
                Arguments.of("scaled, fixed variance",
                        ScaledKernel.withFixedVariance(MaternKernel.fiveHalves(0.9, 2.0), 1.7)),
                Arguments.of("sum", SumKernel.of(squaredExponential,
                        LinearKernel.withVariance(0.3))),
                Arguments.of("product", ProductKernel.of(MaternKernel.threeHalves(0.5, 0.8),
                        ConstantKernel.withVariance(1.4), LinearKernel.withVariance(0.6))),
                Arguments.of("sum with a fixed term", SumKernel.of(squaredExponential.fixed(),
                        MaternKernel.fiveHalves(0.3, 0.9))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void gradient_matchesCentralDifferences_randomPairs(String name, Kernel kernel) {
        Random random = new Random(7);
        for (int pair = 0; pair < 20; pair++) {
            double[] a = {random.nextGaussian(), random.nextGaussian()};
            double[] b = pair == 0 ? a.clone()
                    : new double[] {random.nextGaussian(), random.nextGaussian()};
            double[] analytic = new double[kernel.parameterCount()];
            kernel.gradient(a, b, analytic, 0);
            double[] numerical = GradientCheck.centralDifferences(
                    logs -> kernel.withLogParameters(logs).value(a, b), kernel.logParameters());

            GradientCheck.assertGradientsAgree(numerical, analytic, 1e-3, name + ", pair " + pair);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void gradient_writesOnlyItsRange_offset(String name, Kernel kernel) {
        double[] a = {0.3, -0.2};
        double[] b = {-0.4, 0.5};
        int count = kernel.parameterCount();
        double[] shifted = new double[count + 4];
        shifted[0] = 99;
        shifted[1] = 98;
        shifted[count + 2] = 97;
        shifted[count + 3] = 96;
        double[] plain = new double[count];

        kernel.gradient(a, b, shifted, 2);
        kernel.gradient(a, b, plain, 0);

        assertEquals(99, shifted[0]);
        assertEquals(98, shifted[1]);
        assertEquals(97, shifted[count + 2]);
        assertEquals(96, shifted[count + 3]);
        for (int k = 0; k < count; k++) {
            assertEquals(plain[k], shifted[k + 2], name + ": entry " + k);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void withLogParameters_roundTrips(String name, Kernel kernel) {
        double[] logs = kernel.logParameters();
        Kernel copy = kernel.withLogParameters(logs);
        double[] a = {0.1, 0.2};
        double[] b = {-1.0, 0.7};

        assertEquals(kernel.parameterCount(), logs.length, "log-parameter count");
        assertEquals(kernel.parameterCount(), kernel.hyperparameters().size(),
                "hyperparameter descriptions");
        assertArrayEquals(logs, copy.logParameters(), 1e-15);
        assertEquals(kernel.value(a, b), copy.value(a, b), 1e-15);
        assertEquals(kernel.value(a, b), kernel.value(b, a), 1e-15, "symmetry");
    }

    @Test
    void fixed_hasNoLearnedParameters_keepsValues() {
        Kernel kernel = ScaledKernel.of(SquaredExponentialKernel.ard(0.5, 2.0), 3.0);
        Kernel fixed = kernel.fixed();
        double[] a = {0.1, 0.2};
        double[] b = {0.4, -0.3};

        assertEquals(0, fixed.parameterCount());
        assertEquals(0, fixed.logParameters().length);
        assertEquals(List.of(), fixed.hyperparameters());
        assertEquals(kernel.value(a, b), fixed.value(a, b));
    }

    @Test
    void stationaryKernels_haveUnitAmplitude() {
        double[] x = {0.3, -1.2};
        assertEquals(1.0, SquaredExponentialKernel.ard(0.2, 5).value(x, x));
        assertEquals(1.0, MaternKernel.threeHalves(0.2, 5).value(x, x));
        assertEquals(1.0, MaternKernel.fiveHalves(0.2, 5).value(x, x));
    }

    @Test
    void value_matchesClosedForms_oneDimension() {
        double[] a = {0.0};
        double[] b = {0.8};
        double r = 0.8 / 0.5;

        assertEquals(Math.exp(-0.5 * r * r), SquaredExponentialKernel.ard(0.5).value(a, b), 1e-15);
        assertEquals((1 + Math.sqrt(3) * r) * Math.exp(-Math.sqrt(3) * r),
                MaternKernel.threeHalves(0.5).value(a, b), 1e-15);
        assertEquals((1 + Math.sqrt(5) * r + 5 * r * r / 3) * Math.exp(-Math.sqrt(5) * r),
                MaternKernel.fiveHalves(0.5).value(a, b), 1e-15);
        assertEquals(0.0, LinearKernel.withVariance(2).value(a, b));
        assertEquals(2 * 0.8 * 0.8, LinearKernel.withVariance(2).value(b, b), 1e-15);
    }

    @Test
    void scaledFixedVariance_learnsOnlyInnerLengthscales() {
        ScaledKernel kernel = ScaledKernel.withFixedVariance(SquaredExponentialKernel.ard(1, 2), 4);

        assertEquals(2, kernel.parameterCount());
        assertEquals("scaled.lengthscale[1]", kernel.hyperparameters().get(1).name());
        assertEquals(4.0, kernel.withLogParameters(new double[] {0, 0}).value(
                new double[] {0, 0}, new double[] {0, 0}));
    }

    @Test
    void hyperparameters_namePartsAndCovariates_sumKernel() {
        Kernel kernel = SumKernel.of(SquaredExponentialKernel.ard(1, 2),
                LinearKernel.withVariance(1));
        List<Hyperparameter> parameters = kernel.hyperparameters();

        assertEquals("term0.lengthscale[0]", parameters.get(0).name());
        assertEquals(1, parameters.get(1).covariateIndex());
        assertEquals(Hyperparameter.Kind.LENGTHSCALE, parameters.get(1).kind());
        assertEquals("term1.slopeVariance", parameters.get(2).name());
        assertEquals(Hyperparameter.Kind.VARIANCE, parameters.get(2).kind());
    }

    @Test
    void value_rejectsWrongDimension() {
        Kernel kernel = SquaredExponentialKernel.ard(1, 1);

        assertThrows(IllegalArgumentException.class,
                () -> kernel.value(new double[] {1}, new double[] {1, 2}));
    }

    @Test
    void constructors_rejectInvalidHyperparameters() {
        assertThrows(IllegalArgumentException.class, () -> SquaredExponentialKernel.ard());
        assertThrows(IllegalArgumentException.class, () -> MaternKernel.threeHalves(1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> MaternKernel.fiveHalves(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> LinearKernel.withVariance(-1));
        assertThrows(IllegalArgumentException.class, () -> ConstantKernel.withVariance(0));
        assertThrows(IllegalArgumentException.class, () -> SumKernel.of());
        assertThrows(IllegalArgumentException.class,
                () -> SquaredExponentialKernel.ard(1).withLogParameters(new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> SquaredExponentialKernel.ard(1).withLogParameters(new double[] {Double.NaN}));
    }
}
