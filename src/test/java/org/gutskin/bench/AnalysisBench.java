package org.gutskin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.NavigableMap;
import org.gutskin.TestClock;
import org.gutskin.analysis.Insights;
import org.gutskin.app.App;
import org.gutskin.journal.DayEntry;
import org.gutskin.sample.JournalGenerator;
import org.gutskin.store.DataDirectory;

/** Reading and analysing 1, 5 and 10 years of generated journal. */
final class AnalysisBench {
    private AnalysisBench() {
    }

    /** A journal of {@code years} years in a fresh temporary folder. */
    static Path journal(int years) throws IOException {
        Path folder = Files.createTempDirectory("gutskin-bench-" + years + "y-");
        try (App app = App.open(DataDirectory.at(folder), TestClock.FIXED)) {
            app.days().saveAll(new JournalGenerator(app.foods().tagger()).generate(years * 365, years,
                    LocalDate.of(2026, 11, 1)));
        }
        return folder;
    }

    static void run(Report report, int years, Path folder) {
        try (App app = App.open(DataDirectory.at(folder), TestClock.FIXED)) {
            NavigableMap<LocalDate, DayEntry> days = app.days().all();
            for (int i = 0; i < 5; i++) {
                Insights.of(app.days().all(), app.foods().knowledge(), TestClock.FIXED, null, null);
            }
            int rounds = 5;
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                days = app.days().all();
            }
            double readMs = (System.nanoTime() - start) / 1e6 / rounds;
            start = System.nanoTime();
            Insights insights = null;
            for (int i = 0; i < rounds; i++) {
                insights = Insights.of(days, app.foods().knowledge(), TestClock.FIXED, null, null);
            }
            double analyseMs = (System.nanoTime() - start) / 1e6 / rounds;
            report.add(years + " years: read the journal from SQLite (" + days.size() + " days), warm", readMs, "ms",
                    "");
            report.add(years + " years: analysis (" + insights.associations().tested() + " tests), warm", analyseMs,
                    "ms", years == 10 ? "<= 200 ms" : "");
            report.add(years + " years: analysis / read", analyseMs / readMs, "×", years == 10 ? "<= 3×" : "");
        }
    }
}
