package org.gutskin.ui.today;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.gutskin.food.FoodLibrary;
import org.gutskin.food.TaggedItem;
import org.gutskin.food.TaggedMeal;
import org.gutskin.journal.InvalidEntryException;
import org.gutskin.journal.Meal;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.MealTimes;
import org.gutskin.journal.Times;
import org.gutskin.service.MealService;
import org.gutskin.text.Messages;
import org.gutskin.ui.common.Converters;
import org.gutskin.ui.common.Tasks;

/**
 * The day's meals: a new one typed in plain words, its foods recognised as it is typed (with a
 * link to teach the app a word it does not know), the list with edit, favourite and delete, and
 * favourite or recent meals to log again.
 */
public final class MealsController extends DayPart {
    private final FoodLibrary foods;
    private final MealService meals;
    private final Tasks tasks;
    private final Clock clock;
    private final ValidationSupport validation = new ValidationSupport();
    private int editingMeal = -1;

    @FXML
    private ResourceBundle resources;
    @FXML
    private TextField mealTime;
    @FXML
    private ComboBox<MealKind> mealKind;
    @FXML
    private MenuButton repeatMeal;
    @FXML
    private TextField mealDescription;
    @FXML
    private Button addMealButton;
    @FXML
    private FlowPane draftChips;
    @FXML
    private FlowPane draftUnknown;
    @FXML
    private Label mealProblem;
    @FXML
    private VBox mealList;
    @FXML
    private Label noMeals;

