package org.gutskin.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.exchange.EncryptedFiles;
import org.gutskin.journal.SampleDays;
import org.gutskin.store.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line's encryption: the second copy set up, listed and restored from (on a machine
 * that lost its journal), and exports encrypted and imported back — the passphrase always from a
 * prompt or standard input, never an argument.
 */
class EncryptionCommandsTest {
    private static final String PASSPHRASE = "a quiet lake at dawn";
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs a command with {@code input} on standard input. */
    private int run(String input, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine commandLine = CommandLineRunner.build(directory -> { }, List.of(new RestoreCommand(),
                new SecondCopyCommand(), new ExportCommand(), new ImportCommand()), TestClock.FIXED);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return commandLine.execute(args);
        } finally {
            System.setIn(before);
        }
    }

    private Path journal(String name) {
        return folder.resolve(name);
    }

    private void noteIn(String journal, String text) {
        try (App app = App.open(DataDirectory.at(journal(journal)), TestClock.FIXED)) {
            app.days().save(SampleDays.on(DAY).withNote(Optional.of(text)).build());
        }
    }

    private String noteOf(String journal) {
        try (App app = App.open(DataDirectory.at(journal(journal)), TestClock.FIXED)) {
            return app.days().day(DAY).note().orElse("");
        }
    }

    @Test
    void aSecondCopyIsSetUpAndRestoredOnAMachineThatLostTheJournal() throws Exception {
        noteIn("laptop", "kept safe elsewhere");
        Path copies = folder.resolve("drive");
        assertEquals(0, run(PASSPHRASE + "\n", "--data-dir", journal("laptop").toString(), "second-copy",
                "--folder", copies.toString()), err.toString());
        assertTrue(out.toString().startsWith("The copies are encrypted with a passphrase that is never stored: if it"
                + " is lost, no one can open them"), out.toString());
        assertTrue(out.toString().contains("Encrypted copies go to " + copies + System.lineSeparator()
                + "The last copy was made 2026-06-15 09:30"), out.toString());
        assertEquals(0, run("", "--data-dir", journal("laptop").toString(), "second-copy"));
        assertTrue(out.toString().contains("The last copy was made 2026-06-15 09:30"), out.toString());

        assertEquals(0, run("", "--data-dir", journal("new-laptop").toString(), "restore", "--from",
                copies.toString()));
        String listed = out.toString().strip();
        assertTrue(listed.matches("2026-06-15T09:30  \\d+ KB  .*gutskin-20260615-093000-[0-9a-f]{8}\\.db\\.gpg"),
                listed);
        String name = Path.of(listed.substring(listed.lastIndexOf("  ") + 2)).getFileName().toString();

        assertEquals(1, run("not the passphrase\n", "--data-dir", journal("new-laptop").toString(), "restore",
                "--from", copies.toString(), name));
        assertEquals("gutskin: The passphrase does not open " + name
                + ". Check it (letters, spaces and case count) and try again.", err.toString().strip());
        assertEquals(0, run(PASSPHRASE + "\n", "--data-dir", journal("new-laptop").toString(), "restore",
                "--from", copies.toString(), name), err.toString());
        assertEquals("Restored the second copy " + copies.resolve(name), out.toString().strip(),
                "a machine without a journal has none to set aside");
        assertEquals("kept safe elsewhere", noteOf("new-laptop"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                journal("new-laptop").resolve("backups"))));
        assertEquals(0, run("", "--data-dir", journal("new-laptop").toString(), "second-copy"));
        assertTrue(out.toString().startsWith("No second copy is set up."),
                "a restored copy does not write into the series it came from: " + out);
    }

    @Test
    void aPassphraseOnStandardInputThatIsNotUtf8IsRefused() {
        String latin1 = new String(new byte[] {(byte) 0xe9, (byte) 0xe9, (byte) 0xe9, (byte) 0xe9, (byte) 0xe9,
                (byte) 0xe9, (byte) 0xe9, (byte) 0xe9, (byte) 0xe9, (byte) 0xe9, '\n'}, StandardCharsets.ISO_8859_1);
        out.getBuffer().setLength(0);
        CommandLine commandLine = CommandLineRunner.build(directory -> { }, List.of(new SecondCopyCommand()),
                TestClock.FIXED);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(latin1.getBytes(StandardCharsets.ISO_8859_1)));
        try {
            assertEquals(1, commandLine.execute("--data-dir", journal("j").toString(), "second-copy", "--folder",
                    folder.resolve("drive").toString()));
        } finally {
            System.setIn(before);
        }
        assertTrue(err.toString().startsWith("gutskin: the passphrase on standard input is not UTF-8 text"),
                err.toString());
        assertFalse(Files.exists(folder.resolve("drive")));
    }

    @Test
    void aShortPassphraseOrNoneIsRefusedAndNothingIsSetUp() {
        assertEquals(1, run("short\n", "--data-dir", journal("j").toString(), "second-copy", "--folder",
                folder.resolve("drive").toString()));
        assertTrue(err.toString().startsWith("gutskin: A passphrase needs at least 10 characters"), err.toString());
        assertEquals(1, run("", "--data-dir", journal("j").toString(), "second-copy", "--folder",
                folder.resolve("drive").toString()));
        assertEquals("gutskin: no passphrase given: type it when asked, or give it on standard input",
                err.toString().strip());
        assertEquals(0, run("", "--data-dir", journal("j").toString(), "second-copy"));
        assertTrue(out.toString().startsWith("No second copy is set up."), out.toString());
    }

    /** A journal with one note, exported encrypted with {@link #PASSPHRASE} as journal.zip.gpg. */
    private Path sealedExport(String note) throws Exception {
        noteIn("source", note);
        Path sealed = folder.resolve("journal.zip.gpg");
        assertEquals(0, run(PASSPHRASE + "\n", "--data-dir", journal("source").toString(), "export", "--format",
                "journal", "--out", sealed.toString(), "--encrypt"), err.toString());
        return sealed;
    }

    @Test
    void anEncryptedExportImportsBackLosslesslyWithItsPassphrase() throws Exception {
        Path sealed = sealedExport("travels encrypted");
        assertTrue(EncryptedFiles.isEncrypted(sealed));
        assertFalse(new String(Files.readAllBytes(sealed), StandardCharsets.ISO_8859_1).contains("travels"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                journal("source").resolve("exports-in-progress"))), "where exports under way are noted");

        assertEquals(1, run("the wrong one here\n", "--data-dir", journal("target").toString(), "import",
                sealed.toString()));
        assertEquals("gutskin: The passphrase does not open journal.zip.gpg.", err.toString().strip());
        assertEquals(0, run(PASSPHRASE + "\n", "--data-dir", journal("target").toString(), "import",
                sealed.toString()), err.toString());
        assertEquals("travels encrypted", noteOf("target"));
        try (Stream<Path> left = Files.list(journal("target"))) {
            assertTrue(left.noneMatch(file -> file.getFileName().toString().startsWith(".import-")),
                    "nothing decrypted is left beside the journal");
        }

        Path plainSource = folder.resolve("source.zip");
        Path plainTarget = folder.resolve("target.zip");
        assertEquals(0, run("", "--data-dir", journal("source").toString(), "export", "--format", "journal",
                "--out", plainSource.toString()));
        assertEquals(0, run("", "--data-dir", journal("target").toString(), "export", "--format", "journal",
                "--out", plainTarget.toString()));
        assertArrayEquals(unzipped(plainSource), unzipped(plainTarget), "the same journal, file by file");
    }

    private static byte[] unzipped(Path zip) throws Exception {
        StringBuilder all = new StringBuilder();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                all.append(entry.getName()).append('\n')
                        .append(new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anEncryptedJournalRenamedWithoutZipStillImports() throws Exception {
        Path sealed = sealedExport("renamed on the way");
        Path renamed = Files.move(sealed, folder.resolve("backup.GPG"));
        assertEquals(0, run(PASSPHRASE + "\n", "--data-dir", journal("target").toString(), "import",
                renamed.toString()), err.toString());
        assertEquals("renamed on the way", noteOf("target"));
    }

    @Test
    void anEncryptedExportNeedsANameEndingInGpg() {
        assertEquals(1, run(PASSPHRASE + "\n", "--data-dir", journal("j").toString(), "export", "--format", "daily",
                "--out", folder.resolve("daily.csv").toString(), "--encrypt"));
        assertEquals("gutskin: An encrypted export is one file whose name ends in .gpg, such as daily.csv.gpg; got"
                + " daily.csv", err.toString().strip());
        assertFalse(Files.exists(folder.resolve("daily.csv")));
        assertEquals(0, run(PASSPHRASE + "\n", "--data-dir", journal("j").toString(), "export", "--format", "daily",
                "--out", folder.resolve("daily.csv.gpg").toString(), "--encrypt"), err.toString());
        assertTrue(EncryptedFiles.isEncrypted(folder.resolve("daily.csv.gpg")));
        assertEquals(1, run(PASSPHRASE + "\n", "--data-dir", journal("j").toString(), "export", "--format",
                "journal", "--out", folder.resolve("journal.gpg").toString(), "--encrypt"));
        assertEquals("gutskin: An encrypted export is one file whose name ends in .zip.gpg, such as journal.zip.gpg;"
                + " got journal.gpg", err.toString().strip());
    }
}
