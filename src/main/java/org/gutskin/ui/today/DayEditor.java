package org.gutskin.ui.today;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.gutskin.journal.AlcoholUnit;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Habit;
import org.gutskin.journal.HabitKind;
import org.gutskin.journal.InvalidEntryException;
import org.gutskin.journal.Meal;
import org.gutskin.journal.Settings;
import org.gutskin.journal.SkinCheck;
import org.gutskin.journal.Sleep;
import org.gutskin.journal.StressCheckIn;
import org.gutskin.journal.Symptom;
import org.gutskin.journal.Times;

/**
 * The state of the day being edited, as the Today view shows it: what was typed, kept exactly as
 * typed until it is valid. It knows nothing of controls; the view binds to its properties.
 * {@link #toEntry()} turns it into a {@link DayEntry} or names every field that is wrong.
 */
public final class DayEditor {
    /** A symptom not rated today. */
    public static final int NOT_RATED = -1;
    /** A sleep quality not chosen yet. */
    public static final int NO_QUALITY = 0;

    /** The day shown; null until the first is loaded. */
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    /** The unit the alcohol habit is typed in; the journal keeps UK units. */
    AlcoholUnit alcoholUnit = AlcoholUnit.UK_UNITS;
    /** The skin symptoms offered (one rated on the day shows as well). */
    Set<Symptom> shownSymptoms = EnumSet.allOf(Symptom.class);
    final ObservableList<Meal> meals = FXCollections.observableArrayList();
    final StringProperty bedTime = new SimpleStringProperty("");
    final StringProperty wakeTime = new SimpleStringProperty("");
    final IntegerProperty sleepQuality = new SimpleIntegerProperty(NO_QUALITY);
    /**
     * True while the night's times are typed but its quality is not picked: the rest of the day
     * saves, the night stays as it was stored until the quality comes (it is never guessed).
     */
    final BooleanProperty sleepWaitsForQuality = new SimpleBooleanProperty(false);
    private Optional<Sleep> storedSleep = Optional.empty();
    final ObservableList<StressCheckIn> stress = FXCollections.observableArrayList();
    final BooleanProperty skinLogged = new SimpleBooleanProperty(false);
    final IntegerProperty skinOverall = new SimpleIntegerProperty(0);
    final Map<Symptom, IntegerProperty> symptoms = new EnumMap<>(Symptom.class);
    final StringProperty skinAreas = new SimpleStringProperty("");
    final StringProperty skinNote = new SimpleStringProperty("");
    /** Yes/no habits: {@code null} not logged, else yes or no. */
    final Map<String, ObjectProperty<Boolean>> yesNoHabits = new LinkedHashMap<>();
    /** Number habits, as typed; blank is not logged. */
    final Map<String, StringProperty> numberHabits = new LinkedHashMap<>();
    final StringProperty note = new SimpleStringProperty("");
    /** Field → what is wrong with it, for the view to show next to the field. */
    final ObservableMap<String, String> problems = FXCollections.observableMap(new TreeMap<>());

    private final List<Habit> habits = new ArrayList<>();
    /** Values of archived or unknown habits the day holds; kept so that saving never drops them. */
    private final Map<String, Double> hiddenHabitValues = new TreeMap<>();
    private Runnable onEdit = () -> { };
    private boolean loading;

    public DayEditor() {
        for (Symptom symptom : Symptom.values()) {
            symptoms.put(symptom, new SimpleIntegerProperty(NOT_RATED));
        }
        List<Observable> watched = new ArrayList<>(List.of(meals, bedTime, wakeTime, sleepQuality, stress,
                skinLogged, skinOverall, skinAreas, skinNote, note));
        watched.addAll(symptoms.values());
        watched.forEach(this::watch);
    }

    /** Change (not invalidation) listeners: an invalidation listener goes quiet until someone reads the value. */
    private void watch(Observable observable) {
        if (observable instanceof ObservableValue<?> value) {
            value.addListener((property, was, now) -> edited());
        } else if (observable instanceof ObservableList<?> list) {
            list.addListener((ListChangeListener<Object>) change -> edited());
        }
    }

