package org.gutskin.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.gutskin.exchange.ConflictRule;
import org.gutskin.exchange.EncryptedFiles;
import org.gutskin.exchange.ExchangeException;
import org.gutskin.exchange.ImportPlan;
import org.gutskin.exchange.ImportProblem;
import org.gutskin.exchange.JournalExporter;
import org.gutskin.exchange.JournalImporter;
import org.gutskin.food.Food;
import org.gutskin.food.FoodLibrary;
import org.gutskin.food.UserFoodRepository;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Habit;
import org.gutskin.journal.Limits;
import org.gutskin.journal.Meal;
import org.gutskin.journal.Settings;
import org.gutskin.journal.StressCheckIn;
import org.gutskin.store.DataDirectory;
import org.gutskin.store.HabitRepository;
import org.gutskin.store.JournalRepository;
import org.gutskin.store.MealRepository;
import org.gutskin.store.SettingsRepository;
import org.gutskin.text.Messages;

/**
 * Exports the journal, reads files to import, shows what an import would do, and does it — all
 * of it in one transaction after a verified backup, or nothing.
 */
public final class ExchangeService {

    private final DataDirectory directory;
    private final Clock clock;
    private final JournalRepository journal;
    private final HabitRepository habits;
    private final MealRepository meals;
    private final UserFoodRepository userFoods;
    private final SettingsRepository settings;
    private final FoodLibrary foods;
    private final Runnable backupFirst;

    /** What an import would do to this journal under a rule. */
    public record Preview(int days, int newDays, int conflictingDays, List<LocalDate> someConflicts, ConflictRule rule,
                          Map<String, Integer> rows, List<Habit> newHabits, int userFoods, int phrases,
                          List<ImportProblem> problems, int problemCount) {

        /** The preview in plain sentences, as the command line prints it and the window shows it. */
        public List<String> describe() {
            List<String> lines = new ArrayList<>();
            rows.forEach((kind, count) -> lines.add(Messages.text("rows." + kind, count)));
            lines.add(Messages.text("preview.days", days, newDays, conflictingDays, switch (rule) {
                case SKIP -> "those are skipped";
                case REPLACE -> "those are replaced";
                case MERGE -> "those are merged";
            }));
            if (!someConflicts.isEmpty()) {
                lines.add(Messages.text("preview.conflicts", String.join(", ", someConflicts.stream()
                        .map(LocalDate::toString).toList()) + (conflictingDays > someConflicts.size() ? ", …" : "")));
            }
            if (!newHabits.isEmpty()) {
                lines.add(Messages.text("preview.newHabits", String.join(", ", newHabits.stream()
                        .map(habit -> habit.name() + " (" + habit.kind().key().replace('_', '/') + ")").toList())));
            }
            if (userFoods > 0 || phrases > 0) {
                lines.add(Messages.text("preview.yourFoods", userFoods, phrases));
            }
            return lines;
        }
    }

    /** What was written. */
    /** @param settingsChanged the settings the files changed, by key (theme, reminders, …) */
    public record Result(int daysWritten, int daysSkipped, List<String> settingsChanged) {
        /** The sentence that says which settings the files changed; empty when none did. */
        public Optional<String> settingsSentence() {
            return settingsChanged.isEmpty() ? Optional.empty() : Optional.of(Messages.text("import.settingsChanged",
                    settingsChanged.size(), settingsChanged.stream().map(key -> key.replace('_', ' '))
                            .collect(Collectors.joining(", "))));
        }
    }

    /** @param backupFirst makes a verified backup of the journal; run before anything is written */
    public ExchangeService(DataDirectory directory, Clock clock, JournalRepository journal, HabitRepository habits,
                           MealRepository meals, UserFoodRepository userFoods, SettingsRepository settings,
                           FoodLibrary foods, Runnable backupFirst) {
        this.directory = directory;
        this.clock = clock;
        this.journal = journal;
        this.habits = habits;
        this.meals = meals;
        this.userFoods = userFoods;
        this.settings = settings;
        this.foods = foods;
        this.backupFirst = backupFirst;
    }

    /**
     * Writes an export of the request's days; returns the number of data rows written. A target
     * that would harm the journal, a link, or an existing file or folder not to be replaced is refused.
     */
    public long export(JournalExporter.Request request, DoubleConsumer progress) {
        return JournalExporter.export(request, exportSource(request.from(), request.to()), directory, progress);
    }

    /** Everything an export of the days from {@code from} to {@code to} needs (null: the whole journal). */
    private JournalExporter.Source exportSource(LocalDate from, LocalDate to) {
        LocalDate first = from == null ? Limits.EARLIEST_DAY : from;
        LocalDate last = to == null ? Limits.LATEST_DAY : to;
        return new JournalExporter.Source(new Memo<>(() -> journal.loadRange(first, last)), habits.habits(),
                userFoods.foods(), userFoods.aliases(), new SettingsService(settings).current(),
                journal.skippedDays(first, last), foods.knowledge(),
                visitor -> meals.forEachFoodEaten(first, last, visitor), clock.getZone());
    }

    /** Reads once, when first asked. */
    private static final class Memo<T> implements Supplier<T> {
        private final Supplier<T> read;
        private T value;

