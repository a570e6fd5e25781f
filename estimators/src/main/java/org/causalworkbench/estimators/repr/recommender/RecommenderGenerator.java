package org.causalworkbench.estimators.repr.recommender;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/** Draws a {@link RecommenderDataset} from a {@link RecommenderDataConfig}. */
public final class RecommenderGenerator {

    private RecommenderGenerator() {
    }

    /** Returns the data set; the same configuration, seed included, gives the same data. */
    public static RecommenderDataset generate(RecommenderDataConfig config) {
        RecommenderWorld world = new RecommenderWorld(config);
        SplittableRandom random = new SplittableRandom(config.seed()).split();
        Interactions train = loggedTraining(world, random.split());
        Interactions loggedTest = testSet(world, ExposurePolicy.LOGGING, random.split());
        Interactions randomTest = testSet(world, ExposurePolicy.RANDOM, random.split());
        Interactions flippedTest = testSet(world, ExposurePolicy.FLIPPED, random.split());
        Interactions probe = world.drawItemsOnly(config.probeItems(), random.split());
        return new RecommenderDataset(world, train, loggedTest, randomTest, flippedTest, probe);
    }

    private static Interactions loggedTraining(RecommenderWorld world, SplittableRandom random) {
        RecommenderDataConfig config = world.config();
        DMatrixRMaj pool = world.drawUsers(config.trainUsers(), random);
        int n = config.loggedInteractions();
        DMatrixRMaj users = new DMatrixRMaj(n, RecommenderWorld.USER_DIM);
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = random.nextInt(config.trainUsers());
            copyRow(pool, ids[i], users, i);
        }
        return world.drawInteractions(users, ids, ExposurePolicy.LOGGING, random);
    }

    private static Interactions testSet(RecommenderWorld world, ExposurePolicy policy,
            SplittableRandom random) {
        RecommenderDataConfig config = world.config();
        DMatrixRMaj pool = world.drawUsers(config.testUsers(), random);
        int perUser = config.candidatesPerUser();
        int n = config.testUsers() * perUser;
        DMatrixRMaj users = new DMatrixRMaj(n, RecommenderWorld.USER_DIM);
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i / perUser;
            copyRow(pool, ids[i], users, i);
        }
        return world.drawInteractions(users, ids, policy, random);
    }

    private static void copyRow(DMatrixRMaj from, int fromRow, DMatrixRMaj to, int toRow) {
        System.arraycopy(from.data, fromRow * from.numCols, to.data, toRow * to.numCols,
                from.numCols);
    }
}
