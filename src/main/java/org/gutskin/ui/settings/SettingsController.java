package org.gutskin.ui.settings;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.gutskin.app.Autostart;
import org.gutskin.journal.AlcoholUnit;
import org.gutskin.journal.InvalidEntryException;
import org.gutskin.journal.Reminder;
import org.gutskin.journal.ReminderTopic;
import org.gutskin.journal.Settings;
import org.gutskin.journal.Symptom;
import org.gutskin.journal.Times;
import org.gutskin.text.Messages;
import org.gutskin.ui.common.CurrentSettings;
import org.gutskin.ui.common.Tasks;

/**
 * The Settings section: looks and units, the skin symptoms Today offers, and the reminders with
 * the optional start at login. Every change is saved at once; a reminder's time that is not one is
 * said beside it and not saved until it is.
 */
public final class SettingsController {
    /** The reminders a new one suggests, in turn: a midday meal nudge, the evening check, a stress check-in. */
    private static final List<Reminder> SUGGESTED = List.of(new Reminder(LocalTime.of(13, 30), ReminderTopic.MEALS),
            new Reminder(LocalTime.of(21, 0), ReminderTopic.SKIN_AND_SLEEP),
            new Reminder(LocalTime.of(17, 0), ReminderTopic.STRESS));

    private final CurrentSettings settings;
    private final Optional<Autostart> autostart;
    private final Tasks tasks;
    private final Map<Symptom, CheckBox> symptomChecks = new EnumMap<>(Symptom.class);
    private final List<ReminderRow> rows = new ArrayList<>();

    @FXML
    private ResourceBundle resources;
    @FXML
    private ToggleGroup theme;
    @FXML
    private RadioButton lightTheme;
    @FXML
    private RadioButton darkTheme;
    @FXML
    private ComboBox<DayOfWeek> firstDay;
    @FXML
    private ComboBox<AlcoholUnit> alcoholUnit;
    @FXML
    private FlowPane symptoms;
    @FXML
    private VBox reminderRows;
    @FXML
    private Label reminderProblem;
    @FXML
    private Button addReminder;
    @FXML
    private CheckBox startAtLogin;
    @FXML
    private Label startAtLoginHint;

    /**
     * @param autostart the start-at-login entry, when this start of the app can be started again at login
     */
    public SettingsController(CurrentSettings settings, Optional<Autostart> autostart, Tasks tasks) {
        this.settings = settings;
        this.autostart = autostart;
        this.tasks = tasks;
    }

    @FXML
    private void initialize() {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        named(firstDay, List.of(DayOfWeek.values()), day -> day.getDisplayName(TextStyle.FULL, locale));
        named(alcoholUnit, List.of(AlcoholUnit.values()),
                unit -> resources.getString("settings.alcohol." + unit.key()));
        for (Symptom symptom : Symptom.values()) {
            CheckBox check = new CheckBox(symptom.label());
            check.setId("show-" + symptom.key());
            symptomChecks.put(symptom, check);
            symptoms.getChildren().add(check);
        }
        show(settings.get());
        settings.property().addListener((observable, was, now) -> show(now));

        theme.selectedToggleProperty().addListener((observable, was, now) -> {
            if (now != null) {
                settings.change(current -> current.withDarkTheme(now == darkTheme));
            }
        });
        firstDay.valueProperty().addListener((observable, was, now) ->
                settings.change(current -> current.withFirstDayOfWeek(now)));
        alcoholUnit.valueProperty().addListener((observable, was, now) ->
                settings.change(current -> current.withAlcoholUnit(now)));
        symptomChecks.values().forEach(check -> check.selectedProperty().addListener((observable, was, now) ->
                settings.change(current -> current.withShownSymptoms(shownSymptoms()))));
        showAutostart();
    }

