package org.gutskin.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.gutskin.ChildJvm;
import org.gutskin.TestClock;
import org.gutskin.journal.DayEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM that is saving days, with SIGKILL at random moments, and checks after every
 * kill that the journal opens, passes SQLite's integrity check, and holds every save that was
 * acknowledged.
 */
class CrashSafetyTest {
    static final int KILLS = 20;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedSaveSurvivesTwentyKills() throws Exception {
        Random random = new Random(20261127);
        int totalAcknowledged = 0;
        for (int round = 0; round < KILLS; round++) {
            int acknowledged = ChildJvm.runAndKill(CrashWriter.class, random, 300, folder.toString(),
                    Integer.toString(round)).lastAcknowledged();
            assertTrue(acknowledged >= 0, "round " + round + ": the child saved something before the kill");
            totalAcknowledged += acknowledged + 1;

            assertTrue(Backups.isIntact(folder.resolve(DataDirectory.DATABASE_FILE)), "round " + round
                    + ": integrity check");
            try (Database database = Database.open(DataDirectory.at(folder), TestClock.FIXED)) {
                Map<LocalDate, DayEntry> days = new JournalRepository(database).loadAll();
                for (int index = 0; index <= acknowledged; index++) {
                    DayEntry expected = CrashWriter.day(round, index);
                    assertEquals(expected, days.get(expected.date()), "round " + round + ", save " + index);
                }
            }
        }
        assertTrue(totalAcknowledged > KILLS, "saves acknowledged in all: " + totalAcknowledged);
        System.out.println("crash safety: " + KILLS + " kills, " + totalAcknowledged
                + " acknowledged saves, all found");
    }
}
