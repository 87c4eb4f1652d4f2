package org.gutskin.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gutskin.ChildJvm;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.journal.DayEntry;
import org.gutskin.store.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a command line exporting the journal as a folder, over and over: the folder is always
 * one whole export (never the files of two), and what a killed export left behind is gone once
 * the journal is opened again.
 */
class ExportKillTest {
    private static final int KILLS = 6;

    @TempDir
    Path folder;

    @Test
    void aKilledFolderExportLeavesTheLastWholeExportAndNoLeftovers() throws Exception {
        Path journal = folder.resolve("journal");
        Path out = folder.resolve("exports").resolve("gutskin-journal");
        Files.createDirectories(out.getParent());
        Random random = new Random(20261130);
        int next = 0;
        for (int round = 0; round < KILLS; round++) {
            int acknowledged = ChildJvm.runAndKill(ExportLooper.class, random, 250, journal.toString(),
                    out.toString(), Integer.toString(next)).lastAcknowledged();
            assertTrue(acknowledged >= next, "round " + round + ": an export finished before the kill");
            next = acknowledged + 2; // the day of the export under way when killed may be logged already
            Set<LocalDate> noted = new TreeSet<>();
            Set<LocalDate> rated = new TreeSet<>();
            try (App app = App.open(DataDirectory.at(journal), TestClock.FIXED)) {
                try (Stream<Path> leftovers = Files.list(out.getParent())) {
                    assertEquals(List.of(out), leftovers.toList(), "round " + round + ": no .partial left behind");
                }
                var plan = app.exchange().read(List.of(out), JournalImporter.Options.DEFAULT, null);
                assertEquals(List.of(), plan.problems(), "round " + round);
                for (DayEntry day : plan.days().values()) {
                    day.note().ifPresent(note -> noted.add(day.date()));
                    day.skin().ifPresent(skin -> rated.add(day.date()));
                }
            }
            assertEquals(noted, rated, "round " + round + ": notes and skin checks from the same export");
            assertTrue(noted.contains(ExportLooper.FIRST.plusDays(acknowledged)),
                    "round " + round + ": at least the last acknowledged export");
        }
    }
}
