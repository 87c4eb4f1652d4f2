package org.gutskin.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.gutskin.TestClock;
import org.gutskin.journal.Sleep;
import org.gutskin.store.DataDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the real Today view headless, on a real journal file: one window for all the tests
 * here, each on a day of its own that no other test touches.
 */
class TodayViewTest {
    @TempDir
    static Path folder;
    private static TodayDriver ui;
    private static int days;

    @BeforeAll
    static void start() throws Exception {
        ui = TodayDriver.start(folder);
    }

    @AfterAll
    static void close() throws Exception {
        ui.app.close();
    }

    /** A day of this test's own, shown in Today. */
    private LocalDate freshDay() throws Exception {
        LocalDate day = TestClock.TODAY.minusDays(10L * ++days);
        ui.show(day);
        return day;
    }

    @Test
    void theFermentedCountSaysWhyBakedSourdoughIsNotInIt() throws Exception {
        LocalDate day = freshDay();
        ui.type("#meal-description", "sourdough toast and kefir");
        ui.app.robot.type(KeyCode.ENTER);
        ui.awaitSaved();
        ui.app.await(() -> ui.label("#fermented-today").getText().equals("1"));
        List<String> chips = ui.app.robot.lookup(".tag-fermented").queryAllAs(Label.class).stream()
                .map(Label::getText).sorted().toList();
        assertEquals(List.of("fermented \u00b7 live", "fermented \u00b7 not live"), chips,
                "both foods are fermented; the chip says which one counts");
        String why = ui.label("#fermented-today").getTooltip().getText();
        assertTrue(why.contains("live cultures") && why.contains("sourdough"), why);
    }

    @Test
    void alcoholFromTheMealsShowsInTheEmptyAlcoholFieldAndPlantsReadToTheHalf() throws Exception {
        freshDay();
        ui.type("#meal-description", "2 glasses of red wine with basil, oregano and thyme on tomato");
        ui.app.robot.type(KeyCode.ENTER);
        ui.awaitSaved();
        TextField alcohol = ui.app.robot.lookup("#habit-alcohol_units").queryAs(TextField.class);
        ui.app.await(() -> alcohol.getPromptText().endsWith("from meals"));
        assertEquals("", alcohol.getText(), "nothing typed: the meals' units stand");
        assertTrue(alcohol.getPromptText().matches("\\d+(\\.\\d)? from meals"), alcohol.getPromptText());
        ui.app.await(() -> ui.label("#plants-today").getText().equals("2"));
        assertTrue(ui.label("#plants-today").getTooltip().getText().contains("Exactly 1.75"),
                "a tomato and three herbs at a quarter each; the quarters are in the tooltip: "
                + ui.label("#plants-today").getTooltip().getText());
    }

    @Test
    void anEnterInAnEmptyMealBoxDoesNothingAndSaysNothing() throws Exception {
        freshDay();
        ui.focus("#meal-description");
        ui.app.robot.type(KeyCode.ENTER);
        ui.app.robot.type(KeyCode.ENTER);
        ui.app.robot.interact(() -> { });
        assertEquals("", ui.label("#meal-problem").getText());
        assertTrue(ui.app.robot.lookup("#meal-list").queryAs(VBox.class).getChildren().isEmpty());
    }

    @Test
    void anImpossibleValueIsExplainedNextToItsFieldAndNotSaved() throws Exception {
        LocalDate day = freshDay();
        ui.type("#bed-time", "25:99");
        ui.type("#wake-time", "7:00");
        ui.press("#sleep-quality-3");
        ui.app.await(() -> ui.label("#save-state").getText().startsWith("Not saved"));
        Label problem = ui.label("#sleep-problem");
        assertTrue(problem.isVisible());
        assertEquals("Bed time must be a time such as 07:30 or 7:30 pm, got \"25:99\"", problem.getText());
        assertTrue(ui.stored(day).sleep().isEmpty());
        assertEquals("25:99", ui.node("#bed-time", TextField.class).getText(), "kept exactly as typed");

        ui.app.robot.interact(() -> ui.app.robot.lookup("#next-day").queryAs(Button.class).fire());
        assertEquals(day.toString(), ui.node("#date-picker", javafx.scene.control.DatePicker.class)
                .getValue().toString(), "the day is not left while a field is wrong");

        ui.type("#bed-time", "23:00");
        ui.awaitSaved();
        assertEquals(Optional.of(new Sleep(LocalTime.of(23, 0), LocalTime.of(7, 0), 3)),
                ui.stored(day).sleep());
    }

    @Test
    void navigatingAwayRightAfterAnEditKeepsIt() throws Exception {
        LocalDate day = freshDay();
        ui.app.robot.interact(() -> ui.node("#day-note", TextArea.class).setText("typed just now"));
        ui.app.robot.interact(() -> ui.node("#previous-day", Button.class).fire());
        ui.app.await(() -> ui.node("#date-picker", javafx.scene.control.DatePicker.class).getValue()
                .equals(day.minusDays(1)));
        assertEquals("", ui.node("#day-note", TextArea.class).getText());
        assertEquals(Optional.of("typed just now"), ui.stored(day).note());
        ui.app.robot.interact(() -> ui.node("#next-day", Button.class).fire());
        ui.app.await(() -> ui.node("#day-note", TextArea.class).getText().equals("typed just now"));
    }

    @Test
    void aDeletedMealCanBeUndone() throws Exception {
        LocalDate day = freshDay();
        ui.type("#meal-description", "apple");
        ui.app.robot.type(KeyCode.ENTER);
        ui.awaitSaved();
        ui.app.robot.clickOn("#delete-meal-0");
        ui.awaitSaved();
        assertTrue(ui.stored(day).meals().isEmpty());
        assertTrue(ui.node("#undo-bar", Node.class).isVisible());
        ui.app.robot.clickOn("#undo");
        ui.awaitSaved();
        assertEquals("apple", ui.stored(day).meals().get(0).description());
    }

    @Test
    void aSaveThatFailsStaysOnScreenMarkedNotSavedUntilRetried() throws Exception {
        LocalDate day = freshDay();
        // another program holds the journal file locked for writing
        try (java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                + folder.resolve(DataDirectory.DATABASE_FILE));
             java.sql.Statement statement = other.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
            ui.type("#day-note", "kept while locked");
            ui.app.await(() -> ui.node("#save-retry", Button.class).isVisible());
            assertEquals("Not saved", ui.label("#save-state").getText());
            assertTrue(ui.label("#save-problem").getText().contains("in use by another program"),
                    ui.label("#save-problem").getText());
            assertEquals("kept while locked", ui.node("#day-note", TextArea.class).getText());
            ui.app.robot.interact(() -> ui.node("#next-day", Button.class).fire());
            assertEquals(day, ui.node("#date-picker", javafx.scene.control.DatePicker.class).getValue(),
                    "the unsaved day is not left");
            statement.execute("COMMIT");
        }
        ui.app.robot.interact(() -> ui.node("#save-retry", Button.class).fire());
        ui.awaitSaved();
        assertTrue(!ui.node("#save-retry", Button.class).isVisible());
        assertEquals(Optional.of("kept while locked"), ui.stored(day).note());
    }
}
