package org.gutskin.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.exchange.ConflictRule;
import org.gutskin.sample.JournalGenerator;
import org.gutskin.store.DataDirectory;
import org.gutskin.ui.RunningApp;
import org.gutskin.ui.shell.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the real Import/Export view headless. */
class ExchangeViewTest {
    @TempDir
    Path folder;
    private RunningApp app;

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private RunningApp start(int days) throws Exception {
        try (App journal = App.open(DataDirectory.at(folder.resolve("journal")), TestClock.FIXED)) {
            journal.days().saveAll(new JournalGenerator(journal.foods().tagger()).generate(days, 4,
                    LocalDate.of(2026, 5, 31)));
        }
        app = RunningApp.start(folder.resolve("journal")).awaitJournal();
        app.show(Section.EXCHANGE);
        return app;
    }

    private void setText(String id, String text) {
        app.robot.interact(() -> app.robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    private void fire(String id) {
        app.robot.interact(() -> app.robot.lookup(id).queryAs(Button.class).fire());
    }

    private String label(String id) {
        return app.robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theJournalIsExportedAndItsDaysAreRecognisedOnImport() throws Exception {
        start(20);
        Path out = folder.resolve("export.zip");
        app.robot.interact(() -> app.robot.lookup("#export-journal-zip").queryAs(RadioButton.class).setSelected(true));
        setText("#export-path", out.toString());
        fire("#export-button");
        app.await(() -> label("#export-result").startsWith("Exported"));
        assertTrue(Files.size(out) > 1000);

        setText("#import-path", out.toString());
        fire("#import-preview");
        @SuppressWarnings("unchecked")
        ListView<String> preview = app.robot.lookup("#import-preview-lines").queryAs(ListView.class);
        app.await(() -> !preview.getItems().isEmpty());
        assertTrue(preview.getItems().stream().anyMatch(line -> line.matches("\\d+ days: 0 new, \\d+ already in your"
                + " journal \\(those are skipped\\)")), preview.getItems().toString());
        @SuppressWarnings("unchecked")
        ChoiceBox<ConflictRule> rule = app.robot.lookup("#import-rule").queryAs(ChoiceBox.class);
        app.robot.interact(() -> rule.setValue(ConflictRule.REPLACE));
        app.await(() -> preview.getItems().stream().anyMatch(line -> line.endsWith("(those are replaced)")));
        app.robot.interact(() -> rule.setValue(ConflictRule.SKIP));
        app.await(() -> preview.getItems().stream().anyMatch(line -> line.endsWith("(those are skipped)")));
        fire("#import-button");
        app.await(() -> label("#import-result").startsWith("Imported 0 days;"));
    }

    @Test
    void problemsAreListedAndNothingIsImportedUnlessOnlyValidRowsAreChosen() throws Exception {
        start(1);
        Files.writeString(folder.resolve("skin.csv"), "date,overall\n2026-01-01,4\n2026-01-02,99\n");
        setText("#import-path", folder.resolve("skin.csv").toString());
        fire("#import-preview");
        app.await(() -> label("#import-problems-title").startsWith("1 problem"));
        @SuppressWarnings("unchecked")
        ListView<String> problems = app.robot.lookup("#import-problems").queryAs(ListView.class);
        assertEquals("skin.csv:3: overall: Overall skin severity must be between 0 and 10, got 99",
                problems.getItems().get(0));
        Button importButton = app.robot.lookup("#import-button").queryAs(Button.class);
        assertTrue(importButton.isDisabled());
        app.robot.interact(() -> app.robot.lookup("#import-valid-only").queryAs(CheckBox.class).setSelected(true));
        assertTrue(!importButton.isDisabled());
        fire("#import-button");
        app.await(() -> label("#import-result").equals("Imported 1 day."));
    }

    @Test
    void aChosenBackupIsRestoredInTheWindowAndTheCurrentFileSetAside() throws Exception {
        start(10); // an existing journal: opening it made today's backup
        @SuppressWarnings("unchecked")
        ListView<org.gutskin.service.BackupService.Copy> backups = app.robot.lookup("#backup-list").queryAs(ListView.class);
        app.await(() -> !backups.getItems().isEmpty());
        app.robot.interact(() -> backups.getSelectionModel().select(0));
        Button restore = app.robot.lookup("#restore-button").queryAs(Button.class);
        javafx.application.Platform.runLater(restore::fire); // the confirmation waits for an answer
        app.await(() -> app.robot.listTargetWindows().size() > 1);
        javafx.stage.Window dialog = app.robot.listTargetWindows().stream().filter(window -> window != app.stage)
                .findFirst().orElseThrow();
        app.robot.interact(() -> ((javafx.scene.control.DialogPane) dialog.getScene().getRoot())
                .lookupButton(javafx.scene.control.ButtonType.OK).fireEvent(new javafx.event.ActionEvent()));
        app.await(() -> {
            try (var files = Files.list(folder.resolve("journal"))) {
                return files.anyMatch(file -> file.getFileName().toString().startsWith("journal-set-aside-"));
            }
        });
        app.awaitJournal();
        try (var files = Files.list(folder.resolve("journal"))) {
            assertTrue(files.anyMatch(file -> file.getFileName().toString().equals("journal.db")));
        }
    }
}
