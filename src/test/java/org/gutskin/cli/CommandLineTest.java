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
import org.gutskin.App;
import org.gutskin.store.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {
    @TempDir
    Path folder;

    private final List<DataDirectory> windowsOpened = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = CommandLineRunner.build(windowsOpened::add, List.of());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void noArgumentsOpensTheWindowOnTheChosenFolder() {
        assertEquals(CommandLineRunner.OK, run("--data-dir", folder.toString()));
        assertEquals(List.of(folder), windowsOpened.stream().map(DataDirectory::path).toList());
    }

    @Test
    void versionPrintsTheAppVersion() {
        assertEquals(CommandLineRunner.OK, run("--version"));
        assertTrue(out.toString().startsWith("Gutskin Journal "), out.toString());
        assertFalse(out.toString().contains("unknown"), out.toString());
        assertTrue(windowsOpened.isEmpty());
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

    @Test
    void aJournalThatCannotBeOpenedIsOneLineOnStderrWithExitCodeOne() throws IOException {
        Path notADatabase = Files.writeString(folder.resolve(DataDirectory.DATABASE_FILE), "hello, not SQLite");
        CommandLine commandLine = CommandLineRunner.build(directory -> App.open(directory).close(), List.of());
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute("--data-dir", folder.toString());
        assertEquals(CommandLineRunner.USER_ERROR, exitCode);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("gutskin: The journal file " + notADatabase), err.toString());
        assertEquals("hello, not SQLite", Files.readString(notADatabase));
    }
}
