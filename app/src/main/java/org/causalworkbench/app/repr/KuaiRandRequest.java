package org.causalworkbench.app.repr;

import java.nio.file.Path;

/**
 * The files and subset size of a KuaiRand-Pure import.
 *
 * @param standardLog the standard-policy log
 * @param randomLog the random-exposure log
 * @param users the size of the user subset, at least 1
 */
public record KuaiRandRequest(Path standardLog, Path randomLog, int users) {

    /** The subset size the load dialog proposes. */
    public static final int DEFAULT_USERS = 1000;

    /** Checks the subset size. */
    public KuaiRandRequest {
        if (users < 1) {
            throw new IllegalArgumentException("the KuaiRand subset needs at least 1 user, got "
                    + users);
        }
    }
}
