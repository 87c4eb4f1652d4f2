package org.gutskin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.sample.JournalGenerator;
import org.gutskin.store.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class InsightsCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = CommandLineRunner.build(directory -> { },
                List.of(new InsightsCommand(), new GenerateCommand()), TestClock.FIXED);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void jsonOfAnEmptyJournalSaysWhatIsMissing() {
        assertEquals(0, run("--data-dir", folder.toString(), "insights", "--json"));
        String json = out.toString().strip();
        assertTrue(json.startsWith("{\"from\":"), json);
        assertTrue(json.contains("\"days_logged\":0"), json);
        assertTrue(json.contains("\"skin_trend\":{\"direction\":null,\"slope_per_week\":null,\"window_days\":14"),
                json);
        assertTrue(json.contains("\"associations\":[],\"tested\":0,\"not_enough_data\":\"Log 21 more days"), json);
    }

    @Test
    void textOfAnEmptyJournalSaysSoInsteadOfNamingNoDates() {
        assertEquals(0, run("--data-dir", folder.toString(), "insights"));
        assertTrue(out.toString().startsWith("No days logged yet." + System.lineSeparator()), out.toString());
        assertTrue(!out.toString().contains("null"), out.toString());
    }

    @Test
    void jsonOfAGeneratedJournalListsThePlantedAssociationWithItsStatistics() {
        assertEquals(0, run("--data-dir", folder.toString(), "generate", "--days", "365", "--seed", "3",
                "--end", "2026-06-30"));
        out.getBuffer().setLength(0);
        assertEquals(0, run("--data-dir", folder.toString(), "insights", "--json"));
        String json = out.toString().strip();
        assertTrue(json.contains("{\"factor\":\"ultra_processed\",\"lag_days\":2,\"effect\":"), json);
        for (String key : List.of("\"ci_low\":", "\"ci_high\":", "\"p\":", "\"q\":", "\"n_exposed\":",
                "\"n_unexposed\":", "\"message\":", "\"tested\":66", "\"flags\":[", "\"window_start\":",
                "\"values\":{", "\"direction\":")) {
            assertTrue(json.contains(key), key + " in " + json);
        }
        assertTrue(json.endsWith("\"not_enough_data\":null}"), json);
        assertFalse(json.contains("\"p\":0,") || json.contains("\"q\":0,"), "a p-value is never exactly 0: " + json);
    }

    @Test
    void sentencesReadTheSameWhateverTheMachinesLanguage() {
        assertEquals(0, run("--data-dir", folder.toString(), "generate", "--days", "200", "--seed", "3",
                "--end", "2026-06-30"));
        Locale before = Locale.getDefault();
        Map<String, String> outputs = new LinkedHashMap<>();
        try {
            for (String language : List.of("en-GB", "ar-EG", "fa-IR", "hi-IN-u-nu-deva", "de-DE", "th-TH-u-nu-thai")) {
                Locale.setDefault(Locale.forLanguageTag(language));
                out.getBuffer().setLength(0);
                assertEquals(0, run("--data-dir", folder.toString(), "insights"));
                outputs.put(language, out.toString());
            }
        } finally {
            Locale.setDefault(before);
        }
        String english = outputs.get("en-GB");
        assertTrue(english.contains(" points "), english);
        outputs.forEach((language, text) -> {
            assertEquals(english, text, language);
            assertTrue(text.chars().noneMatch(c -> Character.isDigit(c) && c > '9'), language + ": " + text);
        });
    }

    @Test
    void aDateThatIsNotOneIsSaidInWords() {
        assertEquals(2, run("--data-dir", folder.toString(), "insights", "--from", "2026-13-01"));
        assertTrue(err.toString().startsWith("Invalid value for option '--from': expected a date such as 2026-06-01"
                + " but was '2026-13-01'"), err.toString());
    }

    @Test
    void aDateRangeIsHonouredAndAWrongOneRefused() {
        try (App app = App.open(DataDirectory.at(folder), TestClock.FIXED)) {
            app.days().saveAll(new JournalGenerator(app.foods().tagger()).generate(60, 1,
                    LocalDate.of(2026, 3, 31)));
        }
        assertEquals(0, run("--data-dir", folder.toString(), "insights", "--from", "2026-03-01", "--to",
                "2026-03-10"));
        assertTrue(out.toString().contains("from 2026-03-01 to 2026-03-10"), out.toString());
        assertEquals(1, run("--data-dir", folder.toString(), "insights", "--from", "2026-03-10", "--to",
                "2026-03-01"));
        assertEquals("gutskin: --to 2026-03-01 is before --from 2026-03-10", err.toString().strip());
    }

    @Test
    void insightsWorkWhileTheJournalIsOpenInTheApp() {
        try (App app = App.open(DataDirectory.at(folder), TestClock.FIXED)) {
            app.days().saveAll(new JournalGenerator(app.foods().tagger()).generate(30, 2, TestClock.TODAY));
            assertEquals(0, run("--data-dir", folder.toString(), "insights"));
        }
        assertTrue(out.toString().matches("(?s)\\d+ days logged from .*"), out.toString());
    }

    @Test
    void generateRefusesAFolderWithAJournalUnlessForced() {
        assertEquals(0, run("--data-dir", folder.toString(), "generate", "--days", "5"));
        assertEquals(1, run("--data-dir", folder.toString(), "generate", "--days", "5"));
        assertTrue(err.toString().contains("already holds a journal"), err.toString());
        assertEquals(0, run("--data-dir", folder.toString(), "generate", "--days", "5", "--force"));
        assertEquals(1, run("--data-dir", folder.toString(), "generate", "--days", "0", "--force"));
    }
}
