package org.gutskin.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ResourceBundle;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.gutskin.store.StoreException;
import org.gutskin.ui.GutskinApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** An error becomes a readable dialog over the window it belongs to. */
class ErrorDialogTest {
    private static final String LONG_SENTENCE = "The journal file /home/someone/.local/share/gutskin/journal.db is"
            + " not a Gutskin journal (it is not an SQLite database). It was left untouched. There is no backup to"
            + " restore; keep a copy of the file, and choose another folder with --data-dir to start a new journal.";
    private final ResourceBundle bundle = ResourceBundle.getBundle(GutskinApplication.BUNDLE);
    private final FxRobot robot = new FxRobot();
    private Alert alert;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws TimeoutException {
        if (alert != null) {
            robot.interact(alert::close);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void aLongSentenceWrapsInADialogCentredOnItsWindow() throws TimeoutException {
        Stage owner = FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new StackPane(new Label("window")), 1100, 700));
            stage.setX(100);
            stage.setY(50);
            stage.show();
        });
        robot.interact(() -> {
            alert = ErrorDialog.create(owner, new StoreException(LONG_SENTENCE), "opening the journal", bundle);
            alert.show();
        });
        Stage dialog = (Stage) alert.getDialogPane().getScene().getWindow();
        Label sentence = (Label) alert.getDialogPane().getContent();
        assertEquals(LONG_SENTENCE, sentence.getText());
        assertTrue(dialog.getWidth() < 700, "wrapped, not one long line: " + dialog.getWidth());
        assertTrue(dialog.getX() >= owner.getX() && dialog.getX() + dialog.getWidth() <= owner.getX() + owner.getWidth(),
                "over its window: dialog at " + dialog.getX() + " wide " + dialog.getWidth());
    }
}
