package org.gutskin.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Meal;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.SampleDays;
import org.gutskin.journal.SearchHit;
import org.gutskin.journal.SkinCheck;
import org.gutskin.store.DataDirectory;
import org.gutskin.ui.RunningApp;
import org.gutskin.ui.shell.Section;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the real History view headless on a journal with a known month: one window for all the
 * tests here, which read last month and log only today.
 */
class HistoryViewTest {
    private static final YearMonth LAST_MONTH = YearMonth.from(TestClock.TODAY).minusMonths(1);

    @TempDir
    static Path folder;
    private static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        logDays();
        app = RunningApp.start(folder).awaitJournal();
    }

    @AfterAll
    static void close() throws Exception {
        app.close();
    }

    private static void logDays() {
        try (App journal = App.open(DataDirectory.at(folder), TestClock.FIXED)) {
            List<DayEntry> days = new ArrayList<>();
            int[] skin = {0, 3, 5, 7, 9};
            for (int i = 0; i < skin.length; i++) {
                days.add(SampleDays.on(LAST_MONTH.atDay(i + 1)).withSkin(Optional.of(SampleDays.skin(skin[i])))
                        .build());
            }
            String kimchi = "kimchi with rice";
            days.add(SampleDays.on(LAST_MONTH.atDay(10)).withMeals(List.of(new Meal(LocalTime.of(19, 0),
                    MealKind.DINNER, kimchi, journal.foods().tag(kimchi).foodItems()))).build());
            String junk = "pot noodle";
            days.add(SampleDays.on(LAST_MONTH.atDay(11)).withMeals(List.of(new Meal(LocalTime.of(13, 0),
                    MealKind.LUNCH, junk, journal.foods().tag(junk).foodItems())))
                    .withSkin(Optional.of(SampleDays.skin(2))).build());
            journal.days().saveAll(days);
        }
    }

    private static Node cell(int day) {
        return app.robot.lookup("#day-" + LAST_MONTH.atDay(day)).query();
    }

    private static RunningApp openLastMonth() throws Exception {
        app.show(Section.HISTORY);
        app.robot.clickOn("#this-month");
        app.robot.clickOn("#previous-month");
        app.await(() -> app.robot.lookup("#day-" + LAST_MONTH.atDay(1)).tryQuery().isPresent());
        return app;
    }

    @Test
    void daysAreColouredBySkinSeverityWithMarkersAndAnUnloggedLook() throws Exception {
        openLastMonth();
        assertTrue(cell(1).getStyleClass().contains("skin-clear"));
        assertTrue(cell(2).getStyleClass().contains("skin-mild"));
        assertTrue(cell(3).getStyleClass().contains("skin-moderate"));
        assertTrue(cell(4).getStyleClass().contains("skin-marked"));
        assertTrue(cell(5).getStyleClass().contains("skin-severe"));
        assertTrue(cell(6).getStyleClass().contains("unlogged"));
        assertTrue(cell(10).getStyleClass().contains("no-skin"), "logged food but no skin check");
        assertEquals(1, ((javafx.scene.Parent) cell(10)).lookupAll(".marker-fermented").size());
        assertEquals(1, ((javafx.scene.Parent) cell(11)).lookupAll(".marker-ultra-processed").size());
        assertEquals(0, ((javafx.scene.Parent) cell(11)).lookupAll(".marker-fermented").size());
    }

    @Test
    void clickingADayOpensItInToday() throws Exception {
        openLastMonth();
        app.robot.clickOn(cell(10));
        app.await(() -> app.navButton(Section.TODAY).isSelected()
                && LAST_MONTH.atDay(10).equals(app.robot.lookup("#date-picker").queryAs(DatePicker.class).getValue()));
        app.await(() -> app.robot.lookup(".meal-description").tryQuery().isPresent());
        assertEquals("kimchi with rice", app.robot.lookup(".meal-description").queryAs(Label.class).getText());
    }

    @Test
    void searchFindsAFoodEatenWeeksAgoAndATag() throws Exception {
        openLastMonth();
        app.robot.clickOn("#history-search").write("kimchi");
        @SuppressWarnings("unchecked")
        ListView<SearchHit> results = app.robot.lookup("#search-results").queryAs(ListView.class);
        app.await(() -> !results.getItems().isEmpty());
        assertEquals(List.of(new SearchHit(LAST_MONTH.atDay(10), "kimchi with rice")), results.getItems());
        assertTrue(app.robot.lookup("#search-summary").queryAs(Label.class).getText()
                .contains("(" + LAST_MONTH.atDay(10) + ")"));

        app.robot.interact(() -> app.robot.lookup("#history-search").queryAs(javafx.scene.control.TextField.class)
                .setText("ultra-processed"));
        app.await(() -> results.getItems().size() == 1 && results.getItems().get(0).date().equals(LAST_MONTH.atDay(11)));
    }

    @Test
    void aNewDayLoggedInTodayShowsWhenHistoryIsOpenedAgain() throws Exception {
        openLastMonth();
        app.show(Section.TODAY);
        app.robot.clickOn("#go-today"); // another test may have opened a day of last month
        app.await(() -> TestClock.TODAY.equals(app.robot.lookup("#date-picker").queryAs(DatePicker.class).getValue()));
        app.robot.interact(() -> app.robot.lookup("#skin-overall").query().requestFocus());
        app.robot.type(javafx.scene.input.KeyCode.DIGIT9);
        app.await(() -> app.robot.lookup("#save-state").queryAs(Label.class).getText().equals("All changes saved"));
        app.show(Section.HISTORY);
        app.robot.clickOn("#this-month");
        app.await(() -> app.robot.lookup("#day-" + TestClock.TODAY).tryQuery()
                .map(node -> node.getStyleClass().contains("skin-severe")).orElse(false));
    }
}
