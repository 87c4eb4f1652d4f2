package org.gutskin.ui.foods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.food.Food;
import org.gutskin.food.FoodTag;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Meal;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.SampleDays;
import org.gutskin.store.DataDirectory;
import org.gutskin.ui.RunningApp;
import org.gutskin.ui.shell.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the real Foods view headless on a journal in a temporary folder. */
class FoodsViewTest {
    @TempDir
    Path folder;
    private RunningApp app;

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private RunningApp openFoods() throws Exception {
        app = RunningApp.start(folder).awaitJournal();
        app.show(Section.FOODS);
        return app;
    }

    @SuppressWarnings("unchecked")
    private TableView<Food> table() {
        return app.robot.lookup("#foods-table").queryAs(TableView.class);
    }

    private void setText(String id, String text) {
        app.robot.interact(() -> app.robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    private void select(String foodName) throws Exception {
        setText("#foods-search", foodName);
        app.robot.interact(() -> table().getItems().stream().filter(food -> food.name().equals(foodName))
                .findFirst().ifPresent(food -> table().getSelectionModel().select(food)));
        app.await(() -> app.robot.lookup("#food-title").queryAs(Label.class).getText().equals(foodName));
    }

    private String label(String id) {
        return app.robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void searchingFindsAFoodByNameFirst() throws Exception {
        openFoods();
        assertTrue(table().getItems().size() >= 600);
        app.robot.clickOn("#foods-search").write("kimchi");
        app.await(() -> !table().getItems().isEmpty() && table().getItems().get(0).name().equals("kimchi"));
        assertTrue(label("#foods-count").startsWith(table().getItems().size() + " of "));
    }

    @Test
    void filteringByTagShowsOnlyFoodsWithIt() throws Exception {
        openFoods();
        app.robot.interact(() -> app.robot.lookup("#foods-tag-filter").queryAs(ComboBox.class)
                .setValue(FoodTag.FERMENTED));
        List<Food> shown = table().getItems();
        assertTrue(shown.size() > 20);
        assertTrue(shown.stream().allMatch(food -> food.has(FoodTag.FERMENTED)));
    }

    @Test
    void aCustomFoodIsSavedAndStillThereAfterARestart() throws Exception {
        openFoods();
        app.robot.clickOn("#foods-add");
        setText("#food-name", "Nonna's Minestra");
        setText("#food-synonyms", "minestra");
        setText("#food-plants", "cabbage, white bean, basil (herb)");
        app.robot.clickOn("#tag-prebiotic");
        app.robot.clickOn("#food-save");
        app.await(() -> label("#food-message").startsWith("Saved"));
        app.close();

        app = RunningApp.start(folder).awaitJournal();
        app.show(Section.FOODS);
        app.robot.clickOn("#foods-custom-only");
        app.await(() -> table().getItems().size() == 1);
        Food saved = table().getItems().get(0);
        assertEquals("nonna's minestra", saved.name());
        assertTrue(saved.has(FoodTag.PREBIOTIC) && saved.has(FoodTag.PLANT));
        assertEquals(3, saved.plants().size());
    }

    @Test
    void anImpossibleValueIsExplainedAndNotSaved() throws Exception {
        openFoods();
        app.robot.clickOn("#foods-add");
        setText("#food-name", "palm wine");
        app.robot.clickOn("#tag-alcohol");
        setText("#food-units", "lots");
        app.robot.clickOn("#food-save");
        assertEquals("Alcohol units must be a number such as 2.1, got \"lots\"", label("#food-message"));
        app.robot.clickOn("#foods-custom-only");
        assertTrue(table().getItems().isEmpty());
    }

    @Test
    void reTaggingAShippedFoodWinsAndResetBringsItBack() throws Exception {
        openFoods();
        select("kefir");
        CheckBox fermented = app.robot.lookup("#tag-fermented").queryAs(CheckBox.class);
        assertTrue(fermented.isSelected());
        app.robot.clickOn(fermented);
        app.robot.clickOn("#food-save");
        app.await(() -> label("#food-message").startsWith("Saved"));
        assertFalse(table().getSelectionModel().getSelectedItem().has(FoodTag.FERMENTED));
        app.robot.clickOn("#food-reset");
        app.await(() -> table().getSelectionModel().getSelectedItem() != null
                && table().getSelectionModel().getSelectedItem().has(FoodTag.FERMENTED));
    }

    @Test
    void theViewSaysWhenAFoodWasLastEatenAndPhrasesCanBeTaught() throws Exception {
        LocalDate eaten = TestClock.TODAY.minusDays(20);
        try (App journal = App.open(DataDirectory.at(folder), TestClock.FIXED)) {
            String text = "kimchi and rice";
            journal.days().save(SampleDays.on(eaten).withMeals(List.of(new Meal(LocalTime.of(19, 0),
                    MealKind.DINNER, text, journal.foods().tag(text).foodItems()))).build());
        }
        openFoods();
        select("kimchi");
        app.await(() -> label("#food-uses").startsWith("Last eaten"));
        assertEquals("Last eaten 20 days ago (" + eaten + ") · 1 time on 1 day", label("#food-uses"));

        setText("#food-phrase", "grandma's cabbage");
        app.robot.interact(() -> app.robot.lookup("#food-teach").queryAs(Button.class).fire());
        app.await(() -> label("#food-phrase-result").startsWith("\"grandma's cabbage\" now means kimchi"));
    }
}
