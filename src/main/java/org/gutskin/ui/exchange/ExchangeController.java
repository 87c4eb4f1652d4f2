package org.gutskin.ui.exchange;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.gutskin.crypt.PassphraseKey;
import org.gutskin.exchange.ConflictRule;
import org.gutskin.exchange.EncryptedFiles;
import org.gutskin.exchange.ExportFormat;
import org.gutskin.exchange.ImportPlan;
import org.gutskin.exchange.ImportProblem;
import org.gutskin.exchange.JournalExporter;
import org.gutskin.exchange.JournalImporter;
import org.gutskin.service.ExchangeService;
import org.gutskin.text.Messages;
import org.gutskin.ui.common.Converters;
import org.gutskin.ui.common.ErrorDialog;
import org.gutskin.ui.common.FileDialogs;
import org.gutskin.ui.common.PassphraseDialog;
import org.gutskin.ui.common.Tasks;

/**
 * Import/Export: CSV reports and the lossless journal out; our own and other apps' files in,
 * with a preview of what will be written before anything is.
 */
public final class ExchangeController {
    private final ExchangeService exchange;
    private final Tasks tasks;
    private final Clock clock;
    private final FileDialogs dialogs;

    @FXML
    private ResourceBundle resources;
    @FXML
    private RadioButton journalFolder;
    @FXML
    private RadioButton journalZip;
    @FXML
    private RadioButton daily;
    @FXML
    private RadioButton foods;
    @FXML
    private DatePicker from;
    @FXML
    private DatePicker to;
    @FXML
    private CheckBox bom;
    @FXML
    private CheckBox encrypt;
    @FXML
    private TextField exportPath;
    @FXML
    private Button exportButton;
    @FXML
    private ProgressBar exportProgress;
    @FXML
    private Label exportResult;
    @FXML
    private TextField importPath;
    @FXML
    private TextField asFood;
    @FXML
    private ChoiceBox<ConflictRule> rule;
    @FXML
    private Button previewButton;
    @FXML
    private ListView<String> previewLines;
    @FXML
    private Label problemsTitle;
    @FXML
    private ListView<String> problems;
    @FXML
    private CheckBox validOnly;
    @FXML
    private Button importButton;
    @FXML
    private ProgressBar importProgress;
    @FXML
    private Label importResult;

    private ImportPlan plan;
    /** The export file last chosen in the save dialog, which asks itself before replacing a file. */
    private Path chosenInDialog;

    public ExchangeController(ExchangeService exchange, Tasks tasks, Clock clock, FileDialogs dialogs) {
        this.exchange = exchange;
        this.tasks = tasks;
        this.clock = clock;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        rule.getItems().setAll(ConflictRule.values());
        rule.setValue(ConflictRule.SKIP);
        rule.setConverter(Converters.showing(value -> resources.getString("exchange.rule." + value.key())));
        rule.valueProperty().addListener((observable, was, now) -> {
            if (plan != null) {
                ImportPlan chosenPlan = plan;
                // the preview reads the journal for conflicts, so it runs off the FX thread
                tasks.onAnalysis(() -> exchange.preview(chosenPlan, now)).onSuccess(this::showPreview)
                        .onError(error -> importResult.setText(ErrorDialog.sentence(error,
                                resources.getString("exchange.whileReading"), resources))).run();
            }
        });
        importPath.textProperty().addListener((observable, was, now) -> forgetPlan());
        asFood.textProperty().addListener((observable, was, now) -> forgetPlan());
        encrypt.selectedProperty().addListener((observable, was, now) -> exportPath.setText(
                withEncryptedName(exportPath.getText(), now)));
    }

    private ExportFormat format() {
        return daily.isSelected() ? ExportFormat.DAILY : foods.isSelected() ? ExportFormat.FOODS : ExportFormat.JOURNAL;
    }

    @FXML
    private void chooseExportPath() {
        LocalDate today = LocalDate.now(clock);
        if (journalFolder.isSelected() && !encrypt.isSelected()) {
            File folder = dialogs.chooseFolder(window());
            if (folder != null) {
                exportPath.setText(folder.toPath().resolve("gutskin-journal-" + today).toString());
            }
            chosenInDialog = null;
            return;
        }
        File file = dialogs.saveFile(window(), withEncryptedName(format() == ExportFormat.JOURNAL
                ? "gutskin-journal-" + today + ".zip" : "gutskin-" + format().key() + "-" + today + ".csv",
                encrypt.isSelected()));
        if (file != null) {
            exportPath.setText(file.getPath());
            chosenInDialog = file.toPath(); // the dialog asked before replacing it
        }
    }

