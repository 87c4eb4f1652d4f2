package org.gutskin.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
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
import org.gutskin.crypt.OpenPgp;
import org.gutskin.crypt.PassphraseKey;
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
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                copiesFolder().getParent())), "the folders made above it too");
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
    void aNewPassphraseIsNeverInACopyTheOldOneOpensAndNoCopyHoldsTheKey() throws Exception {
        Path oldFolder = folder.resolve("old drive");
        try (App app = open()) {
            note(app, DAY, SECRET_NOTE);
            app.secondCopy().setUp(oldFolder, "the old passphrase, leaked".toCharArray());
            clock.advance(Duration.ofDays(1)); // choosing again is the first thing that day
            app.secondCopy().setUp(copiesFolder(), PASSPHRASE);
        }
        assertEquals(1, SecondCopyService.copies(oldFolder).size(), "choosing anew made no copy for the old key");
        byte[] key;
        try (Connection live = DriverManager.getConnection("jdbc:sqlite:" + journal().databaseFile().toUri()
                + "?mode=ro"); Statement statement = live.createStatement();
             ResultSet row = statement.executeQuery("SELECT key FROM second_copy")) {
            assertTrue(row.next());
            key = row.getBytes(1);
        }
        Path opened = SecondCopyService.open(journal(), copies().get(0).file(), PASSPHRASE);
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + opened.toUri() + "?mode=ro");
             Statement statement = copy.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM second_copy")) {
            assertTrue(rows.next());
            assertEquals(0, rows.getInt(1), "a copy does not hold where copies go, nor their key");
            assertFalse(new String(Files.readAllBytes(opened), StandardCharsets.ISO_8859_1)
                    .contains(new String(key, StandardCharsets.ISO_8859_1)), "not even in a free page");
        } finally {
            SecondCopyService.forget(opened);
        }
    }

    @Test
    void aCopyOfAJournalFromANewerVersionWithoutItsTablesOrThatUnpacksFarTooLargeIsNotRestored() throws Exception {
        Path newer = folder.resolve("newer.db");
        try (App app = App.open(DataDirectory.at(folder.resolve("other")), clock)) {
            note(app, DAY, "from the future");
        }
        Files.copy(folder.resolve("other").resolve("journal.db"), newer);
        Path fake = folder.resolve("fake.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + newer.toUri());
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = 999");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + fake.toUri());
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA application_id = 1196641098");
            statement.execute("PRAGMA user_version = 5");
            statement.execute("CREATE TABLE foo (x)");
        }
        PassphraseKey key = PassphraseKey.derive(PASSPHRASE, new byte[8], 0x60);
        Path bomb = Files.createDirectories(copiesFolder()).resolve("gutskin-20260102-000000-bbbbbbbb.db.gpg");
        try (OutputStream out = OpenPgp.encrypt(Files.newOutputStream(bomb), key, "journal.db", Instant.EPOCH)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 70; i++) {
                out.write(zeros);
            }
        }
        StoreException stopped = assertThrows(StoreException.class,
                () -> SecondCopyService.open(journal(), bomb, PASSPHRASE));
        assertTrue(stopped.getMessage().endsWith("it is damaged: it unpacks to more than 64 MB, far more than a"
                + " journal of its size"), stopped.getMessage());
        for (Path plain : List.of(newer, fake)) {
            Path sealed = Files.createDirectories(copiesFolder()).resolve("gutskin-20260101-000000-bbbbbbbb.db.gpg");
            try (OutputStream out = OpenPgp.encrypt(Files.newOutputStream(sealed), key, "journal.db", Instant.EPOCH)) {
                Files.copy(plain, out);
            }
            StoreException refused = assertThrows(StoreException.class,
                    () -> SecondCopyService.open(journal(), sealed, PASSPHRASE));
            assertTrue(refused.getMessage().contains("is not a whole Gutskin journal that this version can read"),
                    refused.getMessage());
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
            StoreException file = assertThrows(StoreException.class,
                    () -> app.secondCopy().setUp(aFile, PASSPHRASE));
            assertEquals(aFile + " is a file, not a folder; choose a folder for the copies.", file.getMessage());
            StoreException spaces = assertThrows(StoreException.class,
                    () -> app.secondCopy().setUp(copiesFolder(), "          ".toCharArray()));
            assertTrue(spaces.getMessage().startsWith("A passphrase needs at least 10 characters besides spaces"),
                    spaces.getMessage());
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
        Path moved;
        try (App app = open()) {
            app.secondCopy().setUp(copiesFolder(), PASSPHRASE);
            moved = Files.move(copiesFolder(), folder.resolve("unplugged"));
            clock.advance(Duration.ofDays(1));
            CompletableFuture<SecondCopyService.Status> told = new CompletableFuture<>();
            app.secondCopy().onStatus(told::complete);
            note(app, DAY, "saved though the drive is unplugged");
            SecondCopyService.Status status = told.get(30, TimeUnit.SECONDS);
            assertTrue(status.problem().orElseThrow().contains("is its drive connected?"),
                    status.toString());
            assertEquals("saved though the drive is unplugged", app.days().day(DAY).note().orElseThrow());
        }
        try (App app = open()) {
            assertEquals(Optional.of("The folder " + copiesFolder() + " is not there now; is its drive connected?"),
                    app.secondCopy().status().problem(), "the next start says so too");
            Files.move(moved, copiesFolder());
            assertTrue(app.secondCopy().status().problem().orElseThrow().contains("is not there"),
                    "and what the last try met, until a copy is made");
            app.secondCopy().copyNow();
            assertEquals(Optional.empty(), app.secondCopy().status().problem());
        }
        assertEquals(2, copies().size(), "the copy made with the drive back");
    }

    @Test
    void aFolderThatBecomesALinkIntoTheJournalFolderGetsNoCopy() throws Exception {
        try (App app = open()) {
            app.secondCopy().setUp(copiesFolder(), PASSPHRASE);
            Path inside = Files.createDirectories(journal().path().resolve("copies"));
            Files.move(copiesFolder(), folder.resolve("elsewhere"));
            Files.createSymbolicLink(copiesFolder(), inside);
            StoreException refused = assertThrows(StoreException.class, () -> app.secondCopy().copyNow());
            assertTrue(refused.getMessage().endsWith("the folder is inside the journal folder now; choose one away"
                    + " from it"), refused.getMessage());
            try (Stream<Path> files = Files.list(inside)) {
                assertEquals(0, files.count());
            }
        }
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
