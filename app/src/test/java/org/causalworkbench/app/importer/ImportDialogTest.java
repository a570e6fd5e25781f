package org.causalworkbench.app.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.TreatmentProposal;
import org.causalworkbench.estimators.testing.SharedDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the column-role dialog on the Prop 99 panel and presses its buttons. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private ImportDialog open(FxRobot robot) {
        CsvTable table = CsvTable.read(SharedDatasets.require("smoking_data.csv"));
        ImportDialog[] dialog = new ImportDialog[1];
        robot.interact(() -> {
            dialog[0] = new ImportDialog(owner, table);
            dialog[0].show();
        });
        return dialog[0];
    }

    @Test
    void open_withFlagColumn_proposesCaliforniaFrom1989(FxRobot robot) throws TimeoutException {
        ImportDialog dialog = open(robot);

        robot.clickOn("Open");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialog.getResult() != null);

        ImportDialog.Imported imported = dialog.getResult();
        assertEquals(39, imported.panel().unitCount());
        assertEquals(31, imported.panel().timeCount());
        TreatmentProposal proposal = imported.proposal().orElseThrow();
        assertEquals("California", proposal.treatedUnit());
        assertEquals(1989, proposal.interventionTime());
    }

    @Test
    void open_withTextOutcome_staysOpenAndExplains(FxRobot robot) {
        ImportDialog dialog = open(robot);
        @SuppressWarnings("unchecked")
        ComboBox<String> outcome = robot.lookup("#importOutcome").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> treatment = robot.lookup("#importTreatment").queryAs(ComboBox.class);
        robot.interact(() -> {
            treatment.setValue(ImportDialog.NO_TREATMENT);
            outcome.setValue("Proposition 99");
        });

        robot.clickOn("Open");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dialog.isShowing());
        String problem = robot.lookup("#importProblem").queryAs(Label.class).getText();
        assertNotNull(problem);
        assertTrue(problem.contains("smoking_data.csv, line 2, column 'Proposition 99'"),
                problem);
        assertTrue(problem.contains("'False' is not a finite number"), problem);
        robot.interact(dialog::close);
    }
}
