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
import java.util.stream.Stream;
import org.gutskin.TestClock;
import org.gutskin.analysis.Association;
import org.gutskin.analysis.Factor;
import org.gutskin.analysis.Insights;
import org.gutskin.app.App;
import org.gutskin.store.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoAndGenerateTest {
    @TempDir
    Path folder;

    private int run(List<Object> commands, String... args) {
        CommandLine commandLine = CommandLineRunner.build(directory -> { }, commands, TestClock.FIXED);
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        return commandLine.execute(args);
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(path -> root.relativize(path).toString()).sorted().toList();
        }
    }

    @Test
    void theSameSeedGivesTheSameJournalByteForByte() throws IOException {
        for (String name : List.of("a", "b")) {
            assertEquals(0, run(List.of(new GenerateCommand(), new ExportCommand()), "--data-dir",
                    folder.resolve(name).toString(), "generate", "--days", "200", "--seed", "9", "--end",
                            "2026-05-01"));
            assertEquals(0, run(List.of(new GenerateCommand(), new ExportCommand()), "--data-dir",
                    folder.resolve(name).toString(), "export", "--format", "journal", "--out",
                    folder.resolve(name + "-export").toString()));
        }
        assertEquals(files(folder.resolve("a-export")), files(folder.resolve("b-export")));
        for (String file : files(folder.resolve("a-export"))) {
            assertEquals(Files.readString(folder.resolve("a-export").resolve(file)),
                    Files.readString(folder.resolve("b-export").resolve(file)), file);
        }
        assertEquals(0, run(List.of(new GenerateCommand()), "--data-dir", folder.resolve("c").toString(),
                "generate", "--days", "200", "--seed", "10", "--end", "2026-05-01"));
        try (App a = App.openForReading(DataDirectory.at(folder.resolve("a")), TestClock.FIXED);
             App c = App.openForReading(DataDirectory.at(folder.resolve("c")), TestClock.FIXED)) {
            assertFalse(a.days().all().equals(c.days().all()), "another seed, another journal");
        }
    }

    @Test
    void theGeneratorsPlantedRelationsAreFoundByTheAnalysis() {
        assertEquals(0, run(List.of(new GenerateCommand()), "--data-dir", folder.toString(), "generate", "--days",
                "365", "--seed", "5", "--end", "2026-05-01"));
        try (App app = App.openForReading(DataDirectory.at(folder), TestClock.FIXED)) {
            Insights insights = Insights.of(app.days().all(), app.foods().knowledge(), TestClock.FIXED, null, null);
            List<Association> found = insights.associations().reported();
            assertTrue(found.stream().anyMatch(a -> a.factor() == Factor.ULTRA_PROCESSED
                    && Integer.valueOf(2).equals(a.lagDays()) && a.effect() > 0), found.toString());
            assertTrue(found.stream().anyMatch(a -> a.factor() == Factor.ALCOHOL
                    && Integer.valueOf(1).equals(a.lagDays()) && a.effect() > 0), found.toString());
        }
    }

    @Test
    void theDemoNeverTouchesTheRealJournal() throws IOException {
        Path fakeHome = Files.createDirectory(folder.resolve("home"));
        String realHome = System.getProperty("user.home");
        List<Path> opened = new ArrayList<>();
        List<Boolean> hadDays = new ArrayList<>();
        System.setProperty("user.home", fakeHome.toString());
        try {
            CommandLine commandLine = CommandLineRunner.build(directory -> { }, List.of(new DemoCommand(directory -> {
                opened.add(directory.path());
                try (App app = App.openForReading(directory, TestClock.FIXED)) {
                    hadDays.add(app.days().all().size() > 100);
                }
            })), TestClock.FIXED);
            commandLine.setOut(new PrintWriter(new StringWriter(), true));
            assertEquals(0, commandLine.execute("demo"));
        } finally {
            System.setProperty("user.home", realHome);
        }
        assertEquals(1, opened.size());
        assertFalse(opened.get(0).startsWith(fakeHome), "a temporary folder, not the home's journal");
        assertEquals(List.of(true), hadDays, "the demo journal is populated");
        assertFalse(Files.exists(opened.get(0)), "and deleted afterwards");
        assertEquals(List.of(), files(fakeHome));
    }

    @Test
    void theDemoCommandIsListedInHelp() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = CommandLineRunner.build(directory -> { }, List.of(new DemoCommand(d -> { }),
                new GenerateCommand()), TestClock.FIXED);
        commandLine.setOut(new PrintWriter(out, true));
        assertEquals(0, commandLine.execute("--help"));
        assertTrue(out.toString().contains("demo") && out.toString().contains("generate"), out.toString());
    }
}
