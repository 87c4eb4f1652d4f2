package org.gutskin.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gutskin.MovableClock;
import org.gutskin.app.App;
import org.gutskin.crypt.Gpg;
import org.gutskin.journal.SampleDays;
import org.gutskin.store.Backups;
import org.gutskin.store.DataDirectory;
import org.gutskin.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The encrypted second copy, end to end on real files: set up, made after the day's first change
 * and on close, never in clear, opened with the passphrase (and by gpg), told when its folder is
 * gone — while saves go on.
 */
class SecondCopyServiceTest {
    private static final char[] PASSPHRASE = "plum tree by the river".toCharArray();
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final String SECRET_NOTE = "flare after the wedding cake";

    @TempDir
    Path folder;
    private final MovableClock clock = new MovableClock();

    private DataDirectory journal() {
        return DataDirectory.at(folder.resolve("journal"));
    }

    private Path copiesFolder() {
        return folder.resolve("usb-drive").resolve("Gutskin copies");
    }

    private App open() {
        return App.open(journal(), clock);
    }

    private static void note(App app, LocalDate day, String text) {
        app.days().save(SampleDays.on(day).withNote(Optional.of(text)).build());
    }

    private List<SecondCopyService.Copy> copies() {
        return SecondCopyService.copies(copiesFolder());
    }

