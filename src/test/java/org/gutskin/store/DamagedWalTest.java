package org.gutskin.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gutskin.TestClock;
import org.gutskin.journal.SampleDays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal found after a crash with its write-ahead log damaged in the middle: the saves after
 * the damage are gone (SQLite cannot read them), but the log is kept aside and the person told —
 * while a log torn at its end (a save being written when the power went) is SQLite's ordinary
 * recovery and says nothing.
 */
class DamagedWalTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 2, 1);
    private static final int SAVES = 20;

    @TempDir
    Path folder;
    private Path crashed;

    /** Twenty saves, and a copy of the journal and its log taken as they stood before any checkpoint. */
    @BeforeEach
    void crashWithALog() throws Exception {
        Path live = folder.resolve("live");
        crashed = Files.createDirectories(folder.resolve("crashed"));
        try (Database database = Database.open(DataDirectory.at(live), TestClock.FIXED)) {
            JournalRepository journal = new JournalRepository(database);
            for (int i = 0; i < SAVES; i++) {
                journal.save(SampleDays.on(FIRST.plusDays(i)).withNote(Optional.of("save " + i)).build());
            }
            for (String name : List.of("journal.db", "journal.db-wal")) {
                Files.copy(live.resolve(name), crashed.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertTrue(Files.size(crashed.resolve("journal.db-wal")) > 20 * 4096, "the saves are in the log");
    }

    private int daysFound(Database database) {
        return new JournalRepository(database).loadAll().size();
    }

    @Test
    void anIntactLogGivesEverySaveAndNoWarning() throws Exception {
        WalCheck.Verdict verdict = WalCheck.check(crashed.resolve("journal.db-wal"));
        assertFalse(verdict.damaged());
        assertTrue(verdict.recovered() >= SAVES, "every save is a valid frame: " + verdict);
        try (Database database = Database.open(DataDirectory.at(crashed), TestClock.FIXED)) {
            assertEquals(List.of(), database.warnings());
            assertEquals(SAVES, daysFound(database));
        }
    }

    @Test
    void aLogDamagedInTheMiddleIsKeptAsideAndThePersonTold() throws Exception {
        Path wal = crashed.resolve("journal.db-wal");
        long middle = 32 + (24 + 4096) * 8L + 24 + 100; // inside the page of the ninth frame
        try (RandomAccessFile file = new RandomAccessFile(wal.toFile(), "rw")) {
            file.seek(middle);
            int b = file.read();
            file.seek(middle);
            file.write(b ^ 0xff);
        }
        byte[] damaged = Files.readAllBytes(wal);
        WalCheck.Verdict verdict = WalCheck.check(wal);
        assertEquals(8, verdict.recovered());
        assertTrue(verdict.damaged());
        try (Database database = Database.open(DataDirectory.at(crashed), TestClock.FIXED)) {
            assertEquals(1, database.warnings().size());
            assertTrue(database.warnings().get(0).contains("was damaged"), database.warnings().get(0));
            assertTrue(daysFound(database) < SAVES, "SQLite reads the saves before the damage only");
        }
        try (Stream<Path> files = Files.list(crashed)) {
            Path aside = files.filter(file -> file.getFileName().toString().startsWith("journal.db-wal.damaged-"))
                    .findFirst().orElseThrow();
            assertArrayEquals(damaged, Files.readAllBytes(aside), "the evidence is kept as it was");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(aside)));
        }
    }

    @Test
    void aLogTornAtItsEndIsOrdinaryRecoveryAndSaysNothing() throws Exception {
        Path wal = crashed.resolve("journal.db-wal");
        try (RandomAccessFile file = new RandomAccessFile(wal.toFile(), "rw")) {
            file.setLength(file.length() - 2000); // the last frame half written
        }
        assertFalse(WalCheck.check(wal).damaged());
        try (Database database = Database.open(DataDirectory.at(crashed), TestClock.FIXED)) {
            assertEquals(List.of(), database.warnings());
            assertEquals(SAVES - 1, daysFound(database), "the last save, never acknowledged, is not there");
        }
    }
}
