package org.gutskin.ui.trends;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.gutskin.analysis.FeatureTable;
import org.gutskin.analysis.SkinTrend;
import org.gutskin.food.FoodKnowledge;
import org.gutskin.journal.AlcoholUnit;
import org.gutskin.journal.DayEntry;
import org.gutskin.ui.trends.TrendSeries.Row;

/** For the benchmark: how long a range switch on the Trends chart takes, series built and drawn. */
public final class TrendsRedrawBench {
    private TrendsRedrawBench() {
    }

    /** Median milliseconds of switching to each range (days; 0 = all), building the series and drawing it. */
    public static double[] measure(NavigableMap<LocalDate, DayEntry> days, FoodKnowledge knowledge, int[] ranges)
            throws Exception {
        List<LocalDate> flares = SkinTrend.flareDays(FeatureTable.build(days, knowledge, ZoneOffset.UTC, null, null));
        TrendsChart chart = new TrendsChart();
        Map<Row, Paint> colours = new EnumMap<>(Row.class);
        for (Row row : Row.values()) {
            colours.put(row, Color.SEAGREEN);
        }
        TrendsChart.Palette palette = new TrendsChart.Palette(Color.BLACK, Color.GRAY, Color.LIGHTGRAY, Color.DARKGRAY,
                Color.FIREBRICK, Color.RED, Color.LAVENDER, colours);
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            StackPane pane = new StackPane(chart);
            stage.setScene(new Scene(pane, 1100, 700));
            stage.show();
            shown.complete(null);
        });
        shown.get();
        double[] medians = new double[ranges.length];
        LocalDate last = days.lastKey();
        for (int r = 0; r < ranges.length; r++) {
            LocalDate first = ranges[r] == 0 ? days.firstKey() : last.minusDays(ranges[r] - 1L);
            List<Double> times = new ArrayList<>();
            for (int run = 0; run < 12; run++) {
                CompletableFuture<Double> took = new CompletableFuture<>();
                Platform.runLater(() -> {
                    long start = System.nanoTime();
                    TrendSeries series = TrendSeries.of(FeatureTable.build(days, knowledge, ZoneOffset.UTC, first, last), flares,
                            DayOfWeek.MONDAY,
                AlcoholUnit.UK_UNITS);
                    chart.show(series, EnumSet.allOf(Row.class), palette);
                    chart.snapshot(null, null); // forces the drawing to be rendered
                    took.complete((System.nanoTime() - start) / 1e6);
                });
                times.add(took.get());
            }
            times = times.subList(2, times.size());
            times.sort(null);
            medians[r] = times.get(times.size() / 2);
        }
        return medians;
    }
}
