package org.gutskin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gutskin.ChildJvm;
import org.gutskin.Launcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A new journal on a full disk: a small tmpfs mounted in a private mount namespace (as an
 * unprivileged user can), so the disk fills at every stage of building the journal. The person
 * reads one line that says the disk is full, and nothing of the journal is left behind.
 */
class FullDiskTest {
    @BeforeAll
    static void namespacesAreAllowed() throws Exception {
        Process probe = new ProcessBuilder("unshare", "-rm", "true").redirectErrorStream(true).start();
        assumeTrue(probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0,
                "this machine does not let a user mount a file system in a private namespace");
    }

    /** Runs {@code insights} on a journal in a tmpfs of {@code size}: its exit code, stderr, and the folder's files. */
    private static List<String> runOnADiskOf(String size, Path mountPoint) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("unshare", "-rm", "sh", "-c",
                "mount -t tmpfs -o size=$1 tmpfs \"$0\" || exit 99; shift; \"$@\" 2>\"$0/../stderr\";"
                        + " echo \"rc=$?\"; cat \"$0/../stderr\"; echo '--'; ls -A \"$0/journal\"",
                mountPoint.toString(), size));
        command.addAll(ChildJvm.command(Launcher.class, "--data-dir", mountPoint.resolve("journal").toString(),
                "insights"));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), out);
        // the tests' class path has ArchUnit's SLF4J without a provider, which the shipped app does not
        return out.lines().filter(line -> !line.startsWith("SLF4J(")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12k", "48k", "96k", "160k", "256k"})
    void aNewJournalOnAFullDiskIsExplainedInOneLineAndLeavesNothing(String size) throws Exception {
        Path scratch = Files.createTempDirectory("full-disk");
        Path mountPoint = Files.createDirectories(scratch.resolve("disk"));
        List<String> lines = runOnADiskOf(size, mountPoint);
        assertEquals("rc=1", lines.get(0), lines.toString());
        assertTrue(lines.get(1).startsWith("gutskin: Cannot create a new journal in ")
                && lines.get(1).contains(": the disk is full (") && lines.get(1).endsWith("nothing was left behind."),
                lines.toString());
        assertEquals("--", lines.get(2), "one line, no stack trace: " + lines);
        assertTrue(lines.subList(3, lines.size()).stream().noneMatch(name -> name.startsWith("journal.db")),
                "no journal.db, journal.db.new, -wal or -shm: " + lines);
    }
}
