package org.causalworkbench.estimators.repr.recommender;

import org.ejml.data.DMatrixRMaj;

/**
 * Logged interactions as the {@link TwoTowerModel} trains on them: the input of each tower,
 * the user context Z that the critic pairs with the item representation, and the clicks.
 *
 * @param users the user tower's input per interaction
 * @param items the item tower's input per interaction
 * @param contexts n x c user contexts Z for the critic
 * @param clicks n click outcomes, 0 or 1
 */
record TowerRows(TowerInput users, TowerInput items, DMatrixRMaj contexts, double[] clicks) {

    /** Checks that every part has one row per interaction. */
    TowerRows {
        int n = clicks.length;
        if (users.size() != n || items.size() != n || contexts.numRows != n) {
            throw new IllegalArgumentException("training parts differ in length: " + n
                    + " clicks, " + users.size() + " user rows, " + items.size()
                    + " item rows and " + contexts.numRows + " contexts");
        }
    }

    /** Returns the rows of synthetic interactions, whose context Z is also the user input. */
    static TowerRows of(Interactions interactions) {
        return new TowerRows(new TowerInput.Features(interactions.users()),
                new TowerInput.Features(interactions.items()), interactions.users(),
                interactions.clicks());
    }

    /** Returns the number of interactions. */
    int size() {
        return clicks.length;
    }

    /** Returns the given rows in that order, with the clicks as an n x 1 column. */
    Batch select(int[] rows) {
        DMatrixRMaj context = new TowerInput.Features(contexts).select(rows).rows();
        DMatrixRMaj clickColumn = new DMatrixRMaj(rows.length, 1);
        for (int i = 0; i < rows.length; i++) {
            clickColumn.data[i] = clicks[rows[i]];
        }
        return new Batch(users.select(rows), items.select(rows), context, clickColumn);
    }

    /** One training batch. */
    record Batch(TowerInput users, TowerInput items, DMatrixRMaj contexts,
            DMatrixRMaj clicks) {
    }
}
