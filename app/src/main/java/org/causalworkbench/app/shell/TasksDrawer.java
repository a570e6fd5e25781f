package org.causalworkbench.app.shell;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A side pane that lists every running task with its title, status line, progress and a
 * Cancel button, and the status-bar toggle "Tasks (n)" that shows and hides it.
 */
public final class TasksDrawer extends VBox {

    private final ToggleButton toggle = new ToggleButton();

    /**
     * Creates the drawer, hidden.
     *
     * @param tasks the tasks to list
     */
    public TasksDrawer(RunningTasks tasks) {
        setId("tasksDrawer");
        getStyleClass().add("tasks-drawer");
        Label heading = new Label("Running tasks");
        heading.getStyleClass().add("tasks-drawer-heading");
        ListView<TrackedTask> list = new ListView<>(tasks.running());
        list.setId("tasksList");
        list.setPlaceholder(new Label("No task is running."));
        list.setCellFactory(view -> new TaskCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, list);

        toggle.setId("tasksButton");
        toggle.textProperty().bind(Bindings.format("Tasks (%d)", tasks.countBinding()));
        // A long status line beside it in the status bar must not squeeze the count away.
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.setTooltip(new javafx.scene.control.Tooltip(
                Shortcuts.get(Shortcuts.TASKS_DRAWER).tooltip("Show or hide the running tasks")));
        visibleProperty().bind(toggle.selectedProperty());
        managedProperty().bind(visibleProperty());
    }

    /** Returns the status-bar button that shows and hides the drawer. */
    public ToggleButton toggleButton() {
        return toggle;
    }

    /** Shows the drawer when hidden and hides it when shown. */
    public void toggle() {
        toggle.setSelected(!toggle.isSelected());
    }

    /** One running task: title, status line, progress bar and Cancel. */
    private static final class TaskCell extends ListCell<TrackedTask> {

        private final Label title = new Label();
        private final Label message = new Label();
        private final ProgressBar progress = new ProgressBar();
        private final Button cancel = new Button("Cancel");
        private final VBox box;

        TaskCell() {
            title.getStyleClass().add("task-title");
            title.setWrapText(true);
            message.getStyleClass().add("task-message");
            message.setWrapText(true);
            progress.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(progress, Priority.ALWAYS);
            cancel.getStyleClass().add("task-cancel");
            HBox bar = new HBox(6, progress, cancel);
            bar.getStyleClass().add("task-progress-row");
            box = new VBox(3, title, message, bar);
            box.getStyleClass().add("task-cell");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TrackedTask task, boolean empty) {
            super.updateItem(task, empty);
            message.textProperty().unbind();
            progress.progressProperty().unbind();
            if (empty || task == null) {
                setGraphic(null);
                cancel.setOnAction(null);
                return;
            }
            title.setText(task.title());
            message.textProperty().bind(Bindings.createStringBinding(task::statusText,
                    task.status()));
            progress.progressProperty().bind(Bindings.createDoubleBinding(
                    () -> task.progress().doubleValue(), task.progress()));
            cancel.setOnAction(event -> task.cancel().run());
            setGraphic(box);
        }
    }
}
