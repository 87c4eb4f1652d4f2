package org.gutskin.ui.exchange;

import java.io.File;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.gutskin.service.SecondCopyService;
import org.gutskin.text.Messages;
import org.gutskin.ui.common.FileDialogs;
import org.gutskin.ui.common.PassphraseDialog;

/** The second copy's two dialogs: where the copies go and their passphrase, and which copy to restore. */
final class SecondCopyDialogs {
    static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

    /** A folder for the copies and the passphrase that encrypts them. */
    record SetUp(Path folder, char[] passphrase) {
    }

    /** A copy to restore and the passphrase typed for it. */
    record Choice(SecondCopyService.Copy copy, char[] passphrase) {
    }

    private SecondCopyDialogs() {
    }

    static Optional<SetUp> askSetUp(Window owner, Optional<Path> current, FileDialogs dialogs, ResourceBundle bundle) {
        Dialog<SetUp> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("app.title"));
        dialog.setHeaderText(bundle.getString("secondCopy.setUpHeader"));
        TextField folder = new TextField(current.map(Path::toString).orElse(""));
        folder.setId("second-copy-folder");
        folder.setPromptText(bundle.getString("secondCopy.folderPrompt"));
        folder.setPrefColumnCount(28);
        GridPane grid = grid();
        grid.addRow(0, PassphraseDialog.fieldLabel(bundle.getString("secondCopy.folder")), withChooser(folder, dialogs, owner, bundle));
        Label explained = new Label(bundle.getString("secondCopy.setUpHint"));
        explained.setWrapText(true);
        explained.setMaxWidth(440);
        explained.getStyleClass().add("muted");
        grid.add(explained, 0, 1, 2, 1);
        PasswordField passphrase = new PasswordField();
        passphrase.setId("passphrase");
        PassphraseDialog.NewPassphrase fields = new PassphraseDialog.NewPassphrase(passphrase, bundle);
        fields.addTo(grid, 2);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Runnable check = () -> dialog.getDialogPane().lookupButton(ButtonType.OK)
                .setDisable(folder.getText().isBlank() || !fields.isAcceptable());
        fields.onChange(check);
        folder.textProperty().addListener(observable -> check.run());
        check.run();
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new SetUp(Path.of(folder.getText().strip()), fields.value()) : null);
        Platform.runLater(folder.getText().isBlank() ? folder::requestFocus : passphrase::requestFocus);
        return dialog.showAndWait();
    }

    /**
     * Which copy to restore, from the folder the copies go to (or another one chosen), with its
     * passphrase; {@code list} reads a folder's copies off the FX thread and answers on it.
     */
    static Optional<Choice> askRestore(Window owner, Optional<Path> current, FileDialogs dialogs,
                                       BiConsumer<Path, Consumer<List<SecondCopyService.Copy>>> list,
                                       ResourceBundle bundle) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("app.title"));
        dialog.setHeaderText(bundle.getString("restoreCopy.header"));
        TextField folder = new TextField(current.map(Path::toString).orElse(""));
        folder.setId("restore-copy-folder");
        folder.setPrefColumnCount(28);
        ListView<SecondCopyService.Copy> copies = new ListView<>();
        copies.setId("restore-copy-list");
        copies.setPrefHeight(150);
        copies.setPlaceholder(new Label(bundle.getString("restoreCopy.none")));
        copies.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SecondCopyService.Copy copy, boolean empty) {
                super.updateItem(copy, empty);
                setText(empty || copy == null ? null : Messages.format(bundle, "restoreCopy.line",
                        copy.made().format(MADE), (copy.bytes() + 1023) / 1024));
            }
        });
        PasswordField passphrase = new PasswordField();
        passphrase.setId("passphrase");
        GridPane grid = grid();
        grid.addRow(0, PassphraseDialog.fieldLabel(bundle.getString("secondCopy.folder")), withChooser(folder, dialogs, owner, bundle));
        grid.add(copies, 0, 1, 2, 1);
        grid.addRow(2, PassphraseDialog.fieldLabel(bundle.getString("passphrase.label")), passphrase);
        dialog.getDialogPane().setContent(grid);
        ButtonType restore = new ButtonType(bundle.getString("restoreCopy.button"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CANCEL);
        Runnable check = () -> dialog.getDialogPane().lookupButton(restore).setDisable(
                copies.getSelectionModel().getSelectedItem() == null || passphrase.getText().isEmpty());
        copies.getSelectionModel().selectedItemProperty().addListener(observable -> check.run());
        passphrase.textProperty().addListener(observable -> check.run());
        Runnable reload = () -> {
            copies.getItems().clear();
            if (!folder.getText().isBlank()) {
                list.accept(Path.of(folder.getText().strip()), found -> {
                    copies.setItems(FXCollections.observableArrayList(found));
                    copies.getSelectionModel().selectFirst();
                });
            }
        };
        folder.setOnAction(event -> reload.run());
        folder.focusedProperty().addListener((observable, was, now) -> {
            if (!now) {
                reload.run();
            }
        });
        reload.run();
        check.run();
        Platform.runLater(passphrase::requestFocus);
        dialog.setResultConverter(button -> button == restore
                ? new Choice(copies.getSelectionModel().getSelectedItem(), passphrase.getText().toCharArray()) : null);
        return dialog.showAndWait();
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        return grid;
    }

    private static HBox withChooser(TextField folder, FileDialogs dialogs, Window owner, ResourceBundle bundle) {
        Button choose = new Button(bundle.getString("exchange.choose"));
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(event -> {
            File chosen = dialogs.chooseFolder(owner);
            if (chosen != null) {
                folder.setText(chosen.getPath());
                folder.fireEvent(new ActionEvent());
            }
        });
        HBox row = new HBox(6, folder, choose);
        HBox.setHgrow(folder, Priority.ALWAYS);
        return row;
    }
}
