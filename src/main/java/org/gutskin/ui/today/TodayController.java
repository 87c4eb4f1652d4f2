package org.gutskin.ui.today;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.gutskin.food.FoodLibrary;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Habit;
import org.gutskin.journal.ReminderTopic;
import org.gutskin.service.DayService;
import org.gutskin.service.HabitService;
import org.gutskin.text.Messages;
import org.gutskin.ui.common.CurrentSettings;
import org.gutskin.ui.common.ErrorDialog;
import org.gutskin.ui.common.Tasks;

/**
 * Today: a day's meals, sleep, stress, skin, habits and note, each edited in its own part (an
 * {@code fx:include}d view), with the day's numbers and the week above them. Every change saves
 * by itself after a short pause, and on leaving the day or closing the app; a value that cannot
 * be right is shown next to its field and keeps the day from saving until it is fixed.
 */
public final class TodayController implements TodayHost {
    private static final Logger LOG = Logger.getLogger(TodayController.class.getName());
    private static final Duration AUTOSAVE_DELAY = Duration.millis(600);

    private final DayService days;
    private final CurrentSettings settings;
    private final HabitService habits;
    private final FoodLibrary foods;
    private final Tasks tasks;
    private final Clock clock;
    private final DayEditor editor = new DayEditor();
    private final PauseTransition autosave = new PauseTransition(AUTOSAVE_DELAY);

    @FXML
    private ResourceBundle resources;
    @FXML
    private StackPane root;
    @FXML
    private VBox firstColumn;
    @FXML
    private VBox secondColumn;
    @FXML
    private ScrollPane thirdScroll;
    @FXML
    private VBox thirdColumn;
    @FXML
    private HBox undoBar;
    @FXML
    private Label undoText;
    @FXML
    private Button undoButton;
    @FXML
    private DayBarController dayBarController;
    @FXML
    private SummaryStripController summaryStripController;
    @FXML
    private WeekCardController weekCardController;
    @FXML
    private CatchUpController catchUpController;
    @FXML
    private MealsController mealsController;
    @FXML
    private NoteController noteController;
    @FXML
    private SleepController sleepController;
    @FXML
    private StressController stressController;
    @FXML
    private SkinController skinController;
    @FXML
    private HabitsController habitsController;

    private List<DayPart> parts;
    private UndoBar undo;
    private DaySummaries summaries;
    private boolean dirty;
    private int edits;
    private boolean loaded;
    private Consumer<LocalDate> onSaved = date -> { };
    /** The part a reminder asked for, focused once its day is shown. */
    private ReminderTopic asked;