    @Test
    void settingUpMakesAFirstCopyThatHoldsTheJournalEncryptedAndOwnerOnly() throws Exception {
        try (App app = open()) {
            note(app, DAY, SECRET_NOTE);
            SecondCopyService.Status status = app.secondCopy().setUp(copiesFolder(), PASSPHRASE);
            assertEquals(Optional.of(copiesFolder()), status.folder());
            assertEquals(Optional.of(LocalDateTime.now(clock).withNano(0)), status.lastCopy());
            assertEquals(Optional.empty(), status.problem());
        }
        List<SecondCopyService.Copy> copies = copies();
        assertEquals(1, copies.size(), copies.toString());
        Path copy = copies.get(0).file();
        assertTrue(copy.getFileName().toString().matches("gutskin-20260615-093000-[0-9a-f]{8}\\.db\\.gpg"), copy.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copiesFolder())));
        String bytes = new String(Files.readAllBytes(copy), StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("wedding") || bytes.contains("SQLite format"), "nothing in clear");

        Path opened = SecondCopyService.open(journal(), copy, PASSPHRASE);
        try {
            assertTrue(Backups.isIntact(opened));
            assertEquals(SECRET_NOTE, noteIn(opened));
        } finally {
            SecondCopyService.forget(opened);
        }
        assertFalse(Files.exists(opened));
    }

    private static String noteIn(Path journalFile) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + journalFile.toUri() + "?mode=ro");
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT note FROM day_note WHERE date = '" + DAY + "'")) {
            return row.next() ? row.getString(1) : null;
        }
    }

    @Test
    void aWeakPassphraseAFolderInsideTheJournalOrOneThatCannotBeWrittenIsRefused() throws Exception {
        Path aFile = Files.writeString(folder.resolve("a-file.txt"), "");
        try (App app = open()) {
            StoreException weak = assertThrows(StoreException.class,
                    () -> app.secondCopy().setUp(copiesFolder(), "short".toCharArray()));
            assertTrue(weak.getMessage().startsWith("A passphrase needs at least 10 characters"), weak.getMessage());
            StoreException inside = assertThrows(StoreException.class,
                    () -> app.secondCopy().setUp(journal().path().resolve("copies"), PASSPHRASE));
            assertTrue(inside.getMessage().startsWith("Choose a folder away from the journal"), inside.getMessage());
            StoreException unwritable = assertThrows(StoreException.class,
                    () -> app.secondCopy().setUp(aFile.resolve("copies"), PASSPHRASE));
            assertTrue(unwritable.getMessage().startsWith("Cannot write in " + aFile.resolve("copies")),
                    unwritable.getMessage());
            assertFalse(app.secondCopy().status().isSetUp());
        }
        assertFalse(Files.exists(copiesFolder()));
    }

    @Test
    void theDaysFirstChangeMakesACopyInTheBackgroundAndClosingAfterAChangeMakesAnother() throws Exception {
        try (App app = open()) {
            app.secondCopy().setUp(copiesFolder(), PASSPHRASE);
            note(app, DAY, "same day: the copy made at set-up stands for today");
            assertEquals(1, copies().size());

            clock.advance(Duration.ofDays(1));
            CompletableFuture<SecondCopyService.Status> copied = new CompletableFuture<>();
            app.secondCopy().onStatus(status -> {
                if (status.lastCopy().map(last -> last.toLocalDate().equals(LocalDate.now(clock))).orElse(false)) {
                    copied.complete(status);
                }
            });
            note(app, DAY.plusDays(1), "the next day's first change");
            assertEquals(Optional.empty(), copied.get(30, TimeUnit.SECONDS).problem());
            assertEquals(2, copies().size());
            note(app, DAY.plusDays(2), "a later change the same day: copied when the journal closes");
            clock.advance(Duration.ofMinutes(5));
        }
        List<SecondCopyService.Copy> copies = copies();
        assertEquals(3, copies.size(), copies.toString());
        Path newest = SecondCopyService.open(journal(), copies.get(0).file(), PASSPHRASE);
        SecondCopyService.forget(newest);
    }

    @Test
    void aClosedJournalWithoutChangesMakesNoCopy() {
        try (App app = open()) {
            app.secondCopy().setUp(copiesFolder(), PASSPHRASE);
        }
        clock.advance(Duration.ofDays(1));
        try (App app = open()) {
            app.days().all();
        }
        assertEquals(1, copies().size());
    }

    @Test
    void aFolderThatIsGoneIsToldWhileSavesGoOnAndTheNextChangeTriesAgain() throws Exception {
        try (App app = open()) {
            app.secondCopy().setUp(copiesFolder(), PASSPHRASE);
            Path moved = Files.move(copiesFolder(), folder.resolve("unplugged"));
            clock.advance(Duration.ofDays(1));
            CompletableFuture<SecondCopyService.Status> told = new CompletableFuture<>();
            app.secondCopy().onStatus(told::complete);
            note(app, DAY, "saved though the drive is unplugged");
            SecondCopyService.Status status = told.get(30, TimeUnit.SECONDS);
            assertTrue(status.problem().orElseThrow().contains("is not there; is its drive connected?"),
                    status.toString());
            assertEquals("saved though the drive is unplugged", app.days().day(DAY).note().orElseThrow());
            Files.move(moved, copiesFolder());
        }
        assertEquals(2, copies().size(), "the copy on close, with the drive back");
    }

    @Test
    void aWrongPassphraseIsSaidInOneLineAndLeavesNothing() throws Exception {
        try (App app = open()) {
            app.secondCopy().setUp(copiesFolder(), PASSPHRASE);
        }
        Path copy = copies().get(0).file();
        StoreException wrong = assertThrows(StoreException.class,
                () -> SecondCopyService.open(journal(), copy, "plum tree by the rivers".toCharArray()));
        assertEquals("The passphrase does not open " + copy.getFileName()
                + ". Check it (letters, spaces and case count) and try again.", wrong.getMessage());
        try (Stream<Path> left = Files.list(journal().path().resolve(Backups.FOLDER))) {
            assertTrue(left.noneMatch(file -> file.getFileName().toString().startsWith(".opened-")));
        }
    }

    @Test
    void turningOffKeepsTheCopiesMade() {
        try (App app = open()) {
            app.secondCopy().setUp(copiesFolder(), PASSPHRASE);
            app.secondCopy().turnOff();
            assertFalse(app.secondCopy().status().isSetUp());
            note(app, DAY, "no copy for this");
        }
        assertEquals(1, copies().size());
        try (App app = open()) {
            assertFalse(app.secondCopy().status().isSetUp());
        }
    }

    @Test
    void leftoversOfACopyKilledHalfWayAreRemovedAtTheNextStart() throws Exception {
        Path backups = Files.createDirectories(journal().path().resolve(Backups.FOLDER));
        Path leftover = Files.writeString(backups.resolve(".opened-1234.db"), "half a journal");
        try (App app = open()) {
            assertFalse(Files.exists(leftover));
        }
    }

    @Test
    void gpgOpensACopyWithThePassphraseAlone() throws Exception {
        assumeTrue(Gpg.available(), "gpg is not installed");
        try (App app = open()) {
            note(app, DAY, SECRET_NOTE);
            app.secondCopy().setUp(copiesFolder(), PASSPHRASE);
        }
        Path decrypted = folder.resolve("from-gpg.db");
        assertNull(Gpg.run(folder, PASSPHRASE, "--output", decrypted.toString(), "--decrypt",
                copies().get(0).file().toString()));
        assertEquals(SECRET_NOTE, noteIn(decrypted));
    }
}
