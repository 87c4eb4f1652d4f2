package org.gutskin.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gutskin.TestClock;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.SampleDays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path folder;

    private DataDirectory directory() {
        return DataDirectory.at(folder);
    }

    @Test
    void anExistingJournalIsBackedUpOnceADayAtStartVerifiedAndOwnerOnly() throws IOException {
        try (Database database = Database.open(directory(), TestClock.FIXED)) {
            new JournalRepository(database).save(SampleDays.fullDay(LocalDate.of(2026, 1, 1)));
        }
        assertEquals(List.of(), new Backups(directory()).list(), "a new journal has nothing to back up");
        Database.open(directory(), TestClock.FIXED).close();
        Database.open(directory(), TestClock.FIXED).close();
        List<Backups.Backup> backups = new Backups(directory()).list();
        assertEquals(1, backups.size(), "once a day");
        assertEquals("daily", backups.get(0).reason());
        assertTrue(Backups.isIntact(backups.get(0).file()));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backups.get(0).file())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                folder.resolve(Backups.FOLDER))));
        assertEquals(SampleDays.fullDay(LocalDate.of(2026, 1, 1)), readBackup(backups.get(0).file())
                .get(LocalDate.of(2026, 1, 1)));
    }

    private static java.util.Map<LocalDate, DayEntry> readBackup(Path file) throws IOException {
        Path copy = Files.createTempDirectory("gutskin-backup-check");
        Files.copy(file, copy.resolve(DataDirectory.DATABASE_FILE));
        try (Database database = Database.open(DataDirectory.at(copy), TestClock.FIXED)) {
            return new JournalRepository(database).loadAll();
        }
    }

    @Test
    void rotationKeepsSevenDaysAndFourWeeks() throws Exception {
        Database.open(directory(), TestClock.FIXED).close();
        // backups are made from a connection outside any transaction, as Database.backup makes them
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + directory().databaseFile())) {
            Backups backups = new Backups(directory());
            LocalDateTime start = LocalDateTime.of(2026, 1, 1, 9, 0);
            for (int day = 0; day < 60; day++) {
                LocalDateTime when = start.plusDays(day);
                backups.make(connection, "daily", when);
                backups.make(connection, "before-import", when.plusHours(3));
            }
            List<Backups.Backup> kept = backups.list();
            Set<LocalDate> days = kept.stream().map(b -> b.made().toLocalDate()).collect(Collectors.toSet());
            assertEquals(11, days.size(), "7 daily + 4 weekly: " + kept);
            assertTrue(kept.size() <= days.size() + 1, "one backup per kept day, and the one just made: " + kept);
            assertTrue(days.contains(LocalDate.of(2026, 3, 1)), "the newest day");
            assertTrue(kept.get(0).reason().equals("before-import"), "the newest of the day is kept");
        }
    }

    @Test
    void restoreSetsTheCurrentFileAsideAndPutsTheBackupInPlace() throws IOException {
        LocalDate day = LocalDate.of(2026, 2, 2);
        Database.open(directory(), TestClock.FIXED).close();
        try (Database database = Database.open(directory(), TestClock.FIXED)) {
            new JournalRepository(database).save(SampleDays.fullDay(day));
            database.backup(directory(), "before-import");
            new JournalRepository(database).save(SampleDays.on(day).withNote(Optional.of("after the backup")).build());
        }
        Backups.Backup backup = new Backups(directory()).list().stream()
                .filter(b -> b.reason().equals("before-import")).findFirst().orElseThrow();
        Path aside = Backups.restore(directory(), backup.file(), LocalDateTime.now(TestClock.FIXED)).orElseThrow();
        assertTrue(Files.exists(aside), "the previous journal is kept");
        try (Database database = Database.open(directory(), TestClock.FIXED)) {
            assertEquals(SampleDays.fullDay(day), new JournalRepository(database).load(day));
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndTheJournalStays() throws IOException {
        Database.open(directory(), TestClock.FIXED).close();
        Path junk = Files.writeString(folder.resolve("junk.db"), "not a database at all");
        byte[] before = Files.readAllBytes(directory().databaseFile());
        StoreException error = assertThrows(StoreException.class, () -> Backups.restore(directory(), junk, LocalDateTime.now(TestClock.FIXED)));
        assertTrue(error.getMessage().contains("damaged"), error.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(directory().databaseFile())));
        assertFalse(Backups.isIntact(junk));
    }

    @Test
    void restoringWhileTheJournalIsOpenIsRefused() {
        try (Database open = Database.open(directory(), TestClock.FIXED)) {
            Path backup = open.backup(directory(), "before-import").file();
            assertThrows(JournalInUseException.class, () -> Backups.restore(directory(), backup, LocalDateTime.now(TestClock.FIXED)));
        }
    }
}