    /**
     * The export's name with or without {@code .gpg}: an encrypted journal is a .zip inside, so a
     * folder's name gains {@code .zip.gpg}.
     */
    private String withEncryptedName(String path, boolean encrypted) {
        if (path == null || path.isBlank()) {
            return path;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (encrypted && !lower.endsWith(EncryptedFiles.SUFFIX)) {
            return path + (format() == ExportFormat.JOURNAL && !lower.endsWith(".zip") ? ".zip" : "")
                    + EncryptedFiles.SUFFIX;
        }
        return !encrypted && lower.endsWith(EncryptedFiles.SUFFIX)
                ? path.substring(0, path.length() - EncryptedFiles.SUFFIX.length()) : path;
    }

    @FXML
    private void export() {
        if (exportPath.getText() == null || exportPath.getText().isBlank()) {
            exportResult.setText(resources.getString("exchange.needPath"));
            return;
        }
        Path out = Path.of(exportPath.getText().strip());
        boolean replace = Files.exists(out, LinkOption.NOFOLLOW_LINKS);
        if (replace && !out.equals(chosenInDialog) && !confirmReplace(out)) {
            return;
        }
        Optional<char[]> passphrase = Optional.empty();
        if (encrypt.isSelected()) {
            passphrase = PassphraseDialog.askNew(window(), Messages.format(resources, "exchange.encryptHeader",
                    out.getFileName()), resources);
            if (passphrase.isEmpty()) {
                return;
            }
        }
        Optional<char[]> chosenPassphrase = passphrase;
        ExportFormat format = format();
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        boolean byteOrderMark = bom.isSelected();
        exportButton.setDisable(true);
        exportProgress.setVisible(true);
        exportProgress.setProgress(-1);
        exportResult.setText(resources.getString("exchange.exporting"));
        tasks.onAnalysis(() -> {
            Optional<PassphraseKey> key = chosenPassphrase.map(PassphraseKey::derive);
            chosenPassphrase.ifPresent(typed -> Arrays.fill(typed, '\0'));
            return exchange.export(new JournalExporter.Request(format, out, first, last, byteOrderMark, replace, key),
                    progress -> Platform.runLater(() -> exportProgress.setProgress(progress)));
        })
                .onSuccess(rows -> exportResult.setText(Messages.format(resources, "exchange.exported", rows,
                        out)))
                .onError(error -> exportResult.setText(ErrorDialog.sentence(error,
                        resources.getString("exchange.whileExporting"), resources)))
                .andFinally(() -> {
                    exportButton.setDisable(false);
                    exportProgress.setVisible(false);
                }).run();
    }

    /** Asks before an export replaces what a typed path holds (a file dialog has asked already). */
    private boolean confirmReplace(Path out) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.format(resources, "exchange.replaceConfirm",
                out), ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(window());
        confirm.setHeaderText(resources.getString("exchange.replaceHeader"));
        return confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    @FXML
    private void chooseImportFiles() {
        List<File> files = dialogs.openFiles(window(), resources.getString("exchange.importKinds"),
                List.of("*.csv", "*.zip", "*.gpg"));
        if (files != null) {
            importPath.setText(String.join(";", files.stream().map(File::getPath).toList()));
        }
    }

    @FXML
    private void chooseImportFolder() {
        File folder = dialogs.chooseFolder(window());
        if (folder != null) {
            importPath.setText(folder.getPath());
        }
    }

    private void forgetPlan() {
        plan = null;
        importButton.setDisable(true);
    }

    @FXML
    private void preview() {
        List<Path> paths = new ArrayList<>();
        for (String part : (importPath.getText() == null ? "" : importPath.getText()).split(";")) {
            if (!part.isBlank()) {
                paths.add(Path.of(part.strip()));
            }
        }
        if (paths.isEmpty()) {
            importResult.setText(resources.getString("exchange.needImportPath"));
            return;
        }
        Set<String> foodActivities = new LinkedHashSet<>();
        Arrays.stream((asFood.getText() == null ? "" : asFood.getText()).split(",")).map(String::strip)
                .filter(text -> !text.isEmpty()).forEach(foodActivities::add);
        previewButton.setDisable(true);
        importResult.setText("");
        // an encrypted file needs its passphrase first; looking at a file's first byte is I/O, off the FX thread
        tasks.onAnalysis(() -> paths.stream().filter(EncryptedFiles::isEncrypted).findFirst())
                .onSuccess(encrypted -> {
                    Optional<char[]> passphrase = encrypted.isEmpty() ? Optional.empty()
                            : PassphraseDialog.ask(window(), Messages.format(resources, "exchange.decryptHeader",
                            encrypted.get().getFileName()), resources);
                    if (encrypted.isPresent() && passphrase.isEmpty()) {
                        previewButton.setDisable(false);
                    } else {
                        read(paths, foodActivities, passphrase.orElse(null));
                    }
                }).onError(error -> previewButton.setDisable(false)).run();
    }

    private void read(List<Path> paths, Set<String> foodActivities, char[] passphrase) {
        ConflictRule chosen = rule.getValue();
        tasks.onAnalysis(() -> {
            try {
                ImportPlan read = exchange.read(paths, new JournalImporter.Options(foodActivities, Set.of()),
                        passphrase);
                return new Previewed(read, exchange.preview(read, chosen));
            } finally {
                if (passphrase != null) {
                    Arrays.fill(passphrase, '\0');
                }
            }
        }).onSuccess(previewed -> {
            plan = previewed.plan();
            showPreview(previewed.preview());
        }).onError(error -> importResult.setText(ErrorDialog.sentence(error,
                resources.getString("exchange.whileReading"), resources)))
                .andFinally(() -> previewButton.setDisable(false)).run();
    }

    private record Previewed(ImportPlan plan, ExchangeService.Preview preview) {
    }

    private void showPreview(ExchangeService.Preview preview) {
        previewLines.setItems(FXCollections.observableArrayList(preview.describe()));
        boolean troubled = preview.problemCount() > 0;
        problemsTitle.setText(troubled ? Messages.format(resources, "exchange.problems", preview.problemCount())
                : resources.getString("exchange.noProblems"));
        List<String> shown = new ArrayList<>(preview.problems().stream().map(ImportProblem::toString).toList());
        if (preview.problemCount() > shown.size()) {
            shown.add(Messages.format(resources, "exchange.moreProblems", preview.problemCount() - shown.size()));
        }
        problems.setItems(FXCollections.observableArrayList(shown));
        problems.setVisible(troubled);
        problems.setManaged(troubled);
        validOnly.setDisable(!troubled);
        if (!troubled) {
            validOnly.setSelected(false);
        }
        importButton.disableProperty().unbind();
        importButton.disableProperty().bind(validOnly.selectedProperty().not().and(
                Bindings.createBooleanBinding(() -> troubled)));
    }

    @FXML
    private void runImport() {
        if (plan == null) {
            return;
        }
        ImportPlan chosenPlan = plan;
        ConflictRule chosenRule = rule.getValue();
        boolean onlyValid = validOnly.isSelected();
        importButton.disableProperty().unbind();
        importButton.setDisable(true);
        importProgress.setVisible(true);
        importProgress.setProgress(-1);
        importResult.setText(resources.getString("exchange.importing"));
        tasks.onJournal(() -> exchange.apply(chosenPlan, chosenRule, onlyValid)).onSuccess(result -> {
            plan = null;
            String days = result.daysSkipped() > 0
                    ? Messages.format(resources, "exchange.importedSkipped", result.daysWritten(),
                    result.daysSkipped())
                    : Messages.format(resources, "exchange.imported", result.daysWritten());
            importResult.setText(days + result.settingsSentence().map(sentence -> " " + sentence).orElse(""));
        }).onError(error -> {
            importButton.setDisable(false);
            importResult.setText(ErrorDialog.sentence(error, resources.getString("exchange.whileImporting"),
                    resources));
        }).andFinally(() -> importProgress.setVisible(false)).run();
    }

    private Window window() {
        return exportPath.getScene() == null ? null : exportPath.getScene().getWindow();
    }
}
