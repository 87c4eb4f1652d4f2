package org.gutskin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gutskin.cli.CommandLineRunner;
import org.gutskin.cli.DemoCommand;
import org.gutskin.cli.ExportCommand;
import org.gutskin.cli.GenerateCommand;
import org.gutskin.cli.ImportCommand;
import org.gutskin.cli.InsightsCommand;
import org.gutskin.cli.TagCommand;
import org.gutskin.ui.RunningApp;
import org.gutskin.ui.shell.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs the command line and the window through their flows and checks that no network socket
 * was opened, that files are owner-only, and that the log holds no journal text.
 */
class PrivacyTest {
    @TempDir
    Path folder;

    /** Every java.net socket the JVM makes goes through this factory, which refuses and records it. */
    private static final List<String> SOCKETS = new ArrayList<>();

    static {
        try {
            Socket.setSocketImplFactory(() -> {
                SOCKETS.add(Thread.currentThread().getName());
                throw new IllegalStateException("Gutskin Journal opens no network connection");
            });
        } catch (IOException | IllegalStateException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Open network sockets of this process: TCP or UDP, over IPv4 or IPv6. (The SQLite driver's
     * native library keeps one local Unix-domain socket pair, which is not a network connection.)
     */
    private static long networkSockets() throws IOException {
        List<String> inodes = new ArrayList<>();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : descriptors.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:")) {
                        inodes.add(target.replaceAll("\\D", ""));
                    }
                } catch (IOException gone) {
                    // closed while we looked
                }
            }
        }
        long network = 0;
        for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
            Path file = Path.of("/proc/self/net/" + table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                String[] columns = line.strip().split("\\s+");
                if (columns.length > 9 && inodes.contains(columns[9])) {
                    network++;
                }
            }
        }
        return network;
    }

    private int run(String... args) {
        CommandLine commandLine = CommandLineRunner.build(directory -> { }, List.of(new TagCommand(),
                new InsightsCommand(), new ExportCommand(), new ImportCommand(), new GenerateCommand(),
                new DemoCommand(directory -> { })), TestClock.FIXED);
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        return commandLine.execute(args);
    }

    @Test
    void theFullFlowsOpenNoSocketAndKeepFilesPrivate() throws Exception {
        long before = networkSockets();
        String journal = folder.resolve("journal").toString();
        assertEquals(0, run("--data-dir", journal, "generate", "--days", "60", "--seed", "3"));
        assertEquals(0, run("--data-dir", journal, "tag", "--json", "kefir with a secret ingredient"));
        assertEquals(0, run("--data-dir", journal, "insights", "--json"));
        assertEquals(0, run("--data-dir", journal, "export", "--format", "journal", "--out",
                folder.resolve("export.zip").toString()));
        assertEquals(0, run("--data-dir", journal, "export", "--format", "daily", "--out",
                folder.resolve("daily.csv").toString()));
        assertEquals(0, run("--data-dir", folder.resolve("copy").toString(), "import",
                folder.resolve("export.zip").toString()));
        assertEquals(0, run("demo"));

        try (RunningApp app = RunningApp.start(folder.resolve("journal")).awaitJournal()) {
            for (Section section : Section.values()) {
                app.show(section);
            }
            app.show(Section.TODAY);
            app.show(Section.TODAY);
            app.robot.interact(() -> app.robot.lookup("#day-note").query().requestFocus());
            app.robot.write("my private note");
        }

        assertEquals(List.of(), SOCKETS, "sockets made");
        assertEquals(0, before);
        assertEquals(0, networkSockets(), "network sockets open");
        assertEquals("rwx------", permissions(folder.resolve("journal")));
        for (String file : List.of("journal/journal.db", "export.zip", "daily.csv")) {
            assertEquals("rw-------", permissions(folder.resolve(file)), file);
        }
        try (Stream<Path> logs = Files.list(folder.resolve("journal"))) {
            for (Path log : logs.filter(file -> file.getFileName().toString().endsWith(".log")).toList()) {
                String text = Files.readString(log);
                assertFalse(text.contains("private note") || text.contains("secret ingredient")
                        || text.contains("Busy day at work"), "journal text in " + log);
                assertEquals("rw-------", permissions(log));
            }
        }
        try (Stream<Path> backups = Files.list(folder.resolve("journal/backups"))) {
            assertTrue(backups.allMatch(backup -> {
                try {
                    return permissions(backup).equals("rw-------");
                } catch (IOException e) {
                    return false;
                }
            }));
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

}
