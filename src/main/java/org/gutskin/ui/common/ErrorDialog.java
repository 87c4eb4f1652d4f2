package org.gutskin.ui.common;

import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.gutskin.exchange.ExchangeException;
import org.gutskin.journal.InvalidEntryException;
import org.gutskin.store.StoreException;
import org.gutskin.text.Messages;

/** The one place where an error becomes a dialog: a human sentence, with the technical details folded away. */
public final class ErrorDialog {
    private static final Logger LOG = Logger.getLogger(ErrorDialog.class.getName());

    private ErrorDialog() {
    }

    /** The sentence to show: our own messages as they are, anything else as "something went wrong". */
    public static String sentence(Throwable error, String whileDoing, ResourceBundle bundle) {
        Throwable cause = error;
        while (cause.getCause() != null && !isOurs(cause)) {
            cause = cause.getCause();
        }
        if (isOurs(cause)) {
            return cause.getMessage();
        }
        return Messages.format(bundle, "error.unexpected", whileDoing);
    }

    /** Errors whose message is already a sentence for the user. */
    private static boolean isOurs(Throwable error) {
        return error instanceof StoreException || error instanceof InvalidEntryException
                || error instanceof ExchangeException;
    }

    public static Alert create(Window owner, Throwable error, String whileDoing, ResourceBundle bundle) {
        LOG.log(Level.WARNING, "Error while " + whileDoing, error);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(bundle.getString("app.title"));
        alert.setHeaderText(bundle.getString("error.header"));
        Label sentence = new Label(sentence(error, whileDoing, bundle));
        sentence.setWrapText(true);
        sentence.setPrefWidth(480); // a preferred width too, or the dialog is placed for the unwrapped line
        sentence.setMaxWidth(480);
        alert.getDialogPane().setContent(sentence);
        TextArea details = new TextArea(error.getClass().getName() + ": " + error.getMessage());
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(4);
        alert.getDialogPane().setExpandableContent(details);
        return alert;
    }

    public static void show(Window owner, Throwable error, String whileDoing, ResourceBundle bundle) {
        create(owner, error, whileDoing, bundle).showAndWait();
    }
}
