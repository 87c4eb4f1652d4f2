package org.gutskin.ui.today;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.gutskin.ChildJvm;
import org.gutskin.TestClock;
import org.gutskin.store.Backups;
import org.gutskin.store.DataDirectory;
import org.gutskin.store.Database;
import org.gutskin.store.JournalRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the real window (headless, in a child JVM) while a person types into Today, and checks
 * that every edit the view said was saved is in the journal afterwards.
 */
class AutosaveCrashTest {
    static final int KILLS = 10;

    @TempDir
    Path folder;

    @Test
    void everyEditShownAsSavedSurvivesAKill() throws Exception {
        Random random = new Random(9_2026_1127L);
        int totalAcknowledged = 0;
        for (int round = 0; round < KILLS; round++) {
            ChildJvm.Outcome outcome = ChildJvm.runAndKill(AutosaveTypist.class, random, 1_500,
                    folder.toString(), Integer.toString(round));
            int acknowledged = outcome.lastAcknowledged();
            assertTrue(acknowledged >= 0, "round " + round + ": the view saved something before the kill "
                    + outcome.otherLines());
            totalAcknowledged += acknowledged + 1;
            LocalDate day = LocalDate.parse(outcome.otherLines().stream().filter(line -> line.startsWith("day "))
                    .findFirst().orElseThrow().substring(4));

            assertTrue(Backups.isIntact(folder.resolve(DataDirectory.DATABASE_FILE)), "round " + round);
            String note;
            try (Database database = Database.open(DataDirectory.at(folder), TestClock.FIXED)) {
                note = new JournalRepository(database).load(day).note().orElse("");
            }
            String acknowledgedNote = AutosaveTypist.noteAfter(round, acknowledged + 1);
            // Typing may have gone on and saved after the last acknowledgement, never less.
            assertTrue(note.startsWith(acknowledgedNote), "round " + round + ": " + note);
            assertTrue(AutosaveTypist.noteAfter(round, acknowledged + 2).startsWith(note), "round " + round
                    + ": " + note);
        }
        System.out.println("autosave crash safety: " + KILLS + " kills of the window, " + totalAcknowledged
                + " edits shown as saved, all found");
    }
}
