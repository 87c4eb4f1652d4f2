package org.gutskin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.store.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {
    @TempDir
    Path folder;

    private final List<WindowRequest> windowsOpened = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = CommandLineRunner.build(windowsOpened::add, List.of(), TestClock.FIXED);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void noArgumentsOpensTheWindowOnTheChosenFolder() {
        assertEquals(CommandLineRunner.OK, run("--data-dir", folder.toString()));
        assertEquals(List.of(folder), windowsOpened.stream().map(window -> window.journal().path()).toList());
    }

    @Test
    void aPlainStartOpensTheWindowWithoutBuildingEveryCommand() {
        for (List<String> args : List.of(List.of("--data-dir", folder.toString()),
                List.of("--data-dir=" + folder))) {
            windowsOpened.clear();
            int exitCode = CommandLineRunner.run(windowsOpened::add, List.of(), TestClock.FIXED,
                    new PrintWriter(out, true),
                    new PrintWriter(err, true), args.toArray(String[]::new));
            assertEquals(CommandLineRunner.OK, exitCode, args.toString());
            assertEquals(List.of(folder), windowsOpened.stream().map(window -> window.journal().path()).toList(), args.toString());
        }
        assertTrue(CommandLineRunner.plainWindowStart().isPresent(), "no arguments: the default folder");
        assertEquals(null, CommandLineRunner.plainWindowStart().get().folder());
        for (List<String> args : List.of(List.of("--data-dir"), List.of("--data-dir="), List.of("--data-dir", "-x"),
                List.of("--data-dir", folder.toString(), "tag"), List.of("tag"), List.of("--help"))) {
            assertTrue(CommandLineRunner.plainWindowStart(args.toArray(String[]::new)).isEmpty(), args.toString());
        }
    }

    @Test
    void aPlainStartThatCannotOpenTheJournalIsOneLineOnStderr() throws IOException {
        Files.writeString(folder.resolve(DataDirectory.DATABASE_FILE), "hello, not SQLite");
        int exitCode = CommandLineRunner.run(window -> App.open(window.journal(), TestClock.FIXED).close(), List.of(),
                TestClock.FIXED,
                new PrintWriter(out, true), new PrintWriter(err, true), "--data-dir", folder.toString());
        assertEquals(CommandLineRunner.USER_ERROR, exitCode);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("gutskin: The journal file "), err.toString());
        assertEquals("hello, not SQLite", Files.readString(folder.resolve(DataDirectory.DATABASE_FILE)));
    }

    /** What JavaFX throws on a Linux system without GTK 3 (seen with libgtk-3.so.0 hidden in a mount namespace). */
    @Test
    void aWindowThatCannotLoadGtkSaysWhatToInstall() {
        int exitCode = CommandLineRunner.run(window -> {
            throw new UnsupportedOperationException("Unable to load glass GTK library.");
        }, List.of(), TestClock.FIXED, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(CommandLineRunner.USER_ERROR, exitCode);
        assertEquals("gutskin: cannot open the window: on Linux it needs GTK 3, which this system lacks (install the"
                + " libgtk-3-0 package, e.g. sudo apt install libgtk-3-0). The commands work without it (gutskin"
                + " --help).", err.toString().strip());
    }

    @Test
    void versionPrintsTheAppVersion() {
        assertEquals(CommandLineRunner.OK, run("--version"));
        assertTrue(out.toString().startsWith("Gutskin Journal "), out.toString());
        assertFalse(out.toString().contains("unknown"), out.toString());
        assertTrue(windowsOpened.isEmpty());
    }

    @Test
    void theQuickVersionSaysWhatPicocliWouldSay() {
        assertEquals(CommandLineRunner.OK, run("--version"));
        String picocli = out.toString();
        for (String flag : List.of("--version", "-V")) {
            StringWriter quick = new StringWriter();
            assertEquals(CommandLineRunner.OK, CommandLineRunner.run(window -> { }, List.of(), TestClock.FIXED,
                    new PrintWriter(quick, true), new PrintWriter(err, true), flag));
            assertEquals(picocli, quick.toString(), flag);
        }
    }

    @Test
    void helpDescribesTheCommandAndTheDataDirOption() {
        assertEquals(CommandLineRunner.OK, run("--help"));
        assertTrue(out.toString().contains("Usage: gutskin"), out.toString());
        assertTrue(out.toString().contains("--data-dir=DIR"), out.toString());
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCodeTwo() {
        assertEquals(CommandLineRunner.USAGE_ERROR, run("--frobnicate"));
        assertTrue(err.toString().contains("Unknown option: '--frobnicate'"), err.toString());
        assertTrue(windowsOpened.isEmpty());
    }
}
