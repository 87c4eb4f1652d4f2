package org.gutskin.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.store.DataDirectory;
import org.gutskin.ui.trends.TrendsRedrawBench;

/**
 * The benchmark suite. Not part of {@code mvn verify}; run it with
 * {@code mvn -q -Pbench verify} (see docs/benchmarks.md).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Report report = new Report();
        System.out.println("| measure | result | target |\n|---|---|---|");
        FoodBench.run(report);
        Path tenYears = null;
        for (int years : new int[] {1, 5, 10}) {
            Path journal = AnalysisBench.journal(years);
            AnalysisBench.run(report, years, journal);
            ExchangeBench.run(report, years, journal);
            AppBench.save(report, years, journal);
            tenYears = journal;
        }
        trendsRedraw(report, tenYears);
        AppBench.saveWhileAnalysing(report, tenYears);
        AppBench.startup(report, tenYears);
        AppBench.startupFromJar(report, tenYears, Files.createTempDirectory("gutskin-bench-jar"));
        CommandStartBench.run(report, tenYears, Files.createTempDirectory("gutskin-bench-commands"));
        Platform.exit();
    }

    /** The Trends chart on ten years, in this JVM, with the toolkit started headless. */
    private static void trendsRedraw(Report report, Path tenYears) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Platform.startup(() -> { });
        try (App app = App.open(DataDirectory.at(tenYears), TestClock.FIXED)) {
            int[] ranges = {14, 30, 90, 365, 0};
            double[] millis = TrendsRedrawBench.measure(app.days().all(), app.foods().knowledge(), ranges);
            String[] names = {"2 weeks", "30 days", "90 days", "1 year", "all (10 years, weekly)"};
            for (int i = 0; i < ranges.length; i++) {
                report.add("10 years: Trends range switch to " + names[i] + " (series built and drawn)", millis[i],
                        "ms", "<= 100 ms");
            }
        }
    }
}
