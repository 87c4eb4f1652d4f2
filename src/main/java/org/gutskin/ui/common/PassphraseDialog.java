package org.gutskin.ui.common;

import java.util.Arrays;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.gutskin.crypt.PassphraseKey;

/**
 * Asks for a passphrase: one to open an encrypted file, or a new one to encrypt with — typed
 * twice, long enough, and with the warning that nobody can open the file without it.
 */
public final class PassphraseDialog {
    private PassphraseDialog() {
    }

    /** The passphrase that opens what {@code header} names, or empty when cancelled. */
    public static Optional<char[]> ask(Window owner, String header, ResourceBundle bundle) {
        return show(owner, header, false, bundle);
    }

    /** A new passphrase to encrypt with, or empty when cancelled. */
    public static Optional<char[]> askNew(Window owner, String header, ResourceBundle bundle) {
        return show(owner, header, true, bundle);
    }

    private static Optional<char[]> show(Window owner, String header, boolean isNew, ResourceBundle bundle) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("app.title"));
        dialog.setHeaderText(header);
        PasswordField passphrase = new PasswordField();
        passphrase.setId("passphrase");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Runnable check;
        if (isNew) {
            NewPassphrase fields = new NewPassphrase(passphrase, bundle);
            fields.addTo(grid, 0);
            check = () -> dialog.getDialogPane().lookupButton(ButtonType.OK).setDisable(!fields.isAcceptable());
            fields.onChange(check);
        } else {
            grid.addRow(0, fieldLabel(bundle.getString("passphrase.label")), passphrase);
            check = () -> dialog.getDialogPane().lookupButton(ButtonType.OK).setDisable(passphrase.getText().isEmpty());
        }
        passphrase.textProperty().addListener(observable -> check.run());
        check.run();
        dialog.setResultConverter(button -> button == ButtonType.OK ? passphrase.getText().toCharArray() : null);
        Platform.runLater(passphrase::requestFocus);
        return dialog.showAndWait();
    }

    /** A field's label that keeps its whole text however narrow the dialog. */
    public static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * A new passphrase's two fields, what is wrong with them as they are typed, and the warning
     * that a lost passphrase cannot be recovered.
     */
    public static final class NewPassphrase {
        private final PasswordField passphrase;
        private final PasswordField again = new PasswordField();
        private final Label problem = new Label();
        private final ResourceBundle bundle;

        public NewPassphrase(PasswordField passphrase, ResourceBundle bundle) {
            this.passphrase = passphrase;
            this.bundle = bundle;
            again.setId("passphrase-again");
            problem.setId("passphrase-problem");
            problem.getStyleClass().add("form-message");
            problem.setWrapText(true);
            passphrase.textProperty().addListener(observable -> describe());
            again.textProperty().addListener(observable -> describe());
        }

        /** Puts the fields, their problem and the warning in {@code grid}, in rows from {@code firstRow} on. */
        public void addTo(GridPane grid, int firstRow) {
            Label warning = new Label(bundle.getString("passphrase.warning"));
            warning.setWrapText(true);
            warning.setMaxWidth(440);
            warning.getStyleClass().add("muted");
            grid.addRow(firstRow, fieldLabel(bundle.getString("passphrase.label")), passphrase);
            grid.addRow(firstRow + 1, fieldLabel(bundle.getString("passphrase.again")), again);
            grid.add(problem, 0, firstRow + 2, 2, 1);
            grid.add(warning, 0, firstRow + 3, 2, 1);
        }

        /** Re-checks when the second field changes too. */
        public void onChange(Runnable check) {
            passphrase.textProperty().addListener(observable -> check.run());
            again.textProperty().addListener(observable -> check.run());
        }

        public boolean isAcceptable() {
            return PassphraseKey.problemWith(passphrase.getText().toCharArray()) == null
                    && passphrase.getText().equals(again.getText());
        }

        public char[] value() {
            return passphrase.getText().toCharArray();
        }

        private void describe() {
            char[] typed = passphrase.getText().toCharArray();
            String weak = typed.length == 0 ? null : PassphraseKey.problemWith(typed);
            Arrays.fill(typed, '\0');
            problem.setText(weak != null ? bundle.getString("passphrase.tooShort")
                    : !again.getText().isEmpty() && !again.getText().equals(passphrase.getText())
                    ? bundle.getString("passphrase.differ") : "");
        }
    }
}
