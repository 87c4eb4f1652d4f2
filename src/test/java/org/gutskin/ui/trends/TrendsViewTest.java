package org.gutskin.ui.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.gutskin.TestClock;
import org.gutskin.analysis.FeatureTable;
import org.gutskin.app.App;
import org.gutskin.food.FoodKnowledge;
import org.gutskin.journal.AlcoholUnit;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.SampleDays;
import org.gutskin.journal.SkinCheck;
import org.gutskin.sample.JournalGenerator;
import org.gutskin.store.DataDirectory;
import org.gutskin.ui.RunningApp;
import org.gutskin.ui.shell.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrendsViewTest {
    @TempDir
    Path folder;
    private RunningApp app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private void open(int days) throws Exception {
        if (days > 0) {
            try (App journal = App.open(DataDirectory.at(folder), TestClock.FIXED)) {
                journal.days().saveAll(new JournalGenerator(journal.foods().tagger()).generate(days, 2,
                        TestClock.TODAY));
            }
        }
        app = RunningApp.start(folder).awaitJournal();
        app.show(Section.TRENDS);
    }

    private String status() {
        return app.robot.lookup("#trends-status").queryAs(Label.class).getText();
    }

    private void range(String id) throws Exception {
        app.robot.interact(() -> app.robot.lookup(id).queryAs(ToggleButton.class).setSelected(true));
    }

    @Test
    void eachRangeDrawsItsDaysAndLongRangesBecomeWeeks() throws Exception {
        open(400);
        app.await(() -> status().contains("90 days, one point a day"));
        range("#range-14");
        app.await(() -> status().contains("14 days, one point a day"));
        range("#range-30");
        app.await(() -> status().contains("30 days, one point a day"));
        range("#range-365");
        app.await(() -> status().matches(".*(53|54) weeks, one point a week.*"));
        range("#range-all");
        app.await(() -> status().contains("weeks, one point a week"));
    }

    @Test
    void emptyJournalAndOneDayOpenWithoutErrors() throws Exception {
        open(0);
        app.await(() -> status().equals("Nothing logged in this range yet."));
        app.close();
        try (App journal = App.open(DataDirectory.at(folder), TestClock.FIXED)) {
            journal.days().save(SampleDays.on(TestClock.TODAY).withSkin(Optional.of(SampleDays.skin(3))).build());
        }
        app = RunningApp.start(folder).awaitJournal();
        app.show(Section.TRENDS);
        app.await(() -> status().contains("90 days, one point a day"));
    }

    @Test
    void theChartIsSavedAsAPng() throws Exception {
        open(30);
        app.await(() -> status().contains("90 days"));
        Path png = folder.resolve("chart.png");
        app.dialogs.answer(png.toFile());
        app.robot.clickOn("#save-png");
        app.await(() -> Files.exists(png) && Files.size(png) > 1000);
        assertEquals(List.of("save gutskin-trends-" + TestClock.TODAY + ".png"), app.dialogs.asked());
        byte[] header = Files.readAllBytes(png);
        assertEquals((byte) 0x89, header[0]);
        assertEquals('P', header[1]);
    }

    @Test
    void unloggedDaysAreGapsAndLongRangesAverageByWeek() {
        LocalDate start = LocalDate.of(2026, 1, 5); // a Monday
        NavigableMap<LocalDate, DayEntry> days = new TreeMap<>();
        for (int d = 0; d < 200; d++) {
            if (d % 10 != 3) {
                days.put(start.plusDays(d), SampleDays.on(start.plusDays(d))
                        .withSkin(Optional.of(SampleDays.skin(d % 7))).build());
            }
        }
        FoodKnowledge knowledge = FoodKnowledge.shipped();
        TrendSeries daily = TrendSeries.of(FeatureTable.build(days, knowledge, ZoneOffset.UTC, start, start.plusDays(29)), List.of(), DayOfWeek.MONDAY,
                AlcoholUnit.UK_UNITS);
        assertEquals(30, daily.points().size());
        assertTrue(Double.isNaN(daily.points().get(3).skin()), "an unlogged day is a gap");
        assertEquals(0.0, daily.points().get(0).skin());
        TrendSeries longer = TrendSeries.of(FeatureTable.build(days, knowledge, ZoneOffset.UTC, start, start.plusDays(199)), List.of(), DayOfWeek.MONDAY,
                AlcoholUnit.UK_UNITS);
        assertTrue(longer.weekly());
        assertEquals(ChronoUnit.WEEKS.between(start, start.plusDays(199)) + 1, longer.points().size());
        assertEquals(3.0, longer.points().get(0).skin(), 1e-9, "mean of 0,1,2,4,5,6 (day 3 not logged)");
    }
}