    private void edited() {
        if (!loading) {
            onEdit.run();
        }
    }

    /** Called after every edit the user makes (not when a day is loaded). */
    void setOnEdit(Runnable onEdit) {
        this.onEdit = onEdit;
    }

    /** The habits shown for entry: the journal's habits that are not archived. */
    List<Habit> habits() {
        return List.copyOf(habits);
    }

    /** Shows {@code day}, with the journal's current habits. */
    void load(DayEntry day, List<Habit> journalHabits) {
        loading = true;
        try {
            date.set(day.date());
            meals.setAll(day.meals());
            bedTime.set(day.sleep().map(sleep -> Times.formatClock(sleep.bedTime())).orElse(""));
            wakeTime.set(day.sleep().map(sleep -> Times.formatClock(sleep.wakeTime())).orElse(""));
            sleepQuality.set(day.sleep().map(Sleep::quality).orElse(NO_QUALITY));
            storedSleep = day.sleep();
            sleepWaitsForQuality.set(false);
            stress.setAll(day.stress());
            loadSkin(day.skin());
            note.set(day.note().orElse(""));
            loadHabits(day.habits(), journalHabits);
            problems.clear();
        } finally {
            loading = false;
        }
    }

    /** Copies a skin check into the editor, e.g. yesterday's for "same as yesterday". */
    void loadSkin(Optional<SkinCheck> skin) {
        skinLogged.set(skin.isPresent());
        skinOverall.set(skin.map(SkinCheck::overall).orElse(0));
        for (Symptom symptom : Symptom.values()) {
            symptoms.get(symptom).set(skin.map(check -> check.symptoms().getOrDefault(symptom, NOT_RATED))
                    .orElse(NOT_RATED));
        }
        skinAreas.set(skin.map(SkinCheck::areas).orElse(""));
        skinNote.set(skin.map(SkinCheck::note).orElse(""));
    }

    private void loadHabits(Map<String, Double> values, List<Habit> journalHabits) {
        habits.clear();
        yesNoHabits.clear();
        numberHabits.clear();
        hiddenHabitValues.clear();
        for (Habit habit : journalHabits) {
            Double value = values.get(habit.key());
            if (habit.archived()) {
                if (value != null) {
                    hiddenHabitValues.put(habit.key(), value);
                }
                continue;
            }
            habits.add(habit);
            if (habit.kind() == HabitKind.YES_NO) {
                ObjectProperty<Boolean> property = new SimpleObjectProperty<>(value == null ? null : value == 1);
                watch(property);
                yesNoHabits.put(habit.key(), property);
            } else {
                StringProperty property = new SimpleStringProperty(value == null ? ""
                        : habit.key().equals(Habit.ALCOHOL_UNITS) ? formatAlcohol(value) : formatNumber(value));
                watch(property);
                numberHabits.put(habit.key(), property);
            }
        }
        values.forEach((key, value) -> {
            if (journalHabits.stream().noneMatch(habit -> habit.key().equals(key))) {
                hiddenHabitValues.put(key, value);
            }
        });
    }

    /** Stored UK units in the unit alcohol is typed in, to two decimals (1.75 UK units is 1 US drink). */
    String formatAlcohol(double ukUnits) {
        return formatNumber(Math.round(alcoholUnit.fromUkUnits(ukUnits) * 100) / 100.0);
    }

    /** Applies the settings that change how a day is edited; the day is then shown again. */
    void use(Settings settings) {
        alcoholUnit = settings.alcoholUnit();
        shownSymptoms = settings.shownSymptoms();
    }

