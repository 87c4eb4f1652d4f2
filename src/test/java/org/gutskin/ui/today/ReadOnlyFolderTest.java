package org.gutskin.ui.today;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.gutskin.ChildJvm;
import org.gutskin.Launcher;
import org.gutskin.ReadOnlyFolder;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Meal;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.SampleDays;
import org.gutskin.store.DataDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Points the app at a journal folder that cannot be written: the window still shows the journal,
 * an edit stays on screen as "Not saved" with Retry, and is saved once the folder is writable;
 * commands that read still work and commands that write say why they cannot.
 */
class ReadOnlyFolderTest {
    static final String MEAL = "porridge with blueberries";

    @TempDir
    Path scratch;
    private Path journalFolder;
    private ReadOnlyFolder.Way way;

    @BeforeEach
    void journalInAFolderThatWillBeReadOnly() throws Exception {
        way = ReadOnlyFolder.available(scratch).orElse(null);
        assumeTrue(way != null, "this machine can make no folder read-only for this user");
        journalFolder = scratch.resolve("journal");
        try (App app = App.open(DataDirectory.at(journalFolder), TestClock.FIXED)) {
            app.days().save(SampleDays.on(TestClock.TODAY).withMeals(List.of(
                    new Meal(LocalTime.of(8, 0), MealKind.BREAKFAST, MEAL, List.of()))).build());
        }
    }

    /** Runs a child that sees the journal folder read-only; returns its exit code and output. */
    private Result runReadOnly(List<String> command) throws Exception {
        Process child = ReadOnlyFolder.process(way, journalFolder, command).redirectErrorStream(true).start();
        try {
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(child.waitFor(90, TimeUnit.SECONDS), "the child finished");
            return new Result(child.exitValue(), output);
        } finally {
            child.destroyForcibly();
            ReadOnlyFolder.makeWritable(ReadOnlyFolder.Way.PERMISSIONS,
                    journalFolder); // for clean-up; harmless after a mount
        }
    }

    private record Result(int exitCode, String output) {
        boolean printed(String line) {
            return output.lines().anyMatch(line::equals);
        }
    }

    @Test
    void anEditInTheWindowStaysNotSavedUntilTheFolderIsWritableAndRetryIsPressed() throws Exception {
        Result session = runReadOnly(ChildJvm.command(ReadOnlyFolderSession.class, journalFolder.toString(),
                way.name()));
        String output = session.output();
        assertEquals(0, session.exitCode(), output);
        assertTrue(session.printed("banner shown: true"), output);
        assertTrue(session.printed("meals shown: 1"), "the journal is shown: " + output);
        assertTrue(session.printed("state: Not saved"), output);
        assertTrue(output.contains("problem: Not saved: The journal folder " + journalFolder + " cannot be written"),
                output);
        assertTrue(session.printed("note kept: true"), output);
        assertTrue(session.printed("after retry: All changes saved; banner shown: false"), output);

        try (App app = App.open(DataDirectory.at(journalFolder), TestClock.FIXED)) {
            DayEntry today = app.days().day(TestClock.TODAY);
            assertEquals(Optional.of(ReadOnlyFolderSession.NOTE), today.note());
            assertEquals(MEAL, today.meals().get(0).description());
        }
    }

    @Test
    void commandsThatReadWorkAndCommandsThatWriteSayTheFolderIsReadOnly() throws Exception {
        Path export = scratch.resolve("export.zip");
        Result exported = runReadOnly(ChildJvm.command(Launcher.class, "--data-dir", journalFolder.toString(),
                "export", "--format", "journal", "--out", export.toString()));
        assertEquals(0, exported.exitCode(), exported.output());
        assertTrue(Files.size(export) > 0);
        Result insights = runReadOnly(ChildJvm.command(Launcher.class, "--data-dir", journalFolder.toString(),
                "insights", "--json"));
        assertEquals(0, insights.exitCode(), insights.output());

        byte[] before = Files.readAllBytes(journalFolder.resolve(DataDirectory.DATABASE_FILE));
        Result imported = runReadOnly(ChildJvm.command(Launcher.class, "--data-dir", journalFolder.toString(),
                "import", export.toString()));
        assertEquals(1, imported.exitCode(), imported.output());
        assertTrue(imported.output().contains("The journal folder " + journalFolder + " cannot be written"),
                imported.output());
        assertFalse(imported.output().contains("Exception"), imported.output());
        assertArrayEquals(before, Files.readAllBytes(journalFolder.resolve(DataDirectory.DATABASE_FILE)));
    }
}
