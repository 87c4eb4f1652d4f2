package org.gutskin.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Meal;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.SampleDays;
import org.gutskin.service.DayService;
import org.gutskin.store.DataDirectory;
import org.gutskin.ui.RunningApp;
import org.gutskin.ui.shell.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Days missed since the last logged one are offered on Today, to fill in quickly or leave not logged. */
class CatchUpTest {
    private static final LocalDate TODAY = TestClock.TODAY;

    @TempDir
    Path folder;

    private App open() {
        return App.open(DataDirectory.at(folder), TestClock.FIXED);
    }

    private void logBeforeTheGap() {
        try (App app = open()) {
            app.days().save(SampleDays.on(TODAY.minusDays(5)).withSkin(Optional.of(SampleDays.skin(6))).build());
            app.days().save(SampleDays.on(TODAY.minusDays(4)).withMeals(List.of(new Meal(LocalTime.of(8, 0),
                    MealKind.BREAKFAST, "oats with kefir", app.foods().tag("oats with kefir").foodItems()))).build());
        }
    }

    @Test
    void theServiceOffersEachMissedDayWithWhatItCanTakeOver() {
        logBeforeTheGap();
        try (App app = open()) {
            List<DayService.MissedDay> missed = app.days().catchUp(TODAY);
            assertEquals(List.of(TODAY.minusDays(3), TODAY.minusDays(2), TODAY.minusDays(1)),
                    missed.stream().map(DayService.MissedDay::date).toList());
            assertEquals(TODAY.minusDays(5), missed.get(0).skinFrom().orElseThrow().date());
            assertEquals(TODAY.minusDays(4), missed.get(0).mealsFrom().orElseThrow().date());
            app.days().markNotRemembered(List.of(TODAY.minusDays(2)));
            assertEquals(List.of(TODAY.minusDays(3), TODAY.minusDays(1)), app.days().catchUp(TODAY).stream()
                    .map(DayService.MissedDay::date).toList());
            assertTrue(app.days().day(TODAY.minusDays(2)).isEmpty(), "not remembered stays not logged");
        }
        try (App empty = App.open(DataDirectory.at(folder.resolve("new")), TestClock.FIXED)) {
            assertEquals(List.of(), empty.days().catchUp(TODAY), "a new journal has nothing to catch up on");
        }
    }

    @Test
    void theStripFillsADayOrLeavesItNotLogged() throws Exception {
        logBeforeTheGap();
        try (RunningApp app = RunningApp.start(folder).awaitJournal()) {
            app.await(() -> app.robot.lookup("#catch-up").query().isVisible());
            assertEquals("3 days not logged: Fri 12, Sat 13, Sun 14",
                    app.robot.lookup("#catch-up-title").queryAs(Label.class).getText());

            MenuButton friday = app.robot.lookup("#catch-up-" + TODAY.minusDays(3)).queryAs(MenuButton.class);
            assertEquals(List.of("Open Fri 12 Jun", "Skin as on Wed 10 Jun (6/10)", "Meals as on Thu 11 Jun (1 meal)",
                    "I don't remember: leave it not logged"), friday.getItems().stream().map(MenuItem::getText).toList());
            app.robot.interact(() -> friday.getItems().get(1).fire());
            app.await(() -> app.robot.lookup("#catch-up-" + TODAY.minusDays(3)).tryQuery().isEmpty());

            Label weekFood = app.robot.lookup("#week-food").queryAs(Label.class);
            assertTrue(weekFood.getText().contains("(of 1 day with meals)"), weekFood.getText());
            MenuButton saturday = app.robot.lookup("#catch-up-" + TODAY.minusDays(2)).queryAs(MenuButton.class);
            app.robot.interact(() -> saturday.getItems().get(2).fire());
            app.await(() -> app.robot.lookup("#catch-up-" + TODAY.minusDays(2)).tryQuery().isEmpty());
            app.await(() -> weekFood.getText().contains("(of 2 days with meals)")); // the week's numbers follow
            assertEquals("1 day not logged: Sun 14", app.robot.lookup("#catch-up-title").queryAs(Label.class)
                    .getText());

            app.robot.clickOn("#catch-up-skip-all");
            app.await(() -> !app.robot.lookup("#catch-up").queryAs(Region.class).isVisible());

            app.show(Section.HISTORY); // the day not remembered shows as such, apart from one simply not logged
            app.await(() -> app.robot.lookup("#day-" + TODAY.minusDays(1)).tryQuery()
                    .map(cell -> cell.getStyleClass().contains("not-remembered")).orElse(false));
            assertFalse(app.robot.lookup("#day-" + TODAY.minusDays(6)).query().getStyleClass()
                    .contains("not-remembered"));
        }
        try (App app = open()) {
            DayEntry friday = app.days().day(TODAY.minusDays(3));
            assertEquals(6, friday.skin().orElseThrow().overall());
            assertTrue(friday.meals().isEmpty(), "only the skin was taken over");
            assertEquals("oats with kefir", app.days().day(TODAY.minusDays(2)).meals().get(0).description());
            assertTrue(app.days().day(TODAY.minusDays(1)).isEmpty(), "not remembered: not logged, not zero");
            assertFalse(app.days().catchUp(TODAY).stream().anyMatch(day -> day.date().equals(TODAY.minusDays(1))));
        }
    }
}
