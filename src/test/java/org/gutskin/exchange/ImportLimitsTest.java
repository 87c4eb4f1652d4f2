package org.gutskin.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.crypt.OpenPgp;
import org.gutskin.crypt.PassphraseKey;
import org.gutskin.journal.InvalidEntryException;
import org.gutskin.journal.Limits;
import org.gutskin.journal.SampleDays;
import org.gutskin.store.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input that would exhaust time or memory is refused with one line, before it can. */
class ImportLimitsTest {
    @TempDir
    Path folder;

    private App open() {
        return App.open(DataDirectory.at(folder.resolve("journal")), TestClock.FIXED);
    }

    private List<String> problems(Path... paths) {
        try (App app = open()) {
            return app.exchange().read(List.of(paths), JournalImporter.Options.DEFAULT, null).problems().stream()
                    .map(ImportProblem::toString).toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999-12-31", "0000-01-01", "-0001-01-01", "+10000-01-01", "1899-12-31", "2036-06-16"})
    void aDayOutsideTheJournalsRangeIsARowProblem(String date) throws IOException {
        Path skin = Files.writeString(folder.resolve("skin.csv"), "date,overall\n2026-01-01,3\n" + date + ",4\n");
        List<String> problems = problems(skin);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("skin.csv:3: date: "), problems.get(0));
    }

    @Test
    void midnightAtTheEndOfADayAndAnAbsurdAmountOfAlcoholAreRowProblems() throws IOException {
        Path meals = Files.writeString(folder.resolve("meals.csv"),
                "date,time,meal,description\n2026-01-01,24:00,dinner,rice\n2026-01-01,00:00,snack,toast\n");
        Path habits = Files.writeString(folder.resolve("habits.csv"),
                "date,habit,value\n2026-01-01,alcohol_units,1e308\n2026-01-02,alcohol_units,2.5\n");
        Path sleep = Files.writeString(folder.resolve("sleep.csv"),
                "date,bedtime,wake_time,quality\n2026-01-03,23:00,23:00,3\n");
        List<String> problems = problems(meals, habits, sleep);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(problem -> problem.startsWith("meals.csv:2: time: ")), problems.toString());
        assertTrue(problems.contains("habits.csv:2: alcohol_units: Alcohol units must be at most 100, got 1.0E308"),
                problems.toString());
        assertTrue(problems.stream().anyMatch(problem -> problem.startsWith("sleep.csv:2: wake_time: ")),
                "the column as the file names it: " + problems);
    }

    @Test
    void anEncryptedFileThatIsGarbageOrUnpacksBeyondTheLimitIsRefusedInOneLine() throws IOException {
        char[] passphrase = "a long enough passphrase".toCharArray();
        byte[] garbage = new byte[5000];
        new Random(3).nextBytes(garbage);
        Path damaged = Files.write(folder.resolve("damaged.zip.gpg"), garbage);
        Path bomb = folder.resolve("bomb.csv.gpg");
        PassphraseKey key = PassphraseKey.derive(passphrase, new byte[8], 0x60);
        try (OutputStream out = OpenPgp.encrypt(Files.newOutputStream(bomb), key, "bomb.csv", Instant.EPOCH)) {
            out.write("date,overall\n".getBytes(StandardCharsets.UTF_8));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 61; i++) {
                out.write(zeros);
            }
        }
        assertTrue(Files.size(bomb) < 1024 * 1024, "compressed: a small file that unpacks large");
        try (App app = open()) {
            ExchangeException refused = assertThrows(ExchangeException.class,
                    () -> app.exchange().read(List.of(damaged), JournalImporter.Options.DEFAULT, passphrase));
            assertTrue(refused.getMessage().startsWith("Cannot open damaged.zip.gpg: it is damaged"),
                    refused.getMessage());
            ExchangeException tooLarge = assertThrows(ExchangeException.class,
                    () -> app.exchange().read(List.of(bomb), JournalImporter.Options.DEFAULT, passphrase));
            assertEquals("Cannot open bomb.csv.gpg: it unpacks to more than 60 MB, more than one import reads",
                    tooLarge.getMessage());
        }
        try (var left = Files.list(folder.resolve("journal"))) {
            assertTrue(left.noneMatch(file -> file.getFileName().toString().startsWith(".import-")));
        }
    }

    @Test
    void theLastDayTenYearsAheadIsStillFine() throws IOException {
        LocalDate latest = Limits.latestDay(TestClock.TODAY);
        assertEquals(LocalDate.of(2036, 6, 15), latest);
        Path skin = Files.writeString(folder.resolve("skin.csv"), "date,overall\n" + latest + ",4\n");
        assertEquals(List.of(), problems(skin));
    }

    @Test
    void aFileOverTheLimitIsRefusedByItsSizeWithoutBeingRead() throws IOException {
        Path big = folder.resolve("meals.csv");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(ReadBudget.MAX_FILE_BYTES + 1); // sparse: nothing is written
        }
        assertEquals(List.of("meals.csv: file: the file is larger than 50 MB; split it before importing"),
                problems(big));
    }

    @Test
    void aZipWhoseFilesUnpackToTooMuchIsStoppedAsItIsRead() throws IOException {
        Path zip = folder.resolve("bomb.zip");
        byte[] block = new byte[1 << 20];
        java.util.Arrays.fill(block, (byte) 'x');
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("a.csv", "b.csv", "c.csv")) {
                out.putNextEntry(new ZipEntry(name));
                out.write("date,note\n2026-01-01,".getBytes(StandardCharsets.UTF_8));
                for (int mb = 0; mb < 25; mb++) {
                    out.write(block);
                }
                out.closeEntry();
            }
        }
        assertTrue(Files.size(zip) < 1_000_000, "small on disk: " + Files.size(zip));
        List<String> problems = problems(zip);
        assertTrue(problems.stream().anyMatch(problem -> problem.startsWith("bomb.zip/c.csv")
                && problem.contains("more than 60 MB of text together")), problems.toString());
    }

    @Test
    void aDeviceOrAPipeIsRefusedWithoutReadingFromIt() throws Exception {
        Path pipe = folder.resolve("pipe.csv");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        assertEquals(List.of("/dev/zero: file: is not a regular file (a device or a pipe, say)",
                pipe + ": file: is not a regular file (a device or a pipe, say)"), problems(Path.of("/dev/zero"), pipe));
    }

    @Test
    void aVeryLongWordIsTaggedInTimeProportionalToIt() {
        String word = "a".repeat(200_000);
        try (App app = open()) {
            assertEquals(List.of(word), app.foods().tag(word).unknown(), "no typo correction of a word that long");
        }
    }

    @Test
    void aDayTooFarAheadIsNotSavedAndNeverStretchesTheAnalysis() {
        try (App app = open()) {
            LocalDate tooFar = Limits.latestDay(TestClock.TODAY).plusDays(1);
            assertThrows(InvalidEntryException.class, () -> app.days().save(SampleDays.on(tooFar)
                    .withSkin(java.util.Optional.of(SampleDays.skin(3))).build()));
            assertTrue(app.days().day(tooFar).isEmpty());
            assertFalse(app.analysis().insights(null, null).to() != null
                    && app.analysis().insights(null, null).to().isAfter(Limits.latestDay(TestClock.TODAY)));
        }
    }
}
