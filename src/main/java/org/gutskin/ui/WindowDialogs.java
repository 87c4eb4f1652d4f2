package org.gutskin.ui;

import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.gutskin.store.DamagedJournalException;
import org.gutskin.text.Messages;

/** What the window itself has to say or ask, each dialog owned by it and titled with the app's name. */
final class WindowDialogs {
    private final Stage stage;
    private final ResourceBundle bundle;

    WindowDialogs(Stage stage, ResourceBundle bundle) {
        this.stage = stage;
        this.bundle = bundle;
    }

    private Alert alert(Alert.AlertType type, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.initOwner(stage);
        alert.setTitle(bundle.getString("app.title"));
        alert.setHeaderText(header);
        return alert;
    }

    /** Something the person must know about how the journal was found (a damaged log kept aside). */
    void warn(String warning) {
        Label sentence = new Label(warning);
        sentence.setWrapText(true);
        sentence.setPrefWidth(480);
        Alert alert = alert(Alert.AlertType.WARNING, bundle.getString("warning.header"), "");
        alert.getDialogPane().setContent(sentence);
        alert.show();
    }

    /** A second start on the same journal: says so; the window that has it comes forward when this closes. */
    void explainOpenElsewhere(Path folder) {
        alert(Alert.AlertType.INFORMATION, bundle.getString("inUse.header"),
                Messages.format(bundle, "inUse.text", folder), ButtonType.OK).showAndWait();
    }

    /** Asks whether to put the newest good backup in place of a damaged journal (which is set aside). */
    boolean offerRestore(DamagedJournalException damaged) {
        ButtonType restore = new ButtonType(bundle.getString("restore.button"), ButtonBar.ButtonData.OK_DONE);
        return alert(Alert.AlertType.WARNING, Messages.format(bundle, "restore.header",
                damaged.newestGoodBackupDay()), damaged.getMessage(), restore, ButtonType.CLOSE).showAndWait()
                .orElse(ButtonType.CLOSE) == restore;
    }

    /** Whether to close although the day on screen cannot be saved. */
    boolean closeUnsaved() {
        return alert(Alert.AlertType.CONFIRMATION, bundle.getString("close.unsavedHeader"),
                bundle.getString("close.unsaved"), ButtonType.CANCEL, ButtonType.OK).showAndWait()
                .orElse(ButtonType.CANCEL) == ButtonType.OK;
    }
}
