package org.causalworkbench.estimators.repr.recommender;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.causalworkbench.estimators.CancellationToken;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Splits imported KuaiRand-format logs and builds the critic's user context. */
class KuaiRandDatasetTest {

    private static KuaiRandData imported;

    @BeforeAll
    static void importLogs(@TempDir Path folder) throws IOException {
        SimulatedKuaiRandLogs.LogFiles files = SimulatedKuaiRandLogs.write(folder, 120, 150, 3);
        imported = KuaiRandImporter.read(files.standard(), files.random(), 100,
                CancellationToken.NEVER);
    }

    @Test
    void split_holdsOutFractionOfInteractions() {
        KuaiRandDataset data = KuaiRandDataset.split(imported, KuaiRandSplitConfig.withDefaults(1));

        int n = imported.standard().size();
        assertEquals(Math.round(0.2 * n), data.heldOut().size());
        assertEquals(n, data.train().size() + data.heldOut().size());
        assertEquals(100, data.userCount());
        assertEquals(imported.itemIds().length, data.itemCount());
        assertEquals(imported.random().size(), data.random().size());
    }

    @Test
    void split_sameSeedSameRows() {
        KuaiRandDataset first = KuaiRandDataset.split(imported, KuaiRandSplitConfig.withDefaults(4));
        KuaiRandDataset second = KuaiRandDataset.split(imported,
                KuaiRandSplitConfig.withDefaults(4));
        KuaiRandDataset other = KuaiRandDataset.split(imported, KuaiRandSplitConfig.withDefaults(5));

        assertArrayEquals(first.heldOut().itemIndex(), second.heldOut().itemIndex());
        assertArrayEquals(first.heldOut().userIndex(), second.heldOut().userIndex());
        assertFalse(Arrays.equals(first.heldOut().itemIndex(), other.heldOut().itemIndex()));
    }

    @Test
    void split_keepsMostUsersInBothParts() {
        KuaiRandDataset data = KuaiRandDataset.split(imported, KuaiRandSplitConfig.withDefaults(1));

        boolean[] trained = new boolean[data.userCount()];
        for (int user : data.train().userIndex()) {
            trained[user] = true;
        }
        for (int user : data.heldOut().userIndex()) {
            assertTrue(trained[user], "held-out user " + user + " has no training rows");
        }
    }

    @Test
    void split_rejectsLogTooSmallToHoldOut() {
        KuaiRandData tiny = new KuaiRandData(new long[] {1}, new long[] {2},
                new KuaiRandLog(new int[] {0}, new int[] {0}, new double[] {1}),
                new KuaiRandLog(new int[] {0}, new int[] {0}, new double[] {0}));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> KuaiRandDataset.split(tiny, KuaiRandSplitConfig.withDefaults(1)));
        assertTrue(error.getMessage().contains("import more users"), error.getMessage());
    }

    @Test
    void userContext_isStandardizedPerColumn() {
        DMatrixRMaj context = KuaiRandDataset.split(imported,
                KuaiRandSplitConfig.withDefaults(1)).userContext();

        assertEquals(100, context.numRows);
        assertEquals(KuaiRandUserContext.WIDTH, context.numCols);
        for (int c = 0; c < context.numCols; c++) {
            double mean = 0;
            double square = 0;
            for (int r = 0; r < context.numRows; r++) {
                mean += context.get(r, c) / context.numRows;
                square += context.get(r, c) * context.get(r, c) / context.numRows;
            }
            assertEquals(0, mean, 1e-9, "mean of column " + c);
            assertEquals(1, square, 1e-9, "second moment of column " + c);
        }
    }

    @Test
    void userContext_ranksUsersByTrainingActivity() {
        KuaiRandLog train = new KuaiRandLog(new int[] {0, 0, 0, 1, 2, 2},
                new int[] {0, 1, 0, 1, 0, 1}, new double[] {1, 0, 1, 0, 0, 1});

        DMatrixRMaj context = KuaiRandUserContext.build(train, 4, 2);

        assertTrue(context.get(0, 0) > context.get(2, 0), "3 rows rank above 2");
        assertTrue(context.get(2, 0) > context.get(1, 0), "2 rows rank above 1");
        assertTrue(context.get(1, 0) > context.get(3, 0), "1 row ranks above none");
        assertTrue(context.get(0, 1) > context.get(1, 1), "2 of 3 clicked beats 0 of 1");
    }
}