    private static <T> void named(ComboBox<T> box, List<T> values, Function<T, String> name) {
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null; // not editable
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? "" : name.apply(value));
            }
        });
    }

    /** Shows the settings; a control already showing its value is left alone, so no change echoes back. */
    private void show(Settings shown) {
        (shown.darkTheme() ? darkTheme : lightTheme).setSelected(true);
        firstDay.setValue(shown.firstDayOfWeek());
        alcoholUnit.setValue(shown.alcoholUnit());
        symptomChecks.forEach((symptom, check) -> check.setSelected(shown.shownSymptoms().contains(symptom)));
        if (!shownInRows(shown.reminders())) {
            rows.clear();
            reminderRows.getChildren().clear();
            shown.reminders().forEach(this::addRow);
        }
        addReminder.setDisable(shown.reminders().size() >= Settings.MAX_REMINDERS);
    }

    /**
     * True when the rows already say these reminders (in the order typed), or one is being typed
     * (its time is not one yet): the rows are then left as they are.
     */
    private boolean shownInRows(List<Reminder> reminders) {
        try {
            return reminders().stream().sorted().toList().equals(reminders);
        } catch (InvalidEntryException e) {
            return true;
        }
    }

    private Set<Symptom> shownSymptoms() {
        Set<Symptom> shown = EnumSet.noneOf(Symptom.class);
        symptomChecks.forEach((symptom, check) -> {
            if (check.isSelected()) {
                shown.add(symptom);
            }
        });
        return shown;
    }

    @FXML
    private void addReminder() {
        List<Reminder> current = settings.get().reminders();
        Reminder next = SUGGESTED.stream().filter(suggested -> current.stream()
                .noneMatch(reminder -> reminder.topic() == suggested.topic())).findFirst()
                .orElse(new Reminder(LocalTime.of(12, 0), ReminderTopic.MEALS));
        addRow(next).time().requestFocus();
        saveReminders();
    }

    /** One reminder being edited: its time as typed, and its topic. */
    private record ReminderRow(HBox row, TextField time, ComboBox<ReminderTopic> topic) {
    }

    private ReminderRow addRow(Reminder reminder) {
        TextField time = new TextField(Times.formatClock(reminder.time()));
        time.setPrefColumnCount(5);
        time.setAccessibleText(resources.getString("settings.reminderTime"));
        time.setOnAction(event -> saveReminders());
        time.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                saveReminders();
            }
        });
        ComboBox<ReminderTopic> topic = new ComboBox<>();
        named(topic, List.of(ReminderTopic.values()), value -> resources.getString("reminder.topic." + value.key()));
        topic.setValue(reminder.topic());
        topic.setAccessibleText(resources.getString("settings.reminderTopic"));
        topic.valueProperty().addListener((observable, was, now) -> saveReminders());
        Button remove = new Button("×");
        remove.setTooltip(new Tooltip(resources.getString("settings.removeReminder")));
        remove.setAccessibleText(resources.getString("settings.removeReminder"));
        ReminderRow row = new ReminderRow(new HBox(8, time, topic, remove), time, topic);
        row.row().getStyleClass().add("reminder-row");
        remove.setOnAction(event -> {
            rows.remove(row);
            reminderRows.getChildren().remove(row.row());
            saveReminders();
        });
        rows.add(row);
        reminderRows.getChildren().add(row.row());
        return row;
    }

    /** The reminders as the rows say them; a time that is not one is refused with its sentence. */
    private List<Reminder> reminders() {
        List<Reminder> reminders = new ArrayList<>();
        for (ReminderRow row : rows) {
            reminders.add(new Reminder(Times.clockField("reminder.time", "A reminder's time", row.time().getText()),
                    row.topic().getValue()));
        }
        return reminders;
    }

    /** Saves the reminders, or says why they cannot be (a time that is not one, too many). */
    private void saveReminders() {
        String problem = null;
        try {
            List<Reminder> edited = reminders();
            settings.change(current -> current.withReminders(edited));
        } catch (InvalidEntryException e) {
            problem = e.getMessage();
        }
        reminderProblem.setText(problem == null ? "" : problem);
        reminderProblem.setVisible(problem != null);
        reminderProblem.setManaged(problem != null);
    }

    private void showAutostart() {
        if (autostart.isEmpty()) {
            startAtLogin.setDisable(true);
            startAtLoginHint.setText(resources.getString("settings.startAtLoginUnavailable"));
            return;
        }
        Autostart entry = autostart.get();
        startAtLogin.setSelected(entry.isOn());
        describeAutostart(entry.isOn());
        startAtLogin.selectedProperty().addListener((observable, was, on) -> tasks.onJournal(() -> {
            if (on) {
                entry.turnOn();
            } else {
                entry.turnOff();
            }
            return entry.isOn();
        }).onSuccess(this::describeAutostart).onError(error -> {
            startAtLogin.setSelected(entry.isOn());
            startAtLoginHint.setText(error.getMessage());
        }).run());
    }

    private void describeAutostart(boolean on) {
        startAtLoginHint.setText(on ? Messages.format(resources, "settings.startAtLoginFile", autostart.get().file())
                : resources.getString("settings.startAtLoginOff"));
    }
}