        Memo(Supplier<T> read) {
            this.read = read;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = read.get();
            }
            return value;
        }
    }

    /**
     * Reads files to import (folders, .zip and .csv files, and encrypted exports — {@code .gpg} —
     * that {@code passphrase} opens; null when none is given) into a plan; nothing is written.
     */
    public ImportPlan read(List<Path> paths, JournalImporter.Options options, char[] passphrase) {
        JournalImporter.Knowledge knowledge = new JournalImporter.Knowledge(foods.shipped(),
                userFoods.foods(), userFoods.aliases());
        try (EncryptedFiles.Opened opened = EncryptedFiles.open(paths, passphrase, directory)) {
            return JournalImporter.read(opened.paths(), knowledge, habits.habits(), options,
                    Limits.latestDay(LocalDate.now(clock)));
        }
    }

    public Preview preview(ImportPlan plan, ConflictRule rule) {
        NavigableMap<LocalDate, DayEntry> existing = existing(plan);
        List<LocalDate> conflicts = plan.days().keySet().stream().filter(existing::containsKey).toList();
        return new Preview(plan.days().size(), plan.days().size() - conflicts.size(), conflicts.size(),
                conflicts.subList(0, Math.min(10, conflicts.size())), rule, plan.rows(), plan.habits(),
                plan.userFoods().size(), plan.phrases().size(), plan.problems(), plan.problemCount());
    }

    private NavigableMap<LocalDate, DayEntry> existing(ImportPlan plan) {
        if (plan.days().isEmpty()) {
            return new TreeMap<>();
        }
        return journal.loadRange(plan.days().firstKey(), plan.days().lastKey());
    }

    /**
     * Writes the plan in one transaction. With problems in the files nothing is written unless
     * {@code validRowsOnly}: then the rows that were fine are imported and the others left out.
     */
    public Result apply(ImportPlan plan, ConflictRule rule, boolean validRowsOnly) {
        if (plan.hasProblems() && !validRowsOnly) {
            throw new ExchangeException(Messages.text("import.refused", plan.problemCount(), plan.problems().get(0)));
        }
        backupFirst.run();
        int[] written = {0, 0};
        List<String> settingsChanged = new ArrayList<>();
        Runnable write = () -> {
            plan.habits().forEach(habits::saveHabit);
            for (Food food : plan.userFoods()) {
                userFoods.saveFood(food);
            }
            plan.phrases().forEach(userFoods::saveAlias);
            NavigableMap<LocalDate, DayEntry> existing = existing(plan);
            List<DayEntry> toWrite = new ArrayList<>();
            for (DayEntry imported : plan.days().values()) {
                DayEntry current = existing.get(imported.date());
                if (current == null || current.isEmpty() || rule == ConflictRule.REPLACE) {
                    toWrite.add(imported);
                } else if (rule == ConflictRule.MERGE) {
                    toWrite.add(merge(current, imported));
                } else {
                    written[1]++;
                }
            }
            journal.saveAll(toWrite);
            written[0] = toWrite.size();
            settingsChanged.addAll(importSettings(plan, rule));
        };
        if (plan.userFoods().isEmpty() && plan.phrases().isEmpty()) {
            journal.inOneTransaction(write);
        } else {
            foods.update(write); // the knowledge changes: past meals are re-tagged in the same transaction
        }
        return new Result(written[0], written[1], List.copyOf(settingsChanged));
    }

    /**
     * The imported settings replace the journal's when its days are replaced; otherwise they fill in
     * only those the person has not chosen. Days marked as not remembered stay unlogged. Returns
     * the settings that changed.
     */
    private List<String> importSettings(ImportPlan plan, ConflictRule rule) {
        SettingsService service = new SettingsService(settings);
        Set<String> ownChoices = service.chosen();
        Settings result = service.current();
        List<String> taken = new ArrayList<>();
        for (Map.Entry<String, String> imported : plan.settings().entrySet()) {
            if (rule == ConflictRule.REPLACE || !ownChoices.contains(imported.getKey())) {
                result = result.with(imported.getKey(), imported.getValue());
                taken.add(imported.getKey());
            }
        }
        Map<String, String> before = service.current().toValues();
        service.save(result, taken);
        LocalDate today = LocalDate.now(clock); // only a day gone by can be one not remembered
        journal.markSkipped(plan.skippedDays().headSet(today, false));
        Map<String, String> after = result.toValues();
        return after.keySet().stream().filter(key -> !after.get(key).equals(before.get(key))).toList();
    }

    /** The journal's day with what it lacks from the imported one; nothing of the journal's is lost. */
    static DayEntry merge(DayEntry current, DayEntry imported) {
        List<Meal> meals = new ArrayList<>(current.meals());
        imported.meals().stream().filter(meal -> current.meals().stream().noneMatch(existing ->
                existing.time().equals(meal.time()) && existing.kind() == meal.kind()
                        && existing.description().equals(meal.description()))).forEach(meals::add);
        List<StressCheckIn> stress = new ArrayList<>(current.stress());
        imported.stress().stream().filter(checkIn -> !current.stress().contains(checkIn)).forEach(stress::add);
        Map<String, Double> habits = new LinkedHashMap<>(imported.habits());
        habits.putAll(current.habits());
        return new DayEntry(current.date(), meals, current.sleep().or(imported::sleep), stress,
                current.skin().or(imported::skin), habits, current.note().isPresent() ? current.note()
                : imported.note());
    }
}
