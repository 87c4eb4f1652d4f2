package org.gutskin.ui.today;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.converter.LocalDateStringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.gutskin.analysis.FoodDay;
import org.gutskin.food.FoodLibrary;
import org.gutskin.food.FoodTag;
import org.gutskin.food.TaggedItem;
import org.gutskin.food.TaggedMeal;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Habit;
import org.gutskin.journal.HabitKind;
import org.gutskin.journal.InvalidEntryException;
import org.gutskin.journal.Meal;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.StressCheckIn;
import org.gutskin.journal.Symptom;
import org.gutskin.store.JournalRepository;
import org.gutskin.ui.common.Background;
import org.gutskin.ui.common.Converters;
import org.gutskin.ui.common.ErrorDialog;
import org.gutskin.ui.common.TagChips;

/**
 * Today: log a day's meals, sleep, stress, skin, habits and note. Every change saves by itself
 * after a short pause, and on leaving the day or closing the app; a value that cannot be right
 * is shown next to its field and keeps the day from saving until it is fixed.
 */
public final class TodayController {
    private static final Logger LOG = Logger.getLogger(TodayController.class.getName());
    private static final Set<String> ABBREVIATED_UNITS = Set.of("g", "kg", "ml", "l", "cl", "oz", "lb", "tbsp", "tsp");
    private static final Duration AUTOSAVE_DELAY = Duration.millis(600);
    private static final Duration UNDO_TIME = Duration.seconds(8);
    private static final DateTimeFormatter TITLE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.UK);

    private final JournalRepository journal;
    private final FoodLibrary foods;
    private final Background background;
    private final DayEditor editor = new DayEditor();
    private final PauseTransition autosave = new PauseTransition(AUTOSAVE_DELAY);
    private final PauseTransition undoTimeout = new PauseTransition(UNDO_TIME);
    private final Map<Symptom, ToggleGroup> symptomToggles = new EnumMap<>(Symptom.class);
    private final ToggleGroup qualityToggles = new ToggleGroup();
    private final ValidationSupport validation = new ValidationSupport();

    @FXML
    private ResourceBundle resources;
    @FXML
    private StackPane root;
    @FXML
    private DatePicker datePicker;
    @FXML
    private Label dayTitle;
    @FXML
    private Label saveState;
    @FXML
    private Button retry;
    @FXML
    private Label saveProblem;
    @FXML
    private Label plantsToday;
    @FXML
    private Label plantsWeek;
    @FXML
    private Label fermentedToday;
    @FXML
    private Label prebioticToday;
    @FXML
    private Label processedToday;
    @FXML
    private Label weekSkinArrow;
    @FXML
    private Label weekPlants;
    @FXML
    private Label weekFood;
    @FXML
    private Label weekSleep;
    @FXML
    private Label weekStress;
    @FXML
    private Label weekSkin;
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
    @FXML
    private TextArea note;
    @FXML
    private Label sleepDuration;
    @FXML
    private TextField bedTime;
    @FXML
    private TextField wakeTime;
    @FXML
    private HBox sleepQuality;
    @FXML
    private Label sleepProblem;
    @FXML
    private TextField stressTime;
    @FXML
    private Slider stressLevel;
    @FXML
    private Label stressValue;
    @FXML
    private TextField stressNote;
    @FXML
    private Label stressProblem;
    @FXML
    private VBox stressList;
    @FXML
    private CheckBox skinLogged;
    @FXML
    private Slider skinOverall;
    @FXML
    private Label skinValue;
    @FXML
    private GridPane symptomGrid;
    @FXML
    private TextField skinAreas;
    @FXML
    private TextField skinNote;
    @FXML
    private GridPane habitGrid;
    @FXML
    private Label habitProblem;
    @FXML
    private HBox undoBar;
    @FXML
    private Label undoText;

    private boolean dirty;
    private int edits;
    private boolean loaded;
    private int editingMeal = -1;
    private Runnable undoAction;
    private Consumer<LocalDate> onSaved = date -> { };

    public TodayController(JournalRepository journal, FoodLibrary foods, Background background) {
        this.journal = journal;
        this.foods = foods;
        this.background = background;
    }

    @FXML
    private void initialize() {
        editor.setOnEdit(this::edited);
        autosave.setOnFinished(event -> saveNow());
        undoTimeout.setOnFinished(event -> hideUndo());

        datePicker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, null));
        datePicker.valueProperty().addListener((observable, was, now) -> {
            if (now != null && loaded && !now.equals(editor.date.get())) {
                showDate(now);
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isAltDown() && event.getCode() == KeyCode.LEFT) {
                previousDay();
                event.consume();
            } else if (event.isAltDown() && event.getCode() == KeyCode.RIGHT) {
                nextDay();
                event.consume();
            }
        });

        setUpMealEntry();
        setUpSleep();
        setUpStress();
        setUpSkin();
        note.textProperty().bindBidirectional(editor.note);
        editor.meals.addListener((ListChangeListener<Meal>) change -> showMeals());
        editor.stress.addListener((ListChangeListener<StressCheckIn>) change -> showStress());
        editor.problems.addListener((MapChangeListener<String, String>) change -> showProblems());
        showDate(LocalDate.now());
    }

    /** Called on the FX thread after each save. */
    public void setOnSaved(Consumer<LocalDate> onSaved) {
        this.onSaved = onSaved;
    }

    // ---------------------------------------------------------------- navigation

    /** Shows {@code date}, saving the day on screen first. Refused while a field is wrong. */
    public void showDate(LocalDate date) {
        if (loaded && date.equals(editor.date.get())) {
            return;
        }
        if (loaded && retry.isVisible()) {
            datePicker.setValue(editor.date.get());
            saveState.setText(resources.getString("today.retryBeforeLeaving"));
            return;
        }
        if (loaded && dirty && !saveNow()) {
            datePicker.setValue(editor.date.get());
            saveState.setText(resources.getString("today.fixBeforeLeaving"));
            return;
        }
        background.run(() -> new LoadedDay(journal.load(date), journal.habits()), day -> {
            editor.load(day.entry(), day.habits());
            loaded = true;
            dirty = false;
            editingMeal = -1;
            datePicker.setValue(date);
            dayTitle.setText(date.format(TITLE));
            buildHabitGrid();
            resetDrafts();
            showMeals();
            showStress();
            showProblems();
            saveState.setText(day.entry().isEmpty() ? resources.getString("today.nothingYet")
                    : resources.getString("today.saved"));
            refreshSummary();
        }, error -> ErrorDialog.show(window(), error, resources.getString("today.whileLoading"), resources));
    }

    /** What the journal holds for a day, loaded on the journal thread. */
    private record LoadedDay(DayEntry entry, List<Habit> habits) {
    }

    /** The date on screen. */
    public LocalDate date() {
        return editor.date.get();
    }

    @FXML
    private void previousDay() {
        showDate(editor.date.get().minusDays(1));
    }

    @FXML
    private void nextDay() {
        showDate(editor.date.get().plusDays(1));
    }

    @FXML
    private void goToday() {
        showDate(LocalDate.now());
    }

    // ---------------------------------------------------------------- saving

    private void edited() {
        dirty = true;
        edits++;
        saveState.setText(resources.getString("today.editing"));
        autosave.playFromStart();
    }

    /**
     * Saves the day now if it changed. Returns false, with the problems shown, when a field is
     * wrong; the typed values stay on screen.
     */
    public boolean saveNow() {
        autosave.stop();
        if (!dirty) {
            return true;
        }
        Optional<DayEntry> entry = editor.toEntry();
        if (entry.isEmpty()) {
            saveState.setText(String.format(resources.getString("today.notSaved"),
                    editor.problems.values().iterator().next()));
            return false;
        }
        int version = edits;
        dirty = false;
        saveState.setText(resources.getString("today.saving"));
        DayEntry day = entry.get();
        background.run(() -> {
            journal.save(day);
            return day.date();
        }, saved -> {
            showRetry(false);
            if (version == edits) {
                saveState.setText(resources.getString("today.saved"));
            }
            refreshSummary();
            onSaved.accept(saved);
        }, error -> saveFailed(day, error));
        return true;
    }

    /**
     * A save that failed (a full or read-only disk, a file locked by another program) keeps the
     * day on screen, marked "not saved", with a button to try again: nothing is dropped.
     */
    private void saveFailed(DayEntry day, Throwable error) {
        LOG.log(Level.WARNING, "Saving a day failed", error);
        if (!day.date().equals(editor.date.get())) {
            editor.load(day, editor.habits()); // back to the day whose edits are not saved yet
            datePicker.setValue(day.date());
            dayTitle.setText(day.date().format(TITLE));
            buildHabitGrid();
            showMeals();
            showStress();
        }
        dirty = true;
        saveState.setText(resources.getString("today.notSavedShort"));
        saveProblem.setText(String.format(resources.getString("today.saveFailed"),
                ErrorDialog.sentence(error, resources.getString("today.whileSaving"), resources)));
        showRetry(true);
    }

    private void showRetry(boolean shown) {
        retry.setVisible(shown);
        retry.setManaged(shown);
        saveProblem.setVisible(shown);
        saveProblem.setManaged(shown);
    }

    @FXML
    private void retry() {
        saveNow();
    }

    /** True when the last save failed and the day waits for Retry. */
    public boolean hasFailedSave() {
        return retry.isVisible();
    }

    /** True when the day on screen has edits that could not be saved (a field is wrong). */
    public boolean hasUnsavableEdits() {
        return dirty && editor.toEntry().isEmpty();
    }

    private void showProblems() {
        showProblem(sleepProblem, "sleep.");
        showProblem(habitProblem, "habit.");
        for (Map.Entry<TextField, String> field : Map.of(bedTime, "sleep.bedTime", wakeTime, "sleep.wakeTime")
                .entrySet()) {
            field.getKey().pseudoClassStateChanged(INVALID, editor.problems.containsKey(field.getValue()));
        }
        habitGrid.getChildren().forEach(node -> {
            if (node instanceof TextField field) {
                field.pseudoClassStateChanged(INVALID, editor.problems.containsKey(field.getUserData()));
            }
        });
    }

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private void showProblem(Label label, String prefix) {
        String message = editor.problems.entrySet().stream().filter(entry -> entry.getKey().startsWith(prefix))
                .map(Map.Entry::getValue).findFirst().orElse("");
        setMessage(label, message);
    }

    private static void setMessage(Label label, String message) {
        label.setText(message);
        label.setVisible(!message.isEmpty());
        label.setManaged(!message.isEmpty());
    }

    private void refreshSummary() {
        LocalDate date = editor.date.get();
        List<Meal> todaysMeals = List.copyOf(editor.meals);
        DayEntry onScreen = editor.toEntry().orElse(null);
        background.run(() -> {
            NavigableMap<LocalDate, DayEntry> fortnight = new TreeMap<>(journal.loadRange(date.minusDays(13), date));
            if (onScreen != null) {
                fortnight.put(date, onScreen); // what is typed counts, saved or not yet
            }
            List<FoodDay> week = new ArrayList<>();
            for (DayEntry day : fortnight.subMap(date.minusDays(6), true, date, false).values()) {
                week.add(FoodDay.of(day.meals(), foods.knowledge()));
            }
            FoodDay today = FoodDay.of(todaysMeals, foods.knowledge());
            week.add(today);
            return new Summary(today, FoodDay.plantPoints(week), WeekSummary.of(fortnight, foods.knowledge(), date));
        }, summary -> {
            if (!date.equals(editor.date.get())) {
                return;
            }
            plantsToday.setText(points(summary.today().plantPoints()));
            plantsWeek.setText(points(summary.weekPlants()) + " / 30");
            fermentedToday.setText(points(summary.today().fermented()));
            prebioticToday.setText(points(summary.today().prebiotic()));
            processedToday.setText(points(summary.today().ultraProcessed()));
            showWeek(summary.week());
        }, error -> ErrorDialog.show(window(), error, resources.getString("today.whileLoading"), resources));
    }

    private record Summary(FoodDay today, double weekPlants, WeekSummary week) {
    }

    private void showWeek(WeekSummary week) {
        weekPlants.setText(String.format(resources.getString("today.week.plants"), Double.isNaN(week.plants()) ? "0"
                : points(week.plants())));
        weekFood.setText(String.format(resources.getString("today.week.food"), week.fermentedDays(),
                week.ultraProcessedDays(), week.foodDays()));
        weekSleep.setText(Double.isNaN(week.sleepHours()) ? resources.getString("today.week.noSleep")
                : String.format(resources.getString("today.week.sleep"), week.sleepHours(),
                Double.isNaN(week.sleepRegularity()) ? "–" : String.format(Locale.ROOT, "%.1f",
                        week.sleepRegularity())));
        weekStress.setText(Double.isNaN(week.stress()) ? resources.getString("today.week.noStress")
                : String.format(resources.getString("today.week.stress"), week.stress()));
        weekSkinArrow.setText(week.skinArrow());
        weekSkin.setText(Double.isNaN(week.skinChange()) ? resources.getString("today.week.noSkin")
                : String.format(resources.getString("today.week.skin"), week.skinChange()));
    }

    private static String points(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value)
                .replaceAll("0$", "");
    }

    // ---------------------------------------------------------------- meals

    private void setUpMealEntry() {
        mealKind.getItems().setAll(MealKind.values());
        mealKind.setConverter(Converters.showing(kind -> kind == null ? "" : resources.getString("meal." + kind.key())));
        new MealCompletion(mealDescription, foods::knowledge);
        mealDescription.textProperty().addListener((observable, was, now) -> showDraftTags(now));
        mealTime.textProperty().addListener((observable, was, now) -> {
            try {
                if (editingMeal < 0) {
                    mealKind.setValue(MealKind.guessFrom(ClockTimes.parse("meal.time", "Meal time", now)));
                }
            } catch (InvalidEntryException ignored) {
                // the time is shown as wrong when the meal is added
            }
        });
        validation.registerValidator(mealTime, false, timeValidator("Meal time"));
        validation.registerValidator(stressTime, false, timeValidator("Check-in time"));
        repeatMeal.setOnShowing(event -> fillRepeatMenu());
    }

    private Validator<String> timeValidator(String label) {
        return (control, text) -> {
            try {
                if (text != null && !text.isBlank()) {
                    ClockTimes.parse("time", label, text);
                }
                return new ValidationResult();
            } catch (InvalidEntryException e) {
                return ValidationResult.fromError(control, e.getMessage());
            }
        };
    }

    private void resetDrafts() {
        String now = ClockTimes.format(LocalTime.now());
        mealTime.setText(now);
        mealKind.setValue(MealKind.guessFrom(LocalTime.now()));
        mealDescription.clear();
        addMealButton.setText(resources.getString("today.addMeal"));
        setMessage(mealProblem, "");
        stressTime.setText(now);
        stressNote.clear();
        setMessage(stressProblem, "");
    }

    private void showDraftTags(String text) {
        TaggedMeal tagged = foods.tag(text == null ? "" : text);
        List<Node> chips = new ArrayList<>();
        for (TaggedItem item : tagged.items()) {
            chips.add(foodChip(item));
        }
        draftChips.getChildren().setAll(chips);
        List<Node> unknown = new ArrayList<>();
        if (!tagged.unknown().isEmpty()) {
            unknown.add(new Label(resources.getString("today.unknown")));
        }
        for (String word : tagged.unknown()) {
            Hyperlink teach = new Hyperlink(String.format(resources.getString("today.teach"), word));
            teach.getStyleClass().add("teach-link");
            teach.setOnAction(event -> teachFood(word));
            unknown.add(teach);
        }
        draftUnknown.getChildren().setAll(unknown);
    }

    /** A recognised food with its tag chips, e.g. "kimchi [fermented] [plant]". */
    private Node foodChip(TaggedItem item) {
        HBox chip = new HBox(3);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("food-chip");
        Label name = new Label(amount(item) + item.food().name());
        chip.getChildren().add(name);
        item.food().orderedTags().stream().filter(tag -> tag != FoodTag.PLANT
                        && tag != FoodTag.PROCESSED && tag != FoodTag.DAIRY
                        && tag != FoodTag.WHOLE_GRAIN && tag != FoodTag.HIGH_GLYCEMIC)
                .forEach(tag -> chip.getChildren().add(TagChips.chip(tag, resources)));
        return chip;
    }

    /** "2 glasses of ", "200 g ", "2 × " or nothing for one serving. */
    private static String amount(TaggedItem item) {
        String quantity = DayEditor.formatNumber(item.quantity());
        String unit = item.unit();
        if (unit.equals("serving")) {
            return item.quantity() == 1 ? "" : quantity + " × ";
        }
        if (ABBREVIATED_UNITS.contains(unit)) {
            return quantity + " " + unit + " ";
        }
        String plural = item.quantity() == 1 ? unit
                : unit.endsWith("s") || unit.endsWith("sh") || unit.endsWith("ch") || unit.endsWith("x")
                ? unit + "es" : unit.endsWith("f") ? unit.substring(0, unit.length() - 1) + "ves" : unit + "s";
        return quantity + " " + plural + " of ";
    }

    @FXML
    private void addMeal() {
        String description = mealDescription.getText();
        try {
            LocalTime time = ClockTimes.parse("meal.time", resources.getString("today.mealTime"), mealTime.getText());
            MealKind kind = mealKind.getValue() == null ? MealKind.guessFrom(time) : mealKind.getValue();
            Meal meal = new Meal(time, kind, description == null ? "" : description,
                    foods.tag(description == null ? "" : description).foodItems());
            List<Meal> meals = new ArrayList<>(editor.meals);
            if (editingMeal >= 0 && editingMeal < meals.size()) {
                meals.remove(editingMeal);
            }
            meals.add(meal);
            meals.sort(Comparator.comparing(Meal::time));
            editor.meals.setAll(meals);
            editingMeal = -1;
            setMessage(mealProblem, "");
            mealDescription.clear();
            addMealButton.setText(resources.getString("today.addMeal"));
            mealTime.setText(ClockTimes.format(LocalTime.now()));
            mealDescription.requestFocus();
        } catch (InvalidEntryException e) {
            setMessage(mealProblem, e.getMessage());
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
        Label time = new Label(ClockTimes.format(meal.time()));
        time.getStyleClass().add("meal-time");
        Label kind = new Label(resources.getString("meal." + meal.kind().key()));
        kind.getStyleClass().add("muted");
        VBox times = new VBox(0, time, kind);
        times.setMinWidth(70);
        Label description = new Label(meal.description());
        description.setWrapText(true);
        description.getStyleClass().add("meal-description");
        FlowPane chips = new FlowPane(4, 4);
        TaggedMeal tagged = foods.tag(meal.description());
        tagged.items().forEach(item -> chips.getChildren().add(foodChip(item)));
        VBox text = new VBox(3, description, chips);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button favourite = smallButton("★", resources.getString("today.favourite"));
        favourite.setOnAction(event -> markFavourite(meal));
        Button edit = smallButton("✎", resources.getString("today.edit"));
        edit.setOnAction(event -> editMeal(index, meal));
        Button delete = smallButton("✕", resources.getString("today.delete"));
        delete.setId("delete-meal-" + index);
        delete.setOnAction(event -> deleteMeal(index));
        HBox row = new HBox(8, times, text, favourite, edit, delete);
        row.getStyleClass().add("entry-row");
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private static Button smallButton(String symbol, String tip) {
        Button button = new Button(symbol);
        button.getStyleClass().addAll("flat", "small", "row-button");
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        return button;
    }

    private void editMeal(int index, Meal meal) {
        editingMeal = index;
        mealTime.setText(ClockTimes.format(meal.time()));
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
        offerUndo(resources.getString("today.mealDeleted"), () -> {
            List<Meal> meals = new ArrayList<>(editor.meals);
            meals.add(Math.min(index, meals.size()), removed);
            editor.meals.setAll(meals);
        });
    }

    /** Adds the meal to the favourites, or takes it out if it is one already. */
    private void markFavourite(Meal meal) {
        background.run(() -> {
            boolean favourite = journal.favouriteMeals().stream()
                    .anyMatch(existing -> existing.description().equals(meal.description()));
            journal.setFavourite(meal.description(), meal.kind(), !favourite);
            return !favourite;
        }, added -> saveState.setText(String.format(resources.getString(added ? "today.favouriteSaved"
                : "today.favouriteRemoved"), meal.description())),
                error -> ErrorDialog.show(window(), error, resources.getString("today.whileSaving"), resources));
    }

    private void fillRepeatMenu() {
        LocalDate date = editor.date.get();
        background.run(() -> List.of(journal.favouriteMeals(), journal.recentMeals(date, 30, 12)), lists -> {
            List<MenuItem> items = new ArrayList<>();
            addRepeatItems(items, resources.getString("today.favourites"), lists.get(0));
            addRepeatItems(items, resources.getString("today.recent"), lists.get(1));
            if (items.isEmpty()) {
                MenuItem none = new MenuItem(resources.getString("today.nothingToRepeat"));
                none.setDisable(true);
                items.add(none);
            }
            repeatMeal.getItems().setAll(items);
        }, error -> ErrorDialog.show(window(), error, resources.getString("today.whileLoading"), resources));
    }

    private void addRepeatItems(List<MenuItem> items, String heading, List<JournalRepository.RecentMeal> meals) {
        if (meals.isEmpty()) {
            return;
        }
        if (!items.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        MenuItem title = new MenuItem(heading);
        title.setDisable(true);
        items.add(title);
        for (JournalRepository.RecentMeal recent : meals) {
            MenuItem item = new MenuItem(recent.description());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> {
                mealDescription.setText(recent.description());
                mealKind.setValue(recent.kind());
                addMeal();
            });
            items.add(item);
        }
    }

    private void teachFood(String word) {
        TeachFoodDialog.ask(window(), word, foods.knowledge(), resources).ifPresent(food -> {
            saveNow();
            background.run(() -> {
                foods.teachPhrase(word, food);
                return journal.load(editor.date.get());
            }, day -> {
                List<Meal> retagged = new ArrayList<>();
                for (Meal meal : editor.meals) {
                    retagged.add(meal.withItems(foods.tag(meal.description()).foodItems()));
                }
                editor.meals.setAll(retagged);
                showDraftTags(mealDescription.getText());
            }, error -> ErrorDialog.show(window(), error, resources.getString("today.whileSaving"), resources));
        });
    }

    // ---------------------------------------------------------------- sleep

    private void setUpSleep() {
        bedTime.textProperty().bindBidirectional(editor.bedTime);
        wakeTime.textProperty().bindBidirectional(editor.wakeTime);
        validation.registerValidator(bedTime, false, timeValidator("Bed time"));
        validation.registerValidator(wakeTime, false, timeValidator("Wake time"));
        for (int quality = 1; quality <= 5; quality++) {
            ToggleButton button = new ToggleButton(Integer.toString(quality));
            button.setId("sleep-quality-" + quality);
            button.setToggleGroup(qualityToggles);
            button.setUserData(quality);
            button.setTooltip(new Tooltip(resources.getString("today.quality." + quality)));
            button.getStyleClass().add("choice");
            sleepQuality.getChildren().add(button);
        }
        qualityToggles.selectedToggleProperty().addListener((observable, was, now) ->
                editor.sleepQuality.set(now == null ? DayEditor.NO_QUALITY : (Integer) now.getUserData()));
        editor.sleepQuality.addListener((observable, was, now) -> selectToggle(qualityToggles, now.intValue()));
        Runnable duration = () -> sleepDuration.setText(editor.sleepDuration());
        editor.bedTime.addListener(observable -> duration.run());
        editor.wakeTime.addListener(observable -> duration.run());
    }

    private static void selectToggle(ToggleGroup group, Object value) {
        group.getToggles().stream().filter(toggle -> value.equals(toggle.getUserData())).findFirst()
                .ifPresentOrElse(toggle -> toggle.setSelected(true), () -> group.selectToggle(null));
    }

    // ---------------------------------------------------------------- stress

    private void setUpStress() {
        stressValue.textProperty().bind(stressLevel.valueProperty().asString("%.0f"));
        stressLevel.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode().isDigitKey() && !event.isAltDown()) {
                stressLevel.setValue(Integer.parseInt(event.getText().isEmpty() ? "0" : event.getText()));
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                addStress();
                event.consume();
            }
        });
    }

    @FXML
    private void addStress() {
        try {
            LocalTime time = ClockTimes.parse("stress.time", resources.getString("today.checkInTime"),
                    stressTime.getText());
            String noteText = stressNote.getText();
            StressCheckIn checkIn = new StressCheckIn(time, (int) Math.round(stressLevel.getValue()),
                    noteText == null || noteText.isBlank() ? null : noteText);
            List<StressCheckIn> checkIns = new ArrayList<>(editor.stress);
            checkIns.add(checkIn);
            checkIns.sort(Comparator.comparing(StressCheckIn::time));
            editor.stress.setAll(checkIns);
            setMessage(stressProblem, "");
            stressNote.clear();
            stressTime.setText(ClockTimes.format(LocalTime.now()));
        } catch (InvalidEntryException e) {
            setMessage(stressProblem, e.getMessage());
        }
    }

    private void showStress() {
        List<Node> rows = new ArrayList<>();
        for (int index = 0; index < editor.stress.size(); index++) {
            StressCheckIn checkIn = editor.stress.get(index);
            Label text = new Label(ClockTimes.format(checkIn.time()) + "  ·  " + checkIn.level() + "/10"
                    + (checkIn.note() == null ? "" : "  ·  " + checkIn.note()));
            text.setWrapText(true);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            int position = index;
            Button delete = smallButton("✕", resources.getString("today.delete"));
            delete.setId("delete-stress-" + index);
            delete.setOnAction(event -> {
                StressCheckIn removed = editor.stress.remove(position);
                offerUndo(resources.getString("today.checkInDeleted"), () -> {
                    List<StressCheckIn> checkIns = new ArrayList<>(editor.stress);
                    checkIns.add(removed);
                    checkIns.sort(Comparator.comparing(StressCheckIn::time));
                    editor.stress.setAll(checkIns);
                });
            });
            HBox row = new HBox(6, text, delete);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("entry-row");
            rows.add(row);
        }
        stressList.getChildren().setAll(rows);
    }

    // ---------------------------------------------------------------- skin

    private void setUpSkin() {
        skinLogged.selectedProperty().bindBidirectional(editor.skinLogged);
        skinOverall.valueProperty().addListener((observable, was, now) -> {
            editor.skinOverall.set(now.intValue());
            if (skinOverall.isValueChanging() || skinOverall.isFocused()) {
                editor.skinLogged.set(true);
            }
        });
        editor.skinOverall.addListener((observable, was, now) -> skinOverall.setValue(now.intValue()));
        skinOverall.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode().isDigitKey() && !event.isAltDown()) {
                skinOverall.setValue(Integer.parseInt(event.getText().isEmpty() ? "0" : event.getText()));
                editor.skinLogged.set(true);
                event.consume();
            }
        });
        skinOverall.setOnMousePressed(event -> editor.skinLogged.set(true));
        Runnable showValue = () -> skinValue.setText(editor.skinLogged.get()
                ? Integer.toString(editor.skinOverall.get()) : "–");
        editor.skinLogged.addListener(observable -> showValue.run());
        editor.skinOverall.addListener(observable -> showValue.run());
        showValue.run();
        skinAreas.textProperty().bindBidirectional(editor.skinAreas);
        skinNote.textProperty().bindBidirectional(editor.skinNote);

        int row = 0;
        for (Symptom symptom : Symptom.values()) {
            Label label = new Label(resources.getString("symptom." + symptom.key()));
            ToggleGroup group = new ToggleGroup();
            HBox buttons = new HBox(2);
            for (int value = DayEditor.NOT_RATED; value <= Symptom.MAX; value++) {
                ToggleButton button = new ToggleButton(value == DayEditor.NOT_RATED ? "–" : Integer.toString(value));
                button.setId("symptom-" + symptom.key() + "-" + (value == DayEditor.NOT_RATED ? "none" : value));
                button.setUserData(value);
                button.setToggleGroup(group);
                button.getStyleClass().addAll("choice", "symptom-choice");
                buttons.getChildren().add(button);
            }
            group.selectedToggleProperty().addListener((observable, was, now) -> {
                if (now == null) {
                    group.selectToggle(was); // one value is always chosen, "–" meaning not rated
                    return;
                }
                int value = (Integer) now.getUserData();
                editor.symptoms.get(symptom).set(value);
                if (value != DayEditor.NOT_RATED) {
                    editor.skinLogged.set(true);
                }
            });
            editor.symptoms.get(symptom).addListener((observable, was, now) -> selectToggle(group, now.intValue()));
            selectToggle(group, DayEditor.NOT_RATED);
            symptomToggles.put(symptom, group);
            symptomGrid.addRow(row++, label, buttons);
        }
    }

    @FXML
    private void sameAsYesterday() {
        LocalDate yesterday = editor.date.get().minusDays(1);
        background.run(() -> journal.load(yesterday).skin(), skin -> {
            if (skin.isEmpty()) {
                saveState.setText(resources.getString("today.noSkinYesterday"));
            } else {
                editor.loadSkin(skin);
            }
        }, error -> ErrorDialog.show(window(), error, resources.getString("today.whileLoading"), resources));
    }

    // ---------------------------------------------------------------- habits

    private void buildHabitGrid() {
        habitGrid.getChildren().clear();
        int row = 0;
        for (Habit habit : editor.habits()) {
            Label label = new Label(habit.name());
            label.setWrapText(true);
            Node input;
            if (habit.kind() == HabitKind.YES_NO) {
                ToggleGroup group = new ToggleGroup();
                ToggleButton yes = new ToggleButton(resources.getString("today.yes"));
                ToggleButton no = new ToggleButton(resources.getString("today.no"));
                yes.setId("habit-" + habit.key() + "-yes");
                no.setId("habit-" + habit.key() + "-no");
                yes.setUserData(Boolean.TRUE);
                no.setUserData(Boolean.FALSE);
                yes.setToggleGroup(group);
                no.setToggleGroup(group);
                yes.getStyleClass().add("choice");
                no.getStyleClass().add("choice");
                var property = editor.yesNoHabits.get(habit.key());
                if (property.get() != null) {
                    selectToggle(group, property.get());
                }
                group.selectedToggleProperty().addListener((observable, was, now) ->
                        property.set(now == null ? null : (Boolean) now.getUserData()));
                input = new HBox(2, yes, no);
            } else {
                TextField field = new TextField();
                field.setId("habit-" + habit.key());
                field.setUserData("habit." + habit.key()); // the field name its problems are filed under
                field.setPrefColumnCount(5);
                field.setPromptText(resources.getString("today.notLogged"));
                field.textProperty().bindBidirectional(editor.numberHabits.get(habit.key()));
                input = field;
            }
            habitGrid.addRow(row++, label, input);
        }
    }

    @FXML
    private void manageHabits() {
        if (!saveNow()) {
            return;
        }
        background.run(journal::habits, all -> HabitsDialog.edit(window(), all, resources).ifPresent(changed -> {
            background.run(() -> {
                changed.forEach(journal::saveHabit);
                return editor.date.get();
            }, date -> {
                loaded = false;
                showDate(date);
            }, error -> ErrorDialog.show(window(), error, resources.getString("today.whileSaving"), resources));
        }), error -> ErrorDialog.show(window(), error, resources.getString("today.whileLoading"), resources));
    }

    @FXML
    private void antibioticCourse() {
        if (!saveNow()) {
            return;
        }
        AntibioticCourseDialog.ask(window(), editor.date.get(), resources).ifPresent(course -> background.run(() -> {
            journal.setHabitOnDays(Habit.ANTIBIOTIC, course.start(), course.end(), 1);
            return editor.date.get();
        }, date -> {
            loaded = false;
            showDate(date);
            saveState.setText(String.format(resources.getString("today.courseSaved"), course.start(), course.end()));
        }, error -> ErrorDialog.show(window(), error, resources.getString("today.whileSaving"), resources)));
    }

    // ---------------------------------------------------------------- undo

    private void offerUndo(String message, Runnable undo) {
        undoAction = undo;
        undoText.setText(message);
        undoBar.setVisible(true);
        undoTimeout.playFromStart();
    }

    @FXML
    private void undo() {
        if (undoAction != null) {
            undoAction.run();
        }
        hideUndo();
    }

    private void hideUndo() {
        undoAction = null;
        undoBar.setVisible(false);
        undoTimeout.stop();
    }

    // ---------------------------------------------------------------- helpers

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