    public TodayController(DayService days, HabitService habits, FoodLibrary foods, CurrentSettings settings,
                           Tasks tasks, Clock clock) {
        this.days = days;
        this.settings = settings;
        this.habits = habits;
        this.foods = foods;
        this.tasks = tasks;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        editor.setOnEdit(this::edited);
        autosave.setOnFinished(event -> saveNow());
        undo = new UndoBar(undoBar, undoText, undoButton);
        summaries = new DaySummaries(days, foods, tasks, summaryStripController, weekCardController, habitsController,
                resources.getString("today.whileLoading"), clock.getZone());
        dayBarController.attach(this::showDate, this::saveNow);
        catchUpController.attach(this::showDate, () -> summaries.refresh(editor));
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isAltDown() && event.getCode() == KeyCode.LEFT && loaded) {
                dayBarController.previousDay();
                event.consume();
            } else if (event.isAltDown() && event.getCode() == KeyCode.RIGHT && loaded) {
                dayBarController.nextDay();
                event.consume();
            } else if (event.isShortcutDown() && event.getCode() == KeyCode.ENTER && loaded) {
                saveNow();
                moveOnFrom(root.getScene().getFocusOwner());
                event.consume();
            }
        });
        // the third column holds the habits and the week, as TodayView.fxml lists them
        new TodayColumns(firstColumn, secondColumn, thirdScroll, thirdColumn, thirdColumn.getChildren().get(0),
                thirdColumn.getChildren().get(1)).follow(root);
        parts = List.of(mealsController, noteController, sleepController, stressController, skinController,
                habitsController);
        parts.forEach(part -> part.attach(editor, this));
        // a day is shown in the new unit, with the new symptoms, once what is on screen is saved
        settings.property().addListener((observable, was, now) -> {
            if ((was.alcoholUnit() != now.alcoholUnit() || !was.shownSymptoms().equals(now.shownSymptoms()))
                    && loaded && saveNow()) {
                reloadDay();
            }
        });
        showDate(LocalDate.now(clock));
    }

    /** Shows {@code date} with the keyboard where a reminder about {@code topic} asks. */
    public void openAt(LocalDate date, ReminderTopic topic) {
        asked = topic;
        if (loaded && date.equals(editor.date.get())) {
            focusAsked();
        } else {
            showDate(date);
        }
    }

    /** The evening check asks for last night's sleep first when it is missing, else the skin. */
    private void focusAsked() {
        if (asked == null) {
            return;
        }
        DayPart part = switch (asked) {
            case MEALS -> mealsController;
            case SLEEP -> sleepController;
            case STRESS -> stressController;
            case SKIN -> skinController;
            case SKIN_AND_SLEEP -> editor.bedTime.get().isBlank() ? sleepController : skinController;
        };
        asked = null;
        Node field = part.firstField();
        field.requestFocus();
        TodayColumns.scrollTo(field);
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
        if (loaded && dayBarController.waitsForRetry()) {
            dayBarController.show(editor.date.get());
            say(resources.getString("today.retryBeforeLeaving"));
            return;
        }
        if (loaded && dirty && !saveNow()) {
            dayBarController.show(editor.date.get());
            say(resources.getString("today.fixBeforeLeaving"));
            return;
        }
        // on the journal thread, behind any save of the day on screen, so it reads what was saved
        tasks.onJournal(() -> new LoadedDay(days.day(date), habits.all())).onSuccess(day -> {
            show(day.entry(), day.habits());
            say(resources.getString(day.entry().isEmpty() ? "today.nothingYet" : "today.saved"));
        }).whileDoing(resources.getString("today.whileLoading")).run();
    }

    /** What the journal holds for a day, loaded on the journal thread. */
    private record LoadedDay(DayEntry entry, List<Habit> habits) {
    }

    private void show(DayEntry day, List<Habit> journalHabits) {
        editor.use(settings.get());
        redisplay(day, journalHabits);
        boolean first = !loaded;
        loaded = true;
        dirty = false;
        parts.forEach(DayPart::clearDrafts);
        summaries.refresh(editor);
        catchUpController.refresh(day.date(), LocalDate.now(clock));
        if (first && asked == null) {
            mealsController.firstField().requestFocus(); // the first day shown: ready to type a meal
        }
        focusAsked();
    }

    /**
     * Ctrl+Enter: the day is saved and the keyboard moves on to the next part, in the order a day
     * is logged — meals, sleep, stress, skin, habits, note — and round again.
     */
    private void moveOnFrom(Node focused) {
        List<DayPart> order = List.of(mealsController, sleepController, stressController, skinController,
                habitsController, noteController);
        Node card = cardOf(focused);
        int at = -1;
        for (int i = 0; i < order.size() && card != null; i++) {
            if (cardOf(order.get(i).firstField()) == card) {
                at = i;
            }
        }
        Node next = order.get((at + 1) % order.size()).firstField();
        next.requestFocus();
        TodayColumns.scrollTo(next);
    }

    /** The card (a part of Today) a node is in, or null. */
    private static Node cardOf(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getStyleClass().contains("card")) {
                return at;
            }
        }
        return null;
    }

    /** Puts a day into the editor and on screen, leaving what is being typed alone. */
    private void redisplay(DayEntry day, List<Habit> journalHabits) {
        editor.load(day, journalHabits);
        dayBarController.show(day.date());
        parts.forEach(DayPart::dayShown);
    }

    @Override
    public void reloadDay() {
        loaded = false;
        showDate(editor.date.get());
    }

    // ---------------------------------------------------------------- saving

    private void edited() {
        dirty = true;
        edits++;
        say(resources.getString("today.editing"));
        autosave.playFromStart();
    }

    /**
     * Saves the day now if it changed. Returns false, with the problems shown, when a field is
     * wrong; the typed values stay on screen.
     */
    @Override
    public boolean saveNow() {
        autosave.stop();
        if (!dirty) {
            return true;
        }
        Optional<DayEntry> entry = editor.toEntry();
        if (entry.isEmpty()) {
            say(Messages.format(resources, "today.notSaved", editor.problems.values().iterator().next()));
            return false;
        }
        int version = edits;
        dirty = false;
        say(resources.getString("today.saving"));
        DayEntry day = entry.get();
        tasks.onJournal(() -> {
            days.save(day);
            return day.date();
        }).onSuccess(saved -> {
            dayBarController.showRetry(null);
            if (version == edits) {
                say(resources.getString(editor.sleepWaitsForQuality.get() ? "today.savedButNight" : "today.saved"));
            }
            summaries.refresh(editor);
            onSaved.accept(saved);
        }).onError(error -> saveFailed(day, error)).run();
        return true;
    }

    /**
     * A save that failed (a full or read-only disk, a file locked by another program) keeps the
     * day on screen, marked "not saved", with a button to try again: nothing is dropped.
     */
    private void saveFailed(DayEntry day, Throwable error) {
        LOG.log(Level.WARNING, "Saving a day failed", error);
        if (!day.date().equals(editor.date.get())) {
            redisplay(day, editor.habits()); // back to the day whose edits are not saved yet
        }
        dirty = true;
        say(resources.getString("today.notSavedShort"));
        dayBarController.showRetry(Messages.format(resources, "today.saveFailed",
                ErrorDialog.sentence(error, resources.getString("today.whileSaving"), resources)));
    }

    /** True when the last save failed and the day waits for Retry. */
    public boolean hasFailedSave() {
        return dayBarController.waitsForRetry();
    }

    @Override
    public void say(String message) {
        dayBarController.say(message);
    }

    @Override
    public void offerUndo(String message, Runnable undo) {
        this.undo.offer(message, undo);
    }

    @Override
    public Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