    static String formatNumber(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** Hours and minutes of the night as typed, as they passed in {@code zone}; empty when a time is not valid. */
    String sleepDuration(ZoneId zone) {
        if (date.get() == null) {
            return "";
        }
        try {
            LocalTime bed = Times.clockField("sleep.bedTime", "Bed time", bedTime.get());
            LocalTime wake = Times.clockField("sleep.wakeTime", "Wake time", wakeTime.get());
            Duration duration = Sleep.timeInBed(date.get(), bed, wake, zone);
            return String.format(Locale.UK, "%d h %02d min", duration.toHours(), duration.toMinutesPart());
        } catch (InvalidEntryException e) {
            return "";
        }
    }

    /**
     * Checks every field, records what is wrong in {@link #problems}, and returns the day when all
     * is well; otherwise empty. Nothing is clamped or dropped: a wrong value stays as typed.
     */
    Optional<DayEntry> toEntry() {
        Map<String, String> found = new TreeMap<>();
        Optional<Sleep> sleep = collect(found, this::sleep);
        Optional<SkinCheck> skin = collect(found, this::skin);
        Map<String, Double> habitValues = new TreeMap<>(hiddenHabitValues);
        for (Habit habit : habits) {
            collect(found, () -> {
                habitValue(habit).ifPresent(value -> habitValues.put(habit.key(), habit.validate(value)));
                return null;
            });
        }
        problems.keySet().retainAll(found.keySet());
        problems.putAll(found);
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        String noteText = note.get();
        return Optional.of(new DayEntry(date.get(), meals, sleep, stress, skin, habitValues,
                noteText == null || noteText.isBlank() ? Optional.empty() : Optional.of(noteText)));
    }

    private interface Check<T> {
        T run();
    }

    private static <T> T collect(Map<String, String> found, Check<T> check) {
        try {
            return check.run();
        } catch (InvalidEntryException e) {
            found.putIfAbsent(e.field(), e.getMessage());
            return null;
        }
    }

    private Optional<Sleep> sleep() {
        sleepWaitsForQuality.set(false);
        boolean anything = !bedTime.get().isBlank() || !wakeTime.get().isBlank()
                || sleepQuality.get() != NO_QUALITY;
        if (!anything) {
            return Optional.empty();
        }
        if (bedTime.get().isBlank() || wakeTime.get().isBlank()) {
            throw new InvalidEntryException(bedTime.get().isBlank() ? "sleep.bedTime" : "sleep.wakeTime",
                    "Sleep needs both a bed time and a wake time (or clear all three fields)");
        }
        LocalTime bed = Times.clockField("sleep.bedTime", "Bed time", bedTime.get());
        LocalTime wake = Times.clockField("sleep.wakeTime", "Wake time", wakeTime.get());
        if (sleepQuality.get() == NO_QUALITY) {
            sleepWaitsForQuality.set(true);
            return storedSleep;
        }
        return Optional.of(new Sleep(bed, wake, sleepQuality.get()));
    }

    private Optional<SkinCheck> skin() {
        if (!skinLogged.get()) {
            return Optional.empty();
        }
        Map<Symptom, Integer> rated = new EnumMap<>(Symptom.class);
        symptoms.forEach((symptom, value) -> {
            if (value.get() != NOT_RATED) {
                rated.put(symptom, value.get());
            }
        });
        return Optional.of(new SkinCheck(skinOverall.get(), rated, blankToNull(skinAreas.get()),
                blankToNull(skinNote.get())));
    }

    private Optional<Double> habitValue(Habit habit) {
        if (habit.kind() == HabitKind.YES_NO) {
            Boolean value = yesNoHabits.get(habit.key()).get();
            return value == null ? Optional.empty() : Optional.of(value ? 1.0 : 0.0);
        }
        String text = numberHabits.get(habit.key()).get().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            double typed = Double.parseDouble(text.replace(',', '.'));
            return Optional.of(habit.key().equals(Habit.ALCOHOL_UNITS) ? alcoholUnit.toUkUnits(typed) : typed);
        } catch (NumberFormatException e) {
            throw new InvalidEntryException("habit." + habit.key(),
                    habit.name() + " must be a number such as 2 or 1.5, got \"" + text + "\"");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
