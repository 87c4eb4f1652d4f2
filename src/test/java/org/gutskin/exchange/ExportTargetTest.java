package org.gutskin.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.journal.SampleDays;
import org.gutskin.store.DataDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export never lands on the journal, never through a link, never over something unasked — and never half. */
class ExportTargetTest {
    @TempDir
    Path folder;
    private Path data;

    @BeforeEach
    void journal() {
        data = folder.resolve("data");
        try (App app = App.open(DataDirectory.at(data), TestClock.FIXED)) {
            app.days().save(SampleDays.fullDay(LocalDate.of(2026, 4, 1)));
            app.backups().backUp("before-import");
        }
    }

    private long export(ExportFormat format, Path out, boolean overwrite) {
        try (App app = App.open(DataDirectory.at(data), TestClock.FIXED)) {
            return app.exchange().export(new JournalExporter.Request(format, out, null, null, false, overwrite),
                    progress -> { });
        }
    }

    private String refused(ExportFormat format, Path out, boolean overwrite) {
        return assertThrows(ExchangeException.class, () -> export(format, out, overwrite)).getMessage();
    }

    @Test
    void nothingIsWrittenOntoTheJournalItsCompanionsItsBackupsOrItsFolder() throws Exception {
        Path journalFile = data.resolve(DataDirectory.DATABASE_FILE);
        byte[] before = Files.readAllBytes(journalFile);
        assertTrue(refused(ExportFormat.DAILY, journalFile, true).contains("it is the journal file itself"));
        assertTrue(refused(ExportFormat.FOODS, data.resolve("journal.db-wal"), true)
                .contains("a file SQLite keeps beside the journal"));
        assertTrue(refused(ExportFormat.DAILY, data.resolve("backups").resolve("x.csv"), true)
                .contains("where the journal's backups are kept"));
        assertTrue(refused(ExportFormat.JOURNAL, data, true).contains("it is the journal folder"));
        assertTrue(refused(ExportFormat.JOURNAL, folder, true).contains("a folder that holds the journal"));
        assertTrue(refused(ExportFormat.DAILY, data.resolve("sub/../journal.db"), true).contains("journal file"));
        Path link = Files.createSymbolicLink(folder.resolve("innocent.csv"), journalFile);
        assertTrue(refused(ExportFormat.DAILY, link, true).contains("it is the journal file itself"),
                "a link is followed to what it points at");
        assertArrayEquals(before, Files.readAllBytes(journalFile), "the journal file is untouched");
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenAskedAndALinkNever() throws Exception {
        Path out = Files.writeString(folder.resolve("daily.csv"), "keep me\n");
        assertTrue(refused(ExportFormat.DAILY, out, false).contains("already exists"));
        assertEquals("keep me\n", Files.readString(out));
        assertEquals(1, export(ExportFormat.DAILY, out, true), "one day, from 2026-04-01 to 2026-04-01");
        assertTrue(Files.readString(out).startsWith("date,"));
        Path elsewhere = Files.writeString(folder.resolve("elsewhere.csv"), "not an export\n");
        Path link = Files.createSymbolicLink(folder.resolve("link.csv"), elsewhere);
        assertTrue(refused(ExportFormat.DAILY, link, true).contains("is a link"));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("not an export\n", Files.readString(elsewhere));
    }

    @Test
    void aFolderExportReplacesTheWholeFolderAtOnceOwnerOnly() throws Exception {
        Path out = folder.resolve("export");
        export(ExportFormat.JOURNAL, out, false);
        Files.writeString(out.resolve("stray.txt"), "from before");
        assertTrue(refused(ExportFormat.JOURNAL, out, false).contains("already exists"));
        export(ExportFormat.JOURNAL, out, true);
        assertFalse(Files.exists(out.resolve("stray.txt")), "the old folder was replaced, not mixed in");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("meals.csv"))));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(file -> file.getFileName().toString().endsWith(".partial")).toList());
        }
    }

    @Test
    void whatAKilledExportLeftBehindIsRemovedAndAFolderItWasReplacingPutBack() throws Exception {
        Path target = folder.resolve("export");
        PendingExports pending = new PendingExports(DataDirectory.at(data));
        Path partial = Files.createDirectories(folder.resolve(".export.1.partial"));
        Files.writeString(partial.resolve("notes.csv"), "date,note\n2026-04-01,private text\n");
        pending.note(partial);
        Path replaced = Files.createDirectories(folder.resolve(".export.2.partial"));
        Files.writeString(replaced.resolve("meals.csv"), "the last whole export");
        pending.noteReplaced(replaced, target);
        Path unrelated = Files.writeString(folder.resolve("not-ours.txt"), "keep");
        pending.note(unrelated); // a note that names anything but our temporaries is never obeyed
        try (App opened = App.open(DataDirectory.at(data), TestClock.FIXED)) {
            assertFalse(Files.exists(partial));
            assertEquals("the last whole export", Files.readString(target.resolve("meals.csv")));
            assertTrue(Files.exists(unrelated));
        }
        try (Stream<Path> notes = Files.list(data.resolve(PendingExports.FOLDER))) {
            assertEquals(0, notes.count(), "every note is dropped");
        }
    }
}
