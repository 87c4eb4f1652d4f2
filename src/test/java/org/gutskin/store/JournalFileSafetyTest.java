package org.gutskin.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.gutskin.TestClock;
import org.gutskin.journal.SampleDays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The holes an adversarial test found around the journal file, its backups and restoring them. */
class JournalFileSafetyTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 3);

    @TempDir
    Path folder;

    private DataDirectory journalIn(Path path) {
        DataDirectory directory = DataDirectory.at(path);
        try (Database database = Database.open(directory, TestClock.FIXED)) {
            new JournalRepository(database).save(SampleDays.fullDay(DAY));
            database.backup(directory, "before-import");
        }
        return directory;
    }

    private static Path newest(DataDirectory directory) {
        return new Backups(directory).list().get(0).file();
    }

    @Test
    void anotherAppsDatabaseIsNeverMigratedByAnyOpenAndIsLeftByteForByte() throws Exception {
        Path file = folder.resolve(DataDirectory.DATABASE_FILE);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = other.createStatement()) {
            statement.executeUpdate("CREATE TABLE meal (id INTEGER, recipe TEXT)"); // a name that clashes with ours
            statement.executeUpdate("INSERT INTO meal VALUES (1, 'soup')");
            statement.executeUpdate("PRAGMA user_version = 2");
        }
        byte[] before = Files.readAllBytes(file);
        DataDirectory directory = DataDirectory.at(folder);
        for (Runnable open : List.<Runnable>of(() -> Database.open(directory, TestClock.FIXED),
                () -> Database.openReadOnly(directory, TestClock.FIXED))) {
            StoreException error = assertThrows(StoreException.class, open::run);
            assertTrue(error.getMessage().contains("is not a Gutskin journal (it is another app's database)"),
                    error.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(file), "not migrated, not switched to WAL");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(DataDirectory.DATABASE_FILE, "journal.lock"), files
                    .map(path -> path.getFileName().toString()).sorted().toList(), "no -wal or -shm left behind");
        }
    }

    @Test
    void aJournalIsMarkedAsOursInTheSqliteHeader() throws Exception {
        DataDirectory directory = journalIn(folder);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + directory.databaseFile());
             Statement statement = connection.createStatement();
             ResultSet id = statement.executeQuery("PRAGMA application_id")) {
            assertEquals(JournalSignature.APPLICATION_ID, id.getInt(1));
        }
    }

    @Test
    void anEmptyOrForeignBackupIsNeverOfferedNorRestored() throws Exception {
        DataDirectory directory = journalIn(folder);
        Path backups = folder.resolve(Backups.FOLDER);
        Path empty = Files.createFile(backups.resolve("journal-29990101-000000-before-import.db"));
        assertEquals(empty, new Backups(directory).list().get(0).file(), "listed first: the newest by name");
        assertFalse(Backups.isIntact(empty));
        assertTrue(new Backups(directory).newestGood().orElseThrow().file().toString().contains("before-import"));
        assertFalse(new Backups(directory).newestGood().orElseThrow().file().equals(empty));
        Path foreign = backups.resolve("journal-29990102-000000-daily.db");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + foreign);
             Statement statement = other.createStatement()) {
            statement.executeUpdate("CREATE TABLE t (x)");
        }
        assertFalse(Backups.isIntact(foreign));
        byte[] journal = Files.readAllBytes(directory.databaseFile());
        for (Path refused : List.of(empty, foreign)) {
            StoreException error = assertThrows(StoreException.class,
                    () -> Backups.restore(directory, refused, LocalDateTime.now(TestClock.FIXED)));
            assertTrue(error.getMessage().contains("missing, empty, damaged or not a Gutskin journal"));
        }
        assertArrayEquals(journal, Files.readAllBytes(directory.databaseFile()));
    }

    @Test
    void theJournalCannotBeRestoredOntoItselfAndIsNeverLeftMissing() throws Exception {
        DataDirectory directory = journalIn(folder);
        byte[] journal = Files.readAllBytes(directory.databaseFile());
        StoreException error = assertThrows(StoreException.class, () -> Backups.restore(directory,
                directory.databaseFile(), LocalDateTime.now(TestClock.FIXED)));
        assertTrue(error.getMessage().contains("it is the journal file itself"), error.getMessage());
        assertArrayEquals(journal, Files.readAllBytes(directory.databaseFile()));
        try (Database database = Database.open(directory, TestClock.FIXED)) {
            assertEquals(SampleDays.fullDay(DAY), new JournalRepository(database).load(DAY));
        }
    }

    @Test
    void aBackupIsMadeOwnerOnlyUnderATemporaryNameAndOnlyAVerifiedOneKeepsItsName() throws Exception {
        DataDirectory directory = journalIn(folder);
        try (Stream<Path> files = Files.list(folder.resolve(Backups.FOLDER))) {
            for (Path file : files.toList()) {
                assertFalse(file.getFileName().toString().endsWith(".partial"), file.toString());
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
                assertTrue(Backups.isIntact(file), file.toString());
            }
        }
        assertTrue(Files.size(newest(directory)) > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"what?", "hash#tag", "percent%41", "space and ünïcode", "both?#%20"})
    void backupsAreCheckedAndRestoredInFoldersWithAnyName(String name) throws Exception {
        DataDirectory directory = journalIn(folder.resolve(name));
        Path backup = newest(directory);
        assertTrue(Backups.isIntact(backup), "a good backup passes in " + name);
        Path junk = backup.resolveSibling("journal-29990101-000000-daily.db");
        Files.write(junk, "SQLite format 3\0 and then random bytes that are no database".getBytes());
        assertFalse(Backups.isIntact(junk), "junk fails in " + name);
        Files.delete(junk);
        Backups.restore(directory, backup, LocalDateTime.now(TestClock.FIXED));
        try (Stream<Path> strays = Files.list(folder)) {
            assertEquals(List.of(name), strays.map(path -> path.getFileName().toString()).toList(),
                    "nothing created outside the journal folder");
        }
        try (Database database = Database.open(directory, TestClock.FIXED)) {
            assertEquals(SampleDays.fullDay(DAY), new JournalRepository(database).load(DAY));
        }
    }

    @Test
    void aJournalFileThatIsALinkIsRefusedWithAWord() throws Exception {
        DataDirectory elsewhere = journalIn(folder.resolve("elsewhere"));
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.createSymbolicLink(data.resolve(DataDirectory.DATABASE_FILE), elsewhere.databaseFile());
        StoreException error = assertThrows(StoreException.class,
                () -> Database.open(DataDirectory.at(data), TestClock.FIXED));
        assertTrue(error.getMessage().contains("is a link to"), error.getMessage());
        assertTrue(Files.isSymbolicLink(data.resolve(DataDirectory.DATABASE_FILE)));
    }
}
