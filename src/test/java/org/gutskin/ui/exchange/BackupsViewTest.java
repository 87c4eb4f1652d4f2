package org.gutskin.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.exchange.EncryptedFiles;
import org.gutskin.journal.SampleDays;
import org.gutskin.service.SecondCopyService;
import org.gutskin.store.DataDirectory;
import org.gutskin.ui.RunningApp;
import org.gutskin.ui.shell.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the real Backups part and encrypted exports headless, through their dialogs. */
class BackupsViewTest {
    private static final String PASSPHRASE = "green fields under rain";
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path folder;
    private RunningApp app;

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private Path journal() {
        return folder.resolve("journal");
    }

    private Path copies() {
        return folder.resolve("drive");
    }

    private RunningApp start(String note) throws Exception {
        try (App opened = App.open(DataDirectory.at(journal()), TestClock.FIXED)) {
            opened.days().save(SampleDays.on(DAY).withNote(Optional.of(note)).build());
        }
        app = RunningApp.start(journal()).awaitJournal();
        app.show(Section.EXCHANGE);
        return app;
    }

    private String label(String id) {
        return app.robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Presses a button whose action opens a dialog (which waits for an answer), and returns that dialog. */
    private DialogPane pressAndAwaitDialog(String id) throws TimeoutException {
        Button button = app.robot.lookup(id).queryAs(Button.class);
        Platform.runLater(button::fire);
        return awaitDialog();
    }

    private DialogPane awaitDialog() throws TimeoutException {
        app.await(() -> app.robot.listTargetWindows().stream().anyMatch(this::isDialog));
        Window dialog = app.robot.listTargetWindows().stream().filter(this::isDialog).findFirst().orElseThrow();
        return (DialogPane) dialog.getScene().getRoot();
    }

    private boolean isDialog(Window window) {
        return window != app.stage && window.isShowing() && window.getScene() != null
                && window.getScene().getRoot() instanceof DialogPane;
    }

    private void type(DialogPane dialog, String id, String text) {
        app.robot.interact(() -> ((TextInputControl) dialog.lookup(id)).setText(text));
    }

    private void press(DialogPane dialog, ButtonType button) {
        Node node = dialog.lookupButton(button);
        assertFalse(node.isDisabled(), button + " is enabled");
        app.robot.interact(() -> node.fireEvent(new ActionEvent()));
    }

    private void setUpSecondCopy() throws TimeoutException {
        DialogPane setUp = pressAndAwaitDialog("#second-copy-set-up");
        type(setUp, "#second-copy-folder", copies().toString());
        type(setUp, "#passphrase", PASSPHRASE);
        type(setUp, "#passphrase-again", PASSPHRASE);
        press(setUp, ButtonType.OK);
        app.await(() -> label("#second-copy-last").startsWith("Last copy: "));
    }

    @Test
    void aSecondCopyIsSetUpWithAPassphraseTypedTwiceAndItsStatusShown() throws Exception {
        start("a day to keep");
        assertEquals("Not set up: your journal and its backups are only on this computer's disk.",
                label("#second-copy-where"));
        assertTrue(app.robot.lookup("#second-copy-now").queryAs(Button.class).isDisabled());

        DialogPane setUp = pressAndAwaitDialog("#second-copy-set-up");
        type(setUp, "#second-copy-folder", copies().toString());
        type(setUp, "#passphrase", "too short");
        assertTrue(setUp.lookupButton(ButtonType.OK).isDisabled());
        assertEquals("At least 10 characters besides spaces: a few words are easy to remember and hard to guess.",
                ((Label) setUp.lookup("#passphrase-problem")).getText());
        type(setUp, "#passphrase", PASSPHRASE);
        type(setUp, "#passphrase-again", PASSPHRASE + "!");
        assertEquals("The two passphrases differ.", ((Label) setUp.lookup("#passphrase-problem")).getText());
        assertTrue(setUp.lookupButton(ButtonType.OK).isDisabled());
        type(setUp, "#passphrase-again", PASSPHRASE);
        press(setUp, ButtonType.OK);

        app.await(() -> label("#second-copy-last").equals("Last copy: Mon 15 Jun 2026, 09:30"));
        assertEquals("Copies go to " + copies(), label("#second-copy-where"));
        assertEquals("Change\u2026", app.robot.lookup("#second-copy-set-up").queryAs(Button.class).getText());
        assertEquals(1, SecondCopyService.copies(copies()).size());
    }

    @Test
    void aCopyIsRestoredWithItsPassphraseAndAWrongOneIsSaidSo() throws Exception {
        start("as it was when copied");
        setUpSecondCopy();

        DialogPane wrong = pressAndAwaitDialog("#second-copy-restore");
        @SuppressWarnings("unchecked")
        ListView<SecondCopyService.Copy> list = (ListView<SecondCopyService.Copy>) wrong.lookup("#restore-copy-list");
        app.await(() -> list.getSelectionModel().getSelectedItem() != null);
        type(wrong, "#passphrase", "not the right words");
        press(wrong, wrong.getButtonTypes().get(0));
        DialogPane error = awaitDialog();
        assertTrue(((Label) error.getContent()).getText().startsWith("The passphrase does not open gutskin-"),
                ((Label) error.getContent()).getText());
        press(error, ButtonType.OK);

        DialogPane right = pressAndAwaitDialog("#second-copy-restore");
        @SuppressWarnings("unchecked")
        ListView<SecondCopyService.Copy> again = (ListView<SecondCopyService.Copy>) right.lookup("#restore-copy-list");
        app.await(() -> again.getSelectionModel().getSelectedItem() != null);
        type(right, "#passphrase", PASSPHRASE);
        press(right, right.getButtonTypes().get(0));
        DialogPane confirm = awaitDialog();
        press(confirm, ButtonType.OK);
        app.await(() -> {
            try (var files = Files.list(journal())) {
                return files.anyMatch(file -> file.getFileName().toString().startsWith("journal-set-aside-"));
            }
        });
        app.awaitJournal();
        try (var left = Files.list(journal().resolve("backups"))) {
            assertTrue(left.noneMatch(file -> file.getFileName().toString().startsWith(".opened-")),
                    "the decrypted copy is gone once the journal is open again");
        }
    }

    @Test
    void anEncryptedExportAsksForANewPassphraseAndImportsBackWithIt() throws Exception {
        start("exported under lock");
        app.robot.interact(() -> app.robot.lookup("#export-journal-folder").queryAs(RadioButton.class)
                .setSelected(true));
        TextField path = app.robot.lookup("#export-path").queryAs(TextField.class);
        app.robot.interact(() -> path.setText(folder.resolve("journal-export").toString()));
        app.robot.interact(() -> app.robot.lookup("#export-encrypt").queryAs(CheckBox.class).setSelected(true));
        assertEquals(folder.resolve("journal-export.zip.gpg").toString(), path.getText());

        DialogPane passphrase = pressAndAwaitDialog("#export-button");
        type(passphrase, "#passphrase", PASSPHRASE);
        type(passphrase, "#passphrase-again", PASSPHRASE);
        press(passphrase, ButtonType.OK);
        app.await(() -> label("#export-result").startsWith("Exported"));
        Path sealed = folder.resolve("journal-export.zip.gpg");
        assertTrue(EncryptedFiles.isEncrypted(sealed));

        app.robot.interact(() -> app.robot.lookup("#import-path").queryAs(TextField.class).setText(sealed.toString()));
        DialogPane open = pressAndAwaitDialog("#import-preview");
        assertEquals("journal-export.zip.gpg is encrypted: type its passphrase", open.getHeaderText());
        type(open, "#passphrase", PASSPHRASE);
        press(open, ButtonType.OK);
        @SuppressWarnings("unchecked")
        ListView<String> preview = app.robot.lookup("#import-preview-lines").queryAs(ListView.class);
        app.await(() -> !preview.getItems().isEmpty());
        assertTrue(preview.getItems().contains("1 day: 0 new, 1 already in your journal (those are skipped)"),
                preview.getItems().toString());
        assertEquals(0, journal().toFile().list((dir, name) -> name.startsWith(".import-")).length,
                "nothing decrypted is left beside the journal");
    }
}
