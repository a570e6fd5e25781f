package org.causalworkbench.app.synth.robustness;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The run state that every robustness view model shares: running, progress, status, the last
 * error and why the result on screen is out of date.
 */
public abstract class RobustnessModel {

    /** Runs this model's computations; subclasses start them through it. */
    final RobustnessJob job;

    RobustnessModel(Executor uiExecutor, Executor worker) {
        this.job = new RobustnessJob(uiExecutor, worker);
    }

    /** Asks the running computation to stop; the previous result stays on screen. */
    public void cancel() {
        job.cancel();
    }

    /** Returns whether a computation is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return job.runningProperty();
    }

    /** Returns the running computation's progress from 0 to 1, or -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return job.progressProperty();
    }

    /** Returns the status line. */
    public ReadOnlyStringProperty statusProperty() {
        return job.statusProperty();
    }

    /** Returns the last run's error message, empty when it succeeded or was cancelled. */
    public ReadOnlyStringProperty errorProperty() {
        return job.errorProperty();
    }

    /** Returns why the result on screen is out of date, empty when it is current. */
    public ReadOnlyStringProperty staleReasonProperty() {
        return job.staleProperty();
    }
}