    public MealsController(FoodLibrary foods, MealService meals, Tasks tasks, Clock clock) {
        this.foods = foods;
        this.meals = meals;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    void bind() {
        mealKind.getItems().setAll(MealKind.values());
        mealKind.setConverter(Converters.showing(kind -> kind == null ? "" : resources.getString("meal."
                + kind.key())));
        new MealCompletion(mealDescription, foods::knowledge, this::addMeal);
        mealDescription.textProperty().addListener((observable, was, now) -> showDraftTags(now));
        mealTime.textProperty().addListener((observable, was, now) -> {
            LocalTime typed = Times.parseClock(now);
            if (editingMeal < 0 && typed != null) {
                mealKind.setValue(MealKind.guessFrom(typed)); // a wrong time is shown when the meal is added
            }
        });
        validation.registerValidator(mealTime, false, Fields.timeValidator("Meal time"));
        new RepeatMenu(repeatMeal, meals, tasks, resources, () -> editor.date.get(), recent -> {
            mealDescription.setText(recent.description());
            mealKind.setValue(recent.kind());
            addMeal();
        });
        editor.meals.addListener((ListChangeListener<Meal>) change -> showMeals());
    }

    @Override
    void clearDrafts() {
        editingMeal = -1;
        suggestNextMeal();
        mealDescription.clear();
        addMealButton.setText(resources.getString("today.addMeal"));
        Fields.setMessage(mealProblem, "");
    }

    @Override
    void dayShown() {
        if (editingMeal < 0 && (mealDescription.getText() == null || mealDescription.getText().isBlank())) {
            suggestNextMeal(); // the day's meals are known now
        }
    }

    /** The time (and with it the kind) of the meal most likely logged next ({@link MealTimes}). */
    private void suggestNextMeal() {
        LocalDate day = editor.date.get() == null ? LocalDate.now(clock) : editor.date.get();
        LocalTime next = MealTimes.next(day, editor.meals, LocalDate.now(clock), LocalTime.now(clock));
        mealTime.setText(Times.formatClock(next));
        mealKind.setValue(MealKind.guessFrom(next));
    }

    private void showDraftTags(String text) {
        TaggedMeal tagged = foods.tag(text == null ? "" : text);
        List<Node> chips = new ArrayList<>();
        for (TaggedItem item : tagged.items()) {
            chips.add(FoodChips.chip(item, resources));
        }
        draftChips.getChildren().setAll(chips);
        List<Node> unknown = new ArrayList<>();
        if (!tagged.unknown().isEmpty()) {
            unknown.add(new Label(resources.getString("today.unknown")));
        }
        for (String word : tagged.unknown()) {
            Hyperlink teach = new Hyperlink(Messages.format(resources, "today.teach", word));
            teach.getStyleClass().add("teach-link");
            teach.setOnAction(event -> teachFood(word));
            unknown.add(teach);
        }
        draftUnknown.getChildren().setAll(unknown);
    }

    @FXML
    private void addMeal() {
        String description = mealDescription.getText() == null ? "" : mealDescription.getText();
        if (description.isBlank() && editingMeal < 0) {
            mealDescription.requestFocus(); // an Enter on an empty box: nothing to add, nothing wrong
            return;
        }
        try {
            LocalTime time = Times.clockField("meal.time", resources.getString("today.mealTime"), mealTime.getText());
            MealKind kind = mealKind.getValue() == null ? MealKind.guessFrom(time) : mealKind.getValue();
            Meal meal = new Meal(time, kind, description, foods.tag(description).foodItems());
            List<Meal> updated = new ArrayList<>(editor.meals);
            if (editingMeal >= 0 && editingMeal < updated.size()) {
                updated.remove(editingMeal);
            }
            updated.add(meal);
            updated.sort(Comparator.comparing(Meal::time));
            editor.meals.setAll(updated);
            editingMeal = -1;
            Fields.setMessage(mealProblem, "");
            mealDescription.clear();
            addMealButton.setText(resources.getString("today.addMeal"));
            suggestNextMeal();
            mealDescription.requestFocus();
        } catch (InvalidEntryException e) {
            Fields.setMessage(mealProblem, e.getMessage());
        }
    }

    private void showMeals() {
        List<Node> rows = new ArrayList<>();
        for (int index = 0; index < editor.meals.size(); index++) {
            rows.add(mealRow(index, editor.meals.get(index)));
        }
        mealList.getChildren().setAll(rows);
        noMeals.setVisible(rows.isEmpty());
        noMeals.setManaged(rows.isEmpty());
    }

    private Node mealRow(int index, Meal meal) {
        Label time = new Label(Times.formatClock(meal.time()));
        time.getStyleClass().add("meal-time");
        Label kind = new Label(resources.getString("meal." + meal.kind().key()));
        kind.getStyleClass().add("muted");
        VBox times = new VBox(0, time, kind);
        times.setMinWidth(70);
        Label description = new Label(meal.description());
        description.setWrapText(true);
        description.getStyleClass().add("meal-description");
        FlowPane chips = new FlowPane(4, 4);
        chips.setPrefWrapLength(160); // wraps to the column rather than widening it
        foods.tag(meal.description()).items().forEach(item -> chips.getChildren().add(FoodChips.chip(item, resources)));
        VBox text = new VBox(3, description, chips);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button favourite = Fields.rowButton("★", resources.getString("today.favourite"));
        favourite.setOnAction(event -> toggleFavourite(meal));
        Button edit = Fields.rowButton("✎", resources.getString("today.edit"));
        edit.setOnAction(event -> editMeal(index, meal));
        Button delete = Fields.rowButton("✕", resources.getString("today.delete"));
        delete.setId("delete-meal-" + index);
        delete.setOnAction(event -> deleteMeal(index));
        HBox row = new HBox(8, times, text, favourite, edit, delete);
        row.getStyleClass().add("entry-row");
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private void editMeal(int index, Meal meal) {
        editingMeal = index;
        mealTime.setText(Times.formatClock(meal.time()));
        mealKind.setValue(meal.kind());
        mealDescription.setText(meal.description());
        addMealButton.setText(resources.getString("today.updateMeal"));
        mealDescription.requestFocus();
    }

    private void deleteMeal(int index) {
        Meal removed = editor.meals.remove(index);
        if (editingMeal == index) {
            editingMeal = -1;
            addMealButton.setText(resources.getString("today.addMeal"));
        }
        host.offerUndo(resources.getString("today.mealDeleted"), () -> {
            List<Meal> restored = new ArrayList<>(editor.meals);
            restored.add(Math.min(index, restored.size()), removed);
            editor.meals.setAll(restored);
        });
    }

    private void toggleFavourite(Meal meal) {
        tasks.onJournal(() -> meals.toggleFavourite(meal.description(), meal.kind()))
                .onSuccess(added -> host.say(Messages.format(resources, added ? "today.favouriteSaved"
                        : "today.favouriteRemoved", meal.description())))
                .whileDoing(resources.getString("today.whileSaving")).run();
    }

    /** Teaches the app an unknown word; the meals on screen are tagged again by what it now knows. */
    private void teachFood(String word) {
        TeachFoodDialog.ask(host.window(), word, foods.knowledge(), resources).ifPresent(food -> {
            host.saveNow();
            tasks.onJournal(() -> {
                foods.teachPhrase(word, food);
                return null;
            }).onSuccess(taught -> {
                List<Meal> retagged = new ArrayList<>();
                for (Meal meal : editor.meals) {
                    retagged.add(meal.withItems(foods.tag(meal.description()).foodItems()));
                }
                editor.meals.setAll(retagged);
                showDraftTags(mealDescription.getText());
            }).whileDoing(resources.getString("today.whileSaving")).run();
        });
    }

    @Override
    Node firstField() {
        return mealDescription;
    }
}
