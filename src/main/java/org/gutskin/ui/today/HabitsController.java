package org.gutskin.ui.today;

import java.util.ResourceBundle;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.gutskin.journal.AlcoholUnit;
import org.gutskin.journal.Habit;
import org.gutskin.journal.HabitKind;
import org.gutskin.service.HabitService;
import org.gutskin.text.Messages;
import org.gutskin.ui.common.Tasks;

/** The day's habits (yes/no or a number), the habit list's editor, and antibiotic courses. */
public final class HabitsController extends DayPart {
    /** The alcohol units field, when the habit is shown: its prompt says what the meals add up to. */
    private TextField alcoholField;
    private final HabitService habits;
    private final Tasks tasks;

    @FXML
    private ResourceBundle resources;
    @FXML
    private GridPane habitGrid;
    @FXML
    private Label habitProblem;

    public HabitsController(HabitService habits, Tasks tasks) {
        this.habits = habits;
        this.tasks = tasks;
    }

    @Override
    void bind() {
        Fields.showProblems(editor, "habit.", habitProblem);
        editor.problems.addListener((MapChangeListener<String, String>) change -> markWrongNumbers());
    }

    /** Number fields whose text is not a number are marked; their problem is filed as "habit.KEY". */
    private void markWrongNumbers() {
        for (Node node : habitGrid.getChildren()) {
            if (node instanceof TextField field) {
                field.pseudoClassStateChanged(Fields.INVALID, editor.problems.containsKey(field.getUserData()));
            }
        }
    }

    @Override
    void dayShown() {
        habitGrid.getChildren().clear();
        int row = 0;
        for (Habit habit : editor.habits()) {
            Label label = new Label(habit.key().equals(Habit.ALCOHOL_UNITS) && editor.alcoholUnit != AlcoholUnit.UK_UNITS
                    ? resources.getString("today.alcohol." + editor.alcoholUnit.key()) : habit.name());
            label.setWrapText(true);
            habitGrid.addRow(row++, label, habit.kind() == HabitKind.YES_NO ? yesNo(habit) : number(habit));
        }
    }

    private Node yesNo(Habit habit) {
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
            Fields.select(group, property.get());
        }
        group.selectedToggleProperty().addListener((observable, was, now) ->
                property.set(now == null ? null : (Boolean) now.getUserData()));
        return new HBox(2, yes, no);
    }

    /**
     * What the day's meals add up to in alcohol units, shown in the habit's empty field: the
     * analysis and the exports use it unless a number is typed there, so the field says so.
     */
    void showMealAlcohol(double units) {
        if (alcoholField != null) {
            alcoholField.setPromptText(units > 0 ? Messages.format(resources, "today.alcoholFromMeals",
                    editor.formatAlcohol(units))
                    : resources.getString("today.notLogged"));
        }
    }

    private Node number(Habit habit) {
        TextField field = new TextField();
        field.setId("habit-" + habit.key());
        field.setPrefColumnCount(5);
        field.setPromptText(resources.getString("today.notLogged"));
        if (habit.key().equals(Habit.ALCOHOL_UNITS)) {
            alcoholField = field;
            field.setPrefColumnCount(8);
        }
        field.setMinWidth(Region.USE_PREF_SIZE); // the habit's name wraps instead of the prompt being cut
        field.setUserData("habit." + habit.key()); // the field its problems are filed under
        field.textProperty().bindBidirectional(editor.numberHabits.get(habit.key()));
        return field;
    }

    @FXML
    private void manageHabits() {
        if (!host.saveNow()) {
            return;
        }
        tasks.onJournal(habits::all).onSuccess(all -> HabitsDialog.edit(host.window(), all, resources)
                .ifPresent(changed -> tasks.onJournal(() -> {
                    habits.save(changed);
                    return null;
                }).onSuccess(saved -> host.reloadDay()).whileDoing(resources.getString("today.whileSaving")).run()))
                .whileDoing(resources.getString("today.whileLoading")).run();
    }

    @FXML
    private void antibioticCourse() {
        if (!host.saveNow()) {
            return;
        }
        AntibioticCourseDialog.ask(host.window(), editor.date.get(), resources).ifPresent(course -> tasks.onJournal(
                () -> {
                    habits.logAntibioticCourse(course.start(), course.end());
                    return null;
                }).onSuccess(saved -> {
                    host.reloadDay();
                    host.say(Messages.format(resources, "today.courseSaved", course.start(), course.end()));
                }).whileDoing(resources.getString("today.whileSaving")).run());
    }

    /** The first habit's answer, or the button that adds habits when none is shown. */
    @Override
    Node firstField() {
        for (Node node : habitGrid.getChildren()) {
            Node focusable = node instanceof Parent parent && !node.isFocusTraversable()
                    ? parent.getChildrenUnmodifiable().stream().filter(Node::isFocusTraversable).findFirst().orElse(null)
                    : node.isFocusTraversable() ? node : null;
            if (focusable != null) {
                return focusable;
            }
        }
        return habitGrid;
    }
}
