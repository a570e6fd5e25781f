package org.causalworkbench.estimators.repr.recommender;

import org.ejml.data.DMatrixRMaj;

/**
 * The per-interaction input of one tower of the {@link TwoTowerModel}: dense feature rows, as
 * in the synthetic world, or ids that the model looks up in a learned embedding table, as for
 * logs such as KuaiRand that carry no features.
 */
sealed interface TowerInput permits TowerInput.Features, TowerInput.Ids {

    /** Returns the number of interactions. */
    int size();

    /** Returns the given rows in that order. */
    TowerInput select(int[] rows);

    /** Returns the rows from {@code start} inclusive to {@code end} exclusive. */
    TowerInput slice(int start, int end);

    /** Feature rows, one per interaction; shared, not copied. */
    record Features(DMatrixRMaj rows) implements TowerInput {
        @Override
        public int size() {
            return rows.numRows;
        }

        @Override
        public Features select(int[] selected) {
            DMatrixRMaj out = new DMatrixRMaj(selected.length, rows.numCols);
            for (int i = 0; i < selected.length; i++) {
                System.arraycopy(rows.data, selected[i] * rows.numCols, out.data,
                        i * rows.numCols, rows.numCols);
            }
            return new Features(out);
        }

        @Override
        public Features slice(int start, int end) {
            DMatrixRMaj out = new DMatrixRMaj(end - start, rows.numCols);
            System.arraycopy(rows.data, start * rows.numCols, out.data, 0,
                    out.getNumElements());
            return new Features(out);
        }
    }

    /** Row indices into an embedding table, one per interaction; shared, not copied. */
    record Ids(int[] ids) implements TowerInput {
        @Override
        public int size() {
            return ids.length;
        }

        @Override
        public Ids select(int[] selected) {
            int[] out = new int[selected.length];
            for (int i = 0; i < selected.length; i++) {
                out[i] = ids[selected[i]];
            }
            return new Ids(out);
        }

        @Override
        public Ids slice(int start, int end) {
            return new Ids(java.util.Arrays.copyOfRange(ids, start, end));
        }
    }
}
