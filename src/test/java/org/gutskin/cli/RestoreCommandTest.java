package org.gutskin.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.journal.SampleDays;
import org.gutskin.service.BackupService;
import org.gutskin.store.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreCommandTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path folder;

    private final CommandRun command = new CommandRun(RestoreCommand::new);

    /** A journal with one day noted "before", backed up, then noted "after". */
    private BackupService.Copy journalWithABackup() {
        try (App app = App.open(DataDirectory.at(folder), TestClock.FIXED)) {
            app.days().save(SampleDays.on(DAY).withNote(Optional.of("before")).build());
            BackupService.Copy copy = app.backups().backUp("manual");
            app.days().save(SampleDays.on(DAY).withNote(Optional.of("after")).build());
            return copy;
        }
    }

    private String noteOnTheDay() {
        try (App app = App.open(DataDirectory.at(folder), TestClock.FIXED)) {
            return app.days().day(DAY).note().orElse("");
        }
    }

    @Test
    void aFolderWithoutBackupsSaysWhereTheyWouldBe() {
        assertEquals(0, command.run("--data-dir", folder.toString(), "restore"));
        assertEquals("No backups yet in " + folder.resolve("backups"), command.out().strip());
    }

    @Test
    void theListNamesEachBackupAndRestoringOneByItsPathPutsItBack() {
        BackupService.Copy copy = journalWithABackup();
        assertEquals(0, command.run("--data-dir", folder.toString(), "restore"));
        assertTrue(command.out().contains("manual  " + copy.file()), command.out());
        assertEquals(0, command.run("--data-dir", folder.toString(), "restore", copy.file().toString()));
        assertTrue(command.out().startsWith("Restored " + copy.file() + "; the previous journal file was set aside as "
                + folder.resolve("journal-set-aside-")), command.out());
        assertEquals("before", noteOnTheDay());
    }

    @Test
    void aBackupCanBeNamedWithoutItsFolder() {
        BackupService.Copy copy = journalWithABackup();
        assertEquals(0, command.run("--data-dir", folder.toString(), "restore", copy.file().getFileName().toString()));
        assertEquals("before", noteOnTheDay());
    }

    @Test
    void aNameThatIsNoBackupOrTheJournalItselfIsRefusedInOneLineAndNothingChanges() throws Exception {
        journalWithABackup();
        byte[] journal = Files.readAllBytes(folder.resolve("journal.db"));
        assertEquals(1, command.run("--data-dir", folder.toString(), "restore", "journal-1999-01-01-0000-daily.db"));
        assertTrue(command.err().startsWith("gutskin: The backup ") && command.err().strip().lines().count() == 1,
                command.err());
        assertEquals(1, command.run("--data-dir", folder.toString(), "restore", folder.resolve("journal.db").toString()));
        assertTrue(command.err().contains("it is the journal file itself"), command.err());
        assertArrayEquals(journal, Files.readAllBytes(folder.resolve("journal.db")));
        assertEquals("after", noteOnTheDay());
    }
}
