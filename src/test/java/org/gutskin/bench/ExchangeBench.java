package org.gutskin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.exchange.ConflictRule;
import org.gutskin.exchange.ExportFormat;
import org.gutskin.exchange.ImportPlan;
import org.gutskin.exchange.JournalExporter;
import org.gutskin.exchange.JournalImporter;
import org.gutskin.store.DataDirectory;

/** Export of every format and import of the journal, next to the sqlite3 shell writing the same rows. */
final class ExchangeBench {
    private ExchangeBench() {
    }

    static void run(Report report, int years, Path journal) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("gutskin-bench-export-");
        long foodRows = 0;
        double foodSeconds = 0;
        try (App app = App.open(DataDirectory.at(journal), TestClock.FIXED)) {
            for (int warm = 0; warm < 3; warm++) {
                export(app, ExportFormat.FOODS, out.resolve("warm.csv"));
            }
            for (ExportFormat format : ExportFormat.values()) {
                Path target = out.resolve(format == ExportFormat.JOURNAL ? "journal.zip" : format.key() + ".csv");
                long rows = 0;
                double seconds = Double.MAX_VALUE;
                for (int run = 0; run < 3; run++) { // best of three, as for the sqlite3 shell
                    long start = System.nanoTime();
                    rows = export(app, format, target);
                    seconds = Math.min(seconds, (System.nanoTime() - start) / 1e9);
                }
                report.add(years + " years: export " + format.key() + " (" + rows
                        + " rows, reading included, best of 3)",
                        seconds * 1000, "ms", years == 10 ? "<= 1000 ms" : "");
                if (format == ExportFormat.FOODS) {
                    foodRows = rows;
                    foodSeconds = seconds;
                }
            }
        }
        double ours = foodRows / foodSeconds;
        report.add(years + " years: export foods rows/s", ours, "rows/s", "");
        double shell = sqliteShellRowsPerSecond(journal, out.resolve("sqlite3.csv"));
        if (Double.isNaN(shell)) {
            report.add(years + " years: sqlite3 shell (not installed: apt-get install sqlite3)", 0, "", "");
        } else {
            report.add(years + " years: sqlite3 shell, same rows as CSV, rows/s", shell, "rows/s", "");
            report.add(years + " years: our export / sqlite3 rows per second", ours / shell, "×",
                    years == 10 ? ">= 0.5×" : "");
        }
        Path copy = Files.createTempDirectory("gutskin-bench-import-");
        try (App app = App.open(DataDirectory.at(copy), TestClock.FIXED)) {
            long start = System.nanoTime();
            ImportPlan plan = app.exchange().read(List.of(out.resolve("journal.zip")), JournalImporter.Options.DEFAULT, null);
            app.exchange().apply(plan, ConflictRule.SKIP, false);
            double millis = (System.nanoTime() - start) / 1e6;
            report.add(years + " years: import the journal .zip (" + plan.days().size() + " days)", millis, "ms",
                    years == 10 ? "<= 3000 ms" : "");
        }
    }

    private static long export(App app, ExportFormat format, Path target) {
        return app.exchange().export(new JournalExporter.Request(format, target, null, null, false, true), progress -> { });
    }

    /** The sqlite3 command-line shell writing the foods rows as CSV, best of three; NaN when it is not installed. */
    private static double sqliteShellRowsPerSecond(Path journal, Path out) throws IOException, InterruptedException {
        String query = "SELECT m.date, m.time, m.kind, i.food, i.quantity, i.unit, i.text FROM meal_item i"
                + " JOIN meal m ON m.id = i.meal_id ORDER BY m.date, m.position, i.position;";
        double best = Double.NaN;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            Process process;
            try {
                process = new ProcessBuilder("sqlite3", "-readonly", "-csv", "-header",
                        journal.resolve("journal.db").toString(), query)
                        .redirectOutput(out.toFile()).redirectErrorStream(false).start();
            } catch (IOException notInstalled) {
                return Double.NaN;
            }
            if (process.waitFor() != 0) {
                return Double.NaN;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long rows = Files.lines(out).count() - 1;
            best = Double.isNaN(best) ? rows / seconds : Math.max(best, rows / seconds);
        }
        return best;
    }
}
