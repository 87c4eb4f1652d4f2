package org.gutskin.ui.exchange;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Window;
import org.gutskin.service.BackupService;
import org.gutskin.service.SecondCopyService;
import org.gutskin.text.Messages;
import org.gutskin.ui.common.ErrorDialog;
import org.gutskin.ui.common.FileDialogs;
import org.gutskin.ui.common.Tasks;

/**
 * Backups: the verified copies beside the journal, any of which can be put back; and the
 * encrypted second copy kept away from it — where it goes, how the last one went, and restoring
 * from it.
 */
public final class BackupsController {
    private static final DateTimeFormatter MADE = SecondCopyDialogs.MADE;

    private final BackupService backupService;
    private final SecondCopyService secondCopy;
    private final Tasks tasks;
    private final FileDialogs dialogs;
    private final Consumer<Path> restoreBackup;

    @FXML
    private ResourceBundle resources;
    @FXML
    private ListView<BackupService.Copy> backups;
    @FXML
    private Button restoreButton;
    @FXML
    private Label where;
    @FXML
    private Label last;
    @FXML
    private Label problem;
    @FXML
    private Label sameDisk;
    @FXML
    private Button setUpButton;
    @FXML
    private Button copyNowButton;
    @FXML
    private Button turnOffButton;
    @FXML
    private ProgressIndicator working;

    public BackupsController(BackupService backupService, SecondCopyService secondCopy, Tasks tasks,
                             FileDialogs dialogs, Consumer<Path> restoreBackup) {
        this.backupService = backupService;
        this.secondCopy = secondCopy;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.restoreBackup = restoreBackup;
    }

    @FXML
    private void initialize() {
        backups.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(BackupService.Copy backup, boolean empty) {
                super.updateItem(backup, empty);
                setText(empty || backup == null ? null : Messages.format(resources, "exchange.backupLine",
                        backup.made().format(MADE), backup.reason().replace('-', ' ')));
            }
        });
        restoreButton.disableProperty().bind(backups.getSelectionModel().selectedItemProperty().isNull());
        backups.parentProperty().addListener((observable, was, now) -> listBackups());
        listBackups();
        secondCopy.onStatus(status -> Platform.runLater(() -> show(status)));
        show(secondCopy.status());
    }

    private void listBackups() {
        tasks.onAnalysis(backupService::list)
                .onSuccess(list -> backups.setItems(FXCollections.observableArrayList(list)))
                .whileDoing(resources.getString("exchange.backupsTitle").toLowerCase(Locale.ROOT)).run();
    }

    private void show(SecondCopyService.Status status) {
        where.setText(status.folder().map(folder -> Messages.format(resources, "secondCopy.where", folder))
                .orElse(resources.getString("secondCopy.notSetUp")));
        last.setText(status.lastCopy().map(made -> Messages.format(resources, "secondCopy.last", made.format(MADE)))
                .orElse(status.isSetUp() ? resources.getString("secondCopy.noneYet") : ""));
        last.setVisible(status.isSetUp());
        last.setManaged(status.isSetUp());
        problem.setText(status.problem().map(why -> Messages.format(resources, "secondCopy.failed", why)).orElse(""));
        problem.setVisible(status.problem().isPresent());
        problem.setManaged(status.problem().isPresent());
        sameDisk.setVisible(status.sameDisk());
        sameDisk.setManaged(status.sameDisk());
        setUpButton.setText(resources.getString(status.isSetUp() ? "secondCopy.change" : "secondCopy.setUp"));
        copyNowButton.setDisable(!status.isSetUp());
        turnOffButton.setDisable(!status.isSetUp());
    }

    @FXML
    private void setUp() {
        SecondCopyDialogs.askSetUp(window(), secondCopy.status().folder(), dialogs, resources).ifPresent(chosen ->
                working(tasks.onAnalysis(() -> {
                    try {
                        return secondCopy.setUp(chosen.folder(), chosen.passphrase());
                    } finally {
                        Arrays.fill(chosen.passphrase(), '\0');
                    }
                })));
    }

    @FXML
    private void copyNow() {
        working(tasks.onAnalysis(secondCopy::copyNow));
    }

    /** Runs second-copy work with the spinner on; a failure is in the status (or, before it is set up, a dialog). */
    private <T> void working(Tasks.Builder<T> work) {
        working.setVisible(true);
        work.onError(error -> ErrorDialog.show(window(), error, resources.getString("secondCopy.title")
                        .toLowerCase(Locale.ROOT), resources))
                .andFinally(() -> {
                    working.setVisible(false);
                    show(secondCopy.status());
                }).run();
    }

    @FXML
    private void turnOff() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, resources.getString("secondCopy.turnOffConfirm"),
                ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(window());
        confirm.setHeaderText(resources.getString("secondCopy.title"));
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            working(tasks.onJournal(() -> {
                secondCopy.turnOff();
                return null;
            }));
        }
    }

    @FXML
    private void restore() {
        BackupService.Copy backup = backups.getSelectionModel().getSelectedItem();
        if (backup != null && confirmRestore(Messages.format(resources, "exchange.restoreConfirm",
                backup.made().format(MADE)))) {
            restoreBackup.accept(backup.file());
        }
    }

    @FXML
    private void restoreCopy() {
        SecondCopyDialogs.askRestore(window(), secondCopy.status().folder(), dialogs,
                (folder, show) -> tasks.onAnalysis(() -> SecondCopyService.copies(folder)).onSuccess(show)
                        .onError(error -> ErrorDialog.show(window(), error,
                                resources.getString("restoreCopy.whileListing"), resources)).run(),
                resources).ifPresent(choice -> {
                    working.setVisible(true);
                    tasks.onAnalysis(() -> {
                        try {
                            return secondCopy.open(choice.copy().file(), choice.passphrase());
                        } finally {
                            Arrays.fill(choice.passphrase(), '\0');
                        }
                    }).onSuccess(opened -> {
                        if (confirmRestore(Messages.format(resources, "restoreCopy.confirm",
                                choice.copy().made().format(MADE)))) {
                            restoreBackup.accept(opened); // the journal opened again removes the decrypted file
                        } else {
                            SecondCopyService.forget(opened);
                        }
                    }).onError(error -> ErrorDialog.show(window(), error,
                            resources.getString("restoreCopy.whileOpening"), resources))
                    .andFinally(() -> working.setVisible(false)).run();
                });
    }

    private boolean confirmRestore(String question) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(window());
        confirm.setHeaderText(resources.getString("exchange.backupsTitle"));
        return confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    private Window window() {
        return backups.getScene() == null ? null : backups.getScene().getWindow();
    }
}
